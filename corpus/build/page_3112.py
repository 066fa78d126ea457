"""page-3112: 中国昌吉网 (cjxww.cn, the news site of 昌吉州融媒体中心), 2023-09-05, one article on the
reaction in 昌吉州 to 习近平's speech. Text as returned by the `pages` store: it opens with the
title deck's ——line (no main title stored); the last paragraph, cut mid-sentence, is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3112", "corpus/raw/pages/3112_cjxww_jianghua_fanxiang.txt",
         publisher="中国昌吉网", date="2023-09-05", script="simplified", origin="pages")

# ---- line 1: subhead (——…)
p.ent("PERSON", "习近平", line=1)
p.ent("ORG", "自治区党委", line=1)        # 自治区党委和政府: the bare 政府 gets no span
p.ent("ORG", "兵团", line=1)              # 新疆生产建设兵团 by its short name, reporting as a body
p.ent("ADMIN", "昌吉州", line=1)

# ---- line 2: byline + body
p.byline("BYLINE", "中国昌吉网(记者 左晓雨)")
p.ent("ORG", "中国昌吉网", line=2)
p.ent("PERSON", "左晓雨", line=2)
p.ent("PERSON", "习近平", line=2)
p.ent("ORG", "自治区党委", line=2)
p.ent("ORG", "兵团", line=2)
p.ent("ADMIN", "昌吉州", line=2)
p.ent("ORG", "党中央", line=2, every=True)   # 党中央权威, 党中央决策部署 (2)

# ---- line 3: crosshead 党建引领促发展 (no spans)

# ---- line 4
p.ent("ADMIN", "新疆", line=4)
p.ent("ADMIN", "昌吉州", line=4)
p.ent("ORG", "州文化体育广播电视和旅游局党组", line=4)   # 党组 inside the ORG (corpus majority reading)
p.ent("PERSON", "王艳华", line=4)
p.ent("ADMIN", "昌吉", line=4)            # 打造昌吉旅游亮丽名片; 文化润疆/旅游兴疆: one-character 疆, no span

# ---- line 5
p.ent("ORG", "州生态环境局党组", line=5)   # 州生态环境局党组副书记、局长马鸿铭
p.ent("PERSON", "马鸿铭", line=5)
p.slogan("PARALLEL", "一岗双责", line=5)    # 党政同责: no numeral, no span
p.ent("ADMIN", "昌吉州", line=5)

# ---- blocks
p.block(1, 1, "SUBHEAD", article=1)
p.block(2, 2, "BODY", article=1)
p.block(3, 3, "CROSSHEAD", article=1)
p.block(4, 5, "BODY", article=1)

p.save()
