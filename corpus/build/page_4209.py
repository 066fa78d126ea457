"""page-4209: 宝鸡日报 (e-paper bjrb.joyhua.cn, 2023-03-29, 01版), one article:
以高质量巡察护航高质量发展 (市委巡察工作会议). Text as returned by the `pages` store."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4209", "corpus/raw/pages/4209_baoji_xuncha_dongyuan.txt",
         publisher="宝鸡日报", date="2023-03-29", script="simplified", origin="pages")

# ---- line 7: subhead  (十三届市委第三轮巡察: term before the organ -> ORG 市委, as 六届市纪委 -> 市纪委)
p.ent("ORG", "市委", line=7)

# ---- line 8: byline + lead
p.byline("BYLINE", "本报讯(记者胡红玲)")
p.ent("PERSON", "胡红玲", line=8)
p.ent("ORG", "市委", line=8)                       # 十三届市委第三轮巡察 (我市: no span)

# ---- line 9
p.ent("ORG", "中央纪委", line=9)                   # 二十届中央纪委二次全会: organ inside the meeting's name
p.ent("PERSON", "习近平", line=9)

# ---- line 11: 6个市委巡察组 (a count of teams: no team ORG; their organ 市委 is, like 市委各部门 -> 市委)
p.ent("ORG", "市委", line=11)
p.ent("ORG", "市教育局", line=11)
p.ent("ORG", "市交通运输局", line=11)
p.ent("ORG", "市卫健委", line=11)

# ---- lines 13-14: e-paper footer (PAGE), its bodies and places still annotated
p.ent("ADMIN", "宝鸡市", line=13)                  # address 宝鸡市经二路东段五号
p.ent("ORG", "锦华科技", line=13)                  # 技术支持: the company
p.ent("ORG", "宝鸡日报社", line=14)

# ---- blocks
p.block(1, 5, "PAGE")                  # 通版阅读请点击 / 展开通版 / 收缩通版 / 当前版:01版 / 本期发布:
p.block(6, 6, "HEADLINE", article=1)
p.block(7, 7, "SUBHEAD", article=1)    # factual line after the catchy title (decision 1)
p.block(8, 11, "BODY", article=1)
p.block(13, 15, "PAGE")                # 刊号/地址, 版权, 浏览器提示

p.save()
