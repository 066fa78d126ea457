"""page-5914: 贵州日报 (贵州日报报刊社 e-paper szb.eyesnews.cn), 2022-11-30 (from the e-paper URL),
the opening of one feature on 乌当区's 新时代文明实践 (新堡布依族乡). The stored page has the paper's
masthead and no title; it opens with the section head ■ 建强阵地 文明实践全覆盖. The store's last
paragraph (用“小积分”撬动“大文明”,…通过政策宣) was cut mid-sentence and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5914", "corpus/raw/pages/5914_guizhou_ribao_wudang_wenming.txt",
         publisher="贵州日报", date="2022-11-30", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: masthead (PAGE)
p.ent("ORG", "贵州日报报刊社", line=1)             # a paper's publisher, in full (甘肃日报社)
p.ent("ORG", "贵州日报当代融媒体集团", line=1)     # its media group

# ---- line 8: ■ 建强阵地 文明实践全覆盖 (CROSSHEAD): no entity
# ---- line 10: a quoted 快板 line: no entity

# ---- line 12
p.ent("ADMIN", "乌当区", line=12)
p.ent("ADMIN", "新堡布依族乡", line=12)             # 新堡布依族乡新时代文明实践所: a township's 实践所 is a venue
p.ent("ORG", "贵州师范学院商学院", line=12)         # a school with its sub-unit: one ORG
#   二十大: no span, no formula

# ---- line 14
#   “双语” (bilingual: Buyei and Chinese) is an ordinary word, no formula
p.ent("ADMIN", "新堡布依族乡", line=14)

# ---- line 16
p.ent("ADMIN", "乌当区", line=16)
#   “大爱秘境·吾当奉献”: 吾当 puns on 乌当, no ADMIN

# ---- line 18
p.ent("ORG", "乌当区新时代文明实践中心", line=18)   # named with its county-level prefix (seed-003 rule)
p.slogan("COUNT", "三个一", line=18,
         expansion=["一系列主题", "一系列宣传组合", "一系列长效机制"])   # “三个一”系列(即…): kind noun 系列 outside

# ---- line 20
#   党员示范、干部带头、全民志愿、全域志愿: four items, no numeral -> no formula; 四级 counts levels (prose)
p.slogan("PLUS", "8+N", line=20)                    # 四级“8+N”文明实践志愿服务…队伍; items not spelled out

# ---- bylines: none on the stored opening (no byline printed; the credit would follow the cut end)

# ---- blocks
p.block(1, 1, "PAGE")                     # masthead / edition line
p.block(8, 8, "CROSSHEAD", article=1)     # ■ section head inside the feature (its title is not stored)
p.block(10, 20, "BODY", article=1)

p.save()
