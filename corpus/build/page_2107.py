"""page-2107: 莲花县人大信息网 (lhpc.gov.cn, 江西省莲花县人大常委会; section 乡镇人大 > 闪石乡),
2017-10-18, one article: 闪石乡人大:试点“一年召开两次人大会”工作. Text as returned by the
`pages` store, from the site's top bar down to its footer (nothing cut)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2107", "corpus/raw/pages/2107_lianhua_shanshi_renda.txt",
         publisher="莲花县人大信息网", date="2017-10-18", script="simplified", origin="pages")

# ---- line 2: breadcrumb (PAGE); 乡镇人大 is a section name, no span
p.ent("ADMIN", "闪石乡", line=2)

# ---- line 4: headline
p.ent("ORG", "闪石乡人大", line=4)
#   “一年召开两次人大会”: a quoted requirement (twice a year), prose, no slogan

# ---- line 6: web meta line (decision 12): one BYLINE per labelled credit, time/clicks outside
p.byline("BYLINE", "来源:闪石乡人大", line=6)
p.byline("BYLINE", "作者:贺正豪", line=6)
p.ent("ORG", "闪石乡人大", line=6)
p.ent("PERSON", "贺正豪", line=6)

# ---- line 8
p.ent("ORG", "中央", line=8)                       # 贯彻落实中央、省委、市委…的要求: the centre requires
p.ent("ORG", "省委", line=8)
p.ent("ORG", "市委", line=8)
p.ent("ORG", "县人大常委会", line=8)
p.ent("ORG", "闪石乡第十八届人民代表大会", line=8)  # the congress of one term; 第三次会议 (its session) outside
p.ent("ORG", "闪石乡人民政府", line=8)             # …乡长刘戈云
p.ent("ADMIN", "闪石乡", line=8)                   # 闪石乡作为莲花县…之一
p.ent("ADMIN", "莲花县", line=8)
p.ent("PERSON", "刘戈云", line=8)
p.ent("ORG", "乡人民政府", line=8)                 # 一名乡人民政府副乡长: level word + organ (like 镇政府)

# ---- line 10
p.ent("PERSON", "习近平", line=10)
p.ent("ORG", "县委", line=10)
p.ent("ORG", "县政府", line=10)
p.ent("ORG", "乡党委", line=10)
p.ent("ORG", "乡人大", line=10)
p.ent("ADMIN", "闪石", line=10, after="立足")       # 立足|闪石|乡情 (立足乡情 is the set phrase)
p.ent("ADMIN", "闪石", line=10, after="三个新")     # 三个新闪石: the township inside a slogan

# slogans: “13336” = 1 总目标 + 3 新闪石 + 3 项工作 + 3 大资源 + 6 件实事, spelled out after 即
p.slogan("PARALLEL", "13336", line=10,
         expansion=["发展总目标", "三个新闪石", "三项工作", "三大资源", "六件实事"])
#   三个新闪石: a coined count (三个 + content) whose items are printed before it, in quotes
#   (docs: items printed before a formula are its expansion; located with find_all, no typed offset)
s = p.slogan("COUNT", "三个新闪石", line=10)[0]
lo = p.find_all("以建设", p.line_bounds[9][0])[0][1]
pos, pairs = lo, []
for item in ["生态宜居", "转型发展", "平安法治"]:
    a, b = p.find_all(item, pos, s["start"])[0]
    pairs.append([a, b]); pos = b
s["expansion"] = pairs
p.slogan("PARALLEL", "一山一洞一书院", line=10)
#   not formulas: 三项工作 (items quoted, count in prose, like 六项内容), 三大资源 (counts resources,
#   like 五大主导产业), 六件实事 (prose count), 三个试点乡镇 (prose), 十八大/十八届三中…全会 (ordinals)

# ---- footer lines (PAGE); names keep their spans
p.ent("ORG", "闪石乡人大", line=12)                # 上一篇: link title
p.ent("ADMIN", "莲花县", line=17)                  # 地址:莲花县新建东街179号
p.ent("ORG", "莲花县人大信息网", line=18)          # the site (a medium), Copyright line

# ---- blocks
p.block(1, 2, "PAGE")            # top bar, breadcrumb
p.block(4, 4, "HEADLINE", article=1)
p.block(6, 6, "BYLINE", article=1)   # 时间/点击/来源/作者 meta line of the article
p.block(8, 10, "BODY", article=1)
p.block(12, 14, "PAGE")          # 上一篇 / 下一篇
p.block(16, 18, "PAGE")          # footer

p.save()
