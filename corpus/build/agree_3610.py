"""agree-page-3610: 贺州日报 (广西), 2012-05-11, reposted on yybnet.net: the first instalment of the
series on the 第一书记 of poor villages (他在云雾山中走), with the column's opening note.
Second, independent annotation pass. The stored text ends mid-article."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-3610", "corpus/raw/pages/3610_hezhou_diyishuji_shatian.txt",
         publisher="贺州日报", date="2012-05-11", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline with its series subtitle on the same line
p.ent("ADMIN", "贺州市", line=1)
#   “第一书记”: a post (第一 is an ordinal), no formula

# ---- line 3: web meta line 来源:贺州日报 2012-05-11 09:10 URL (timestamp and URL outside)
p.byline("BYLINE", "来源:贺州日报", line=3)
p.ent("ORG", "贺州日报", line=3)

# ---- line 5: 开栏的话 (column-opening note marker, like 编者按): COLUMN
# ---- line 7: the note
p.ent("ADMIN", "贺州市", line=7, every=True)        # two mentions
#   贫困村党组织: a kind of body, no ORG; 本报: never ORG

# ---- line 9: byline
p.byline("BYLINE", "□本报记者黄世中", line=9)
p.ent("PERSON", "黄世中", line=9)

# ---- line 11
p.ent("ADMIN", "沙田", line=11)                    # 沙田镇 by its bare name
#   土瑶: the Tuyao people's area, no unit

# ---- line 13
#   “蜀道难难于上青天”: a proverb; 蜀 one character, no span
p.ent("ORG", "平桂管理区沙田镇狮东瑶族村党支部", line=13)  # a named village's branch, with its admin chain (§2)
p.ent("PERSON", "欧阳康", line=13)
p.ent("ADMIN", "四川", line=13)
#   土瑶民族村: generic (the Tuyao villages), no span

# ---- line 15
p.ent("ORG", "平桂管理区计生委", line=15)
p.ent("ORG", "沙田镇狮东瑶族村党支部", line=15)
p.ent("PERSON", "欧阳康", line=15)

# ---- line 17
#   农村党支部书记, 组织: generic, no span
p.ent("PERSON", "欧阳康", line=17)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "COLUMN")
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "BYLINE", article=1)
p.block(11, 17, "BODY", article=1)

p.save()
