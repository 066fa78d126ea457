"""page-3606: 云上京山 (京山市融媒体中心, jingshan.cjyun.org), Hubei, undated, one article:
湖北京山持续推进美好环境与幸福生活共同缔造. Text as returned by the `pages` store, from its title;
the last paragraph (“没想到在人居环境整治中,不仅让湾子变美了…), cut off mid-sentence by the store,
is dropped (the article's closing credit, if any, was in the part the store did not keep)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3606", "corpus/raw/pages/3606_jingshan_songhe_gongtong_dizao.txt",
         publisher="云上京山", date=None, script="simplified", origin="pages")

# ---- line 1: headline (湖北京山 -> 湖北, 京山; 共同缔造 has no numeral)
p.ent("ADMIN", "湖北", line=1)
p.ent("ADMIN", "京山", line=1)

# ---- line 3
p.ent("ADMIN", "宋河镇", line=3)
p.ent("ADMIN", "龙王村", line=3)
p.ent("PERSON", "李世平", line=3)
#   “共同缔造爱心榜”: a notice board, no span

# ---- line 5: photo caption
p.ent("ADMIN", "龙王村", line=5)

# ---- line 7
p.ent("ORG", "村党支部", line=7)               # 龙王村's own branch (decision 5), quoted by its secretary
p.ent("ORG", "龙王村党支部", line=7)            # 龙王村党支部书记 -> ORG + title
p.ent("PERSON", "王章华", line=7)

# ---- line 9
p.ent("ADMIN", "宋河镇", line=9)

# ---- line 11 (“约法三章”: an idiom, no formula)
p.ent("PERSON", "董烈强", line=11)
p.ent("ADMIN", "龙王村", line=11)

# ---- line 13
p.ent("ADMIN", "邵李桥村", line=13)
p.ent("PERSON", "严茂良", line=13)
p.ent("ADMIN", "四股泉村", line=13)
p.ent("ADMIN", "浙江", line=13)                 # 浙江某校: a province; the school is unnamed
p.ent("PERSON", "李小平", line=13)
p.ent("ADMIN", "高家畈村", line=13)
p.ent("PERSON", "高小虎", line=13)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BODY", article=1)
p.block(5, 5, "CAPTION", article=1)   # 龙王村经过整治后的湾子新貌 (the photo itself is not in the text)
p.block(7, 13, "BODY", article=1)

p.save()
