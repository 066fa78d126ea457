import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

# 安顺日报 (安顺新闻网 asxw.net, 贵州省安顺市), city newspaper's news page of 2016-06-24
# (date from the URL only; not printed on the stored text): 普定县's 基层党建 "12345".
# The stored opening starts at the byline (no title); its last paragraph (鸡场坡镇那兑村…)
# is cut off mid-sentence and was dropped.
p = Page("page-1206", "corpus/raw/pages/1206_anshun_puding_dangjian.txt",
         publisher="安顺日报", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ======================================================================= spans
p.ent("PERSON", "古宇", line=1)                     # □记者 古宇
p.ent("ADMIN", "普定县", line=2)
p.ent("ADMIN", "普定县", line=3)
p.ent("ADMIN", "中国", line=3)                      # title 中国民间文化艺术之乡 (dec. 2)
p.ent("ADMIN", "鸡场坡镇", line=5, nth=1)           # 发端于鸡场坡镇…
p.ent("ADMIN", "鸡场坡镇", line=5)                  # 鸡场坡镇针对…
p.ent("PERSON", "杨勇", line=6)                     # caption

# ===================================================================== slogans
# 基层党建“12345”(一公里干部、双岗书记、三联行动、四述一评及以五民机制为核心的“五五系列”工作):
# a quoted code of digits (PARALLEL, like “1310”, “153”), items in the brackets that follow.
p.slogan("PARALLEL", "12345", line=2,
         expansion=["一公里干部", "双岗书记", "三联行动", "四述一评",
                    "以五民机制为核心的“五五系列”工作"])
# the numbered items that are formulas in their own right (every mention is annotated);
# 一公里干部 names cadres within one kilometre of the people: a distance, not a count (no span)
p.slogan("GROUP", "双岗书记", line=2)               # 双 as numeral of a fixed formula (dec. 10)
p.slogan("GROUP", "三联行动", line=2)
p.slogan("PARALLEL", "四述一评", line=2)            # two numeral-led parts
p.slogan("GROUP", "五民机制", line=2)
p.slogan("GROUP", "五五系列", line=2)

# ===================================================================== bylines
p.byline("BYLINE", "□记者 古宇", line=1)

# ====================================================================== blocks
p.block(1, 1, "BYLINE", article=1)
p.block(2, 3, "BODY", article=1)
p.block(4, 4, "CROSSHEAD", article=1)               # one-byline web page: title deck inside = crosshead
p.block(5, 5, "BODY", article=1)
p.block(6, 6, "CAPTION", article=1)                 # photo caption (photo not stored)

p.save()
