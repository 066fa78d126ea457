"""page-5006: 重庆政协报 (cqzxb.itlic.com, inferred from the site name), 2025-06-26 (from the url), one article:
履职在一线 协商在田间 —— 奉节县政协四个“双百行动”. Text as stored from its title; the last stored
paragraph (在永乐镇大坝村,…更令人惊喜的) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5006", "corpus/raw/pages/5006_fengjie_zhengxie_shuangbai.txt",
         publisher="重庆政协报", date="2025-06-26", script="simplified", origin="pages")

# ---- line 2: subhead
p.ent("ORG", "奉节县政协", line=2)
p.slogan("COUNT", "四个“双百行动”", line=2,                     # quoted key word inside (三个“需要”, session 13)
         expansion=["百名委员巡百河", "百名委员进百村", "百名委员访百企", "百名委员入百户"])  # items listed on line 6

# ---- line 3: photo caption with its credit
p.ent("ORG", "奉节县政协", line=3, nth=1)
p.byline("PHOTO", "奉节县政协供图", line=3)
p.ent("ORG", "奉节县政协", line=3, after="养殖车间")

# ---- line 4
p.ent("ORG", "奉节县政协", line=4)
p.ent("ADMIN", "永乐镇", line=4)                  # 该县永乐镇: 该县 is deictic (no span)

# ---- line 5
p.ent("ORG", "县供销联社", line=5)
p.ent("ORG", "奉节县政协", line=5)
p.slogan("COUNT", "四个“双百行动”", line=5)

# ---- line 6
p.ent("ORG", "奉节县政协", line=6)
p.slogan("COUNT", "四个“双百行动”", line=6)
#   百名委员巡百河 … 入百户: the formula's items (expansion above), no slogans of their own

# ---- line 8
p.ent("ADMIN", "奉节县", line=8, nth=1)
p.ent("ADMIN", "草堂镇", line=8)
p.ent("ADMIN", "欧营村", line=8)
p.ent("PERSON", "黄锐", line=8)
p.slogan("GROUP", "六统一", line=8)               # “‘六统一’模式”: N + category, like 三精准
p.ent("ORG", "奉节县政协", line=8)                # 奉节县政协委员: the member's body
p.ent("ORG", "县政协", line=8, after="是该")       # 该县政协: deictic 该 dropped (decision 4)
p.ent("ORG", "西南大学", line=8)
p.ent("ADMIN", "奉节", line=8, after="如今")       # 奉节肉兔
#   “政产学研”: no numeral, no formula

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "SUBHEAD", article=1)
p.block(3, 3, "CAPTION", article=1)
p.block(4, 6, "BODY", article=1)
p.block(7, 7, "CROSSHEAD", article=1)
p.block(8, 8, "BODY", article=1)

p.save()
