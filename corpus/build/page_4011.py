"""page-4011: chinahlj.cn (site name not printed; inferred from the domain), report on the
哈尔滨市纪委监委's grass-roots supervision (纪检监察). No date printed. Text as returned by the
`pages` store: it opens with a photo caption (no title stored); its last paragraph
(加强基层监督,不是纪检监察…) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4011", "corpus/raw/pages/4011_harbin_jiceng_jiandu.txt",
         publisher="chinahlj.cn", date=None, script="simplified", origin="pages")

# ---- line 1: photo caption with its credit
p.ent("ADMIN", "黑龙江省", line=1)
p.ent("ADMIN", "哈尔滨市", line=1)            # 哈尔滨市纪检监察机关: a class of organs, no ORG
p.slogan("GROUP", "三资", line=1)             # 农村集体“三资”管理: items not spelled out
p.ent("ADMIN", "道外区", line=1)              # 该市道外区: deictic 该市 outside
p.ent("ADMIN", "团结镇", line=1)
p.ent("ADMIN", "东风村", line=1)
p.byline("PHOTO", "谭佳钰 摄", line=1)
p.ent("PERSON", "谭佳钰", line=1)

# ---- line 2
p.ent("ADMIN", "黑龙江省", line=2)
p.ent("ADMIN", "哈尔滨市", line=2)

# ---- line 3: the village branch with its full chain is one ORG (§2, as 3602)
p.ent("ORG", "黑龙江省哈尔滨市道外区团结镇东风村党支部", line=3)

# ---- line 4
p.ent("ADMIN", "哈尔滨市", line=4)

# ---- line 5
p.ent("ORG", "哈尔滨市纪委监委", line=5)      # the merged commission, one body

# ---- line 6: crosshead
p.slogan("COUNT", "两个责任", line=6)

# ---- line 7
p.ent("ORG", "哈尔滨市纪委监委", line=7)

# ---- blocks
p.block(1, 1, "CAPTION", article=1)
p.block(2, 5, "BODY", article=1)
p.block(6, 6, "CROSSHEAD", article=1)
p.block(7, 7, "BODY", article=1)

p.save()
