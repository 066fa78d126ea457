"""page-3401: 伊通满族自治县人民政府 (yitong.gov.cn, 政务动态), 2025-10-30, one article:
伊通召开2025年总河长会议. Text as returned by the `pages` store, from its source line."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3401", "corpus/raw/pages/3401_yitong_zonghezhang.txt",
         publisher="伊通满族自治县人民政府", date="2025-10-30", script="simplified", origin="pages")

# ---- line 1: the page's source line (publishing unit + timestamp + labelled source)
p.ent("ORG", "伊通满族自治县人民政府", line=1)
p.ent("ORG", "伊通发布", line=1)                  # the county's release account (a medium)
p.byline("BYLINE", "伊通满族自治县人民政府", line=1)
p.byline("BYLINE", "来源: 伊通发布", line=1)

# ---- line 2: headline
p.ent("ADMIN", "伊通", line=2)

# ---- line 4
p.ent("ORG", "县政府", line=4)                    # 县政府综合楼: the government's building, the organ named
p.ent("ORG", "县委", line=4)                      # 县委副书记
p.ent("PERSON", "付巍", line=4)

# ---- line 5
p.ent("PERSON", "付巍", line=5)
p.ent("ADMIN", "伊通满族自治县", line=5)
p.slogan("GROUP", "清四乱", line=5)               # 河湖库“清四乱”: items not spelled out

# ---- line 6
p.ent("PERSON", "付巍", line=6)
p.ent("PERSON", "李宇嘉", line=6)

# ---- line 7: closing bracket of the editorial chain (editor lines: names only, no byline span)
for name in ["沈鸿升", "董橙岩", "赵东兴", "裴钰", "郭涵宇"]:
    p.ent("PERSON", name, line=7)

# ---- blocks
p.block(1, 1, "BYLINE", article=1)
p.block(2, 2, "HEADLINE", article=1)
p.block(4, 7, "BODY", article=1)

p.save()
