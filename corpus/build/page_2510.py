"""page-2510: 晋中日报 (jzxww.com.cn, 晋中新闻网, section 学习贯彻党的二十届四中全会精神),
2025-11-28, one article: 振兴新声入乡村. Text as returned by the `pages` store, from its
title; its last paragraph (cut off mid-sentence: 此次宣讲立足基层) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2510", "corpus/raw/pages/2510_jinzhong_xuanjiang_zuoquan.txt",
         publisher="晋中日报", date="2025-11-28", script="simplified", origin="pages")

# ---- line 1: headline, no entity

# ---- line 3: meta line 来源:晋中日报时间:2025-11-28 (timestamp outside)
p.byline("BYLINE", "来源:晋中日报", line=3)
p.ent("ORG", "晋中日报", line=3)          # a paper named after its city is one ORG

# ---- line 5: photo caption with its credit
p.ent("ORG", "市委宣讲团", line=5)        # a committee's named team is one ORG with it
p.ent("ADMIN", "左权县", line=5)
p.ent("ADMIN", "辽阳镇", line=5)
p.ent("ADMIN", "西河头村", line=5)
#   党的二十届四中全会: no span
p.byline("PHOTO", "通讯员 董飞 摄", line=5)
p.ent("PERSON", "董飞", line=5)

# ---- line 7
p.ent("ORG", "市委宣讲团", line=7)
p.ent("ORG", "市市场监督管理局党组", line=7)  # 党组 after an organ kept inside (21NN rule); 书记、局长 titles
p.ent("PERSON", "赵凌中", line=7)
p.ent("ADMIN", "左权县", line=7)
p.ent("ADMIN", "辽阳镇", line=7)
p.ent("ADMIN", "西河头村", line=7)

# ---- line 9
p.ent("PERSON", "赵凌中", line=9)

# ---- line 11
p.slogan("PLAN", "十五五", line=11)       # ‘十五五’时期: the formula without its quotes
p.ent("PERSON", "赵凌中", line=11)

# ---- line 13
p.ent("ADMIN", "西河头村", line=13)        # 西河头村红色教育基地: a site, the unit inside is ADMIN
p.ent("ORG", "村党支部", line=13)          # that village's branch (decision 5)
p.ent("PERSON", "常建", line=13)

# ---- line 15
p.ent("ADMIN", "辽阳镇", line=15)          # 辽阳镇宣传统战岗: 宣传统战岗 is a post (the speaker's job), no ORG
p.ent("PERSON", "常子昱", line=15)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)        # 来源:晋中日报时间:… (decision 12)
p.block(5, 5, "CAPTION", article=1)
p.block(7, 15, "BODY", article=1)

p.save()
