"""page-1602: 滕州市张汪镇 news item on the 滕州市人民政府 portal (乡镇街道 > 张汪镇), one article:
张汪镇重点工作调度会. The `pages` store returned the body only (no title line)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1602", "corpus/raw/pages/1602_tengzhou_zhangwang_diaodu.txt",
         publisher="滕州市张汪镇人民政府", date=None, script="simplified", origin="pages")

# ---- line 1
p.ent("ADMIN", "张汪镇", line=1)
#   镇北三楼会议室: a room, no span; 镇全体领导干部, 各党总支书记: generic
p.ent("ORG", "督查科", line=1)                      # the town's own offices (decision 13: bare
p.ent("ORG", "调研室", line=1)                      #   functional department meaning one body)
p.ent("ORG", "镇党委", line=1)                      # 镇党委副书记: level word + organ, like 县委
p.ent("PERSON", "王艳", line=1)                     # 镇长王艳

# ---- line 2
p.ent("ORG", "镇综合治理中心", line=2)              # 镇综合治理中心主任
p.ent("PERSON", "邱峰", line=2)
p.ent("ADMIN", "枣庄", line=2)                      # units inside a meeting name (decision 2)
p.ent("ADMIN", "滕州", line=2)
#   12345政务服务热线: a service number, no slogan
p.ent("PERSON", "王艳", line=2)                     # 王艳镇长
#   个别党总支书记: generic
p.ent("ORG", "镇党委", line=2)                      # 镇党委、政府: bare 政府 gets no span
p.ent("PERSON", "郝明珠", line=2)                   # 副镇长郝明珠
#   乡村振兴衔接推进区: a programme area, no ADMIN

# ---- line 3
p.ent("PERSON", "谢经雷", line=3)                   # 党委书记谢经雷: bare 党委 is a title part
#   谢书记: surname + title, no PERSON; 各部门: generic; 一级抓一级: a manner, no slogan

# ---- blocks: no title, no byline in the stored text
p.block(1, 3, "BODY", article=1)

p.save()
