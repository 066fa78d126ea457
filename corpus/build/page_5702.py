"""page-5702: 呼伦贝尔日报 (呼伦贝尔日报社, organ of 中共呼伦贝尔市委), front page of 2025-05-10 as
extracted from its PDF: masthead, the series banner 干字当头 抓好“六个行动”, one 阿荣旗 item with its
headline printed after the body, the editor line. Copy stored at davaodeal.com, a mirror that
converted the text to traditional script and glued pinyin into some characters (發(fā)布, 監(jiān)督).
Text as returned by the `pages` store, from its opening; the cut-off last paragraph (a 新华社
莫斯科 item) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5702", "corpus/raw/pages/5702_hulunbuir_arongqi_zhuqi.txt",
         publisher="呼伦贝尔日报", date="2025-05-10", script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- masthead, lines 1-8 (PAGE)
p.ent("ORG", "呼倫貝爾新聞", line=1)            # the paper's news channel (QR label): a medium
p.ent("ORG", "呼倫貝爾發(fā)布", line=1)       # the city's release account: a medium; mirror's pinyin kept inside
p.ent("ORG", "呼倫貝爾日報社", line=2)
p.ent("ORG", "中共呼倫貝爾市委員會", line=5)    # 中共…委员会机关报: the party's name joins the organ
p.ent("ORG", "呼倫貝爾融媒", line=8)            # the city's media-centre brand: a medium

# ---- line 9: series banner
p.slogan("COUNT", "六個行動", line=9)           # N个 + content; only one item (助企行动) is named: no expansion

# ---- lines 10-33: the 阿荣旗 item
p.byline("BYLINE", "本報訊(見習記者初曦 通訊員李\n園園 李瀅 盧妍)")
p.ent("PERSON", "初曦", line=10)
p.ent("PERSON", "李\n園園")                     # 李|園園 broken across lines 10-11
p.ent("PERSON", "李瀅", line=11)
p.ent("PERSON", "盧妍", line=11)
p.ent("ADMIN", "阿榮旗", line=11)
#   “助企行動” (one of the 六个行动), “想在一起、站在一起、干在一起”: no numeral, no formula
p.ent("ORG", "阿榮旗市場監(jiān)督管理局", line=16)   # printed with a space between every character
p.ent("ADMIN", "齊齊哈爾市")                    # 齊齊哈|爾市 broken across lines 17-18
p.ent("PERSON", "王靜", line=18, nth=1)          # 創業者王靜
p.ent("PERSON", "王靜", line=18, nth=1)          # second free hit on line 18: 。王靜|計劃
p.ent("ADMIN", "阿榮旗", line=19)
p.ent("PERSON", "王靜", line=24)
p.ent("ORG", "阿榮旗市場監(jiān)督管理局", line=26)
#   政務服務中心 (line 27): a bare institution type, no span (decision 13)
#   5 個綜合窗口: an ordinary count
p.slogan("ONE", "一站式", line=32)

# ---- line 34: the item's headline, printed after its body
p.ent("ADMIN", "阿榮旗", line=34)

# ---- line 35: editor line (PAGE; names are PERSON)
for name in ["張晗琳", "趙偉", "恩和", "滕妍", "王敬東"]:
    p.ent("PERSON", name, line=35)

# ---- blocks
p.block(1, 8, "PAGE")                     # masthead: QR labels, publisher, serial number, organ line, date, issue
p.block(9, 9, "COLUMN")                   # series banner over the front page's 六个行动 reports
p.block(10, 33, "BODY", article=1)
p.block(34, 34, "HEADLINE", article=1)    # headline printed after the body (PDF extraction order)
p.block(35, 35, "PAGE")                   # 主編/責編/美編/監審 line

p.save()
