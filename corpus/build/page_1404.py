"""page-1404: 剑阁县人民政府 website news page (张王镇 有机茶基地开工), from the `pages` store."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1404", "corpus/raw/pages/1404_jiange_zhangwang_tea.txt", publisher="剑阁县人民政府",
         date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- spans, line 1 ---------------------------------------------------------
p.ent("ADMIN", "张王镇", line=1, nth=1)              # 张王镇隆重举行
p.ent("ADMIN", "上城", line=1)                       # 上城·剑阁东西部协作示范项目 (上城区, in a project name)
p.ent("ADMIN", "剑阁", line=1)
p.ent("ADMIN", "张王镇", line=1, after="示范项目")    # …示范项目张王镇万亩有机茶…
p.ent("PERSON", "唐家华", line=1)                    # 副县长唐家华同志
p.ent("ORG", "张王镇党委", line=1)                   # 张王镇党委书记 → organ + title
p.ent("PERSON", "李永富", line=1)
p.ent("ORG", "县农业农村局", line=1)
p.ent("PERSON", "庄维平", line=1)
p.ent("ORG", "县商务经合局", line=1)
p.ent("PERSON", "贾金恒", line=1)
p.ent("ORG", "县发改局", line=1)
p.ent("PERSON", "蒲勇军", line=1)
p.ent("ORG", "县乡村振兴局", line=1)
p.ent("PERSON", "郑鸿明", line=1)
p.ent("ADMIN", "张王镇", line=1, after="郑鸿明")        # 张王镇全体干部
p.ent("ORG", "剑门自然资源所", line=1)
p.ent("ORG", "剑门派出所", line=1)
p.ent("ADMIN", "张王镇", line=1, after="剑门派出所")    # 张王镇各村(社区)书记
p.ent("ADMIN", "张王镇", line=1, after="副主任")        # 张王镇部分群众代表
# ---- line 2 ----------------------------------------------------------------
p.ent("ADMIN", "张王镇", line=2)                     # project name
p.ent("ADMIN", "浙江省", line=2)
p.ent("ADMIN", "上城区", line=2)
for v in ["青龙社区", "嘉陵村", "紫荆村", "金号村", "穿井村"]:
    p.ent("ADMIN", v, line=2)
# ---- line 3 ----------------------------------------------------------------
p.ent("ORG", "张王镇党委", line=3)                   # 张王镇党委、政府: bare 政府 no span
p.ent("ADMIN", "张王", line=3, after="推动")          # 推动张王经济社会
p.ent("ADMIN", "张王", line=3, after="秀美")          # 秀美张王
# ---- footer ----------------------------------------------------------------
p.ent("ORG", "剑阁县人民政府办公室", line=4)
p.ent("ORG", "广元市电子政务外网运营中心", line=5)

# ---- slogans ---------------------------------------------------------------
p.slogan("PLAN", "十四五", line=3)
p.slogan("PARALLEL", "1233", line=3)                 # “1233”执政兴县战略: quoted code of digits

# ---- bylines: none (the page carries no author or source line) --------------

# ---- blocks ----------------------------------------------------------------
p.block(1, 3, "BODY", article=1)    # stored page opens at the body: no title stored
p.block(4, 8, "PAGE")               # site footer

p.save()
