"""page-4410: 长春晚报 (text credited to 长春晚报全媒体记者 侯丹/文 王强/图; copy on the e-paper at
szb.xdplus.cn/xdkb), 2023-11-28 (from the URL), one feature on the 长春“文明之城” press tour.
Text as returned by the `pages` store: the stored opening starts with the lead (no title is stored)
and ends in a paragraph cut off mid-sentence (一直以来,长春市将新时代文明实践工作…特别是在文明实践场所),
which was dropped; the crosshead above it (line 10) is kept."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4410", "corpus/raw/pages/4410_changchun_wanbao_wenming_zhicheng.txt",
         publisher="长春晚报", date="2023-11-28", script="simplified", origin="pages")

# ---- line 1: lead
p.ent("ADMIN", "吉林省", line=1)
p.ent("ADMIN", "长春市", line=1)
#   香满春城: 春城 is an epithet of 长春, no span

# ---- line 2: lead, continued
p.ent("ORG", "中共长春市委宣传部", line=2)           # the party's name joins the organ: one ORG
p.ent("ORG", "长春市文明办", line=2)
p.ent("ORG", "长春晚报社", line=2)
p.ent("ADMIN", "长春", line=2, every=True)           # 展示长春…成果, “新风吹拂长春…”, 长春“文明之城”, 在长春举行,
                                                     # 深入长春街道, 长春大地 (units inside a campaign/event name: decision 2)
#   德善浸润春城: epithet; 文明实践中心 (bare): no span

# ---- line 3: byline (medium, writer, photographer: one span, decision 12)
p.byline("BYLINE", "长春晚报全媒体记者 侯丹/文 王强/图")
p.ent("ORG", "长春晚报", line=3)
p.ent("PERSON", "侯丹", line=3)
p.ent("PERSON", "王强", line=3)

# ---- line 5: crosshead
p.ent("ADMIN", "长春", line=5)

# ---- line 7
p.ent("ADMIN", "长春市", line=7)

# ---- line 8: the chain 长春市|宽城区|团山街道|长山花园社区, then the tour's name
p.ent("ADMIN", "长春市", line=8)
p.ent("ADMIN", "宽城区", line=8)
p.ent("ADMIN", "团山街道", line=8)
p.ent("ADMIN", "长山花园社区", line=8)
p.ent("ADMIN", "长春", line=8)                        # 长春“文明之城”主题采访 (first free hit after 长春市)
p.ent("PERSON", "吴亚琴", line=8)                     # “时代楷模” is a title of honour, no span

# ---- line 9
p.ent("ORG", "兰州日报", line=9)                      # a paper named after its city: one ORG
p.ent("PERSON", "丁晶", line=9)

# ---- blocks
p.block(1, 2, "BODY", article=1)       # the lead, printed above the byline
p.block(3, 3, "BYLINE", article=1)
p.block(4, 5, "CROSSHEAD", article=1)  # 一城文明风 / “星火成炬” 擦亮长春城市文明底色 (part title + section head)
p.block(6, 9, "BODY", article=1)
p.block(10, 10, "CROSSHEAD", article=1)

p.save()
