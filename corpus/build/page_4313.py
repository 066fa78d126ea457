"""page-4313: 京华时报 (人民日报社's Beijing daily), 2013-03-01, one article republished on
中国台湾网 (taiwan.cn, 新闻中心>时政新闻; 来源:京华时报), copy stored at tushygear.com in
traditional script: 民政部發清明工作通知 骨灰生態安葬或政府買單. Text as returned by the
`pages` store, from its title; the mirror's injected spam line at the end (cut off) dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4313", "corpus/raw/pages/4313_taiwancn_qingming_binzang.txt",
         publisher="京华时报", date="2013-03-01", script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ORG", "民政部", line=1)
#   政府 (政府買單): generic, no span

# ---- line 3: meta line (date, 來源, font/print widgets)
p.byline("BYLINE", "來源:京華時報", line=3)
p.ent("ORG", "京華時報", line=3)

# ---- line 5
p.ent("ORG", "民政部", line=5, nth=1)
p.ent("ORG", "民政部", line=5, nth=1)              # second free hit: 民政部稱
#   《關于做好2013年清明節工作的通知》: document title, no unit inside

# ---- line 7
p.ent("ORG", "民政部", line=7)

# ---- line 9
p.ent("ORG", "民政部", line=9)
p.slogan("PLAN", "十二五", line=9)                  # “十二五”末: planning period, quotes outside
#   全國火葬區: no unit named

# ---- line 11: last paragraph with the closing credit
p.ent("ORG", "民政部", line=11)
p.byline("CREDIT", "(記者陳蕎)", line=11)
p.ent("PERSON", "陳蕎", line=11)

# ---- line 13: navigation
p.ent("ADMIN", "臺灣", line=13)                    # 臺灣新聞: a unit inside a channel's name (decision 2)

# ---- line 19: rights line
p.ent("ORG", "中國臺灣網", line=19)                 # the site itself (media are ORG)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # date + 來源:京華時報 (decision 12: labelled credit)
p.block(5, 11, "BODY", article=1)
p.block(13, 13, "PAGE")                # 點擊更多新聞… 兩岸新聞 臺灣新聞 (navigation)
p.block(15, 19, "PAGE")                # ':' + about/ICP/licence/rights lines

p.save()
