"""page-4207: 眉山日报 (e-paper szb.mshw.net, 第02版), 2024-03-30 (issue date from the URL), one article:
党建引领党员带头 环境卫生整治见实效 (东坡区大石桥街道桐花巷社区). Text as returned by the `pages` store,
from the page opening; its last paragraph (下一步,桐花巷社区将号召…) is cut mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4207", "corpus/raw/pages/4207_meishan_tonghuaxiang_shequ.txt",
         publisher="眉山日报", date="2024-03-30", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 21: byline + first paragraph
p.byline("BYLINE", "本报讯(杨羽 眉山日报全媒体记者 王允浩)")
p.ent("PERSON", "杨羽", line=21)
p.ent("ORG", "眉山日报", line=21)                 # the medium in the byline
p.ent("PERSON", "王允浩", line=21)
#   学士街 (a street), 金辰花园小区 (a compound): no span
p.ent("ADMIN", "东坡区", line=21)
p.ent("ADMIN", "大石桥街道", line=21)
p.ent("ADMIN", "桐花巷社区", line=21)

# ---- line 23: the four tasks; only ‘门前五包’ is a numbered formula
p.slogan("GROUP", "门前五包", line=23)

# ---- line 25
p.ent("PERSON", "曹义", line=25)                  # 党员志愿者曹义

# ---- line 27: 金辰花园小区 (compound), 余女士 (surname + address word): no span

# ---- blocks
p.block(1, 1, "PAGE")            # 第02版: (e-paper page label)
p.block(3, 3, "PAGE")            # 联系方式 (contact box heading)
p.block(7, 17, "PAGE")           # 办公室/总编室/…/网 站 phone lines
p.block(19, 19, "HEADLINE", article=1)
p.block(21, 27, "BODY", article=1)

p.save()
