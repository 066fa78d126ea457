"""page-2513: 海口市美兰区人民政府 (mlqzf.haikou.gov.cn, 要闻动态 > 今日美兰), 2022-05-16, one article
reprinted from 海口日报 (author 宋亮亮): 罗增斌在美兰区调研乡村振兴工作. Text as returned by the
`pages` store, from its title; its last paragraph (调研中,罗增斌强调,…为) is cut off mid-sentence
and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2513", "corpus/raw/pages/2513_meilan_luozengbin_xiangcun.txt",
         publisher="海口市美兰区人民政府", date="2022-05-16", script="simplified", origin="pages")

# ---- line 1: headline (no names)

# ---- line 3: web meta line (decision 12): one BYLINE span per labelled credit, timestamp outside
p.byline("BYLINE", "来源:海口日报", line=3)
p.byline("BYLINE", "作者:宋亮亮", line=3)
p.ent("ORG", "海口日报", line=3)                    # a medium named as the source
p.ent("PERSON", "宋亮亮", line=3)

# ---- line 5
p.ent("ORG", "省委", line=5)                        # 省委常委: shortened title keeps the organ
p.ent("ORG", "市委", line=5)                        # 市委书记
p.ent("PERSON", "罗增斌", line=5)
p.ent("ADMIN", "美兰区", line=5)
p.ent("PERSON", "习近平", line=5)
p.ent("ADMIN", "海南", line=5)                      # 考察海南
#   省第八次党代会: an event, 省 a level word: no span

# ---- line 7
p.ent("PERSON", "罗增斌", line=7)
p.ent("ADMIN", "演丰镇", line=7)
p.ent("ADMIN", "北港村", line=7)
#   海岛村特色, “生态饭”“旅游饭”: no spans

# ---- line 9
p.ent("ADMIN", "演丰镇", line=9)
p.ent("ADMIN", "芳园村", line=9)
p.ent("ADMIN", "芳园", line=9, after="打造")         # “芳园艺术村”项目: the village's name inside a project name (decision 2)
p.ent("ADMIN", "中国", line=9)                      # 中国美丽休闲乡村 (like 中国传统村落)
p.ent("PERSON", "罗增斌", line=9)

# ---- line 11
#   “898艺术村”: a nickname with a number, no formula, no span
p.ent("ADMIN", "灵山镇", line=11)
p.ent("ADMIN", "权拥东村", line=11)                 # named as a village after its town
p.ent("PERSON", "罗增斌", line=11)
p.ent("ADMIN", "海口", line=11, nth=1)              # 增添海口元素
p.ent("ADMIN", "海口", line=11, nth=1)              # 具有海口特色 (second occurrence, first free one now)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 11, "BODY", article=1)

p.save()
