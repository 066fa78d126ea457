"""page-3413: 申扎县人民政府 (xzszx.gov.cn, 头条 section), 2023-10-23, one article:
那曲市西部四县区域协调发展工作推进会在申扎召开 (来源:网信申扎). Text as returned by the
`pages` store, from its title; its last paragraph (会议强调…整体和局) is cut off mid-sentence
in the store and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3413", "corpus/raw/pages/3413_shenzha_naqu_xibu_sixian.txt",
         publisher="申扎县人民政府", date="2023-10-23", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "那曲市", line=1)          # inside the meeting's name: unit -> ADMIN (decision 2)
p.ent("ADMIN", "申扎", line=1)            # bare county name (在申扎召开)

# ---- line 2: web meta line (timestamp + 来源), decision 12
p.byline("BYLINE", "来源:网信申扎", line=2)
p.ent("ORG", "网信申扎", line=2)          # the county's cyber-affairs account, named as source

# ---- line 3: "0" (a counter) and line 5: image file name -> PAGE, no spans

# ---- line 7 (longer names first, so that every= below skips them)
p.ent("ORG", "那曲市人大常委会", line=7)   # 那曲市人大常委会副主任 -> ORG + title
p.ent("ORG", "申扎县委", line=7)           # 申扎县委书记 -> ORG + title
p.ent("PERSON", "格桑多吉", line=7)
p.ent("ORG", "市委", line=7, nth=1)        # 经市委同意: 那曲市委 acting (first free 市委 of the line)
p.ent("ADMIN", "那曲市", line=7, every=True)   # meeting name, 那曲市西部四县, 那曲市西部区域
p.ent("ADMIN", "申扎县", line=7)           # 在申扎县召开

# ---- line 9: the four counties, listed and closed by 四县
for c in ["尼玛", "申扎", "班戈", "双湖"]:
    p.ent("ADMIN", c, line=9)
p.ent("ADMIN", "曲布村", line=9)
#   藏医院, 供销合作社, 特色畜产品直营店: bare institution types / shops, no span (decision 13)

# ---- line 11
p.ent("ORG", "那曲市人大常委会", line=11)
p.ent("ORG", "尼玛县委", line=11)
p.ent("PERSON", "刘云献", line=11)
p.ent("ADMIN", "那曲市", line=11, every=True)  # meeting name, document title, 那曲市西部四县

# ---- line 13
p.ent("ADMIN", "那曲市", line=13, every=True)  # meeting name, 那曲市西部四县共同的大事
#   西部四县: a count of counties, no formula (decision 10: counts of things)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)   # 2023-10-23 16:06:33  来源:网信申扎
p.block(3, 3, "PAGE")                # 0 (view/share counter)
p.block(5, 5, "PAGE")                # QQ截图….png (picture placeholder)
p.block(7, 13, "BODY", article=1)

p.save()
