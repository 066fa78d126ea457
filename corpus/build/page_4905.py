"""page-4905: 嘉鱼县人大常委会 (jyxrd.gov.cn, 人大新闻 section), 2023-12-14 (from the URL), one article:
咸宁市人大常委会主任朱庆刚到嘉鱼县官桥镇舒桥村调研乡村振兴. Text as returned by the `pages` store:
it holds no title and no byline, and its paragraphs are joined by single spaces on one line."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4905", "corpus/raw/pages/4905_jiayu_guanqiao_shuqiao.txt",
         publisher="嘉鱼县人大常委会", date="2023-12-14", script="simplified", origin="pages")

# ---- paragraph 1: the visit and its party
p.ent("ORG", "市人大常委会党组", nth=1)          # 市人大常委会党组书记: 党组 stays inside (decision of 21NN/27NN)
p.ent("PERSON", "朱庆刚", nth=1)
p.ent("ADMIN", "嘉鱼县")
p.ent("ADMIN", "官桥镇", nth=1)
p.ent("ADMIN", "舒桥村", nth=1)
p.ent("ORG", "市人大常委会党组", nth=1)          # 市人大常委会党组成员 (second mention; first already taken)
p.ent("PERSON", "李旭东")
p.ent("ORG", "县人大常委会党组")                  # 县人大常委会党组书记
p.ent("PERSON", "李德炳")

# ---- paragraph 2: the sites
p.ent("PERSON", "朱庆刚", after="陪同调研")
p.ent("ADMIN", "舒桥", after="深入原")             # 原舒桥派出所办公楼: a building; the unit inside it (decisions 2, 14)
p.ent("ADMIN", "舒桥村", after="改造现场、")        # 舒桥村梅山彭家湾共同缔造示范点 (hamlet 梅山彭家湾: no span)
p.ent("ADMIN", "舒桥村", after="示范点和")          # 舒桥村中药材基地

# ---- paragraph 3: the old police-station building
p.ent("ADMIN", "舒桥村", after="在原")              # 原舒桥村派出所办公楼改造现场
p.ent("PERSON", "朱庆刚", after="在原舒桥村派出所办公楼改造现场")
#   驻村工作队: a kind of team, no named unit -> no span

# ---- paragraph 4: the demonstration site
p.ent("ADMIN", "舒桥村", after="社会效益。")        # 在舒桥村梅山彭家湾共同缔造示范点
p.ent("PERSON", "朱庆刚", after="彭家湾共同缔造示范点,")
#   当地党委政府: deictic 当地 + bare 党委/政府 -> no span
p.ent("ORG", "村“两委”")                            # the village bodies of 舒桥村 (decision 5)
p.ent("PERSON", "朱庆刚", after="表示肯定。")
p.ent("ADMIN", "官桥镇", after="特色产业。")
p.ent("ADMIN", "舒桥村", after="官桥镇及")

# ---- paragraph 5: the herb and tea-oil bases
p.ent("PERSON", "朱庆刚", after="在中药材和油茶基地")
p.ent("ADMIN", "官桥", after="要学习")             # 官桥八组精神: the unit inside a spirit's name (decision 2); 八组 is a villager group

# ---- blocks
p.block(1, 1, "BODY", article=1)

p.save()
