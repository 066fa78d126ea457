"""page-3602: 天津日报 (issue of 2021-06-06, as served by an e-paper reader, ctc.2windao.com),
one article: 海棠街道办事处揭牌 (天津市津南区). Text as returned by the `pages` store, from its
title; nothing cut (the last paragraph is complete), the reader's footer kept."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3602", "corpus/raw/pages/3602_tianjin_haitang_jiedao.txt",
         publisher="天津日报", date="2021-06-06", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "海棠街道办事处", line=1)            # the office being inaugurated (decision 3: acting as office)

# ---- line 3: the reader's source line (issue + labelled medium)
p.byline("BYLINE", "来自:天津日报", line=3)
p.ent("ORG", "天津日报", line=3)

# ---- line 5
p.byline("BYLINE", "本报讯(记者 刘静男)", line=5)
p.ent("PERSON", "刘静男", line=5)
p.ent("ORG", "天津市津南区海棠街道办事处", line=5)   # …举行揭牌仪式: one ORG with its prefix (§2; corrected after
                                                   # the second pass of session 13, which read it so)
p.ent("ORG", "津南区民政局", line=5)
p.ent("ORG", "海棠街道办事处", line=5, nth=1)      # 海棠街道办事处相关负责同志
# the five bodies of this street, named by level word + organ (like 鎮政府)
p.ent("ORG", "街道党工委", line=5)
p.ent("ORG", "人大街道工委", line=5)
p.ent("ORG", "街道办事处", line=5, after="人大街道工委")
p.ent("ORG", "街道纪工委", line=5)
p.ent("ORG", "街道武装部", line=5)
p.ent("ORG", "海棠街道办事处", line=5, nth=1)      # 至此,海棠街道办事处正式成立

# ---- line 7
p.ent("ORG", "海棠街道办事处", line=7, nth=1)      # 成立海棠街道办事处
p.ent("ORG", "市委", line=7)
p.ent("ORG", "市政府", line=7)
#   海河教育园区: a park (decision 3: 园区 is a place), no span
p.ent("ORG", "区委", line=7)
p.ent("ORG", "区政府", line=7)
p.ent("ORG", "海棠街道办事处", line=7, nth=1)      # 海棠街道办事处驻地设置在
p.ent("ADMIN", "津南区", line=7)                  # 津南区同砚路50号
#   roads and highways (雅正路, 津港高速, 宁静高速, 月牙河, 津沽公路, 雅润路, 金华路, 同德路,
#   同砚路, 津晋高速, 大沽排污河): places, no span; 津/宁/静 are one-character short forms
p.ent("ADMIN", "天津", line=7, nth=1)             # 天津大道 (decision 2: the city inside a road's name)
p.ent("ADMIN", "天津", line=7, nth=1)             # 沿天津大道南侧路缘石 (second mention)
p.ent("ORG", "天津海河教育园区投资开发有限公司", line=7)   # an enterprise in full, its prefix inside
#   静怡里、金旭里小区: residential compounds, no span
p.ent("ADMIN", "咸水沽镇", line=7)

# ---- line 9
p.ent("ORG", "海棠街道办事处", line=9)
p.slogan("PARALLEL", "一委八办三中心一个执法队", line=9)   # numeral-led parts; items not spelled out
p.ent("ORG", "街道武装部", line=9)
p.ent("ORG", "妇联", line=9)                      # 街道武装部、妇联、工会、团委: the street's bodies,
p.ent("ORG", "工会", line=9)                      # the level word shared (like 县财政局、交通局)
p.ent("ORG", "团委", line=9)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)               # 20210606期来自:天津日报
p.block(5, 9, "BODY", article=1)
p.block(11, 11, "PAGE")                          # powered by 闻道 (the reader's footer)

p.save()
