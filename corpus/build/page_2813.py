"""page-2813: 乌鲁木齐县人民政府 (wlmqx.gov.cn, section 政府会议), county government of 乌鲁木齐县,
新疆. One item: the county government's 6th executive meeting of 2025 (2025-04-21) on work safety.
Text as returned by the `pages` store; its last paragraph (会议强调,全县上下…事故发) was cut off
mid-sentence by the store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2813", "corpus/raw/pages/2813_wlmqx_changwu_anquan.txt",
         publisher="乌鲁木齐县人民政府", date=None, script="simplified", origin="pages")

# ---- line 2
p.ent("ORG", "县委", line=2)                         # 县委副书记 -> ORG + title
p.ent("PERSON", "马建国", line=2)
p.ent("ORG", "县人民政府", line=2)                   # organ inside the meeting's name
p.ent("PERSON", "习近平", line=2)
p.ent("ADMIN", "乌鲁木齐市", line=2)                 # unit inside a document title (decision 2)

# ---- line 3
p.ent("PERSON", "习近平", line=3, nth=1)
p.ent("ORG", "党中央", line=3)
p.ent("PERSON", "习近平", line=3)                    # second free hit on the line

# ---- line 4: formulas
p.slogan("PARALLEL", "一岗双责", line=4)              # inside 党政同责、一岗双责、齐抓共管、失责追责
p.slogan("PARALLEL", "三管三必须", line=4)            # items not spelled out: no expansion

# ---- line 5
p.ent("ADMIN", "乌鲁木齐市", line=5)                 # document title again

# ---- blocks
p.block(1, 1, "COLUMN")                              # 政府会议: the site's section name
p.block(2, 6, "BODY", article=1)

p.save()
