"""page-2603: 扬中新闻网 (yzxw.com, 扬中市融媒体中心's news site; 本报讯 = 扬中日报), 2016-11-01,
one article: 市领导赴灌云参加扶贫项目建设开工奠基. Text as returned by the `pages` store, from its
title (site navigation above it and the table-cell markers `|` stripped)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2603", "corpus/raw/pages/2603_yangzhong_guanyun_fupin.txt",
         publisher="扬中新闻网", date="2016-11-01", script="simplified", origin="pages")

# ---- line 2: headline
p.ent("ADMIN", "灌云", line=2)

# ---- line 4: author + date meta line
p.byline("BYLINE", "吉战顺", line=4)
p.ent("PERSON", "吉战顺", line=4)

# ---- line 6
p.byline("BYLINE", "本报讯", line=6)
p.ent("ADMIN", "新坝镇", line=6)                               # 我市新坝镇: 我市 deictic
p.ent("ORG", "江苏大航控股集团有限公司", line=6)
p.ent("ADMIN", "灌云县", line=6)                               # 灌云县龙苴镇嵇岭村综合服务中心:
p.ent("ADMIN", "龙苴镇", line=6)                               #   a building under construction,
p.ent("ADMIN", "嵇岭村", line=6)                               #   a place: units only
p.ent("ORG", "市委", line=6)                                   # 我市市委常委 -> ORG 市委
p.ent("ORG", "新坝镇党委", line=6)                             # 新坝镇党委书记
p.ent("PERSON", "潘杰", line=6)
p.ent("ORG", "灌云县政协党组", line=6)                         # 党组 kept inside (rules, 21NN)
p.ent("PERSON", "王庆嘉", line=6)
p.ent("ORG", "市政协", line=6)                                 # 我市政协副主席: 我 deictic
p.ent("PERSON", "王继兰", line=6)

# ---- line 7
p.ent("ADMIN", "灌云县", line=7, nth=1)
p.ent("ADMIN", "龙苴镇", line=7, nth=1)
p.ent("ADMIN", "灌云县", line=7, nth=1)                        # second 灌云县 (first now taken)
p.ent("ADMIN", "龙苴镇", line=7, nth=1)
p.ent("ADMIN", "嵇岭村", line=7)
p.ent("ADMIN", "新坝镇", line=7)
p.ent("ORG", "江苏大航控股集团有限公司", line=7)
p.ent("ORG", "兴业水利工程有限公司", line=7)                    # 子公司兴业水利工程有限公司

# ---- line 8
p.ent("PERSON", "潘杰", line=8)
p.ent("ADMIN", "龙苴镇", line=8)

# ---- line 9
p.ent("ADMIN", "灌云县", line=9)
p.ent("ADMIN", "龙苴镇", line=9, nth=1)
p.ent("ADMIN", "嵇岭村", line=9)
p.ent("ADMIN", "杨范村", line=9)                               # 杨范村综合服务中心项目: a site
p.ent("ORG", "华彩纺织厂", line=9)                             # an enterprise visited
p.ent("ADMIN", "龙苴镇", line=9, nth=1)                        # 龙苴镇党政领导: title, no ORG

# ---- line 10: closing credit
p.byline("CREDIT", "(吉战顺)", line=10)
p.ent("PERSON", "吉战顺", line=10)

# ---- blocks
p.block(1, 1, "KICKER", article=1)
p.block(2, 2, "HEADLINE", article=1)
p.block(4, 4, "BYLINE", article=1)
p.block(6, 10, "BODY", article=1)

if "--show" in sys.argv:
    p.show()
else:
    p.save()
