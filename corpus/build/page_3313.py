"""page-3313: 肃南裕固族自治县人民政府 (gssn.gov.cn, 党政动态 > 政务动态), URL dated 2025-09-16, one article:
全县党建引领全省乡村振兴示范区创建现场推进会议暨县委农村工作领导小组会议. Text as returned by the `pages`
store (it holds no title: the stored opening starts with the dateline 9月9日); its last paragraph
(钟向辉要求,…有效衔) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3313", "corpus/raw/pages/3313_sunan_xiangcun_zhenxing.txt",
         publisher="肃南裕固族自治县人民政府", date=None, script="simplified", origin="pages")

# ---- line 1: the meeting, its leaders and participants
p.ent("ORG", "县委农村工作领导小组", line=1)        # a committee's working group: one ORG; 会议 after it is the event
p.ent("ORG", "县委", line=1, after="会议召开")       # 县委书记
p.ent("PERSON", "陆思东", line=1)
p.ent("ORG", "县委", line=1, after="陆思东")         # 县委副书记、县长: 县长 names no unit
p.ent("PERSON", "钟向辉", line=1)
for name in ["丑生荣", "兰永武", "王希海"]:
    p.ent("PERSON", name, line=1)
p.ent("PERSON", "习近平", line=1)
#   省、市 (相关会议精神): level words, no span; 全省乡村振兴示范区: a designation, no zone
p.slogan("GROUP", "三农", line=1)                   # 农业、农村、农民: not spelled out on the page

# ---- line 2
p.ent("PERSON", "陆思东", line=2)
p.slogan("PARALLEL", "一高地四区", line=2)          # two numeral-led parts; items not spelled out
p.slogan("PARALLEL", "千万工程", line=2)            # 千万工程 is PARALLEL (docs/annotation.md); kind noun 工程 inside the set name
p.slogan("COUNT", "六个空间", line=2)
p.slogan("PLAN", "十五五", line=2)
p.slogan("GROUP", "三农", line=2)

# ---- line 3
p.ent("PERSON", "陆思东", line=3)

# ---- blocks
p.block(1, 3, "BODY", article=1)

p.save()
