"""page-3815: 亞太新聞網 (atanews.net, 竹縣 desk), one article on the opening of the
新竹縣議會 第十九屆第一次定期大會. Text as returned by the `pages` store (it opens with the
photo caption; the page's title is not in the stored text). Date not printed (今(25)日;
inferred 2019-04-25 from 楊文科 taking office on 2018-12-25 and 就任4個月), so date=None."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3815", "corpus/raw/pages/3815_hsinchu_xianyihui_dinghui.txt",
         publisher="亞太新聞網", date=None, script="traditional", origin="pages")

# ---- line 1: photo caption with its credit
p.ent("PERSON", "張鎮榮", line=1)                  # 議長張鎮榮: title outside
p.ent("PERSON", "楊文科", line=1)                  # 楊文科縣長
#   楊縣長: surname + title, no PERSON (decision 6)
p.ent("ORG", "縣府", line=1)                       # 縣府團(隊): 縣府 = 縣政府 (short form, ORG)
p.ent("PERSON", "張建奎", line=1)
p.byline("PHOTO", "(特派記者張建奎攝)", line=1)

# ---- line 4: byline line
p.byline("BYLINE", "【亞太新聞網/特派記者張建奎/竹縣報導】", line=4)
p.ent("ORG", "亞太新聞網", line=4)                 # the medium in its own tag
p.ent("PERSON", "張建奎", line=4)
p.ent("ADMIN", "竹縣", line=4)                     # 竹縣 = 新竹縣, unit in the desk's dateline (decision 12)

# ---- line 6
p.ent("ORG", "新竹縣議會", line=6)                 # 第十九屆第一次定期大會 = the session, outside
p.ent("ORG", "縣府", line=6, every=True)            # 縣府各局處業務報告, 審議縣府, 縣府團 (3x)
p.ent("PERSON", "張鎮榮", line=6)
p.ent("PERSON", "楊文科", line=6)

# ---- line 8
p.ent("ORG", "縣府", line=8, every=True)            # 向縣府建言, 縣府尊重, 縣府各項施政 (3x)
#   府會 (county government and council together): no span; 張議長: title + surname, no span

# ---- line 10
p.ent("ORG", "縣府", line=10)                      # 定期會縣府提了12項
#   議會 (bare, 2x): bare institution type, no span (decision 13)

# ---- line 12
p.ent("ORG", "縣府", line=12)                      # 縣府各局處長

# ---- blocks
p.block(1, 1, "CAPTION", article=1)
p.block(4, 4, "BYLINE", article=1)
p.block(6, 12, "BODY", article=1)
p.block(14, 14, "PAGE")        # 關鍵字: site furniture
p.block(16, 16, "PAGE")        # 分享: share links

p.save()
