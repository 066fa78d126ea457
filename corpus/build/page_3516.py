"""page-3516: 大眾報 (Macau), page P08 澳門新聞, 2011-09-02, one article: 澳門南海同鄉會新閣就職.
Text as returned by the `pages` store (archive.acgloria.com, an archive of the paper's pages),
from its title; the stored opening ends on a complete sentence."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3516", "corpus/raw/pages/3516_macau_namhoi_tongxianghui.txt",
         publisher="大眾報", date="2011-09-02", script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ORG", "澳門南海同鄉會", line=1)

# ---- line 3: edition line (paper, page, section, date): PAGE block, no byline span
p.ent("ORG", "大眾報", line=3)
p.ent("ADMIN", "澳門", line=3)                      # section 澳門新聞: unit inside a title (decision 2)

# ---- line 5: source tag + first sentence
p.byline("BYLINE", "【特訊】")                      # the paper's source tag, like 【本報消息】
p.ent("ORG", "澳門南海同鄉會", line=5)
#   萬豪軒酒樓: a venue, no span

# ---- line 7: the guests, each title chain split into organ + person
p.ent("ORG", "中聯辦協調部", line=7)                # sub-unit joined to its office
p.ent("PERSON", "高其興", line=7)
p.ent("ORG", "協調部", line=7)                      # 協調部副處長: the same 中聯辦協調部, one specific body
p.ent("PERSON", "陳耀華", line=7)
p.ent("ORG", "佛山市委", line=7)                    # 佛山市委常委 -> 佛山市委
p.ent("ORG", "南海區委", line=7, nth=1)             # 南海區委書記
#   及人大主任: bare 人大 (institution type without its unit), no span
p.ent("PERSON", "鄧偉根", line=7)
p.ent("ORG", "佛山市僑聯", line=7)
p.ent("PERSON", "林振輝", line=7)
p.ent("ORG", "佛山市外事僑務局", line=7)
p.ent("PERSON", "覃瑩", line=7)
p.ent("ORG", "南海區政協", line=7)
p.ent("PERSON", "葉桂容", line=7)
p.ent("ORG", "南海區委", line=7, nth=1)             # 南海區委常委 (second mention, next free)
p.ent("PERSON", "鄭燦儒", line=7)                   # 常務副區長: title
p.ent("ORG", "全國人大", line=7, nth=1)             # 全國人大代表 -> 全國人大
p.ent("ORG", "澳門街坊會聯合總會", line=7, nth=1)
p.ent("PERSON", "劉藝良", line=7)
p.ent("ORG", "全國人大", line=7, nth=1)
p.ent("ORG", "澳門街坊會聯合總會", line=7, nth=1)
p.ent("PERSON", "姚鴻明", line=7)
p.ent("ORG", "全國政協", line=7, nth=1)             # 全國政協委員
p.ent("ORG", "澳門婦女會聯合總會", line=7, nth=1)
p.ent("PERSON", "賀定一", line=7)
p.ent("ORG", "廣東省政協", line=7)                  # 廣東省政協常委
p.ent("ORG", "澳門婦女會聯合總會", line=7, nth=1)
p.ent("PERSON", "容永恩", line=7)
p.ent("ORG", "同善堂值理會", line=7)                # a charity's board: one ORG with its parent
p.ent("PERSON", "李萊德", line=7)
p.ent("ORG", "全國政協", line=7, nth=1)
p.ent("ORG", "澳門立法會", line=7)                  # a region's own organ, one ORG with the region
p.ent("PERSON", "馮志強", line=7)                   # 該會會長: deictic, no span

# ---- line 9
p.ent("PERSON", "馮志強", line=9)
p.ent("ORG", "澳門南海同鄉會", line=9)
#   “三十而立”: a saying, no formula
p.ent("ORG", "南海同鄉會", line=9, every=True)      # two short-form mentions

# ---- line 11
p.ent("PERSON", "馮志強", line=11)
p.ent("ADMIN", "澳門", line=11, nth=1)              # 身居澳門
p.ent("ADMIN", "南海", line=11, nth=1)              # 南海鄉親 (佛山市南海區 by its bare name)
#   同鄉會這個平台: bare type, no span; 在澳: one character, no span
p.ent("ADMIN", "南海", line=11, nth=1)              # 在澳的南海鄉親
p.ent("ADMIN", "南海", line=11, nth=1)              # 團結南海鄉親
p.ent("ADMIN", "南海", line=11, nth=1)              # 宣傳南海
p.ent("ADMIN", "澳門", line=11, nth=1)              # 推動澳門與南海
p.ent("ADMIN", "南海", line=11, nth=1)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                                # edition line (decision 7)
p.block(5, 11, "BODY", article=1)

p.save()
