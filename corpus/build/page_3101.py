"""page-3101: 沈抚改革创新示范区 (沈抚新区) portal, sfggcxsfq.ln.gov.cn, section 沈抚党建, 2018-08-10,
one article: 沈抚新区召开第14次党工委会议. Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3101", "corpus/raw/pages/3101_shenfu_danggongwei_huiyi.txt",
         publisher="沈抚改革创新示范区管委会", date="2018-08-10", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "沈抚新区", line=1)            # a named 新区 (decision 3)
p.ent("ORG", "党工委", line=1)                # the zone's 党工委 inside its meeting's name

# ---- line 5
p.ent("ORG", "沈抚新区党工委", line=5)        # 沈抚新区党工委书记陈绿平: organ with its prefix + title
p.ent("PERSON", "陈绿平", line=5)
p.ent("ADMIN", "沈抚新区", line=5, after="主持召开")   # 沈抚新区第14次党工委会议: unit inside a meeting name
p.ent("ORG", "党工委", line=5, after="第14次")
p.ent("PERSON", "习近平", line=5)              # 习近平生态文明思想
p.ent("ADMIN", "沈抚新区", line=5, after="研究贯彻")   # 沈抚新区落实…工作座谈会: event name
p.slogan("GROUP", "五大区域发展战略", line=5)   # items not spelled out: no expansion

# ---- line 7
p.ent("PERSON", "习近平", line=7, nth=1)
p.ent("PERSON", "习近平", line=7, nth=1)        # second free occurrence (把握习近平生态文明思想内涵)
p.ent("ADMIN", "沈抚新区", line=7)
#   美丽新区: a description of what the zone is to become, no name -> no span

# ---- line 9
p.ent("ADMIN", "沈抚新区", line=9, nth=1)       # 沈抚新区落实“五大区域发展战略”工作座谈会
p.ent("ADMIN", "沈抚新区", line=9, nth=1)       # 在沈抚新区发展过程中
p.slogan("GROUP", "五大区域发展战略", line=9)
p.ent("ORG", "省委", line=9)
p.ent("ORG", "省政府", line=9)
p.ent("ADMIN", "新区", line=9, after="合力推动")  # 新区 standing for 沈抚新区 (decision 3)

# ---- line 11: “重强抓”, “事事马上办、人人钉钉子、个个敢担当”, “亲”“清”: no numeral, no formula

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")          # 发布时间:2018-08-10 (date-only meta line, decision 12)
p.block(3, 3, "PAGE")          # 【字体: 放大 缩小 【打印文章】 【关闭窗口】 (site furniture)
p.block(5, 11, "BODY", article=1)

p.save()
