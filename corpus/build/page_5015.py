"""page-5015: 夏河县人民政府 (xiahe.gov.cn, county portal news, 甘肃省甘南藏族自治州), no date printed.
One article: the county government's Party group (enlarged) meeting. Text as returned by the `pages`
store; the store keeps no title for this page (it opens with the first paragraph), and the last
paragraph (会议要求,…“三抓三促”部署要求和县委确) was cut mid-sentence and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5015", "corpus/raw/pages/5015_xiahe_zhengfu_dangzu.txt",
         publisher="夏河县人民政府", date=None, script="simplified", origin="pages")

# ---- line 1
p.ent("ORG", "县委", line=1)                          # 县委副书记 -> ORG 县委 + title
p.ent("PERSON", "杨海强", line=1)                      # 县长杨海强: 县长 is a title
p.ent("ORG", "中共夏河县人民政府党组", line=1)          # party's name + organ + its 党组: one ORG
#   (扩大)会议 / 理论学习中心组学习会议: meetings; the bare 理论学习中心组 names no parent -> no span

# ---- line 2
p.ent("PERSON", "习近平", line=2)
p.ent("ORG", "党中央", line=2)
#   省州: level words, no span

# ---- line 3: slogans
p.slogan("COUNT", "群众工作五个全覆盖", line=3)       # quoted topic + count, whole quote (cf. “门前五包”)
p.slogan("PLUS", "8+", line=3)                        # “8+”基层社会治理入格联户: a number joined by +
#   一个“早”字 / 一个“快”字: counts of a character in prose, no formula
#   以周保月、以月保季、以季保年; “促一方发展、保一方平安”: no counting numeral, no formula

# ---- blocks
p.block(1, 3, "BODY", article=1)

p.save()
