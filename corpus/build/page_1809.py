"""page-1809: 泸州日报 (as reprinted on yybnet.net, 古蔺新闻 channel), 2021-12-02, one article:
观文镇 建成“南翼”有力支撑点, followed by the site's "新闻推荐" teaser of another 泸州日报 story.
Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1809", "corpus/raw/pages/1809_luzhou_guwen_nanyi.txt",
         publisher="泸州日报", date="2021-12-02", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "观文镇", line=1)
#   “南翼”: 泸州's "southern wing" (a regional epithet of the city's strategy), no unit

# ---- line 3: source line under the headline (bare source name + time + font button)
p.ent("ORG", "泸州日报", line=3)
p.byline("BYLINE", "泸州日报", line=3)     # decision 8 / held-out web meta line: source name, date outside

# ---- line 5: byline + first paragraph
p.byline("BYLINE", "本报讯(王滔 记者 简放鹏)")
p.ent("PERSON", "王滔", line=5)
p.ent("PERSON", "简放鹏", line=5)
p.ent("ADMIN", "古蔺县", line=5)
p.ent("ADMIN", "观文镇", line=5)
#   市第九次党代会: an event of the (bare) 市 level, no span (x3 on lines 5, 7, 9)

# ---- line 7
p.slogan("PARALLEL", "三会一课", line=7)   # items not spelled out in the article

# ---- line 9
p.ent("ORG", "市委", line=9)               # 市委“做特‘南翼’…”战略部署: the city Party committee issues it
p.ent("ORG", "镇党委", line=9)             # 围绕镇党委确定的…: 观文镇's Party committee (level word + organ)
p.slogan("PARALLEL", "一湖两园三地六产业", line=9)   # no item list (一湖, 两园, 三地 never named)
p.ent("ADMIN", "观文镇", line=9)           # 把观文镇建成
p.ent("ADMIN", "古蔺县", line=9)           # 古蔺县南部农旅融合发展经济区中心乡镇
p.slogan("COUNT", "六个一", line=9)        # 产业发展“六个一”工作机制: items not spelled out
#   “万头丫杈猪、…万亩高山蔬菜”六大产业: counts industries (like 五大主导产业, §3 decision 10), no slogan
p.ent("ADMIN", "观文镇", line=9, after="全力建设")      # 观文镇现代物流园区: a park is a place
p.ent("ADMIN", "观文镇", line=9, after="现代物流园区")  # 观文镇道地中药材现代农业园区

# ---- lines 13-15: the "新闻推荐" teaser of another story (article 2)
p.ent("ADMIN", "泸州", line=13)
p.byline("PHOTO", "(张云飞摄)", line=15)
p.ent("PERSON", "张云飞", line=15)

# ---- line 17: the channel's blurb (site furniture)
p.ent("ADMIN", "古蔺", line=17)            # 古蔺新闻: unit inside a channel name (decision 2)
p.ent("ADMIN", "古蔺县", line=17)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 9, "BODY", article=1)
p.block(11, 11, "PAGE")                    # 新闻推荐 (site furniture)
p.block(13, 13, "HEADLINE", article=2)
p.block(15, 15, "BODY", article=2)         # caption fused with the teaser's lede; mostly body text
p.block(17, 17, "PAGE")                    # channel blurb
p.block(19, 22, "PAGE")                    # 相关推荐 / 新闻推荐 (line 19 holds only a space)

p.save()
