"""page-3116: 澳門有線電視 (macaucabletv.com, 有線圖文新聞 / 本地資訊), 2024-10-02, one article:
岑浩輝探訪祐漢社區. Text as returned by the `pages` store, from its title; the store's last
paragraph (the teaser of a related item, cut off mid-sentence) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3116", "corpus/raw/pages/3116_macaucabletv_yauhon.txt",
         publisher="澳門有線電視", date="2024-10-02", script="traditional", origin="pages")

# 祐漢社區 (six times): a Macao neighbourhood, no administrative unit (Macao has none below the
# SAR; cf. decision 15 for Hong Kong's estates): no span anywhere on the page.

# ---- line 1 and line 9: the title, printed twice
p.ent("PERSON", "岑浩輝", line=1)
p.ent("PERSON", "岑浩輝", line=9)

# ---- line 11
p.ent("PERSON", "岑浩輝", line=11)                  # 第六任行政長官候選人 is the title
p.ent("ORG", "澳門工會聯合總會", line=11, nth=1)
p.ent("PERSON", "何雪卿", line=11)
p.ent("ORG", "澳門婦女聯合總會", line=11)
p.ent("PERSON", "林婉妹", line=11)
p.ent("ORG", "澳門街坊會聯合總會", line=11)
p.ent("PERSON", "周宜心", line=11)
p.ent("ORG", "澳門北區工商聯會", line=11)
p.ent("PERSON", "黃建中", line=11)
p.ent("ORG", "澳門工會聯合總會", line=11, nth=1)    # second mention (first free one)
p.ent("PERSON", "趙蘭瑛", line=11)
p.ent("ORG", "菜農合群社", line=11)
p.ent("PERSON", "黃朝裕", line=11)
p.ent("ORG", "市販互助會", line=11)
p.ent("PERSON", "柯清煌", line=11)

# ---- line 13: streets, a rest area and a hawker building are places: no span
p.ent("PERSON", "岑浩輝", line=13)

# ---- line 15
p.ent("PERSON", "岑浩輝", line=15)
#   全澳: a level word on a one-character short form, no span
p.ent("ADMIN", "澳門", line=15)                     # 分佈在澳門不同社區

# ---- lines 17-18
p.ent("PERSON", "岑浩輝", line=17)
p.ent("PERSON", "岑浩輝", line=18)
p.ent("ADMIN", "澳門", line=18)                     # 澳門社區氣氛和諧

# ---- line 22: related link
p.ent("ORG", "澳門自閉症協會", line=22)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "COLUMN")          # 有線圖文新聞 / 本地資訊: the site's section
p.block(5, 5, "PAGE")            # 發佈於 + date and time only
p.block(7, 7, "COLUMN")
p.block(9, 9, "HEADLINE", article=1)   # the title printed again
p.block(11, 18, "BODY", article=1)     # split at the space-only lines 12, 14, 16
p.block(20, 20, "PAGE")          # 更多相關
p.block(22, 22, "PAGE")          # related link title

p.save()
