"""page-2407: 故城县融媒体中心 (河北 衡水市 故城县), one article on 故城县 being chosen as a
河北省 宜居宜业和美乡村 pilot county. Text as returned by the `pages` store (a mirror page,
lnhengrui.com, that prints the article in traditional characters and closes with
作者:秦海燕 / 來源:故城縣融媒體中心); the store holds no title line."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2407", "corpus/raw/pages/2407_gucheng_hemei_xiangcun.txt",
         publisher="故城县融媒体中心", date=None, script="traditional", origin="pages")

# ---- line 1
p.ent("ORG", "鄉村振興局", line=1)          # bare department meaning one body (decision 13)
p.ent("ADMIN", "衡水市", line=1)
p.ent("ADMIN", "故城縣", line=1)
p.ent("ADMIN", "河北省", line=1)            # 河北省宜居宜業和美鄉村建設試點縣: unit in a title (decision 2)
p.ent("ADMIN", "衡水市", line=1)

# ---- line 4: caption with its photo credit
p.ent("ORG", "故城縣鄉村振興局", line=4)
p.byline("PHOTO", "故城縣鄉村振興局供圖", line=4)

# ---- line 7
p.ent("ADMIN", "河北省", line=7)            # 河北省人居環境獎: unit in an award name
p.ent("ADMIN", "故城縣", line=7)

# ---- line 10: caption with its photo credit
p.ent("ORG", "故城縣鄉村振興局", line=10)
p.byline("PHOTO", "故城縣鄉村振興局供圖", line=10)

# ---- line 13
for v in ["堤口村", "吳梧茂村"]:
    p.ent("ADMIN", v, line=13)
p.ent("ADMIN", "建國鎮", line=13)
p.slogan("PER_UNIT", "一村一品", line=13)     # inside the title 全國一村一品示范村鎮
for v in ["尹里村", "堤口村", "董學村", "龍鳳店村", "徽王莊村", "灘頭村"]:
    p.ent("ADMIN", v, line=13)
#   福祿小鎮, 畫材小鎮, 錦鯉小鎮: 小镇 are places (decision 3), no span
p.ent("ADMIN", "房莊鎮", line=13)
p.ent("ADMIN", "吳梧茂村", line=13)

# ---- line 16
p.ent("ADMIN", "故城縣", line=16)
p.slogan("COUNT", "四個三", line=16)           # items not spelled out: no expansion
p.slogan("PLUS", "2(園區)+5(產業鏈)", line=16)
p.ent("ADMIN", "故城縣", line=16, after="支撐")
for c in ["正大肉雞", "以嶺藥業", "青竹畫材", "奧冠電源"]:   # the 骨干企業 listed by name
    p.ent("ORG", c, line=16)
#   一二三產業: ordinals, no formula (22NN decision)
p.ent("ADMIN", "故城縣", line=16, after="前景廣闊")
p.ent("ORG", "河北新聞網", line=16)
p.ent("ORG", "中國鄉村振興", line=16)        # a magazine (media are ORG), 《》 outside
p.ent("ORG", "共產黨員", line=16)            # a magazine
p.ent("ADMIN", "衡水市", line=16)            # 衡水市《關于…實施意見》

# ---- lines 19, 21: web meta lines under the article (decision 12)
p.byline("BYLINE", "作者:秦海燕", line=19)
p.ent("PERSON", "秦海燕", line=19)
p.byline("BYLINE", "來源:故城縣融媒體中心", line=21)
p.ent("ORG", "故城縣融媒體中心", line=21)

# ---- blocks (no title line stored)
p.block(1, 1, "BODY", article=1)
p.block(4, 4, "CAPTION", article=1)
p.block(7, 7, "BODY", article=1)
p.block(10, 10, "CAPTION", article=1)
p.block(13, 16, "BODY", article=1)
p.block(19, 19, "BYLINE", article=1)
p.block(21, 21, "BYLINE", article=1)

p.save()
