import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1505", "corpus/raw/pages/1505_leshan_shizhong_caifeng.txt",
         publisher="乐山日报", date="2022-03-21", script="simplified", origin="pages")

# ---- entities -------------------------------------------------------------
# line 8: byline, organiser, event name
p.ent("PERSON", "赵径")
p.ent("ORG", "市中区委宣传部")
p.ent("ADMIN", "乐山市", line=8)            # inside the event name (decision 2)
# 嘉州 (Leshan's historical prefecture name, used as a poetic name) gets no span:
# headline 探寻嘉州春天, event 春到嘉州, park 嘉州绿心公园
# 中央、省、市21家媒体: level words, no span
p.ent("ADMIN", "市中区", every=True)      # 8 bare mentions of the district (lines 8, 12, 14)
# line 10: towns and villages
p.ent("ADMIN", "水口镇")
p.ent("ADMIN", "龙窝村")
p.ent("ADMIN", "平兴镇")
p.ent("ADMIN", "滑石村")
p.ent("ADMIN", "牟子镇")
p.ent("ADMIN", "苏坪村")
# line 22 (e-paper list of the page's other titles): the person; 乐 (one character) and
# 法国 / 伊西莱莫利诺市 (foreign) get no span
p.ent("PERSON", "黄润秋")

# ---- slogans ----------------------------------------------------------------
p.slogan("GROUP", "五清行动")               # items not listed on the page: no expansion

# ---- bylines ----------------------------------------------------------------
p.byline("BYLINE", "本报讯 (记者 赵径)")

# ---- blocks -----------------------------------------------------------------
p.block(1, 1, "PAGE")        # 01:一版要闻
p.block(3, 3, "PAGE")        # 本版列表新闻
p.block(5, 5, "PAGE")        # date + 放大 缩小 默认
p.block(6, 6, "HEADLINE", article=1)
p.block(8, 14, "BODY", article=1)
p.block(17, 25, "PAGE")      # e-paper navigation: edition list and the page's title list
p.save()
