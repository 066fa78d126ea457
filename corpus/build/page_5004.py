"""page-5004: 连平县人民政府 (county portal news, 来源: 连平发布; copy on the mirror uwant2gogo.com,
path zwgk/zfdt/lpxw = 政务公开/政府动态/连平新闻, converted to traditional script with pinyin glued
after some characters, e.g. 優(yōu)化). One article on the county committee's 4th inspection round
(巡察) of its 14th term, 2023-09. The stored text has no title; taken as stored, every artefact kept."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5004", "corpus/raw/pages/5004_lianping_xuncha_dongyuan.txt",
         publisher="连平县人民政府", date=None, script="traditional", origin="pages")

# ---- line 1
p.ent("ORG", "縣委", line=1, nth=1)              # 十四屆縣委第四輪巡察: the term before the organ stays outside
#   縣文化活動中心: the venue (在…召開), no span; 黨的二十大: no span
p.ent("PERSON", "習近平", line=1)
p.ent("ADMIN", "廣東", line=1)                   # 視察廣東
p.ent("ORG", "中央紀委", line=1)                 # 二十屆中央紀委二次全會: organ inside a meeting name
p.ent("ORG", "縣委", line=1, nth=1)              # 對十四屆縣委第四輪巡察

# ---- line 2: no names (巡察機構 generic)

# ---- line 3
p.ent("PERSON", "習近平", line=3)
p.ent("ADMIN", "廣東", line=3)
p.ent("ORG", "黨中央", line=3)
#   省、市、縣工作安排: level words
p.ent("ORG", "省委", line=3)                     # 省委“1310”具體部署
p.slogan("PARALLEL", "1310", line=3)             # a quoted code of digits (annotation.md, session 4)
#   “制造業(yè)當家”: no numeral, no formula
p.slogan("PARALLEL", "百縣千鎮(zhèn)萬村", line=3)   # 百千万工程 spelled out; kind noun 高質量發展工程 outside
p.ent("ADMIN", "河源", line=3)                   # 綠美河源生態建設: unit inside a campaign name
p.ent("ORG", "縣委", line=3)                     # 縣委“168”工作部署
p.slogan("PARALLEL", "168", line=3)              # quoted code of digits, like “1310”
p.ent("ADMIN", "連平", line=3)                   # 綠美連平

# ---- line 4: the inspected units
p.ent("ORG", "縣委", line=4)                     # 經縣委批準
for org in ["縣教育局", "縣市場監(jiān)督管理局", "縣統(tǒng)計局", "縣林業(yè)局", "縣工業(yè)園管委會",
            "縣土地儲備中心", "連平中學", "附城中學", "忠信中學", "縣教師發(fā)展中心",
            "縣職業(yè)技術學校"]:
    p.ent("ORG", org, line=4, nth=1)
#   開放大學 (…(縣職業技術學校、開放大學)): a bare institution type, no span (decision 13)
#   縣直單位黨組織, 下屬事業單位黨組織: generic
for org in ["縣發(fā)改局", "縣工商信局", "縣自然資源局", "縣市場監(jiān)督管理局", "縣政數局", "縣招商局"]:
    p.ent("ORG", org, line=4, after="專項巡察組")
p.byline("CREDIT", "(來源:連平發布)")              # closing bracketed source, stays in the BODY block
p.ent("ORG", "連平發布", line=4)                 # the county media centre's release account

# ---- blocks
p.block(1, 4, "BODY", article=1)

p.save()
