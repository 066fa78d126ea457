"""page-1515: 陇东报 (庆阳, 甘肃) e-paper, 2023-05-15, continuation page of 实干笃行绘就高质量发展新画卷."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1515", "corpus/raw/pages/1515_longdong_wanglucun.txt", publisher="陇东报",
         date="2023-05-15", script="simplified", origin="pages")

# ---------------------------------------------------------------- spans
# line 1: e-paper masthead line
p.ent("ORG", "陇东报社", line=1)

# line 5
p.ent("ORG", "纪村党支部", line=5)
p.ent("ORG", "弘开盛养殖家庭农场", line=5)
p.ent("ADMIN", "王沟圈村", line=5)
p.ent("ADMIN", "纪村", line=5)          # 为王沟圈村、纪村分别代养 (first free hit: the one in 纪村党支部 is covered)

# line 7
p.ent("PERSON", "李树朝", line=7)
p.ent("ADMIN", "纪村", line=7, every=True)   # 纪村摆脱了 / 纪村用村级集体经济收入
p.ent("ORG", "村党支部", line=7)              # 纪村's own branch (decision 5)

# line 11
p.ent("PERSON", "邓小平", line=11)           # 邓小平旧居
p.ent("ADMIN", "苏州", line=11)

# line 13
p.ent("ADMIN", "宫河镇", line=13)
p.ent("ADMIN", "王录村", line=13)
p.ent("ORG", "中组部", line=13)
p.ent("ORG", "财政部", line=13)
p.ent("PERSON", "邓小平", line=13)           # 邓小平旧居
p.ent("ADMIN", "正宁", line=13)              # “正宁一绝” (unit inside a brand name, decision 2)

# line 15
p.ent("ORG", "中国工农红军第一军团", line=15)
p.ent("ADMIN", "西安", line=15)              # ‘西安事变’ (unit inside an event name)
p.ent("ADMIN", "富平", line=15)
p.ent("ADMIN", "蓝田", line=15)
p.ent("ADMIN", "正宁", line=15)
p.ent("ORG", "红军第一军团政治部", line=15)
p.ent("PERSON", "邓小平", line=15)
p.ent("ORG", "王录村党支部", line=15)        # add before the bare 王录村 so it is not split
p.ent("ADMIN", "王录村", line=15)            # 当时,王录村成立了
p.ent("ORG", "抗日救委会", line=15)
p.ent("ORG", "红一军团", line=15)
p.ent("PERSON", "王芳运", line=15)

# ---------------------------------------------------------------- blocks
p.block(1, 1, "PAGE")
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 7, "BODY", article=1)
p.block(9, 9, "CROSSHEAD", article=1)
p.block(11, 15, "BODY", article=1)

p.save()
