"""page-5806: 汝南县人大常委会 (汝南县人大, its site rnxrd.henanrd.gov.cn on the 河南人大 platform, 人大要闻
section), 2024-11-26 (发布时间 printed; the address is dated 2024/12-03), one article: 驻汝南县驻马店市人大代表
赴正阳县开展集中视察. Text as returned by the `pages` store, from its title (the breadcrumb above it left out);
585 characters, under the 600 the brief asks for."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5806", "corpus/raw/pages/5806_runan_renda_shicha.txt",
         publisher="汝南县人大常委会", date="2024-11-26", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "汝南县", line=1)
p.ent("ORG", "驻马店市人大", line=1)                 # 驻马店市人大代表: deputies of the city congress (阿右旗人大代表 -> 阿右旗人大)
p.ent("ADMIN", "正阳县", line=1)

# ---- line 3: source line
p.byline("BYLINE", "来源:汝南县人大")                  # decision 12: one span per labelled credit, the date outside
p.ent("ORG", "汝南县人大", line=3)

# ---- line 5
p.ent("ORG", "汝南县人大常委会", line=5)
p.ent("PERSON", "王志伟", line=5)
p.ent("ADMIN", "汝南县", line=5)                     # 驻汝南县…
p.ent("ORG", "驻马店市五届人大", line=5)              # a congress of a numbered term is one ORG with its term
p.ent("ORG", "市五届人大", line=5)                   # 市五届人大代表、县委副书记…
p.ent("ADMIN", "正阳县", line=5, nth=1)               # 到正阳县开展集中视察
p.ent("ORG", "县委", line=5, nth=1)
p.ent("ORG", "县纪委", line=5)
p.ent("ORG", "县监委", line=5)
p.ent("PERSON", "赵向阳", line=5)
p.ent("ORG", "县人大常委会", line=5, after="赵向阳")
p.ent("PERSON", "霍永贵", line=5)
p.ent("ORG", "正阳县县委", line=5)                    # the county prefix stays inside the ORG
p.ent("PERSON", "徐永辉", line=5)
p.ent("ORG", "正阳县人大常委会", line=5)
p.ent("PERSON", "胡敬忠", line=5)
p.ent("PERSON", "夏广德", line=5)
p.ent("ORG", "县政府", line=5)
p.ent("PERSON", "郑永", line=5)

# ---- line 7: the sites visited
p.ent("ADMIN", "正阳", line=7, nth=1)                 # 正阳雷岗战役纪念馆: a venue, the unit inside it (雷岗 left out)
p.ent("ORG", "河南万锂新能源有限公司", line=7)
p.ent("ORG", "正阳鲁花浓香花生油有限公司", line=7)
p.ent("ADMIN", "正阳", line=7, after="花生油有限公司")  # 正阳牧歌肉牛屠宰加工产业园: a park, the unit inside it
p.ent("ORG", "正阳君乐宝乳业有限公司", line=7)
p.ent("ADMIN", "正阳县", line=7)

# ---- line 9 (中国式现代化: fixed term, no span)
p.ent("ORG", "市五届人大", line=9, every=True)        # 市五届人大二次会议, 市五届人大三次会议: the organ inside its sessions
p.ent("ADMIN", "正阳县", line=9)
p.ent("ADMIN", "驻马店", line=9)                      # 中国式现代化建设驻马店实践

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)    # • 来源:汝南县人大 发布时间:2024-11-26 (decision 12)
p.block(5, 9, "BODY", article=1)

p.save()
