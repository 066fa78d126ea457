"""page-1912: 久治新闻网 (jiuzhinews.com, 青海省果洛藏族自治州久治县), one article: the county head's
working visit to 西宁市城中区 and provincial departments. Text as returned by the `pages` store:
the stored page opens with the body (no title stored); its last paragraph, cut off mid-sentence
(在省发改委,省发改委副主任、省铁路民航建设协调办公室主任侯洪波详细), is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1912", "corpus/raw/pages/1912_jiuzhi_zhuomadangzhou_duijie.txt",
         publisher="久治新闻网", date=None, script="simplified", origin="pages")

# ---- line 1
p.ent("ORG", "县委", line=1)                        # 县委副书记
p.ent("ORG", "县政府", line=1)                      # 县政府县长: organ + title
p.ent("PERSON", "卓玛当周", line=1)
p.ent("ADMIN", "西宁市", line=1)
p.ent("ADMIN", "城中区", line=1, nth=1)             # 西宁市|城中区 (a chain: two spans)
for org in ["省卫健委", "省财政厅", "省发改委", "省农业厅"]:
    p.ent("ORG", org, line=1)
p.ent("ORG", "城中区委", line=1)                    # 城中区委党政主要负责人

# ---- line 2
p.ent("PERSON", "卓玛当周", line=2)
p.ent("ADMIN", "久治县", line=2)
#   省厅局: generic (the provincial departments in general), no span
p.ent("ADMIN", "久治", line=2)                      # 久治经济社会发展

# ---- line 3
p.ent("ADMIN", "西宁市", line=3, nth=1)
p.ent("ADMIN", "城中区", line=3, nth=1)
p.ent("PERSON", "卓玛当周", line=3)
p.ent("ORG", "区委", line=3)                        # 区委书记刘强峰
p.ent("PERSON", "刘强峰", line=3)
p.ent("PERSON", "石林", line=3)                     # 区长石林: a title with no organ named
p.ent("ORG", "西宁市城中区委", line=3)              # one ORG with its admin prefix
p.ent("ORG", "区政府", line=3)

# ---- line 4
p.ent("ORG", "省卫健委", line=4, nth=1)
p.ent("PERSON", "卓玛当周", line=4)
p.ent("ORG", "省卫健委", line=4)                    # 省卫健委党组书记、主任: organ + title
p.ent("PERSON", "刘浩年", line=4)
p.ent("ORG", "县藏医院", line=4)                    # a hospital (§2 ORG)
p.ent("PERSON", "刘浩年", line=4)
p.ent("PERSON", "卓玛当周", line=4)
#   到委: the bare 委, no span
p.ent("ADMIN", "久治", line=4)

# ---- line 5
p.ent("ORG", "省财政厅", line=5, nth=1)
p.ent("PERSON", "卓玛当周", line=5)
p.ent("ORG", "省财政厅", line=5)                    # 省财政厅李生才、周宁副厅长
p.ent("PERSON", "李生才", line=5)
p.ent("PERSON", "周宁", line=5)
p.ent("ORG", "科教文卫处", line=5)                  # the 省财政厅's division, one specific body (decision 13)
p.ent("PERSON", "俞发新", line=5)
p.ent("PERSON", "李生才", line=5, every=True)        # 李生才肯定…, 李生才建议…
p.ent("ADMIN", "久治县", line=5, every=True)         # four times
p.ent("PERSON", "周宁", line=5)                     # 周宁表示
p.ent("ORG", "省财政厅", line=5, every=True)         # 省财政厅将…, 对省财政厅一直以来…
p.ent("PERSON", "卓玛当周", line=5)

# ---- blocks (no title stored)
p.block(1, 5, "BODY", article=1)

p.save()
