"""page-3305: 上海市闵行区人民政府 (zwgk.shmh.gov.cn, 区政府常务会议 column of the district's
open-government site), one meeting report: 区政府常务会议 of 2025-11-26. Text as returned by the
`pages` store: the report's body on one line (paragraphs joined by a space), then the page's
breadcrumb; the stored text breaks off in the title after 当前位置: ("2025年11"), which is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3305", "corpus/raw/pages/3305_minhang_changwu_huiyi.txt",
         publisher="上海市闵行区人民政府", date=None, script="simplified", origin="pages")

L = 1
# ---- opening sentence
p.ent("ORG", "区委", line=L)                          # 区委副书记 -> ORG 区委 + title
p.ent("PERSON", "吴强", line=L)                       # 区长吴强 (区长: title, level word)
p.ent("ORG", "区政府", line=L)                        # 区政府常务会议: the organ inside its meeting
for name in ["曹建清", "刘强", "朱峰"]:               # 公众代表 named in brackets
    p.ent("PERSON", name, line=L)

# ---- item 1: 区科委
p.ent("ORG", "区科委", line=L)
p.ent("ADMIN", "闵行区", line=L)                      # 《闵行区高端医疗器械产业集聚区建设实施方案》
p.slogan("GROUP", "三区联动", line=L)                 # 全市“三区联动”总体规划; items not spelled out

# ---- item 2: 区数据局
p.ent("ORG", "区数据局", line=L)
p.ent("ADMIN", "闵行区", line=L, after="区数据局")     # 《闵行区政务数字化项目全生命周期管理办法》
#   “人工智能+政务”: no numeral, no PLUS formula

# ---- item 3: 区安委办
p.ent("ORG", "区安委办", line=L)
p.ent("ORG", "中央安全生产考核巡查组", line=L)        # a named inspection team (like 区委第三巡察组)
#   此次中央安全生产考核巡查: the inspection (an event), 中央 a modifier -> no span
p.ent("PERSON", "习近平", line=L)
#   举一反三: idiom; 纠正一个问题、整改一类隐患、完善一套制度: prose counts, no formula
p.slogan("PARALLEL", "一岗双责", line=L)              # “党政同责、一岗双责”: 党政同责 has no numeral
p.slogan("PARALLEL", "三管三必须", line=L)            # “三管三必须”责任: 责任 (kind noun) outside

# ---- blocks
p.block(1, 1, "BODY", article=1)       # no title stored before the body
p.block(2, 2, "PAGE")                  # "|" (separator)
p.block(3, 3, "PAGE")                  # 当前位置: (breadcrumb label)

p.save()
