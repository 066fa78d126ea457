"""page-5002: 分宜县融媒体中心 (fyrmtzx.cn; publisher inferred from the domain), no date printed,
one article: 【“六个江西”新余民生画卷】水西河坪村:从省级贫困村到诗意田园的华丽“蜕变”.
Text as returned by the `pages` store, from its title; the last paragraph (cut off
mid-sentence in the store) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5002", "corpus/raw/pages/5002_xinyu_heping_diyishuji.txt",
         publisher="分宜县融媒体中心", date=None, script="simplified", origin="pages")

# ---- line 1: series banner + headline
p.slogan("COUNT", "六个江西", line=1)     # provincial formula; items not spelled out here
p.ent("ADMIN", "江西", line=1)            # unit inside a campaign name (decision 2)
p.ent("ADMIN", "新余", line=1)            # unit inside the series name
p.ent("ADMIN", "水西", line=1)            # 水西河坪村: short form of 水西镇 + the village
p.ent("ADMIN", "河坪村", line=1)

# ---- line 3
p.ent("ADMIN", "高新区", line=3, every=True)   # 新余's 高新区, a zone word naming one zone (decision 3)
p.slogan("PLAN", "十三五", line=3)
p.ent("ADMIN", "水西镇", line=3)
p.ent("ADMIN", "河坪村", line=3, every=True)   # incl. 提起“河坪村”三个字 (the village by its name)

# ---- line 5
p.ent("ADMIN", "河坪村", line=5)
#   袁河: a river; 脏乱差, 绿富美: no numeral

# ---- line 7
p.slogan("PLAN", "十三五", line=7)
p.ent("ADMIN", "河坪村", line=7)

# ---- line 13
p.ent("ADMIN", "河坪村", line=13)          # 彭奶奶: surname + kinship word, no PERSON

# ---- line 15
p.ent("ADMIN", "河坪村", line=15, every=True)
p.ent("ADMIN", "水西镇", line=15)
#   河南中心地带: south of the 袁河, not the province; 袁河, 袁惠渠, 余新线, 环城路: no units
p.ent("ORG", "村支部", line=15)            # 村支部书记: the village's branch (decision 5), title outside
#   村支书: a contracted title (支书 is a title), no span; 上级政府: generic

# ---- line 19
p.ent("ORG", "市委宣传部机关党委", line=19)  # sub-unit written after its organisation: one ORG
p.ent("PERSON", "赖新军", line=19, every=True)
p.ent("ADMIN", "河坪村", line=19, every=True)
#   驻村工作队, 宣传部门: generic, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 7, "BODY", article=1)
p.block(9, 11, "CROSSHEAD", article=1)    # 环境之变: / 强班子办实事村容村貌大改观
p.block(13, 15, "BODY", article=1)
p.block(17, 17, "CAPTION", article=1)     # 农民健身广场: the caption of a picture in the article
p.block(19, 19, "BODY", article=1)

p.save()
