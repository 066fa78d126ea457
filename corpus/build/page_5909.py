"""page-5909: 马山县融媒体中心 (mashantv.com; site name inferred from the domain and the text's 我县 / 马山县委),
2023-02-23 (from the URL), one article: 自治区人民政府副秘书长、粤桂协作工作队领队邝兵 visits 马山县's
粤桂 (Guangdong-Guangxi) cooperation projects. Text as returned by the `pages` store: it starts with the lead
(no title stored); its last paragraph (自治区粤桂协作工作队副处级领导干部尹宏晋,南宁市乡村振兴局党组成员…) was
cut mid-sentence in the store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5909", "corpus/raw/pages/5909_mashan_yuegui_xiezuo.txt",
         publisher="马山县融媒体中心", date="2023-02-23", script="simplified", origin="pages")

# ---- line 1
p.ent("ORG", "自治区人民政府", line=1)            # the Guangxi regional government (level word + organ)
p.ent("ORG", "粤桂协作工作队", line=1)            # a named team (领队 = its leader); 粤/桂 are one-character forms: no ADMIN
#   我县: deictic, no span; 粤桂协作项目, 粤桂东西部协作: no unit named (one-character forms)
p.ent("ORG", "马山县委", line=1)                  # 马山县委书记 -> ORG + title
p.ent("PERSON", "穆贤清", line=1)

# ---- line 2
p.ent("ADMIN", "马山县", line=2)                  # 马山县黑山羊产业配套工程: a unit inside a project's name (decision 2)
#   东风产业园: a park (decision 3), no span
p.ent("ORG", "马山中学", line=2)                  # a school
p.ent("ADMIN", "加方乡", line=2)
p.ent("ADMIN", "局仲村", line=2)
p.ent("ORG", "山山农业有限公司", line=2)          # the company; its 旧厂区 is a site (cf. 移动公司营业厅, page-1601)

# ---- line 3
p.ent("ORG", "马山县委", line=3)
p.ent("ORG", "县政府", line=3)                    # 马山县委、县政府: two organs
#   党的二十大: no span; 粤港澳 / 粤港澳大湾区: one-character forms and a region, no span
#   “福田企业+马山资源、…”: units inside a mechanism's name (decision 2): 福田 (深圳市福田区, the paired district) and 马山
p.ent("ADMIN", "福田", line=3, every=True)        # four times
# ---- 马山 left bare: 希望马山充分挖掘 and the four in the quoted mechanism (after the longer spans above)
p.ent("ADMIN", "马山", line=3, every=True)

# ---- every 邝兵 (lines 1-4: six mentions)
p.ent("PERSON", "邝兵", every=True)

# ---- line 4
p.ent("ORG", "自治区党委", line=4)                # 自治区党委十二届五次全会: the organ inside the plenary session's name
#   “东融”, “组团式”, “项目为王”: no numeral, no formula

# ---- blocks: one article, no title stored
p.block(1, 4, "BODY", article=1)

p.save()
