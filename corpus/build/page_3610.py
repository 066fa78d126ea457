"""page-3610: 贺州日报 (as republished on yybnet.net, 贺州新闻 channel), 2012-05-11, one article:
他在云雾山中走 ——聚焦贺州市贫困村“第一书记”系列报道(一). Text as returned by the `pages` store,
from its title; the last stored paragraph (穿越浓密的树丛,… 抱着) is cut mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3610", "corpus/raw/pages/3610_hezhou_diyishuji_shatian.txt",
         publisher="贺州日报", date="2012-05-11", script="simplified", origin="pages")

# ---- line 1: headline (title and series subtitle on one line)
p.ent("ADMIN", "贺州市", line=1)                    # 第一书记: a post ("first secretary"), no formula

# ---- line 3: source line of the page (medium + timestamp + URL)
p.byline("BYLINE", "来源:贺州日报", line=3)
p.ent("ORG", "贺州日报", line=3)

# ---- line 7: 开栏的话 text
p.ent("ADMIN", "贺州市", line=7, nth=1)
p.ent("ADMIN", "贺州市", line=7, nth=1)             # second mention (first now taken)

# ---- line 9: byline
p.byline("BYLINE", "□本报记者黄世中")
p.ent("PERSON", "黄世中", line=9)

# ---- line 11
p.ent("ADMIN", "沙田", line=11)                     # short form of 沙田镇; 土瑶 is a people, no span

# ---- line 13
p.ent("ORG", "平桂管理区沙田镇狮东瑶族村党支部", line=13)   # one ORG with its admin prefixes (§2)
p.ent("PERSON", "欧阳康", line=13)
p.ent("ADMIN", "四川", line=13)                     # 蜀道难: one-character 蜀, no span

# ---- line 15
p.ent("ORG", "平桂管理区计生委", line=15)
p.ent("ORG", "沙田镇狮东瑶族村党支部", line=15)
p.ent("PERSON", "欧阳康", line=15)

# ---- line 17
p.ent("PERSON", "欧阳康", line=17)                  # 农村党支部书记: generic, no ORG

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # 来源:贺州日报 + timestamp: the page's source line
p.block(5, 5, "COLUMN")                # 开栏的话 (like 编者按)
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "BYLINE", article=1)
p.block(11, 17, "BODY", article=1)

p.save()
