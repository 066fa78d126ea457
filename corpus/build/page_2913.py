"""page-2913: 尉犁县人民政府 (www.yuli.gov.cn, 新疆巴音郭楞蒙古自治州尉犁县), 2025-01-06:
政府工作报告 (opening), as returned by the `pages` store, from its title; the store's last
paragraph (一是现代农业硕果累累。…标准化率达88%) is cut mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2913", "corpus/raw/pages/2913_yuli_zhengfu_gongzuo_baogao.txt",
         publisher="尉犁县人民政府", date="2025-01-06", script="simplified", origin="pages")

# ---- line 2: subhead ——在尉犁县第十八届人民代表大会第五次会议上
p.ent("ORG", "尉犁县第十八届人民代表大会", line=2)   # congress of a numbered term: one ORG; 第五次会议 outside

# ---- line 3: speaker line (decision 8 / 24NN: a speech's speaker line is a BYLINE)
p.byline("BYLINE", "县委副书记、县长 木合塔尔·丝迪克", line=3)
p.ent("ORG", "县委", line=3)                          # 县委副书记: title, organ kept
p.ent("PERSON", "木合塔尔·丝迪克", line=3)

# ---- line 6
p.ent("ORG", "县人民政府", line=6)                    # 我代表县人民政府: 我 outside
p.ent("ORG", "政协", line=6)                          # 政协委员: title of the county CPPCC, organ kept (cf. 阿右旗人大代表)

# ---- line 8
p.ent("ADMIN", "中华人民共和国", line=8)              # the state (中华人民共和国成立75周年)
p.slogan("PLAN", "十四五", line=8)
p.ent("PERSON", "习近平", line=8)                     # 习近平新时代中国特色社会主义思想
#   中国特色社会主义, 中国式现代化: fixed political terms, no ADMIN
#   党的二十大, 二十届二中、三中全会: congress/plenum numbers, no formula, no ORG
#   治疆方略: one-character short form, no ADMIN
p.ent("ORG", "自治区党委", line=8)                    # 自治区党委十届…历次全会: term after it belongs to the plenums
p.ent("ORG", "自治州党委", line=8)
p.ent("ORG", "县委", line=8)                          # 县委十三届历次全会
p.ent("ADMIN", "尉犁", line=8)                        # 中国式现代化尉犁实践 (decision 2)

# ---- line 9: 全州 (level word): no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "SUBHEAD", article=1)       # opens with ——
p.block(3, 3, "BYLINE", article=1)        # speaker line
p.block(4, 4, "PAGE")                     # (2025年1月6日): a date-only line
p.block(5, 6, "BODY", article=1)          # salutation + opening paragraph
p.block(7, 7, "CROSSHEAD", article=1)     # 2024年工作回顾
p.block(8, 10, "BODY", article=1)
p.block(11, 11, "CROSSHEAD", article=1)   # (一)全力以赴兴产业、筑体系…

p.save()
