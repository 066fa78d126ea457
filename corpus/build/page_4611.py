"""page-4611: 鞍山日报 (text of its site 千华网, qianhuaweb.com, as copied on the mirror 568476.com with a
simplified-to-traditional conversion), 2024-01-22, one article: 吳開華到鞍山鋼鐵集團有限公司調研.
Text as returned by the `pages` store, from its title; its last paragraph (吳開華指出,…) was cut off
mid-sentence by the store and is left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4611", "corpus/raw/pages/4611_anshan_wukaihua_angang.txt",
         publisher="鞍山日报", date="2024-01-22", script="traditional", origin="pages")

# ---- line 1: the web page's title
p.ent("PERSON", "吳開華", line=1)
p.ent("ORG", "鞍山鋼鐵集團有限公司", line=1)          # enterprise named in full

# ---- line 3: kicker of the printed title deck
p.ent("PERSON", "吳開華", line=3)
p.ent("ORG", "鞍山鋼鐵集團有限公司", line=3)

# ---- line 5: headline; “雙鞍”融合 (鞍山 + 鞍鋼): 雙 as a numeral of a fixed formula, GROUP
p.slogan("GROUP", "雙鞍", line=5)

# ---- line 7: byline + lead
p.byline("BYLINE", "本報訊(全媒體首席記者 王化威)")
p.ent("PERSON", "王化威", line=7)
p.ent("ORG", "市委", line=7)                          # 市委副書記: title, organ kept
p.ent("PERSON", "吳開華", line=7)
p.ent("ORG", "鞍山鋼鐵集團有限公司", line=7)
p.slogan("GROUP", "雙鞍", line=7)

# ---- line 9
p.ent("PERSON", "吳開華", line=9)
p.ent("ORG", "鞍鋼", line=9, every=True)              # 鞍鋼作為…, 去年以來,鞍鋼全面…
p.ent("ADMIN", "鞍山", line=9, every=True)            # 鞍山因鋼而立, 鋼鐵是鞍山, 鞍山鋼鐵工業, 為鞍山經濟
p.ent("PERSON", "習近平", line=9)
#   東北: a region, no span
p.ent("ADMIN", "遼寧", line=9)
p.ent("ORG", "黨中央", line=9)
p.ent("ORG", "國務院", line=9)
#   省、市工作安排: level words, no span

# ---- line 11
p.ent("PERSON", "吳開華", line=11)
p.ent("ORG", "鞍鋼", line=11, every=True)             # three mentions; 在鞍: one-character form, no ADMIN
p.slogan("GROUP", "雙鞍", line=11)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)      # web page title
p.block(3, 3, "KICKER", article=1)        # …調研時強調 leads into the catchy line
p.block(5, 5, "HEADLINE", article=1)
p.block(7, 11, "BODY", article=1)

p.save()
