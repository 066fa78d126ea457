"""page-5801: 龙井市人民政府 (longjing.gov.cn, 政务 > 龙井要闻), the opening of the report on the 5th session of
龙井市's 19th people's congress (1月16日; URL dated 2026-01-19). Text as returned by the `pages` store: one line
(the store keeps the paragraphs separated by single spaces), no title; the last paragraph, cut mid-sentence
(报告从五个方面…县域发展稳中有进,), was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5801", "corpus/raw/pages/5801_longjing_renda_kaimu.txt",
         publisher="龙井市人民政府", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- the congress: a people's congress of a numbered term is one ORG with its term; the session is outside
p.ent("ORG", "龙井市第十九届人民代表大会", every=True)          # 第五次会议 and (sic) 第四次会议
p.slogan("PLAN", "十五五", every=True)                          # 为“十五五”谋篇; 二、“十五五”时期
p.slogan("PLAN", "十四五", every=True)                          # 一、2025年及“十四五”; crosshead-like 2025年及“十四五”工作回顾
p.ent("ADMIN", "龙井", after="以务实作风奋力书写")               # 书写龙井高质量发展新篇: the city's short form

# ---- the presidium's chairs (大会主席团 of the session: no span, an organ of the event)
for name in ["吴贤哲", "金东国", "王延君", "康清周", "金成勋", "黄哲"]:
    p.ent("PERSON", name, before="在主席台前排就座")
p.ent("ORG", "市委", after="在主席台前排就座。")                  # 市委副书记 -> ORG 市委 + title
p.ent("PERSON", "黄炳昊", after="市委副书记、市长")
p.ent("ORG", "市政协", after="黄炳昊,")                          # 市政协主席
p.ent("PERSON", "范恩宇")

# ---- who attended
p.ent("ORG", "市人大", after="不是")                              # 市人大代表 -> ORG 市人大 (阿右旗人大代表 precedent)
p.ent("ORG", "市委", after="不是市人大代表的")                     # 市委常委 -> ORG 市委
p.ent("ORG", "市政协", after="不是市人大代表的市委常委,")          # 市政协副主席
p.ent("ORG", "市政府", after="不是代表的")                         # 市政府副市长
p.ent("ORG", "市政协", after="市政府副市长、")                     # 市政协全体委员
#   全市各相关部门, 中、省、州驻龙直属单位 (驻龙: one-character short form), 部分企业: no span

# ---- the session opens
p.ent("PERSON", "金东国", after="负责同志列席会议。")
p.ent("PERSON", "黄炳昊", after="市长", before="代表市人民政府")
p.ent("ORG", "市人民政府")

# ---- 2025年及“十四五”工作回顾
p.ent("ORG", "市政府", after="工作回顾 2025年,")
p.ent("PERSON", "习近平")
p.ent("ORG", "吉林省委")
p.ent("ORG", "省政府", after="吉林省委和")
p.ent("ORG", "中央", after="全面落实")                            # 落实中央和省、州决策部署: 中央 acting (ORG)
p.ent("ORG", "市委", after="决策部署,在")               # 在市委的正确领导
p.ent("ORG", "市人大", after="正确领导和")
p.ent("ORG", "市政协", after="依法监督、")
p.ent("ORG", "第十九届人民代表大会", after="较好完成")            # the city's own congress, named by its term only

# ---- blocks: the stored page is one line
p.block(1, 1, "BODY", article=1)

p.save()
