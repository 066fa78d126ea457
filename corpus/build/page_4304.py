"""page-4304: 湖州日报 (e-paper szb.hz66.com/hzrb, issue of 2022-01-18 by its address), one article
from its byline (the store keeps no title): 市委书记王纲 in the 湖州 delegation at the provincial
congress. Text as returned by the `pages` store; its last paragraph, cut off mid-sentence in
the store, is left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4304", "corpus/raw/pages/4304_huzhou_wanggang.txt",
         publisher="湖州日报", date="2022-01-18", script="simplified", origin="pages")

# ---- line 1: byline line under the (missing) title
p.byline("BYLINE", "记者 孙文斌", line=1)
p.ent("PERSON", "孙文斌", line=1)

# ---- line 2: source tag with its place, then body
p.byline("BYLINE", "本报杭州专电", line=2)       # 本报 + place + 专电 (decision 12, like 本报广州…电)
p.ent("ADMIN", "杭州", line=2)
p.ent("ORG", "省人大", line=2)                   # 省人大代表: the congress, 代表 a title (decision 15)
p.ent("ORG", "市委", line=2)                     # 市委书记
p.ent("PERSON", "王纲", line=2)
p.ent("ADMIN", "湖州", line=2, nth=1)            # 湖州代表团: the delegation is no ORG (as 雄县考察团)
p.ent("ORG", "省政府", line=2)                   # 审议省政府工作报告 (rule of page-1604: ORG)
p.ent("PERSON", "习近平", line=2)
p.ent("ADMIN", "湖州", line=2, after="总书记对")
p.ent("ORG", "省委", line=2)                     # 省委赋予
p.ent("ADMIN", "湖州", line=2, after="新时代")

# ---- line 3
p.ent("PERSON", "王纲", line=3)
p.ent("PERSON", "王浩", line=3)                  # 王浩代省长: 代省长 is a title
p.ent("ORG", "省政府", line=3)                   # 代表省政府
p.slogan("COUNT", "两个确立", line=3)
p.slogan("COUNT", "两个维护", line=3)
p.ent("ADMIN", "浙江", line=3)                   # 浙江辨识度
p.ent("ORG", "中央", line=3)                     # 中央和省委经济工作会议: the convening organs
p.ent("ORG", "省委", line=3)
#   我省: deictic, no span

# ---- line 4
p.ent("PERSON", "王纲", line=4)
p.ent("ADMIN", "湖州", line=4)
p.ent("ORG", "省委", line=4)
p.ent("ORG", "省政府", line=4)
p.slogan("GROUP", "两山", line=4)                # “‘两山’高地”: the formula (绿水青山就是金山银山), quotes outside

# ---- blocks
p.block(1, 1, "BYLINE", article=1)
p.block(2, 4, "BODY", article=1)

p.save()
