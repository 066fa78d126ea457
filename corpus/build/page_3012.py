"""page-3012: 昆明日报 (via 昆明信息港, m.kunming.cn), 2019-08-12, one article on 盘龙区's
"五级治理" in 金星社区. The `pages` store keeps the page from its byline (no title stored) and
cuts it off mid-sentence ("每天有百名老人到"): that last fragment is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3012", "corpus/raw/pages/3012_kunming_panlong_wuji_zhili.txt",
         publisher="昆明日报", date="2019-08-12", script="simplified", origin="pages")

# ---- line 1: source tag + byline, first paragraph
p.byline("BYLINE", "昆明信息港讯(昆明日报 记者胡耀元)")
p.ent("ORG", "昆明信息港", line=1)                  # the source tag's site (a medium: ORG)
p.ent("ORG", "昆明日报", line=1)
p.ent("PERSON", "胡耀元", line=1)
p.ent("ADMIN", "盘龙区", line=1, nth=1)
p.ent("ADMIN", "联盟街道", line=1)
p.ent("ADMIN", "金星社区", line=1, nth=1)           # 金星社区12号庭院: the courtyard is below village level
p.ent("PERSON", "刘礼贤", line=1)                   # 居民楼栋长刘礼贤
p.ent("ADMIN", "金星社区", line=1)                  # 金星社区民意记录本 (a unit inside an object's name)
p.ent("ADMIN", "盘龙区", line=1)                    # 盘龙区“五级治理”工作手册
p.ent("ADMIN", "金星社区", line=1)                  # 金星社区103名楼栋小组长
#   刘礼贤 is named once more on line 1 ("刘礼贤和金星社区…")
p.ent("PERSON", "刘礼贤", line=1)
# "五级治理": a quoted, named model whose five levels line 6 spells out (区—街道—社区—居民小组(庭院)—楼栋);
# GROUP like “三级中心,四级网络” (page-1514); expansion on the first mention (line 1)
p.slogan("GROUP", "五级治理", line=1,
         expansion=["区", "街道", "社区", "居民小组(庭院)", "楼栋"], exp_after="首创“")

# ---- line 2
p.ent("ADMIN", "金星社区", line=2)
p.ent("ADMIN", "盘龙区", line=2)

# ---- lines 3-4: crosshead deck
p.ent("ADMIN", "金星社区", line=3)
p.slogan("GROUP", "五级治理", line=4)

# ---- line 5
#   赵先生: surname + address word, no PERSON
p.ent("PERSON", "刘礼贤", line=5)

# ---- line 6
p.ent("ADMIN", "金星社区", line=6)
p.ent("ADMIN", "盘龙区", line=6)
p.ent("ADMIN", "云南省", line=6)
#   区—街道—社区—居民小组(庭院)—楼栋: level words, no spans
p.slogan("GROUP", "五级治理", line=6)               # 社区五级治理模式 (unquoted mention)

# ---- line 7
p.ent("ADMIN", "金星社区", line=7)
#   17名庭院党支部书记: a count of branches, no ORG; 宣传员、信息员…: no numeral, no formula

# ---- line 8
p.slogan("GROUP", "五级治理", line=8)
p.ent("ADMIN", "金星社区", line=8)

# ---- blocks
p.block(1, 2, "BODY", article=1)
p.block(3, 4, "CROSSHEAD", article=1)   # 金星社区 / “五级治理”带来可喜变化: one heading over two lines
p.block(5, 8, "BODY", article=1)

p.save()
