"""page-6005: 慈溪市人大常委会 (慈溪人大网, cixird.gov.cn, 人大要闻), 2021-09-18, one article:
我市举行半年度重要情况通报会 盛悠作通报 孙百南陈杰峰出席. Text as returned by the `pages` store,
from its title (the breadcrumb above it left out); the stored opening's cut last paragraph dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-6005", "corpus/raw/pages/6005_cixi_renda_tongbaohui.txt",
         publisher="慈溪市人大常委会", date="2021-09-18", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline (我市: deictic, no span)
p.ent("PERSON", "盛悠", line=1)
p.ent("PERSON", "孙百南", line=1)                # 孙百南陈杰峰: two names run together
p.ent("PERSON", "陈杰峰", line=1)

# ---- line 2: date + read counter (PAGE), no spans

# ---- line 4
p.ent("ORG", "市人大", line=4)                   # 向市人大、市政协通报
p.ent("ORG", "市政协", line=4)
p.slogan("PARALLEL", "一府两院", line=4)          # no items spelled out on the page
p.ent("ORG", "市委", line=4)                     # 市委副书记
p.ent("PERSON", "盛悠", line=4)                  # 市长盛悠: 市 is a level word, no span
p.ent("ORG", "市人大常委会", line=4)              # ...主任孙百南
p.ent("PERSON", "孙百南", line=4)
p.ent("ORG", "市政协", line=4)                   # 市政协主席陈杰峰
p.ent("PERSON", "陈杰峰", line=4)
p.ent("ORG", "市人大常委会", line=4)              # ...副主任张炳华、…
for name in ["张炳华", "胡建国", "严新章", "邹柏涌", "莫志梁", "楼雪聪"]:
    p.ent("PERSON", name, line=4)

# ---- line 7
p.ent("PERSON", "盛悠", line=7)
p.ent("ORG", "市委", line=7, every=True)          # 在市委的坚强领导下; 上级和市委的决策部署
p.ent("ORG", "市人大", line=7)
p.ent("ORG", "市政协", line=7)
p.ent("ORG", "市政府", line=7, every=True)        # three times
#   “争当全面高质量发展的先锋”: no numeral
p.slogan("GROUP", "两大战略行动", line=7)          # N大 + the kind of programme (its parts)
p.slogan("COUNT", "三个全域治理", line=7)
p.slogan("COUNT", "四项重点提升", line=7)          # N项 + content (26NN: 八项规定 is COUNT)
p.slogan("PLAN", "十四五", line=7)

# ---- line 9
p.ent("PERSON", "盛悠", line=9)
p.ent("ORG", "市政府", line=9, every=True)        # 市政府与…; 支持市政府的各项工作
p.ent("ORG", "市人大", line=9, every=True)        # three times
p.ent("ORG", "市政协", line=9, every=True)        # three times
#   政府重点工作, 政府工作: the bare 政府, generic
p.slogan("GROUP", "三见面", line=9)               # the congress's “三见面” activity (N + category)
#   “请你来协商”: a brand of the CPPCC, no span
p.ent("ADMIN", "慈溪", line=9)                   # 关心慈溪发展
#   共同富裕先锋市, 现代化区域性中心城市: descriptions, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")           # 2021-09-18 阅读: 2757 (date and counter)
p.block(4, 4, "BODY", article=1)
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "BODY", article=1)

p.save()
