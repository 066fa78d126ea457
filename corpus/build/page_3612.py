"""page-3612: 常州市水利局 (slj.changzhou.gov.cn, 主办单位:常州市水利局), 2021-11-25, one article:
常州专题部署冬春水利建设工作. Text as returned by the `pages` store, from its title; the table
markup " |" after the title and the meta line was stripped, and the last paragraph
(许峥强调,…一要科学识势,全面增强发展水利) is cut off mid-sentence in the store and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3612", "corpus/raw/pages/3612_changzhou_shuili_dongchun.txt",
         publisher="常州市水利局", date="2021-11-25", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "常州", line=1)

# ---- line 2: web meta line with a labelled credit (decision 12)
p.byline("BYLINE", "来源:市水利局", line=2)
p.ent("ORG", "市水利局", line=2)

# ---- line 3
p.ent("ADMIN", "常州市", line=3)                   # 常州市第十三次党代会: an event, the unit inside it
p.slogan("PARALLEL", "532", line=3)                # “532”发展战略: a quoted code of digits
p.ent("ORG", "市政府", line=3, nth=1)               # 市政府组织召开
p.ent("PERSON", "许峥", line=3)                    # 副市长许峥
p.ent("ORG", "市政府", line=3, after="讲话")   # 市政府副秘书长陈峰
p.ent("PERSON", "陈峰", line=3)
p.ent("ORG", "市水利局党组", line=3)                # 市水利局党组书记: a known organ's 党组 joins it
p.ent("PERSON", "是峰", line=3)                    # 局长是峰

# ---- line 4
p.ent("PERSON", "许峥", line=4)
p.ent("ORG", "党中央", line=4)
p.ent("ORG", "国务院", line=4, nth=1)
p.ent("ORG", "省委", line=4)
p.ent("ORG", "省政府", line=4)
p.slogan("COUNT", "三个度", line=4,
         expansion=["全市水利安全保障度", "建管统筹度", "群众感受度"])   # 即…: items, shared tail 不断提升 left out
p.ent("ADMIN", "常州", line=4, nth=1)               # 常州水网 (a plan's name)
p.slogan("PLAN", "十四五", line=4)
p.ent("ADMIN", "常州", line=4, after="目标考核")       # 常州排名全省第一方阵
p.ent("ADMIN", "溧阳市", line=4)
p.ent("ADMIN", "金坛区", line=4)
p.ent("ADMIN", "武进", line=4)
p.ent("ADMIN", "葛庄村", line=4)
p.ent("ADMIN", "江苏", line=4)                     # 江苏河长制…的案例: a case's name, the unit inside it
p.ent("ORG", "国务院发展研究中心", line=4)
p.ent("ORG", "市河长办", line=4)
p.ent("ORG", "水利部", line=4)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(3, 4, "BODY", article=1)

p.save()
