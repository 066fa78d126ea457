"""page-4001: 景县融媒 (景县融媒体中心, 河北 衡水; text as stored from a 网易号 copy, m.163.com,
来源:景县融媒), township news: 青兰乡撤乡设镇揭牌. The stored text has no title line; it opens
with the reposter's lead-in on the county's towns. Year not printed (date left empty)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4001", "corpus/raw/pages/4001_jingxian_qinglan_chexiang.txt",
         publisher="景县融媒", date=None, script="simplified", origin="pages")

# ---- line 1: the county and its eleven towns
p.ent("ADMIN", "景县", line=1)
for t in ["景州镇", "龙华镇", "广川镇", "王瞳镇", "洚河流镇", "安陵镇", "杜桥镇",
          "王谦寺镇", "北留智镇", "留智庙镇", "梁集镇"]:
    p.ent("ADMIN", t, line=1)

# ---- line 2: the five townships (留府: the bracketed short name of 后留名府乡)
for t in ["刘集乡", "连镇乡", "温城乡", "后留名府乡", "留府", "青兰乡"]:
    p.ent("ADMIN", t, line=2)

# ---- line 3
p.ent("ADMIN", "温城乡", line=3)
p.ent("ADMIN", "青兰乡", line=3)
p.ent("ADMIN", "景县", line=3)

# ---- line 4: 政府副县长 -- bare 政府 is no ORG (generic institution word)
p.ent("ADMIN", "青兰乡", line=4)
p.ent("PERSON", "李博", line=4)

# ---- line 5
p.ent("PERSON", "李博", line=5)
p.ent("ORG", "县委", line=5)
p.ent("ORG", "县政府", line=5)
p.ent("ADMIN", "青兰乡", line=5)
p.ent("ADMIN", "青兰镇", line=5)
p.ent("ADMIN", "青兰", line=5, every=True)      # 青兰发展史, 青兰经济社会发展, 青兰高质量发展
#   美丽景州: the county's historic name used as an epithet -- no span (see notes)
p.ent("ADMIN", "河北", line=5)                   # 中国式现代化河北场景: 河北 as a place
p.ent("ADMIN", "景县", line=5)                   # 景县篇章

# ---- line 6
p.ent("ADMIN", "青兰镇", line=6)
p.ent("ORG", "中央", line=6)                     # 贯彻落实中央和省市各项决策部署: the centre acting
p.ent("ORG", "县委", line=6, nth=1)              # 县委十二届四次、五次全会: the plenums are events
p.ent("ORG", "县委", line=6, nth=1)              # 坚决落实县委、县政府
p.ent("ORG", "县政府", line=6)
p.slogan("PLUS", "4+12+N", line=6)
p.ent("ADMIN", "河北", line=6)
p.ent("ADMIN", "景县", line=6)
p.ent("ADMIN", "青兰", line=6, after="景县图景")   # 贡献青兰力量

# ---- line 7
p.ent("PERSON", "李博", line=7)
p.ent("ADMIN", "青兰乡", line=7, nth=1)
p.ent("ORG", "县民政局", line=7)
p.ent("ORG", "河北省民政厅", line=7)
p.ent("ADMIN", "景县", line=7)                   # units inside the document title (decision 2)
p.ent("ADMIN", "青兰乡", line=7)
p.ent("ADMIN", "青兰镇", line=7)

# ---- line 8: source line under the article
p.byline("BYLINE", "来源:景县融媒")
p.ent("ORG", "景县融媒", line=8)

# ---- blocks
p.block(1, 7, "BODY", article=1)
p.block(8, 8, "BYLINE", article=1)
p.block(9, 9, "PAGE")                            # 热门跟贴 (comment widget)

p.save()
