"""page-4010: 阿坝州委常委会 news (州委常委会召开会议, 2025-04-24 meeting), stored on sgns.cn
(四姑娘山景区管理局's site, 转载 section; publisher inferred from the domain, no credit printed).
One article. Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4010", "corpus/raw/pages/4010_aba_zhouwei_changweihui.txt",
         publisher="四姑娘山景区管理局", date=None, script="simplified", origin="pages")

# ---- lines 1-3: title deck
p.ent("ORG", "州委常委会", line=1)                  # the standing committee acts (召开会议), not a meeting's name
p.ent("ORG", "中央", line=2)                        # 传达学习中央、省委有关部署要求: the centre issues
p.ent("ORG", "省委", line=2)
#   line 3 研究我州…: deictic, no span

# ---- line 4
p.ent("ORG", "州委常委会", line=4)
p.ent("ORG", "中央", line=4)
p.ent("ORG", "省委", line=4)
p.ent("ORG", "州委", line=4, after="意见。")         # 州委书记 -> ORG 州委, title outside
p.ent("PERSON", "徐芝文", line=4)

# ---- line 5
#   中央八项规定: 中央 as a modifier, no span
p.slogan("COUNT", "八项规定", line=5)
p.ent("ADMIN", "阿坝", line=5)                      # 服务阿坝经济社会发展

# ---- line 6
p.ent("ORG", "省委", line=6)                        # 省委副书记、省长施小琳
p.ent("PERSON", "施小琳", line=6)
#   来州调研: level word; 川青铁路: one-character short forms; “点状突破”, “清零见底”: no numeral
p.ent("ADMIN", "阿坝", line=6)                      # 阿坝典范: unit inside a brand's name

# ---- line 7
#   “深入、精准、协同、创新”: no numeral; “石榴籽”工程: no numeral
p.slogan("PLAN", "十五五", line=7)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 3, "SUBHEAD", article=1)     # two lines of facts under the title (decision 1)
p.block(4, 8, "BODY", article=1)

p.save()
