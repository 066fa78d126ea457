"""page-1711: 固原日报 (固原新闻网, gyxww.net), 宁夏固原市; one article:
震湖乡春节文化活动丰富多彩 (西吉县), followed by the site's 相关新闻 list.
Text as returned by the `pages` store, from its title; the list's last item (我市供) was
cut off mid-word and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1711", "corpus/raw/pages/1711_guyuan_zhenhu_chunjie.txt",
         publisher="固原日报 (固原新闻网)", date=None, script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "震湖乡", line=1)

# ---- line 2
p.ent("ADMIN", "西吉县", line=2)
p.ent("ADMIN", "震湖乡", line=2)

# ---- line 3
p.ent("ADMIN", "震湖乡", line=3)                     # 震湖乡李章村文化广场: venue, units inside
p.ent("ADMIN", "李章村", line=3, nth=1)
p.ent("ADMIN", "李章村", line=3, nth=1)              # 李章村美丽乡村建设先进典型表彰活动: event, unit inside
p.ent("ORG", "李章村党支部", line=3)                 # a named village's body (decision 5)
p.ent("ORG", "村委会", line=3)                       # 村委会主任 of 李章村: that village's body, contracted title
p.ent("PERSON", "姜正强", line=3)

# ---- line 4
p.ent("ADMIN", "震湖乡", line=4, nth=1)              # 震湖乡组织举办了
p.ent("ADMIN", "王坪村", line=4)                     # 王坪村戏曲文化演出
p.ent("ORG", "震湖乡党委", line=4)
p.ent("PERSON", "安永峰", line=4)
p.byline("CREDIT", "(记者:容 晨)")
p.ent("PERSON", "容 晨", line=4)

# ---- related-news list (site furniture, PAGE), entities still annotated
p.ent("PERSON", "宣托弟", line=12)
p.ent("ADMIN", "固原市", line=17)
p.slogan("GROUP", "五小", line=17)                   # 职工"五小"创新 (小发明、小创造…): not spelled out here
p.ent("ADMIN", "固原市", line=19)
p.ent("ADMIN", "苏州", line=19)
p.ent("ADMIN", "中国", line=19)                      # 中国厨师节: event name, the country inside (decision 2)
p.ent("ADMIN", "固原市", line=21)
#   西海固 (line 15): a region named after three counties, no unit

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 4, "BODY", article=1)                     # the closing credit stays in BODY
p.block(5, 22, "PAGE")                              # 相关新闻 list

p.save()
