"""page-5112: 本溪满族自治县人民政府 (bx.gov.cn, the county's portal; section 政务要闻, inferred
from the address xwzx/zwyw), no date printed on the stored text, one article:
本溪满族自治县妇女第四次代表大会召开. Text as returned by the `pages` store, from its title;
its last paragraph (在第三次全体会议上,通过了《关于本溪…) is cut off mid-sentence in the store
and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5112", "corpus/raw/pages/5112_benxi_fudaihui.txt",
         publisher="本溪满族自治县人民政府", date=None, script="simplified", origin="pages")

# ---- line 1: headline (the congress is an event: the unit inside its name is ADMIN, decision 2)
p.ent("ADMIN", "本溪满族自治县", line=1)

# ---- line 2
p.ent("ADMIN", "本溪满族自治县", line=2)
p.ent("ORG", "县人大常委会", line=2)
p.ent("PERSON", "杜庆辉", line=2)
p.ent("ORG", "县政协", line=2)
p.ent("PERSON", "高世忠", line=2)
p.ent("ORG", "县委", line=2)                         # 县委副书记
p.ent("PERSON", "王霁野", line=2)
p.ent("ORG", "县委", line=2)                         # 县委常委 -> ORG 县委 (shortened title keeps its organ)
#   副县长: a title with a bare level word, no span
p.ent("PERSON", "孙承宇", line=2)
p.ent("ORG", "市妇联", line=2)

# ---- line 3
p.ent("PERSON", "王霁野", line=3)
p.ent("PERSON", "习近平", line=3)                   # inside the ideology's name (corpus rule)
#   满乡 (the Manchu county's epithet), 中国特色社会主义 (fixed term): no span;
#   全县各级妇联组织: generic, no span

# ---- line 4
p.ent("PERSON", "刘淑艳", line=4)
p.ent("ORG", "县妇女联合会第三届执行委员会", line=4)  # a committee of one term after its organ: one ORG
p.ent("ORG", "县委", line=4)                         # 县委县政府 -> 县委, 县政府
p.ent("ORG", "县政府", line=4)
p.ent("ORG", "县妇联", line=4)                       # 县妇联组织要…: the county federation
p.ent("ADMIN", "本溪县", line=4)

# ---- line 5
p.ent("ORG", "县妇联第四届执行委员会", line=5, nth=1)
p.ent("ORG", "县妇联第四届执行委员会", line=5)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 5, "BODY", article=1)

p.save()
