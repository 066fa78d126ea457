"""page-1914: 图们江报 (珲春, tmjnews.cn e-paper), date not printed, one article:
吉林省政协副主席赵晓君莅珲调研. Text as returned by the `pages` store, from its title;
its last paragraph (a list of attending officials) was cut off mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1914", "corpus/raw/pages/1914_hunchun_zhengxie_diaoyan.txt",
         publisher="图们江报", date=None, script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "吉林省政协", line=1)                  # 吉林省政协副主席 -> the organ, title outside
p.ent("PERSON", "赵晓君", line=1)
#   莅珲: 珲 is a one-character abbreviation, never ADMIN

# ---- line 3: byline + first paragraph
p.byline("BYLINE", "本报讯(记者 盖晓宇)", line=3)
p.ent("PERSON", "盖晓宇", line=3)
p.ent("ORG", "吉林省政协", line=3)
p.ent("PERSON", "赵晓君", line=3)
p.ent("ADMIN", "珲春市", line=3)

# ---- line 4
p.ent("PERSON", "赵晓君", line=4)
p.ent("ORG", "珲春市密江乡卫生所", line=4)            # a named health clinic (like a hospital): one ORG
p.ent("ADMIN", "下洼子村", line=4, nth=1)             # 下洼子村冷水鱼项目基地: a site, unit inside
p.ent("ADMIN", "下洼子村", line=4)                    # 下洼子村村民活动室: a venue, unit inside
#   乡镇卫生所: generic

# ---- line 5
p.ent("ORG", "珲春市委", line=5)                      # 珲春市委常委
p.ent("ORG", "市政府", line=5)                        # 市政府副市长
p.ent("PERSON", "刘林波", line=5)
p.ent("ADMIN", "珲春市", line=5)
#   农村一二三产业: the three sectors, no formula
p.ent("ADMIN", "密江乡", line=5)
p.ent("ADMIN", "下洼子村", line=5)

# ---- line 6
p.ent("PERSON", "赵晓君", line=6)
p.ent("ADMIN", "珲春市", line=6, nth=1)              # 珲春市乡村振兴工作
p.ent("ADMIN", "珲春市", line=6, after="他指出")       # 珲春市区位优势 (珲春市 + 区位)
p.ent("ORG", "珲春市委", line=6)
p.ent("ORG", "市政府", line=6)
p.ent("ADMIN", "珲春", line=6, after="新时代")
p.slogan("GROUP", "三农", line=6)                      # “三农”工作: items not spelled out
p.ent("ADMIN", "珲春", line=6, after="结合")
#   国家、省州: level words; 发挥政协作用, 政协协商: the institution in general, no ORG

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 6, "BODY", article=1)

p.save()
