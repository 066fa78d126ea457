"""page-2304: 北京日报 (e-paper bjrb.bjd.com.cn, 2019-08-20, html/2019-08/20/node_8.htm), one
article: 顺义村规民约"润"乡风 (本报记者 张小英). Text as returned by the `pages` store, from its
title: the site label 即时新闻 above it and the list bullet before the title are left out; the
stored paragraph indentation is kept; the last stored paragraph (“千里家书只为墙…村风也日益和)
is cut off mid-sentence by the store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2304", "corpus/raw/pages/2304_bjrb_shunyi_cunguiminyue.txt",
         publisher="北京日报", date="2019-08-20", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "顺义", line=1)                       # 顺义区 by its short name

# ---- line 3: byline
p.byline("BYLINE", "本报记者 张小英", line=3)
p.ent("PERSON", "张小英", line=3)

# ---- line 5
p.ent("ADMIN", "顺义", line=5)                       # 京北顺义: 京北 (one-character 京 + direction) no span

# ---- line 7
p.ent("ORG", "中央农办秘书局", line=7)               # sub-unit written after its organ: one ORG
p.ent("ORG", "农业农村部办公厅", line=7)
p.ent("ADMIN", "顺义区", line=7)
p.ent("ADMIN", "北京市", line=7)

# ---- line 9
p.ent("ADMIN", "顺义", line=9)
p.ent("ADMIN", "赵全营镇", line=9)
#   牤牛河: a river, no span
p.ent("ADMIN", "西水泉", line=9)                     # 叫西水泉: the village by its name
p.ent("ADMIN", "桐城", line=9)                       # 桐城六尺巷: a unit inside a site's name (decision 2)
p.ent("ADMIN", "水泉", line=9, after="今有")          # 水泉五米街坊路: the village's short name in the saying

# ---- line 11
p.ent("ORG", "西水泉村党支部", line=11)              # a named village's branch: one ORG
p.ent("PERSON", "刘建华", line=11)

# ---- line 13
p.ent("PERSON", "刘建华", line=13)
p.ent("ORG", "村党支部", line=13)                     # this village's branch (decision 5)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 13, "BODY", article=1)

p.save()
