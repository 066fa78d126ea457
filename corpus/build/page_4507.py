"""page-4507: 甘肃纪检监察网 (gsjw.gov.cn, 甘肃省纪委监委's site), 2023-07-23, one article:
镇原:跟进监督严查不正之风 护航乡村振兴重大项目建设. Text as stored in the `pages` store for a
reposting copy (jjzix.org.cn/show-89440.html) that names its source and original link, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4507", "corpus/raw/pages/4507_zhenyuan_jiwei_xiangcun_xiangmu.txt",
         publisher="甘肃纪检监察网", date="2023-07-23", script="simplified", origin="pages")
SHOW = len(sys.argv) > 1
if SHOW:
    p.show(); sys.exit()

# ---- line 1: headline "Place:title"
p.ent("ADMIN", "镇原", line=1)

# ---- line 2: web meta line. 作者:佚名 ("anonymous") names no one: no span (decision 21NN, admin)
p.byline("BYLINE", "来源:甘肃纪检监察网", line=2)
p.ent("ORG", "甘肃纪检监察网", line=2)            # an organ's web site (21NN)

# ---- line 3
p.ent("ADMIN", "庆阳市", line=3)
p.ent("ORG", "镇原县纪委监委", line=3)            # one merged organ, written as one name
p.ent("ADMIN", "城关镇", line=3)
p.ent("ADMIN", "祁川村", line=3)

# ---- line 4
p.ent("ORG", "县纪委监委", line=4)
#   “服务+监督”: no numeral, no formula
p.slogan("PER_UNIT", "一对一", line=4)

# ---- line 5
p.ent("ORG", "县纪委监委", line=5)

# ---- line 6
p.ent("ORG", "县纪委监委", line=6)
p.ent("ORG", "县农业农村局", line=6)
p.ent("ORG", "县乡村振兴局", line=6)
p.ent("ORG", "县财政局", line=6)
#   成立联合督查组: a bare type of team (decision 13), no span

# ---- line 7: last paragraph with its closing credit
p.ent("ORG", "县纪委监委", line=7)
p.byline("CREDIT", "(供稿 席广虎 编辑 毛玉煜)", line=7)
p.ent("PERSON", "席广虎", line=7)
p.ent("PERSON", "毛玉煜", line=7)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(3, 7, "BODY", article=1)
p.block(8, 8, "PAGE")          # 原文链接:http://… (a URL source line)
p.block(9, 9, "PAGE")          # [免责声明] … (the mirror's disclaimer)

p.save()
