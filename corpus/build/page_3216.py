"""page-3216: click2macao.com (Macau news site), 2021-04-04 (date from the page address),
one article: 中山神灣同鄉會聯歡賀成立廿九載. Text as returned by the `pages` store, from its
title; its last paragraph (最後,他希望…, cut off mid-sentence) dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3216", "corpus/raw/pages/3216_click2macao_shenwan_tongxianghui.txt",
         publisher="click2macao.com", date="2021-04-04", script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ORG", "中山神灣同鄉會", line=1)     # the association by its short name

# ---- line 3
p.ent("ORG", "澳門中山神灣同鄉會", line=3)  # full name, admin prefixes attached
#   萬豪軒: a restaurant (venue), no span
p.ent("ADMIN", "澳區", line=3)             # 澳區全國政協委員: region ADMIN + national body ORG (22NN rule)
p.ent("ORG", "全國政協", line=3)
p.ent("ORG", "工聯總會", line=3)
p.ent("PERSON", "何雪卿", line=3)
p.ent("ORG", "中聯辦協調部", line=3)        # a sub-unit joins its organ
p.ent("PERSON", "劉冠宇", line=3)
p.ent("ORG", "社工部", line=3)              # the liaison office's 社會工作部, one specific body
p.ent("PERSON", "鄭奕成", line=3)
p.ent("ORG", "中山市政協", line=3)
p.ent("PERSON", "李嘉穎", line=3)
p.ent("ORG", "中山市神灣鎮黨委", line=3)
p.ent("PERSON", "林偉強", line=3)
for name in ["李靜儀", "梁孫旭", "李振宇"]:   # 立法議員: a title (立法會 not named)
    p.ent("PERSON", name, line=3)
p.ent("ORG", "澳門特區政府", line=3)
p.ent("ADMIN", "中山市", line=3)            # 中山市領導
p.ent("ADMIN", "澳門", line=3, after="中山市領導以及")   # 澳門中山各友好社團
p.ent("ADMIN", "中山", line=3, after="中山市領導以及澳門")
p.ent("ADMIN", "澳門", line=3, after="各友好社團")       # 澳門客屬各好友代表
p.ent("ADMIN", "澳門", line=3, after="為家鄉建設")       # 澳門發展

# ---- line 5
p.ent("ADMIN", "澳區", line=5)
p.ent("ORG", "全國政協", line=5)
p.ent("ORG", "工聯總會", line=5)
p.ent("PERSON", "何雪卿", line=5)
p.ent("ORG", "神灣鎮黨委", line=5)
p.ent("PERSON", "林偉強", line=5)
p.ent("ORG", "澳門中山神灣同鄉會", line=5)  # add before the bare 神灣/澳門 of this line
p.ent("ADMIN", "神灣", line=5, every=True)  # 支援神灣經濟, 在澳神灣鄉親, 促進神灣澳門
p.ent("ADMIN", "澳門", line=5, every=True)  # 澳門社會事務, 架起澳門, 推動澳門, 神灣澳門, 廣大澳門同胞
#   在澳, 澳資: one-character short forms, no span
p.slogan("PARALLEL", "一國兩制", line=5)    # 一国两制 is PARALLEL (session 3 decision)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 5, "BODY", article=1)

p.save()
