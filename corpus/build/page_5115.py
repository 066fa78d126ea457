"""page-5115: 苗栗人新聞網 (twainews.web.app, 苗栗 news listing page /miaoli/news), three news
teasers of 2026-02-03. Text as returned by the `pages` store, from its opening; the third
teaser's summary paragraph is cut mid-sentence in the store (…環保局長陳華盛強) and was dropped,
so the page ends on that teaser's title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5115", "corpus/raw/pages/5115_miaoli_twainews_liebiao.txt",
         publisher="苗栗人新聞網", date="2026-02-03", script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    raise SystemExit

# ---- line 1: the site's tagline 跟苗栗人聊新聞 (the people of 苗栗: the unit's short form, like 南海|鄉親)
p.ent("ADMIN", "苗栗", line=1)

# ---- lines 13-30: the 分區 menu, the county's 18 townships (units keep their spans in navigation)
for ln, name in enumerate(["苗栗市", "苑裡鎮", "通霄鎮", "竹南鎮", "頭份市", "後龍鎮", "卓蘭鎮",
                           "大湖鄉", "公館鄉", "銅鑼鄉", "南庄鄉", "頭屋鄉", "三義鄉", "西湖鄉",
                           "造橋鄉", "三灣鄉", "獅潭鄉", "泰安鄉"], start=13):
    p.ent("ADMIN", name, line=ln)

# ---- line 31: section name 苗栗新聞
p.ent("ADMIN", "苗栗", line=31)

# ---- article 1 (lines 34-37)
p.ent("ADMIN", "苗栗", line=34)                       # 苗栗「行動文康車」
p.ent("ORG", "苗栗縣政府", line=35)
p.ent("ADMIN", "苗栗", line=35, after="超高齡社會的")    # 邁入超高齡社會的苗栗
p.ent("ORG", "縣府", line=35)                          # 縣府目前有兩輛文康專車 (縣府 = 縣政府, like 市府)
p.byline("BYLINE", "By 苗栗人新聞網", line=37)           # labelled credit below the teaser (decision 12)
p.ent("ORG", "苗栗人新聞網", line=37)

# ---- line 40: the tag 苗栗市 over article 2
p.ent("ADMIN", "苗栗市", line=40)

# ---- article 2 (lines 41-44)
p.ent("ADMIN", "苗栗", line=41)                       # 2026苗栗𪹚龍: unit inside an event name (decision 2)
#   四大活動 in the title counts the festival's four events (prose, like 五个板块): no slogan
p.ent("ADMIN", "苗栗", line=42)                       # 苗栗元宵節
p.ent("ADMIN", "苗栗", line=42, after="2026")         # 「2026苗栗𪹚龍」
p.ent("ADMIN", "苗栗縣", line=42)                     # 苗栗縣副縣長 -> unit + title
p.ent("PERSON", "邱俐俐", line=42)
p.ent("ADMIN", "苗栗市", line=42)                     # 苗栗市長 (contracted title, decision 15)
p.ent("PERSON", "余文忠", line=42)
p.byline("BYLINE", "By 苗栗人新聞網", line=44)
p.ent("ORG", "苗栗人新聞網", line=44)

# ---- article 3 (line 47, title only: its summary was cut in the store and dropped)
p.ent("ADMIN", "苗栗", line=47)                       # 苗栗鼠輩橫行
p.ent("ORG", "環保局", line=47)                       # the county's 環保局 (decision 13)
p.slogan("GROUP", "防鼠3不", line=47)                  # quoted topic + count of its parts (like 门前五包);
                                                      # its items were in the dropped paragraph: no expansion

# ---- blocks
p.block(1, 30, "PAGE")            # tagline, navigation bar, 分區 menu
p.block(31, 33, "COLUMN")         # 苗栗新聞 / 在地頭條 / 生活 (section, rubric, tag)
p.block(34, 34, "HEADLINE", article=1)
p.block(35, 35, "BODY", article=1)
p.block(36, 36, "PAGE")           # date-only line
p.block(37, 37, "BYLINE", article=1)
p.block(38, 40, "COLUMN")         # tags 節慶市集 / 生活 / 苗栗市
p.block(41, 41, "HEADLINE", article=2)
p.block(42, 42, "BODY", article=2)
p.block(43, 43, "PAGE")
p.block(44, 44, "BYLINE", article=2)
p.block(45, 46, "COLUMN")         # tags 生活情報 / 生活
p.block(47, 47, "HEADLINE", article=3)

p.save()
