"""page-5412: 华兴时报 (hxsbs.com e-paper; 宁夏回族自治区政协主管主办, 华兴时报社出版), 2024-11-07, one article:
泾源县多举措推动 志愿服务工作走深走实 (county news of 泾源县, 固原市, 宁夏). Text as returned by the `pages`
store, from its title; the masthead line above the title and the e-paper's enpproperty comment after the
last paragraph (markup) are left out. The article is complete."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5412", "corpus/raw/pages/5412_jingyuan_zhiyuan_fuwu.txt",
         publisher="华兴时报", date="2024-11-07", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "泾源县", line=1)

# ---- line 3: source tag + lead
p.byline("BYLINE", "本报讯(记者 邓 蕾)", line=3)      # the date 11月5日 after it stays outside
p.ent("PERSON", "邓 蕾", line=3)                      # name with its layout space
p.ent("ORG", "泾源县政府", line=3)                     # 记者从泾源县政府获悉
p.ent("ADMIN", "泾源县", line=3)                       # 泾源县立足县域实际

# ---- line 5
#   “最后一公里”: idiom, no formula; 新时代文明实践站(所): bare institution type, no span
p.ent("ADMIN", "泾源县", line=5)
#   县、乡、村三级志愿服务体系: levels, no formula
p.slogan("PLUS", "8+N", line=5)                        # “8+N”志愿服务队: items not listed

# ---- line 7
p.ent("ADMIN", "泾源县", line=7)
p.ent("ADMIN", "泾源", line=7)                         # “文明泾源” (an account's name): unit inside a brand, decision 2
#   “融媒体中心” (account name, bare institution type), “青年讲师团” (no unit named): no span, see notes
#   乡镇(街道)、村(社区): generic levels, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 7, "BODY", article=1)

p.save()
