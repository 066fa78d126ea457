"""page-2207: 进贤县人民政府 (民和镇 public notice: 巡察整改阶段进展情况), 2023-11 (month from the
url; day unknown). Text as returned by the `pages` store (a mirror of the county site), which
holds no title; its last paragraph, cut off mid-sentence, is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2207", "corpus/raw/pages/2207_jinxian_minhe_xuncha.txt",
         publisher="进贤县人民政府", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1
p.ent("ORG", "市委", line=1, nth=1)                 # 市委统一部署 (南昌市委 acting)
p.ent("ORG", "市委第二巡察组", line=1, nth=1)        # a named team (§2)
p.ent("ORG", "民和镇党委", line=1, nth=1)
p.ent("ORG", "市委第二巡察组", line=1)
p.ent("ORG", "民和镇党委", line=1)

# ---- line 4
#   我镇: deictic; 党委会议: a meeting, no span
p.ent("ORG", "镇党委", line=4)                      # 镇党委书记 -> ORG + title
p.ent("PERSON", "樊国春", line=4)
p.ent("ORG", "整改工作领导小组", line=4)            # the town's rectification group (decision 13)
p.ent("ORG", "领导小组办公室", line=4)              # its office, named by function
p.ent("ORG", "党建办", line=4)                      # the town's party-building office (decision 13)
#   党委副书记: bare 党委, no span (bare institution type); 办公室主任: bare, no span
p.ent("PERSON", "刘冰", line=4)

# ---- line 6
p.ent("ORG", "整改工作领导小组", line=6, nth=1)
p.ent("ORG", "镇党委", line=6, nth=1)               # 在镇党委的统一领导下
#   document title: the organisations named in it are ORG (decision 2, as 中央政治局 in an event)
p.ent("ORG", "中共进贤县民和镇党委", line=6)
p.ent("ORG", "市委第二巡察组", line=6)
#   民发〔2022〕100号: issuer's code, no ORG
p.ent("ORG", "镇党委", line=6, after="100号")       # 镇党委书记樊国春
p.ent("PERSON", "樊国春", line=6)
p.slogan("PARALLEL", "一岗双责", line=6)
#   一件一件落实、一条一条兑现: a manner, no formula; 举一反三 (line 4): idiom
#   党委领导班子: bare 党委, no span
p.ent("ORG", "整改工作领导小组", line=6, after="党委领导班子")

# ---- blocks (no title in the stored text)
p.block(1, 1, "BODY", article=1)
p.block(2, 3, "CROSSHEAD", article=1)   # 一、… / (一)… : two heading levels, one run of lines
p.block(4, 4, "BODY", article=1)
p.block(5, 5, "CROSSHEAD", article=1)
p.block(6, 6, "BODY", article=1)
p.block(7, 7, "CROSSHEAD", article=1)   # (三)… : its paragraph was cut off in the store

p.save()
