"""page-4106: 民权网 (cnmq.com.cn, 民权县 county news site, 民权要闻), 2026-02-27, one article:
the opening of the 5th session of the 11th 民权县 CPPCC committee. Text as returned by the `pages`
store, from its title; its last paragraph (周明河指出,2026年是“十五五”开局之年,也是推动高质量)
is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4106", "corpus/raw/pages/4106_minquan_zhengxie_kaimu.txt",
         publisher="民权网", date="2026-02-27", script="simplified", origin="pages")

CPPCC = "中国人民政治协商会议第十一届民权县委员会"   # formal name with its term: one ORG (decisions 6th batch / 34NN)

# ---- line 1: headline
p.ent("ORG", CPPCC, line=1)                       # 第五次会议 (the session) outside

# ---- line 2: web meta line with two labelled credits (decision 12)
p.byline("BYLINE", "文章来源:民权网", line=2)
p.ent("ORG", "民权网", line=2)
p.byline("BYLINE", "文章作者:吴杰", line=2)
p.ent("PERSON", "吴杰", line=2)
p.ent("PERSON", "薛皓", line=2)                    # 责任编辑: editor, PERSON but no byline span

# ---- line 5
p.ent("ORG", CPPCC, line=5)
#   人民艺术中心: venue, no span
p.ent("ORG", "县委", line=5, nth=1)               # 县委书记
p.ent("PERSON", "王静娴", line=5)
p.ent("ORG", "县政协", line=5)                     # 县政协主席
p.ent("PERSON", "周明河", line=5)
for n in ["张启付", "韩兵", "牛凯", "马付涛"]:
    p.ent("PERSON", n, line=5)
p.ent("ORG", "县委", line=5, after="马付涛")        # 县委副书记
p.ent("ORG", "政法委", line=5)                     # 政法委书记 (corpus practice)
p.ent("PERSON", "陈鸿志", line=5)
p.ent("ORG", "县人大常委会", line=5)
p.ent("PERSON", "张爱军", line=5)
p.ent("ORG", "县委", line=5, after="张爱军")        # 县委常委
p.ent("ORG", "统战部", line=5)                     # 统战部部长
p.ent("PERSON", "马猛", line=5)
p.ent("PERSON", "牛凯", line=5, after="就座。")     # 牛凯主持开幕式

# ---- line 8
p.ent("ORG", CPPCC, line=8)

# ---- line 9: the work report
p.ent("PERSON", "周明河", line=9)
p.ent("ORG", "政协第十一届民权县委员会常务委员会", line=9)   # a committee after its organisation: one ORG (as 1201, 1714)
p.slogan("PLAN", "十四五", line=9, nth=1)
p.slogan("PLAN", "十五五", line=9, nth=1)
p.ent("ORG", "县政协", line=9)                     # 县政协及其常委会: 其常委会 deictic, no span (as 3909)
p.ent("ORG", "县委", line=9)
p.ent("PERSON", "习近平", line=9, nth=1)            # 习近平新时代中国特色社会主义思想
#   党的二十大, 二十届历次全会: no span, no formula
p.ent("PERSON", "习近平", line=9, nth=1)            # 习近平总书记 (second mention, first free)
p.ent("ORG", "人民政协", line=9)                    # 人民政协工作 (as 3909)
p.slogan("PARALLEL", "六城一中心", line=9)          # two numeral-led parts; items not spelled out
p.slogan("PARALLEL", "1234", line=9)                # quoted code of digits (“1310”, “153”); items not given
p.slogan("PLAN", "十四五", line=9)
p.slogan("PLAN", "十五五", line=9)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(3, 3, "PAGE")                               # 时间: timestamp only
p.block(5, 9, "BODY", article=1)

p.save()
