"""page-6013: 武功统战 (account of 中共武功县委统战部 on 美篇 meipian.cn), one article:
武功召开新的社会阶层人士联盟会员代表大会 (武功县, 咸阳, 陕西). Text as returned by the
`pages` store, from its title; <p> markup stripped; the trailing keyword tags (cut) dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-6013", "corpus/raw/pages/6013_wugong_xinlianmeng_daibiaodahui.txt",
         publisher="武功统战", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ADMIN", "武功", line=1)                         # 武功召开…: the county
p.ent("ORG", "新的社会阶层人士联盟", line=1)             # the county's alliance, named inside its meeting

# ---- line 3: the account's name under the title (source line)
p.byline("BYLINE", "武功统战", line=3)
p.ent("ORG", "武功统战", line=3)                        # the 统战部's own account (a medium)

# ---- line 5
p.ent("ADMIN", "武功", line=5)
p.ent("ORG", "新的社会阶层人士联盟", line=5)
p.ent("ORG", "县人大常委会", line=5)
p.ent("PERSON", "葛超", line=5)
p.ent("ORG", "县政协", line=5)
p.ent("PERSON", "王秋霞", line=5)
p.ent("ORG", "县委统战部", line=5)
p.ent("PERSON", "马俊超", line=5)
p.ent("ORG", "县委", line=5, after="主持。")             # 县委常委 -> ORG 县委
p.ent("ORG", "统战部", line=5, after="县委常委、")       # 统战部部长 -> ORG 统战部
p.ent("PERSON", "刘伟", line=5)

# ---- line 7: four document titles, each naming the alliance in full
p.ent("ORG", "武功县新的社会阶层人士联盟", line=7, every=True)
p.ent("PERSON", "史建卫", line=7)

# ---- line 9
p.ent("PERSON", "刘伟", line=9)
p.ent("ORG", "新联盟", line=9, every=True)              # 我县新联盟 (deictic 我县 outside); 新一届新联盟班子
p.ent("ORG", "中国共产党", line=9)
#   “思想同心、目标同向、行动同步、工作同行”: no numeral, no formula
p.ent("ADMIN", "武功", line=9)                          # 为武功引智招才
#   中国特色社会主义, 二十大: no span

# ---- line 11
p.ent("ORG", "县工商联", line=11)
p.ent("PERSON", "董宁娟", line=11)
p.ent("ORG", "县委两新工委", line=11)
p.slogan("GROUP", "两新", line=11)                      # 两新 (new economic and social organisations), inside the ORG
p.ent("PERSON", "薛晓鹏", line=11)
p.ent("ORG", "县委统战部", line=11)
p.ent("ORG", "新的社会阶层人士联盟", line=11)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 11, "BODY", article=1)

p.save()
