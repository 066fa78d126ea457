"""page-3709: 醋都网 e-paper (paper.cuduwang.com, the 清徐县 county paper of 清徐县融媒体中心; publisher
inferred), edition of 2020-08-05, one article: 孙泉 visits the 汽贸产业园 and the “公转铁” site.
Text as returned by the `pages` store; the stored text opens at 本报讯 (no title stored)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3709", "corpus/raw/pages/3709_qingxu_qimao_gongzhuantie.txt",
         publisher="醋都网 (清徐县融媒体中心)", date="2020-08-05", script="simplified", origin="pages")

# ---- line 1: source tag + lead paragraph
p.byline("BYLINE", "本报讯", line=1)                 # bare source tag; the date after it is body
p.ent("ORG", "县委", line=1)                          # 县委副书记 -> ORG 县委 + title; 县长: title only
p.ent("ORG", "清徐经济开发区党工委", line=1)          # a zone's own name opens its organ (滨海湾新区党工委)
p.ent("PERSON", "孙泉", line=1)
#   汽贸产业园: a park (place), no span; “公转铁”: no numeral, no formula
p.ent("ORG", "清徐经济开发区党工委", line=1, nth=1)   # second mention (first free one now)
p.ent("ORG", "管委会", line=1)                        # the zone's 管委会 (管委会主任), one specific body
p.ent("PERSON", "邢蕴武", line=1)
for name in ["岳兔立", "董笑龙", "王国庆"]:            # 县领导 + names
    p.ent("PERSON", name, line=1)
#   县直相关部门、乡镇: generic, no span

# ---- line 2
p.ent("PERSON", "孙泉", line=2)

# ---- line 3
p.ent("PERSON", "孙泉", line=3)
#   我县, 各级各部门, 县直各相关部门: no span; 一要/二要/三要: run-in points, no formula
p.slogan("GROUP", "三同步", line=3)                   # “三同步”原则: items not spelled out, no expansion

# ---- blocks
p.block(1, 3, "BODY", article=1)

p.save()
