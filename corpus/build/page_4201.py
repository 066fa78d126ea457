"""page-4201: 中国报道 (中国报道杂志社; copy at gaxf.apcreports.org.cn), no date printed, one article:
敦化市政府办公室 holds a 主题党日 at 翰章乡小石河村 (text 敦化市政府办公室供稿). Text as returned by the
`pages` store; the stored text has no title line."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4201", "corpus/raw/pages/4201_dunhua_hanzhang_xiaoshihe.txt",
         publisher="中国报道杂志社", date=None, script="simplified", origin="pages")

# ---- line 1
p.ent("ORG", "吉林省敦化市政府办公室", line=1)      # an ORG keeps its admin prefix (HELPER_BRIEF)
p.ent("ADMIN", "翰章乡", line=1)
p.ent("ADMIN", "小石河村", line=1)
#   “巩固脱贫攻坚成果、改善人居环境,建美丽乡村”: a theme with no numeral, no slogan

# ---- line 2
p.ent("ADMIN", "小石河村", line=2, nth=1)
p.ent("ORG", "市政府办公室", line=2, nth=1)
p.ent("PERSON", "冯尚东", line=2)                  # 冯尚东主任: title outside
p.ent("ORG", "市政府办公室", line=2, nth=1)         # second 市政府办公室 (first now taken)
p.ent("PERSON", "白静宇", line=2)
p.ent("ADMIN", "小石河村", line=2, nth=1)           # second 小石河村
p.ent("ORG", "市政府办", line=2)                    # 市政府办领导干部: short form of the office
p.ent("ORG", "市妇联", line=2)
p.ent("PERSON", "高玲", line=2)
p.ent("ORG", "乡党委", line=2)                      # level word + organ, like 县委
p.ent("PERSON", "周继东", line=2)
p.ent("ADMIN", "小石河村", line=2, nth=1)           # third 小石河村

# ---- line 3
p.ent("ORG", "市政府办公室", line=3)
p.ent("ADMIN", "小石河村", line=3)
p.byline("CREDIT", "(敦化市政府办公室供稿)", line=3)   # the unit that supplied the text (25NN rule)
p.ent("ORG", "敦化市政府办公室", line=3)

# ---- lines 4-6: editor and host lines (PAGE), their people and bodies keep spans
p.ent("PERSON", "马尧", line=4)
p.ent("ORG", "中国报道杂志社", line=5)
p.ent("ORG", "北京岳成律师事务所", line=5)

# ---- blocks
p.block(1, 3, "BODY", article=1)
p.block(4, 6, "PAGE")

p.save()
