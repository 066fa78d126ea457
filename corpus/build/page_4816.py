"""page-4816: 商台新聞 (香港商業電台's news service), copy on LINE TODAY Hong Kong, one article:
第二場施政報告地區諮詢會 李家超:冀打通社會「任督二脈」. No date printed (發布於 2小時前; the event is
李家超's second district consultation in 元朗 for his fourth policy address, early August 2025).
Text as returned by the `pages` store, from its title; the last paragraph (cut mid-sentence) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4816", "corpus/raw/pages/4816_crhk_policy_address_consultation.txt",
         publisher="商台新聞", date=None, script="traditional", origin="pages")

# ---- line 1: title
p.ent("PERSON", "李家超", line=1)
#   「任督二脈」: an idiom (the two meridians), no formula; 施政報告: a document kind

# ---- line 3: the source's name standing under the title (decision 8)
p.byline("BYLINE", "商台新聞")
p.ent("ORG", "商台新聞", line=3)

# ---- line 7
p.ent("PERSON", "李家超", line=7)
p.ent("ADMIN", "元朗", line=7)                       # 元朗區, one of Hong Kong's 18 districts (decision 15)
#   全體司長、副司長,以及多名局長: titles, no body named

# ---- line 9
p.ent("PERSON", "李家超", line=9)
p.ent("ADMIN", "香港", line=9, every=True)            # 香港是大家的共同家園; 為香港 (2)
#   政府 (the SAR government, bare): generic, no span as elsewhere in the corpus

# ---- line 11
p.ent("PERSON", "李家超", line=11)
#   區議會、三會和關愛隊: kinds of bodies in every district (no one body); 三會 is a count of bodies, no formula

# ---- line 13: crosshead (本港: deictic)

# ---- line 15
p.ent("ADMIN", "香港", line=15, every=True)           # 落戶香港; 在香港設立總部 (2); 來港: one character
p.ent("PERSON", "李家超", line=15)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "PAGE")          # 更新於 4分鐘前 • 發布於 2小時前 (timestamps only)
p.block(7, 11, "BODY", article=1)
p.block(13, 13, "CROSSHEAD", article=1)
p.block(15, 15, "BODY", article=1)

p.save()
