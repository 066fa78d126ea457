"""page-2610: 汉中日报 (as reprinted on m.news.wmxa.cn, 区县播报), 2020-11-06, one article:
汉中市新闻战线举行庆祝第21个记者节“走转改”主题采访. Text as returned by the `pages` store,
from its breadcrumb; the last related-link line, cut off mid-title, is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2610", "corpus/raw/pages/2610_hanzhong_jizhejie_zouzhuangai.txt",
         publisher="汉中日报", date="2020-11-06", script="simplified", origin="pages")

# ---- line 3: headline
p.ent("ADMIN", "汉中市", line=3)

# ---- line 5: medium with its timestamp -> source line
p.byline("BYLINE", "汉中日报", line=5)
p.ent("ORG", "汉中日报", line=5)

# ---- line 7: bracketed reporters' credit opening the body
p.byline("BYLINE", "(记者 周芳芳 朱媛媛 刘俊强)", line=7)
for n in ["周芳芳", "朱媛媛", "刘俊强"]:
    p.ent("PERSON", n, line=7)

# ---- line 9
p.slogan("PARALLEL", "四向四做", line=9)
p.ent("ORG", "市委宣传部", line=9)
p.ent("ORG", "市委网信办", line=9)
p.ent("ORG", "市记协", line=9)
p.ent("ADMIN", "南郑区", line=9)
p.ent("ADMIN", "小南海镇", line=9)
p.ent("ADMIN", "秦家坝村", line=9, every=True)     # three mentions on this line
p.ent("PERSON", "李春松", line=9)
p.ent("ORG", "陕西东裕生物科技股份有限公司", line=9)
# “智志”双扶: 双扶 is the count, its one-character items printed just before it
L9 = p.line_bounds[8]
q = p.find_all("“智志”双扶", *L9)[0][0]
zhi1 = p.find_all("智", q, q + 3)[0]
zhi2 = p.find_all("志", q, q + 4)[0]
p.slogan("GROUP", "双扶", line=9)
p.slogans[-1]["expansion"] = [list(zhi1), list(zhi2)]

# ---- line 11
p.ent("ADMIN", "秦家坝村", line=11)
p.ent("ADMIN", "汉中", line=11)                    # 汉中故事
p.slogan("GROUP", "三市", line=11)                 # quoted count: 高质量建设“三市”

# ---- related links (PAGE), spans kept
p.ent("ORG", "高陵区监委", line=14)
p.ent("ADMIN", "电子城街道", line=18)

# ---- blocks
p.block(1, 1, "PAGE")              # breadcrumb
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)  # 2020-11-06 13:03  汉中日报 (medium with timestamp)
p.block(7, 11, "BODY", article=1)
p.block(13, 14, "PAGE")            # 全站热点 + link title
p.block(16, 16, "PAGE")
p.block(18, 18, "PAGE")
p.block(20, 20, "PAGE")

p.save()
