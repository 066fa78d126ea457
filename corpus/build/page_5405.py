"""page-5405: 清远市民政局 (工作动态 channel of the 清远市人民政府 portal gdqy.gov.cn, path
xxgk/zzjg/zfjg/qysmzj/gzdt; text as stored on the mirror zyrhbw.com, which converted it to
traditional script). One article, no title and no byline on the stored page: the bureau's
study tour of 清城区, 肇庆市 and 云浮市 (10月14-16日, year not printed; 十五五 suggests 2025).
The stored page's last paragraph (市民政局黨組成員、…李高明,各) is cut mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5405", "corpus/raw/pages/5405_qingyuan_minzheng_diaoyan.txt",
         publisher="清远市民政局", date=None, script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: opening paragraph
p.ent("ORG", "清遠市民政局黨組", line=1)          # 党组 after its organ stays inside (docs: 交通运输部党组); 書記 a title
p.ent("PERSON", "劉賢進", line=1)                 # 局長 a title
p.ent("ADMIN", "清城區", line=1)
p.ent("ADMIN", "肇慶市", line=1)
p.ent("ADMIN", "云浮市", line=1)                  # the mirror's conversion left 云
p.slogan("GROUP", "雙百", line=1)                 # 广东 社工“双百”工程; 社工 (kind noun) outside
#   社會救助、養老服務、兒童福利、婚姻登記: fields of work, no span

# ---- lines 2-13: group heads and photo captions of the visits
p.ent("ADMIN", "清遠", line=2)
p.ent("ORG", "洲心街道東方天城綜合養老服務中心", line=3)   # a named care institution with its prefix (one ORG)
p.ent("ORG", "清城區鳳城街道雙百社工站", line=4)           # a named social-work station, prefixes inside
p.slogan("GROUP", "雙百", line=4)                          # the formula inside the ORG is also a slogan
p.ent("ADMIN", "肇慶", line=5)
p.ent("ADMIN", "肇慶", line=6)                    # 肇慶清遠民政工作交流會: units inside an event name
p.ent("ADMIN", "清遠", line=6)
p.ent("ORG", "肇慶市兒童福利院", line=7)          # 福利院: a care institution (seed decision)
p.ent("ORG", "市流浪乞討人員安置救治中心", line=7)
p.ent("ORG", "市救助站", line=7)                  # 提檔升級建設新址 follows: the station's new site
p.ent("ORG", "肇慶市端州區婚姻登記處", line=8)
p.ent("ORG", "肇慶市端州區百花社區居家養老服務中心", line=9)
p.ent("ADMIN", "云浮", line=10)
p.ent("ORG", "云浮市救助管理站", line=11)
p.ent("ORG", "云浮市三房養老院", line=12)
p.ent("ORG", "云浮市新興縣社區居家養老綜合服務示范中心", line=13)
#   (中山公園長者飯堂): a canteen in a park, a venue; 中山 left unannotated (see notes)

# ---- line 14: 劉賢進's remarks
p.ent("PERSON", "劉賢進", line=14)
p.ent("ADMIN", "清遠", line=14, nth=1)            # 清遠、肇慶、云浮三地
p.ent("ADMIN", "肇慶", line=14)
p.ent("ADMIN", "云浮", line=14)
p.ent("ADMIN", "清遠", line=14)                   # 一是清遠各地
p.slogan("PLAN", "十五五", line=14)
#   一是/二是/三是: points of a speech, no formula named; 政府 (加強與政府溝通): generic

# ---- blocks
p.block(1, 1, "BODY", article=1)
p.block(2, 2, "CROSSHEAD", article=1)   # -清遠-: heading over the photos taken there
p.block(3, 4, "CAPTION", article=1)
p.block(5, 5, "CROSSHEAD", article=1)   # -肇慶-
p.block(6, 9, "CAPTION", article=1)
p.block(10, 10, "CROSSHEAD", article=1) # -云浮-
p.block(11, 13, "CAPTION", article=1)
p.block(14, 14, "BODY", article=1)

p.save()
