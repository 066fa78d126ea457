"""page-4215: 中華日報 (stage.cdns.com.tw, 中華新聞雲; date archive 2022/08), 新竹 desk:
北埔建鄉公所 楊文科全力協助. Text as returned by the `pages` store, from its title; the
stored page runs on into the next teaser (攜手長照 北埔3村聯合活動中心啟用), whose first
paragraph is cut off mid-byline and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4215", "corpus/raw/pages/4215_cdns_beipu_gongsuo.txt",
         publisher="中華日報", date=None, script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "北埔", line=1)          # 北埔建鄉公所: the township by its bare name
#   鄉公所 here is the building to be built (建鄉公所): a facility, no ORG (decision 14)
p.ent("PERSON", "楊文科", line=1)

# ---- line 3: photo caption + reporter line + body, stored as one paragraph
L = 3
# caption 1
p.ent("ADMIN", "新竹縣", line=L, nth=1)            # 新竹縣長 -> ADMIN + title (decision 15)
p.ent("PERSON", "楊文科", line=L, nth=1)
p.ent("ADMIN", "北埔鄉", line=L, nth=1)            # 前往北埔鄉
p.ent("ADMIN", "北埔鄉", line=L, after="與")        # 北埔鄉長 -> ADMIN + title
p.ent("PERSON", "莊明增", line=L, nth=1)
p.ent("ORG", "北埔代表會", line=L)                  # 北埔(鄉民)代表會 主席: the township's council
p.ent("PERSON", "徐鏡明", line=L, nth=1)
#   縣議員: a title, no body named
p.ent("PERSON", "陳正順", line=L, nth=1)
p.ent("ADMIN", "北埔", line=L, after="齊心為")       # 北埔的未來
p.byline("PHOTO", "(記者彭新茹攝)", line=L, nth=1)
p.ent("PERSON", "彭新茹", line=L, nth=1)
# reporter line, run on without a break
p.byline("BYLINE", "記者彭新茹∕新竹報導", line=L)
p.ent("PERSON", "彭新茹", line=L, after="攝)記者")
#   新竹 in 新竹報導: the desk's place, no span (decision 31NN-33NN: 記者 吳佳宜 嘉義報導)
# body
p.ent("ORG", "新竹縣政府", line=L)                  # 新竹縣政府行動主管會報: the organ inside the meeting's name
p.ent("ADMIN", "北埔鄉", line=L, after="縣政新幹線")  # 「縣政新幹線,直達北埔鄉」: unit inside a campaign name (decision 2)
p.ent("ADMIN", "北埔鄉", line=L, after="十六日至")
p.ent("ORG", "北埔鄉公所", line=L, after="針對")
p.ent("PERSON", "楊文科", line=L, after="縣長")
p.ent("ORG", "北埔鄉公所", line=L, after="將全力協助")
p.ent("ORG", "北埔鄉公所", line=L, after="以讓")
p.ent("PERSON", "楊文科", line=L, after="家。")
p.ent("PERSON", "姜阿新", line=L, after="一早先參訪")    # 姜阿新洋樓: a real person inside a site's name
p.ent("ADMIN", "北埔鄉", line=L, after="並與")         # 北埔鄉長 -> ADMIN + title
p.ent("PERSON", "莊明增", line=L, after="並與")
p.ent("ORG", "鄉民代表會", line=L)                   # level word + organ, the township's council (like 鎮政府)
p.ent("PERSON", "徐鏡明", line=L, after="鄉民代表會主席")
p.ent("PERSON", "陳正順", line=L, after="鄉民代表會主席")
#   府內一級局處首長: generic
p.ent("ORG", "北埔鄉公所", line=L, after="由於")
p.ent("ORG", "鄉公所", line=L, after="租來的,")       # 鄉公所已購地: the township office acting
p.ent("PERSON", "楊文科", line=L, after="行政中心,")
p.ent("PERSON", "楊文科", line=L, after="儘速完成。")
p.ent("ORG", "北埔鄉公所", line=L, after="楊文科說")
p.ent("ORG", "代表會", line=L, after="楊文科說")      # 北埔鄉公所、代表會: the township's council, prefix shared
                                                     # as in decision 13's 县财政局、交通局
#   消防隊、派出所等機關: bare institution types, no span (decision 13)
p.ent("PERSON", "莊明增", line=L, after="鄉長")
# caption 2
p.ent("ADMIN", "新竹縣", line=L, after="愈快動工愈好。")
p.ent("PERSON", "楊文科", line=L, after="愈快動工愈好。")
p.ent("PERSON", "姜阿新", line=L, after="(右)參訪")      # 姜阿新洋樓
p.ent("PERSON", "姜阿新", line=L, after="聆聽")          # 姜阿新的孫女婿
p.ent("PERSON", "吳錫斌", line=L)
p.byline("PHOTO", "(記者彭新茹攝)", line=L, after="吳錫斌")
p.ent("PERSON", "彭新茹", line=L, after="淵源。")
# body, continued
p.ent("PERSON", "楊文科", line=L, after="淵源。")
p.ent("ORG", "北埔鄉公所", line=L, after="全力以赴協助")
p.ent("ADMIN", "北埔鄉", line=L, after="使")
p.ent("PERSON", "莊明增", line=L, after="興盛的狀況。")
p.ent("ORG", "鄉公所", line=L, after="莊明增表示,")
p.ent("ORG", "鄉公所", line=L, after="未來")            # 未來鄉公所、代表會、戶政事務所…: the township's own office
p.ent("ORG", "代表會", line=L, after="未來鄉公所")       # the same township council, as above
#   戶政事務所, 消防, 警察單位: bare institution types, no span

# ---- line 7: the next teaser's title (its text is cut off and dropped)
p.ent("ADMIN", "北埔", line=7)                         # 北埔3村: the township; 3村 counts villages

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BODY", article=1)        # caption, reporter line and body stored as one paragraph
p.block(5, 5, "PAGE")                   # Read More (link)
p.block(7, 7, "HEADLINE", article=2)    # next teaser's title; its first paragraph is cut and dropped

p.save()
