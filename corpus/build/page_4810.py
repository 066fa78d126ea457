"""page-4810: 红网 (红网时刻衡阳 channel, hy.rednet.cn), 2018-09-18, one article:
推进1.4万个党支部“五化”建设 衡阳再发力 (Party building, 党支部“五化”建设). Text as returned by the
`pages` store, from its breadcrumb; the cut last paragraph (“推进党支部‘五化’建设…让每) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4810", "corpus/raw/pages/4810_rednet_hengyang_wuhua.txt",
         publisher="红网", date="2018-09-18", script="simplified", origin="pages")

FIVE = ["支部设置标准化", "组织生活正常化", "管理服务精细化", "工作制度体系化", "阵地建设规范化"]

# ---- line 3: headline (first mention of 五化 carries the expansion, items on line 25)
p.slogan("GROUP", "五化", line=3, expansion=FIVE)
p.ent("ADMIN", "衡阳", line=3)

# ---- captions
p.ent("ADMIN", "蒸湘区", line=7)
p.ent("ADMIN", "雨母山镇", line=7)
p.ent("ADMIN", "临江村", line=7)
p.ent("ORG", "衡阳市中心医院", line=11)
p.ent("ORG", "衡阳市委", line=15)                  # 衡阳市委常委: contracted title keeps the organ
p.ent("ORG", "组织部", line=15)                    # 组织部部长: the city's 组织部 (decision 13)
p.ent("PERSON", "陈竞", line=15)
p.ent("ADMIN", "衡阳市", line=19)                  # unit inside an event's name (decision 2)
p.slogan("GROUP", "五化", line=19)

# ---- line 21: source tag + first paragraph
p.byline("BYLINE", "红网时刻衡阳9月18日讯(记者 蒋楠)")
p.ent("ORG", "红网时刻", line=21)                  # 红网's client: the medium of the source tag
p.ent("ADMIN", "衡阳", line=21, nth=1)             # the tag's place
p.ent("PERSON", "蒋楠", line=21)
p.ent("ORG", "省委组织部", line=21)
p.slogan("GROUP", "五化", line=21, every=True)     # three mentions
p.ent("ADMIN", "衡阳市", line=21)

# ---- line 23
p.ent("ORG", "衡阳市委", line=23)
p.ent("ORG", "组织部", line=23)
p.ent("PERSON", "陈竞", line=23)
p.slogan("GROUP", "五化", line=23)
p.ent("ORG", "蒸湘区雨母山镇临江村党总支", line=23)  # one ORG with its admin prefix
#   “党组织+公司+基地+农户”: no numeral, no formula

# ---- line 25
p.slogan("GROUP", "两新", line=25)                 # “两新”等党支部
p.slogan("GROUP", "五化", line=25, every=True)     # twice on the line
p.ent("ADMIN", "衡阳", line=25)                    # 衡阳党支部: the city's branches

# ---- blocks
p.block(1, 1, "PAGE")                              # 当前位置: (breadcrumb)
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "PAGE")                              # picture file name
p.block(7, 7, "CAPTION", article=1)
p.block(9, 9, "PAGE")
p.block(11, 11, "CAPTION", article=1)
p.block(13, 13, "PAGE")
p.block(15, 15, "CAPTION", article=1)
p.block(17, 17, "PAGE")
p.block(19, 19, "CAPTION", article=1)
p.block(21, 25, "BODY", article=1)

p.save()
