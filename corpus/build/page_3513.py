"""page-3513: 博罗县人民政府 portal (www.boluo.gov.cn layout, channel xzgwh/tmzrmzf = 泰美镇人民政府,
zwgk/gzdt = 政务公开/工作动态), stored under a mirror address; one article on the 泰美镇乡村振兴驻镇帮镇扶村
工作会议 (7月30日, year not printed). Text as returned by the `pages` store: it opens with the body,
no title is stored."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3513", "corpus/raw/pages/3513_boluo_taimei_zhuzhen.txt",
         publisher="博罗县人民政府", date=None, script="simplified", origin="pages")

# ---- line 1
p.ent("PERSON", "习近平", line=1)
#   2020年中央农村工作会议: a meeting; 中央 only qualifies it (no span, as 中央层面)
p.slogan("GROUP", "三农", line=1)                  # “三农” (农业、农村、农民; items not spelled out)
#   我市, 全省, 市直单位: level words / generic
p.ent("ADMIN", "惠州市", line=1)                   # 《惠州市乡村振兴驻镇帮镇扶村工作方案》: unit in a document title

# ---- line 2
p.ent("ORG", "市政府办公室机关党委", line=2)         # sub-unit written after its organisation: one ORG
p.ent("PERSON", "杨旭波", line=2)
p.ent("ADMIN", "泰美镇", line=2)                   # 泰美镇乡村振兴驻镇帮镇扶村工作会议: unit in a meeting's name
for org in ["市自然资源局", "市交通运输局", "市供销社", "市机关事务管理局",
            "广东象头山国家级自然保护区管理局", "惠州市城市建设投资集团有限公司"]:
    p.ent("ORG", org, line=2)
p.ent("ORG", "泰美镇党委", line=2)                  # 泰美镇党委副书记
p.ent("PERSON", "陈功儒", line=2)
p.ent("ORG", "党委", line=2, after="陈功儒")         # 党委委员: the same 泰美镇党委, title contracted (decision 15)
p.ent("PERSON", "谢小康", line=2)
p.ent("PERSON", "梁虹", line=2)

# ---- line 3
p.ent("PERSON", "陈功儒", line=3)
p.ent("ORG", "泰美镇党委", line=3)                  # 泰美镇党委政府: ORG 党委, bare 政府 no span (糜镇党委政府)
p.ent("ORG", "市驻镇帮镇扶村工作队", line=3)         # the city's named work team (level + function, acts)
#   我镇, 工作队 (bare, deictic back-reference): no span
p.ent("ADMIN", "泰美镇", line=3)

# ---- line 4
p.ent("ADMIN", "泰美镇", line=4)
#   “驻镇帮镇扶村”镇级工作队 / 镇级工作队: a town-level team named by its kind only, no span
p.ent("ORG", "市政府办公室", line=4)
p.ent("ADMIN", "泰美", line=4)                     # 泰美乡村: bare name of the town

# ---- blocks
p.block(1, 4, "BODY", article=1)

p.save()
