"""page-4509: 延边朝鲜族自治州人大常委会 (ybrd.gov.cn, 代表工作 > 代表活动), 2020-07-08 (from the url),
one article on 珲春市人大常委会's “争创四好代表之家、争做四优人大代表” campaign. Text as returned by the
`pages` store: the stored opening has no title line; its last paragraph (四是丰富载体活动。…,精) was cut off
mid-sentence and is left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4509", "corpus/raw/pages/4509_ybrd_hunchun_sihao.txt",
         publisher="延边朝鲜族自治州人大常委会", date="2020-07-08", script="simplified", origin="pages")

# ---- line 1: lead paragraph
p.ent("ORG", "珲春市人大常委会", line=1)
# “争创四好代表之家、争做四优人大代表”: one formula per counted clause, the kind noun outside (28NN)
p.slogan("GROUP", "四好", line=1)                   # its four standards are not spelled out on the page
p.slogan("GROUP", "四优", line=1,
         expansion=["素质优", "履职优", "实绩优", "形象优"])   # 以素质优、履职优、实绩优、形象优为目标和标准
p.ent("ADMIN", "珲春", line=1, after="为")            # 为珲春发展海洋经济

# ---- line 2: 一是加强组织领导
p.ent("ORG", "常委会", line=2, nth=1)                 # 常委会及时落实: the city's standing committee acting
p.ent("ORG", "州人大常委会", line=2)                  # level word + organ, like 县委
p.ent("ORG", "活动领导小组", line=2)                  # 成立了活动领导小组: a group named where it is set up (26NN)
#   市、乡镇(街道)、社区(村)三级: level words, no span; 三级 counts levels (prose)
p.ent("ORG", "市委", line=2)
p.ent("ORG", "市政府", line=2)
p.ent("ORG", "常委会", line=2, after="高度重视")        # 常委会领导定期…

# ---- line 3: 二是积极营造氛围
p.ent("ORG", "常委会", line=3)                        # 常委会借助电视…
#   《致全市各级人大代表的一封信》, 省、州、市人大代表微信群: no named body
p.ent("ORG", "珲春电视台", line=3)
p.ent("ORG", "图们江报", line=3)                      # 《图们江报》: a paper in 《》, the marks outside
p.slogan("GROUP", "四好", line=3)
p.slogan("GROUP", "四优", line=3)

# ---- line 4: 三是夯实阵地建设
p.ent("ORG", "常委会", line=4)                        # 常委会根据活动安排
#   14个代表之家、27个代表工作站: counts of places (prose)
# 名称、标牌、展示板、制度四个统一: a count whose items are printed before it (expansion, 12NN/14NN)
it = p.slogan("COUNT", "四个统一", line=4)[0]
lo, hi = p.line_bounds[3]
exp = []
pos = p.find_all("做到了", lo, hi)[0][1]
for s in ["名称", "标牌", "展示板", "制度"]:
    h = p.find_all(s, pos, it["start"])[0]
    exp.append([h[0], h[1]])
    pos = h[1]
it["expansion"] = exp
#   乡镇街道主任, 社区(村)书记: titles; “加油站”、“连心桥”: metaphors, no span

# ---- blocks: one article, no title line in the stored opening
p.block(1, 4, "BODY", article=1)

p.save()
