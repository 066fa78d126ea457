"""page-1906: 郧西县融媒体中心 (yunxi.cjyun.org, the 长江云 site of 郧西县, 十堰市, 湖北), one
article: 市委常委、常务副市长张澍来郧西调研 (9月3日; the year is not printed). Text as returned
by the `pages` store, from its title; the stored text ends with a whole paragraph."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1906", "corpus/raw/pages/1906_yunxi_zhangshu_diaoyan.txt",
         publisher="郧西县融媒体中心", date=None, script="simplified", origin="pages")

# ---- line 1: the web page's title
p.ent("ORG", "市委", line=1)                          # 市委常委 -> ORG 市委 + title
p.ent("PERSON", "张澍", line=1)
p.ent("ADMIN", "郧西", line=1)

# ---- lines 3-7: the printed title deck
p.ent("PERSON", "张澍", line=3)
p.ent("ADMIN", "郧西", line=3)
p.ent("ADMIN", "郧西", line=7)                        # “郧西答卷”: unit inside a figure of speech

# ---- line 9: byline + first paragraph
p.byline("BYLINE", "全媒体记者 吴安轩 丁豪 报道", line=9)
p.ent("PERSON", "吴安轩", line=9)
p.ent("PERSON", "丁豪", line=9)
p.ent("ORG", "市委", line=9, nth=1)                   # 市委常委
p.ent("PERSON", "张澍", line=9)
p.ent("ADMIN", "郧西", line=9)
p.ent("ORG", "市委", line=9)                          # 市委副秘书长 -> ORG 市委 + title
p.ent("PERSON", "夏涛", line=9)
p.ent("ORG", "市农业农村局", line=9)                  # 市农业农村局党组书记: title 党组书记 outside
p.ent("PERSON", "彭艳", line=9)
for name in ["查宏", "王兵", "雷震", "谭道军", "胡世华"]:   # 县领导 …: a list of names
    p.ent("PERSON", name, line=9)

# ---- line 11
p.ent("PERSON", "张澍", line=11)
p.ent("ADMIN", "郧西县", line=11)
p.ent("ADMIN", "河夹镇", line=11)
#   数智渔场, 汉江经济带水生态修复工程, 智慧绿谷食用菌生产基地: sites and projects, no span

# ---- line 13
p.ent("PERSON", "张澍", line=13)
p.ent("PERSON", "习近平", line=13)
p.slogan("GROUP", "三农", line=13)                    # “三农”工作 (items not spelled out here)
p.ent("ORG", "省委", line=13)
p.ent("ORG", "市委", line=13)
#   县城, 县域: level words; 西十高铁: one-character abbreviations, no span
p.ent("ADMIN", "郧西", line=13)                       # 强县工程“郧西答卷”

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)   # the web page's own title
p.block(3, 3, "KICKER", article=1)     # factual line leading into the parallel title
p.block(5, 7, "HEADLINE", article=1)   # 深入实施强县工程 / 奋力写好“郧西答卷” (blank line splits it)
p.block(9, 13, "BODY", article=1)

p.save()
