"""page-3015: 南部最大聲 (leho.com.tw, southern-Taiwan local news site), one article:
四度獲得「五星縣長」殊榮 翁章梁施政滿意度、嘉義縣八大面向均為全台第一.
Text as returned by the `pages` store, from its title; its last paragraph
(在重大投資方面,華泰名品城於高鐵特區投資49…) is cut off mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3015", "corpus/raw/pages/3015_leho_chiayi_wuxing_xianzhang.txt",
         publisher="南部最大聲", date=None, script="traditional", origin="pages")

# ---- line 1: headline (八大面向 = eight aspects of a magazine's survey: an ordinary
#      count like 三个方面, no slogan; 五星縣長 is a rating, no slogan)
p.ent("PERSON", "翁章梁", line=1)
p.ent("ADMIN", "嘉義縣", line=1)

# ---- line 3: byline (medium / reporter / place desk, one BYLINE)
p.byline("BYLINE", "南部最大聲/記者 吳佳宜 嘉義報導")
p.ent("ORG", "南部最大聲", line=3)
p.ent("PERSON", "吳佳宜", line=3)
p.ent("ADMIN", "嘉義", line=3)

# ---- line 5
p.ent("ORG", "遠見雜誌", line=5)
p.ent("ADMIN", "嘉義縣", line=5)                    # 嘉義縣長 -> ADMIN + title (decision 15)
p.ent("PERSON", "翁章梁", line=5)
p.ent("ADMIN", "嘉義縣", line=5, nth=1)             # 推動嘉義縣轉型 (next free hit)
p.ent("ORG", "縣府", line=5)                        # 縣府團隊: 縣府 = 縣政府

# ---- line 7
p.ent("PERSON", "翁章梁", line=7)
p.ent("ADMIN", "嘉義縣", line=7)                    # 各縣市局處, 全台22縣市: generic

# ---- line 11
p.ent("ORG", "遠見雜誌", line=11)
p.ent("PERSON", "李建興", line=11)
p.ent("ADMIN", "嘉義縣", line=11)
p.ent("PERSON", "翁章梁", line=11)
p.ent("ADMIN", "嘉義縣", line=11, nth=1)            # 黃金十年
p.ent("ORG", "縣府", line=11)

# ---- line 13 (continuation of line 11 after a layout break)
p.ent("ADMIN", "嘉義縣", line=13)

# ---- lines 15, 17: the title printed again at the photos
p.ent("PERSON", "翁章梁", line=15)
p.ent("ADMIN", "嘉義縣", line=15)
p.ent("PERSON", "翁章梁", line=17)
p.ent("ADMIN", "嘉義縣", line=17)

# ---- line 19 (翁縣長: surname + title, no PERSON; 日本: foreign, no span;
#      阿里山咖啡: 阿里山 the mountain area, not the unit 阿里山鄉, no span)
p.ent("ADMIN", "嘉義", line=19)                     # 期望的嘉義樣貌
p.ent("ADMIN", "嘉義縣", line=19)                   # 分享嘉義縣近期
p.ent("ADMIN", "嘉義縣", line=19, nth=1)            # 今年嘉義縣有
p.ent("ADMIN", "嘉義", line=19, after="高價紀錄")    # 嘉義的蚵仔
p.ent("ADMIN", "嘉義", line=19, after="連")          # 連嘉義自家
p.ent("ADMIN", "嘉義", line=19, after="自家推出")    # 「嘉義極光」: unit inside a brand (decision 2)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 13, "BODY", article=1)       # line 9 holds only a space (blank); 11/13 one paragraph split by a blank
p.block(15, 17, "CAPTION", article=1)   # title repeated at the photos
p.block(19, 19, "BODY", article=1)

p.save()
