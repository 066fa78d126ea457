"""agree-page-5914 (second pass): 贵州日报, 2022-11-30, an extract of one article on 乌当区's
新时代文明实践 (its headline is not on the page; it opens with a ■ section heading)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-5914", "corpus/raw/pages/5914_guizhou_ribao_wudang_wenming.txt",
         publisher="贵州日报", date="2022-11-30", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: the paper's masthead line (PAGE); its publisher and group are ORG in full
p.ent("ORG", "贵州日报报刊社", line=1)
p.ent("ORG", "贵州日报当代融媒体集团", line=1)
#   国内统一刊号:CN52-0013 代号65-1: furniture, no span

# ---- line 8: ■ 建强阵地 文明实践全覆盖 (section heading): nothing to tag

# ---- line 10: a quoted 快板 line: nothing to tag

# ---- line 12
p.ent("ADMIN", "乌当区", line=12)
p.ent("ADMIN", "新堡布依族乡", line=12)            # ...新时代文明实践所: a township's 实践所 = venue, no ORG
#   党的二十大 (twice on this line and twice on line 20): no span, no formula
p.ent("ORG", "贵州师范学院商学院", line=12)         # a school with its sub-unit: one ORG

# ---- line 14
#   “双语”宣讲: 双 in an ordinary word (bilingual), no formula
p.ent("ADMIN", "新堡布依族乡", line=14)            # 新堡布依族乡新时代文明实践所 (township venue)

# ---- line 16
#   全国第二批试点新时代文明实践中心建设试点县: no span
p.ent("ADMIN", "乌当区", line=16)
#   “大爱秘境·吾当奉献”: a brand; 吾当 is a pun on 乌当, no ADMIN

# ---- line 18
p.ent("ORG", "乌当区新时代文明实践中心", line=18)   # named with its county prefix, and acts (成立后,积极勾勒…)
p.slogan("COUNT", "三个一", line=18,
         expansion=["一系列主题", "一系列宣传组合", "一系列长效机制"])   # “三个一”系列(即…)

# ---- line 20
#   “党员示范、干部带头、全民志愿、全域志愿”原则: no numeral, no formula
#   区、社会、乡(镇)、村(社区)四级: a count of levels, no formula
p.slogan("PLUS", "8+N", line=20)                   # 四级“8+N”文明实践志愿服务…队伍 (items not spelled out)

# ---- blocks
p.block(1, 1, "PAGE")
p.block(8, 8, "CROSSHEAD", article=1)              # ■ section heading inside the article
p.block(10, 20, "BODY", article=1)                 # six paragraphs, split at the blank lines

p.save()
