"""page-3213: 五寨县人民政府 (xzwz.gov.cn, 走进五寨 > 乡镇概况), 2022-04-06, one article:
砚城镇概况 (五寨县砚城镇基本情况简介). Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3213", "corpus/raw/pages/3213_wuzhai_yancheng_gaikuang.txt",
         publisher="五寨县人民政府", date="2022-04-06", script="simplified", origin="pages")

# ---- line 1: page title
p.ent("ADMIN", "砚城镇", line=1)

# ---- line 5: the article's own title
p.ent("ADMIN", "五寨县", line=5)
p.ent("ADMIN", "砚城镇", line=5)

# ---- line 7
p.ent("ADMIN", "砚城镇", line=7)
p.ent("ADMIN", "五寨县", line=7)                     # 五寨县城 -> ADMIN 五寨县 (X县城 rule)
p.ent("ORG", "镇党委", line=7)                       # the town's party committee (like 镇政府)
#   党总支 / 党支部: counts of bodies, no span; “先进基层党组织”, “脱贫攻坚先进集体”: honours
p.ent("ADMIN", "山西", line=7)                       # “平安山西建设示范乡镇(街办)”: unit inside an award title

# ---- line 9: the leadership list
#   党政班子: no body; 政府班子: bare 政府, no span (糜镇党委政府 precedent)
p.ent("ORG", "党委", line=9, after="其中")           # 党委班子成员: the town's party committee
p.ent("ORG", "党委", line=9, after="分别是")         # 党委书记
p.ent("PERSON", "李斌", line=9)
p.ent("ORG", "党委", line=9, after="李斌")           # 党委副书记、镇长 张伟
p.ent("PERSON", "张伟", line=9)
p.ent("ORG", "人大", line=9)                         # 人大主席 (contracted title keeps the organ)
p.ent("PERSON", "马小冬", line=9)
p.ent("ORG", "党委", line=9, after="马小冬")         # 党委副书记 张达
p.ent("PERSON", "张达", line=9)
p.ent("ORG", "纪委", line=9)                         # 纪委书记
p.ent("PERSON", "周波", line=9)
p.ent("ORG", "武装部", line=9)                       # 武装部长 -> 武装部 (宣传部长 -> 宣传部)
p.ent("PERSON", "杨宇斐", line=9)
p.ent("PERSON", "杨志新", line=9)
p.ent("PERSON", "郝文婷", line=9)
p.ent("PERSON", "曹瑞斌", line=9)
p.ent("PERSON", "张俊兰", line=9)                    # 组织委员: a title

# ---- line 11
p.ent("ADMIN", "砚城镇", line=11)
p.slogan("PARALLEL", "13685", line=11)               # quoted code of digits (“1310” precedent)
#   镇干部、村两委、帮扶干部三支队伍: a count of teams, no formula; 村两委: generic, no ORG
#   …六项重点工作: an ordinary count (like 六项内容), no formula
p.slogan("PARALLEL", "五办一站二中心", line=11)       # numeral-led parts; items not spelled out
#   八套机构: a count in prose
fw = p.slogan("GROUP", "五大振兴", line=11)[0]        # items printed before it (decision on items before)
lo = p.find_all("产业、人才、文化、生态、组织", p.line_bounds[10][0])[0][0]
fw["expansion"] = [list(p.find_all(w, lo, fw["start"])[0]) for w in ["产业", "人才", "文化", "生态", "组织"]]
p.slogan("PLAN", "十四五", line=11)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")            # 时间:2022-04-06  大 中 小 (date-only meta line + font-size widget)
p.block(5, 5, "HEADLINE", article=1)   # the content's own title, printed under the page title
p.block(7, 11, "BODY", article=1)
p.block(13, 13, "PAGE")          # 关闭本页

p.save()
