"""page-3111: 昌吉市人民政府 (cjs.gov.cn, 新闻中心 > 今日昌吉), date not printed, one article:
昌吉州(市)举办铸牢中华民族共同体意识教育月启动仪式. Text as returned by the `pages` store,
from its title to the closing credit (nothing cut)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3111", "corpus/raw/pages/3111_changji_zhulao_jiaoyuyue.txt",
         publisher="昌吉市人民政府", date=None, script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "昌吉州", line=1)          # 昌吉州(市): the bracketed 市 is a level word with no name

# ---- line 2
p.ent("ADMIN", "昌吉州", line=2, nth=1)   # 昌吉州铸牢…“十百千万”行动计划: unit inside a plan's name
p.slogan("PARALLEL", "十百千万", line=2)   # code of numerals (like 百千万工程); 行动计划 stays outside
p.ent("ADMIN", "昌吉市", line=2)
p.ent("ADMIN", "昌吉州", line=2)          # second free one: 昌吉州(市)铸牢…启动仪式
p.ent("ADMIN", "昌吉", line=2, after="启动仪式在")  # 昌吉庭州生态绿谷庆典公园: a park; 庭州 (old name) no span

# ---- line 3
p.ent("ADMIN", "昌吉市", line=3)          # 自治区 (bare level word) no span

# ---- line 4
p.ent("ORG", "张岩一家亲爱心工作室", line=4)
p.ent("PERSON", "张岩", line=4, after="负责人")
p.ent("ORG", "张岩一家亲巾帼文艺队", line=4)

# ---- line 5
p.ent("ORG", "昌吉市委统战部民族科", line=5)  # 民族科科长: the section joins its department (decision 15)
p.ent("PERSON", "马建", line=5)           # 庭州生态绿谷: a site, no span

# ---- line 6
p.ent("ADMIN", "昌吉市", line=6, nth=1)
p.slogan("COUNT", "四个与共", line=6)      # items not listed on the page: no expansion
p.byline("CREDIT", "(昌吉市融媒体中心记者林如梦 通讯员赵蓓)")
p.ent("ORG", "昌吉市融媒体中心", line=6)
p.ent("PERSON", "林如梦", line=6)
p.ent("PERSON", "赵蓓", line=6)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 6, "BODY", article=1)

p.save()
