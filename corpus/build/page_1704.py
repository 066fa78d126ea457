"""page-1704: 龙港网 (cnlg.cn, the news site of 苍南县龙港镇, now 龙港市), 2014-06-25, one article:
龙港召开十届人大五次会议 梁亦俊当选副镇长. Text as returned by the `pages` store, from its title; the
navigation line before the title and the cut-off editor line at the end (责任…) are dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1704", "corpus/raw/pages/1704_longgang_renda_fuzhenzhang.txt",
         publisher="龙港网", date="2014-06-25", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "龙港", line=1)                  # 龙港召开…: the town
#   十届人大五次会议: a session of the bare 人大 (an institution type, like 法院): no ORG
p.ent("PERSON", "梁亦俊", line=1)

# ---- line 3: web meta line (原创 date authors source)
p.byline("BYLINE", "李求利 方崇杰 李其安", line=3)   # the authors' credit (date and 原创 outside)
p.byline("BYLINE", "龙港网", line=3)                # the source credit
for name in ["李求利", "方崇杰", "李其安"]:
    p.ent("PERSON", name, line=3)
p.ent("ORG", "龙港网", line=3)

# ---- line 4: [导读] summary
p.ent("ADMIN", "龙港镇", line=4, every=True)   # 龙港镇召开 / 龙港镇副镇长 ×2 (title after the unit)
p.ent("PERSON", "谢磊", line=4)
p.ent("PERSON", "梁亦俊", line=4)

# ---- line 9
p.byline("BYLINE", "龙港网6月25日讯")          # source tag with dateline
p.ent("ORG", "龙港网", line=9)
p.ent("ADMIN", "龙港镇", line=9, nth=1)         # 龙港镇召开
p.ent("ADMIN", "龙港镇", line=9, nth=1)         # 辞去龙港镇副镇长
p.ent("ADMIN", "龙港镇", line=9, nth=1)         # 为龙港镇副镇长
p.ent("PERSON", "谢磊", line=9)
p.ent("PERSON", "梁亦俊", line=9)
p.ent("ORG", "县委", line=9)                    # 县委常务 (sic, for 县委常委): contracted title keeps the organ
p.ent("ORG", "龙港镇委", line=9)                # 龙港镇委书记
p.ent("PERSON", "丁振俊", line=9)
p.ent("ORG", "县人大常委会", line=9)
p.ent("PERSON", "王宗泽", line=9)
for name in ["王忠秀", "上官光强", "金珍敏"]:
    p.ent("PERSON", name, line=9)

# ---- line 11
p.ent("PERSON", "谢磊", line=11)
p.ent("ADMIN", "龙港镇", line=11, every=True)   # three times, each before 副镇长
#   《选举办法》: document, no span; 主席团 (the session's presidium, a bare institution type): no ORG
p.ent("PERSON", "梁亦俊", line=11, every=True)  # twice
p.ent("ORG", "镇人大", line=11)                 # 镇人大代表: the title keeps its organ

# ---- line 13
p.ent("PERSON", "丁振俊", line=13, every=True)  # twice
p.ent("ORG", "镇委", line=13)
p.ent("PERSON", "梁亦俊", line=13)
p.ent("ADMIN", "龙港", line=13)                 # 龙港认真贯彻落实
#   省市县委: a contracted list of the three levels' committees, no span (like 省市委全会)
#   省小城市培育试点: a level word, no span

# ---- line 15
p.ent("PERSON", "丁振俊", line=15)
p.ent("ADMIN", "龙港", line=15)                 # 开创龙港经济社会…新局面

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)   # web meta line: authors and source
p.block(4, 4, "BODY", article=1)     # [导读] summary of the article
p.block(5, 5, "PAGE")                # 7 张 (photo counter)
p.block(7, 7, "PAGE")                # 点击查看更多照片 (link)
p.block(9, 15, "BODY", article=1)

p.save()
