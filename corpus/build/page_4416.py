"""page-4416: 有線新聞 (i-cable.com, Hong Kong Cable TV news), undated (Aug 2025 by its content: the
policy address announced for 下月17日), one article: 李家超落區訪牛頭角簡約公屋、屋邨 …. Text as stored
in the `pages` store, from its title; the last paragraph (cut off mid-sentence: …為新一份) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4416", "corpus/raw/pages/4416_icable_lijiachao_ngautaukok.txt",
         publisher="有線新聞", date=None, script="traditional", origin="pages")

# ---- line 1: headline
p.ent("PERSON", "李家超", line=1)
#   牛頭角: an area of 觀塘區, not one of Hong Kong's 18 districts (decision 15): no span

# ---- line 2: source tag + first paragraph
p.byline("BYLINE", "【有線新聞】", line=2)
p.ent("ORG", "有線新聞", line=2)
p.ent("PERSON", "李家超", line=2)                   # 行政長官李家超: title outside
#   牛頭角, 彩興路簡約公屋, 牛頭角下邨: an area, a housing project, an estate -> places, no span

# ---- line 3
p.ent("PERSON", "李家超", line=3)
p.ent("ORG", "房屋局", line=3)
p.ent("PERSON", "何永賢", line=3)
p.ent("PERSON", "李佩詩", line=3)                   # 常任秘書長李佩詩
#   張先生: surname + address word, not PERSON (decision 6)
p.ent("ADMIN", "香港", line=3)                      # 香港最高領導人: the SAR as a place

# ---- line 4
#   劉女士 (twice): not PERSON
p.ent("PERSON", "李家超", line=4)

# ---- line 5
p.ent("PERSON", "李家超", line=5, nth=1)
p.ent("PERSON", "何永賢", line=5)
p.ent("PERSON", "李家超", line=5, nth=1)
p.ent("PERSON", "李家超", line=5, nth=1)

# ---- line 6
p.ent("PERSON", "李家超", line=6, every=True)
p.ent("ORG", "勞福局", line=6)                      # 勞福局局長孫玉菡: the bureau by its short name
p.ent("PERSON", "孫玉菡", line=6)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 6, "BODY", article=1)

p.save()
