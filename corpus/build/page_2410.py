"""page-2410: 北方新报 (szb.northnews.cn/bfxb, e-paper, 第03版 首府/市井), 2018-12-27, one article:
首府两个社区工作法 入选全国100优 (新报讯, 记者 刘睿). Text as returned by the `pages` store, from the
top of the stored page; its last line, a link title cut off mid-word (冬日礼物温暖了“小个子”陈), dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2410", "corpus/raw/pages/2410_bfxb_shequ_gongzuofa.txt",
         publisher="北方新报", date="2018-12-27", script="simplified", origin="pages")

# ---- line 6: headline. 首府 (the regional capital) is an epithet, no ADMIN; 全国100优 is an award list

# ---- line 8: byline + first paragraph
p.byline("BYLINE", "新报讯(记者  刘  睿)", line=8)
p.ent("ORG", "新报", line=8)                     # the paper's own short name in its source tag (like 甘州融媒讯)
p.ent("PERSON", "刘  睿", line=8)
p.ent("ADMIN", "呼和浩特市", line=8)
p.ent("ADMIN", "玉泉区", line=8)
p.ent("ADMIN", "兴隆巷街", line=8)               # the sub-district (兴隆巷街道) by its short name
p.ent("ADMIN", "清泉街社区", line=8)             # 清泉街社区工作法: unit inside a method's name
p.ent("ADMIN", "赛罕区", line=8)
p.ent("ADMIN", "人民路街道", line=8)
p.ent("ADMIN", "兴康社区", line=8)

# ---- line 10
p.ent("ORG", "玉泉区清泉街社区党总支", line=10)   # the community's Party branch, with its prefix
p.ent("PERSON", "武荷香", line=10)
p.ent("ADMIN", "玉泉区", line=10)
p.ent("ADMIN", "兴隆巷街", line=10)
p.ent("ADMIN", "清泉街社区", line=10)
p.slogan("GROUP", "四关", line=10,
         expansion=["关心老的", "关爱小的", "关怀病的", "关照穷的"])
p.slogan("GROUP", "四不", line=10,
         expansion=["衣食住行无所不帮", "生老病死无所不问", "扶贫济困无所不做", "打架斗殴无所不管"])

# ---- line 12
p.ent("ADMIN", "玉泉区", line=12)
p.ent("ADMIN", "清泉街社区", line=12)
p.ent("ADMIN", "清泉街", line=12)                # 清泉街也与…: the community by its bare name
#   港澳联合会: a generic class of bodies; 港澳 fuses one-character abbreviations (no ADMIN)

# ---- e-paper navigation (PAGE): units inside section names keep their spans
p.ent("ADMIN", "内蒙古", line=20)                # 第02版:内蒙古·综合
p.ent("ADMIN", "内蒙古", line=22)                # 第04版:内蒙古·故事
p.ent("ADMIN", "内蒙古", line=24)                # 第06版:内蒙古·法治/广告
p.ent("ADMIN", "中国", line=27)                  # 第10版:中国·综合
p.ent("ADMIN", "中国", line=28)                  # 第11版:中国·关注
#   首府/市井, 首府机动车…: 首府 is an epithet for 呼和浩特, no span

# ---- blocks
p.block(1, 4, "PAGE")                  # 往期阅读, 当前版: 03版, 上一篇 下一篇, 放大 缩小 默认
p.block(6, 6, "HEADLINE", article=1)
p.block(8, 14, "BODY", article=1)
p.block(16, 34, "PAGE")                # 上一篇 下一篇, 标题导航 and the edition's page list, a link title

p.save()
