"""page-2809: 梧州日报 (wzljl.cn, 梧州零距离网, the paper's news site), 2018-03-03 (from the
url path), one article: 市委书记全桂寿走访调研. Text as returned by the `pages` store; the store
keeps no title line, so the page opens with the source tag."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2809", "corpus/raw/pages/2809_wuzhou_quanguishou_zoufang.txt",
         publisher="梧州日报", date="2018-03-03", script="simplified", origin="pages")

# ---- line 1: source tag + byline, first paragraph
p.byline("BYLINE", "梧州日报讯(记者 杨苑君 李欣鞠)")
p.ent("ORG", "梧州日报", line=1)              # the paper named in its source tag (one ORG)
p.ent("PERSON", "杨苑君", line=1)
p.ent("PERSON", "李欣鞠", line=1)
p.ent("ORG", "市委", line=1)                  # 市委书记 -> ORG + title
p.ent("PERSON", "全桂寿", line=1)
#   驻梧部队: 梧 is a one-character short form, no ADMIN

# ---- line 2: the rest of the article (paragraphs joined by a space in the store)
p.ent("PERSON", "全桂寿", line=2, every=True)   # five mentions, checked in the readback
p.ent("PERSON", "习近平", line=2)              # inside the ideology's name
#   中国特色社会主义: fixed political term, no ADMIN; 党的十九大: no span
p.ent("ORG", "市委", line=2)                  # 围绕市委、市政府的中心工作
p.ent("ORG", "市政府", line=2)
#   工业振兴年、服务业提速年、城市建设提质年, “第一公里·路桥”惠民工程: no numeral counts (ordinal 第一)
#   城乡环境综合整治月: a campaign month, no span
p.ent("ORG", "市政协", line=2)                # 原市政协副主席 -> ORG + title
p.ent("PERSON", "潘楚华", line=2, every=True)  # three mentions; 潘老 (surname + address word) is no PERSON
p.ent("ADMIN", "梧州", line=2)                # 为梧州发展所作的贡献
p.ent("PERSON", "黎永益", line=2)

# ---- blocks (no headline in the stored text)
p.block(1, 2, "BODY", article=1)

p.save()
