"""page-5415: 非凡音廣播電台 (LIBRA RADIO FM98.5, libraradio.com.tw, a Matsu local radio station),
焦點新聞 page of 2022-12-26: 連江縣第8屆縣長王忠銘宣誓就職. Text as returned by the `pages` store,
from the page's title line; its last paragraph (前縣長劉增應感謝…, cut mid-sentence) dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5415", "corpus/raw/pages/5415_libraradio_lienchiang_xianzhang.txt",
         publisher="非凡音廣播電台", date="2022-12-26", script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: the page's title line (site name - section - article title)
p.ent("ORG", "非凡音廣播電台", line=1)            # the station (media are ORG); LIBRA RADIO FM98.5 left out
p.ent("ADMIN", "連江縣", line=1)
p.ent("PERSON", "王忠銘", line=1)

# ---- line 17: article title; line 21: the title again with the picture
p.ent("ADMIN", "連江縣", line=17)
p.ent("PERSON", "王忠銘", line=17)
p.ent("ADMIN", "連江縣", line=21)
p.ent("PERSON", "王忠銘", line=21)

# ---- line 25: picture credit
p.byline("PHOTO", "(圖片來源:馬祖日報)")
p.ent("ORG", "馬祖日報", line=25)                 # a paper named after its place: one ORG

# ---- line 27
p.ent("ADMIN", "連江縣", line=27)
p.ent("PERSON", "王忠銘", line=27, nth=1)          # 新任縣長王忠銘
p.ent("PERSON", "劉增應", line=27)                 # 前縣長劉增應
p.ent("PERSON", "王忠銘", line=27)                 # 王忠銘說

# ---- line 29: the ceremony and its guests
p.ent("ORG", "介壽國中小", line=29)               # 介壽國中小|大禮堂: the school, its hall outside
p.ent("ORG", "僑務委員會", line=29)
p.ent("PERSON", "童振源", line=29)
p.ent("PERSON", "陳雪生", line=29)                 # 立委 = title
p.ent("ORG", "馬防部", line=29)                   # 馬祖防衛指揮部
p.ent("PERSON", "陳文星", line=29)
p.ent("ORG", "衛生署", line=29)
p.ent("PERSON", "葉金川", line=29)
p.ent("ORG", "國發會", line=29)
p.ent("PERSON", "陳美伶", line=29)
p.ent("ORG", "縣府", line=29)                     # 縣府局處首長: the county government
p.ent("PERSON", "邱瀚模", line=29)
p.ent("ORG", "台大醫學院", line=29, nth=1)         # 內科臨床教授 read as a title
p.ent("ORG", "台大醫院", line=29, nth=1)
p.ent("PERSON", "李宜家", line=29)
p.ent("ORG", "台大醫學院", line=29, after="李宜家")
p.ent("ORG", "台大醫院", line=29, after="李宜家")
p.ent("PERSON", "顧承宇", line=29)
p.ent("ORG", "海大馬祖校區行政處", line=29)        # 行政處長: contracted title keeps 行政處 (decision 15)
p.ent("ORG", "海大", line=29)                     # 海大副校長 (the campus span above is taken first)
p.ent("PERSON", "林泰源", line=29)
p.ent("PERSON", "黃甘霖", line=29)
p.ent("ORG", "中華職棒", line=29)
#   中央駐馬各機關首長: generic bodies, 中央 a modifier, 馬 a one-character short form -> no span

# ---- line 31
p.ent("PERSON", "童振源", line=31, nth=1)
p.ent("PERSON", "劉增應", line=31)
p.ent("ADMIN", "連江縣", line=31)
p.ent("PERSON", "王忠銘", line=31, nth=1)
p.ent("PERSON", "童振源", line=31)
p.ent("PERSON", "王忠銘", line=31)
#   劉縣長: surname + title, no PERSON; 馬祖 (x2): the islands' name for the county, no ADMIN (see notes)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)   # the page's title line, the article title inside it
p.block(3, 4, "PAGE")                  # 帳號: / 密碼: 忘記密碼 (account dialog)
p.block(6, 6, "PAGE")                  # 或使用其它登入系統:
p.block(8, 8, "COLUMN")                # 焦點新聞: the site's section named alone
p.block(12, 12, "PAGE")                # breadcrumb
p.block(13, 14, "PAGE")                # the station's advertising line
p.block(17, 17, "HEADLINE", article=1)
p.block(18, 18, "PAGE")                # section + date
p.block(21, 21, "CAPTION", article=1)  # the title printed again with the picture
p.block(25, 25, "CAPTION", article=1)  # picture credit
p.block(27, 31, "BODY", article=1)

p.save()
