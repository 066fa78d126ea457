"""page-5416: 新報人 (Spyan Jour, the student paper of 香港浸會大學's journalism department,
spyan-jour.hkbu.edu.hk), a 最新 (top-stories) listing page holding two 港聞 items of 2021-09-14 and
2021-09-13. Text as returned by the `pages` store; the third item's title, cut mid-line, dropped.
The second item's teaser ends in the site's own ellipsis (遜於衛 …), kept as printed."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5416", "corpus/raw/pages/5416_spyanjour_hkbu_quanyunhui.txt",
         publisher="新報人", date="2021-09-14", script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ================================================================ article 1 (全運會 broadcast), lines 2-8
p.ent("ORG", "港台", line=2)                      # RTHK by its short name
p.byline("BYLINE", "新報人", line=5)               # bare source name under the headline (decision 8)
p.ent("ORG", "新報人", line=5)
p.byline("BYLINE", "記者:黃 可兒", line=6)          # labelled credit; the editor's credit is no byline
p.ent("PERSON", "黃 可兒", line=6)
p.ent("PERSON", "容倩文", line=6)                  # 編輯: editor, PERSON only
# line 8
p.ent("PERSON", "林鄭月娥", line=8, nth=1)
p.ent("ORG", "行政會議", line=8)                   # the Executive Council (see notes)
#   第十四屆全國運動會 / 全運會: an event, no span
p.ent("ADMIN", "陝西省", line=8)
p.ent("ADMIN", "西安市", line=8)
p.ent("PERSON", "李慧詩", line=8)
p.ent("PERSON", "梁嘉儒", line=8)
p.ent("ADMIN", "香港", line=8, nth=1)              # 香港運動員: the SAR as a place
p.ent("PERSON", "林鄭月娥", line=8, nth=1)          # 林鄭月娥指
#   東京奧運會: a foreign city, no span
p.ent("ORG", "香港電台", line=8)
p.ent("ORG", "中央廣播電視總台", line=8)
p.ent("ORG", "港台", line=8)                       # 港台|電視32台: the medium, its channel outside
p.ent("PERSON", "林鄭月娥", line=8)                 # 林鄭月娥透露
#   粵港澳, 粵澳: one-character short forms, no ADMIN; 兩地政府: generic
p.byline("CREDIT", "指導老師:林穎茵", line=8)         # the instructor's credit closing the item
p.ent("PERSON", "林穎茵", line=8)

# ================================================================ article 2 (children's teeth), lines 9-15
p.ent("ORG", "社協", line=9)                       # 香港社區組織協會 by its short name
p.byline("BYLINE", "新報人", line=12)
p.ent("ORG", "新報人", line=12)
p.byline("BYLINE", "記者:李 朗僑", line=13)
p.ent("PERSON", "李 朗僑", line=13)
p.ent("PERSON", "廖子晴", line=13)
# line 15
p.ent("ORG", "香港社區組織協會", line=15)
p.ent("ORG", "兒童權利關注會", line=15)
p.ent("ORG", "立法會申訴部", line=15, nth=1)        # a division of the Legislative Council: one ORG
p.ent("ORG", "立法會", line=15, after="促請")        # 促請立法會敦促政府; the bare 政府 is generic
#   兒童牙科保健計劃, 「兒童牙科醫療券」: a programme and a voucher, no span
p.ent("ORG", "社協", line=15, nth=1)
p.ent("ORG", "立法會申訴部", line=15)
p.ent("PERSON", "何君堯", line=15)
p.ent("PERSON", "葛佩帆", line=15)
p.ent("PERSON", "郭偉強", line=15)
p.ent("ORG", "社協", line=15)                      # 社協在今年1月至5月期間

# ---- blocks
p.block(1, 1, "COLUMN")                # 最新: the site's section
p.block(2, 2, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                  # date only
p.block(4, 4, "COLUMN")                # 港聞: the item's category
p.block(5, 5, "BYLINE", article=1)     # 新報人
p.block(6, 6, "BYLINE", article=1)     # 記者:… 編輯:…
p.block(7, 7, "PAGE")                  # date only
p.block(8, 8, "BODY", article=1)
p.block(9, 9, "HEADLINE", article=2)
p.block(10, 10, "PAGE")
p.block(11, 11, "COLUMN")
p.block(12, 12, "BYLINE", article=2)
p.block(13, 13, "BYLINE", article=2)
p.block(14, 14, "PAGE")
p.block(15, 15, "BODY", article=2)

p.save()
