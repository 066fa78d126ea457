"""page-4808: 彰武县人民政府 (zhangwu.gov.cn, county portal news), 2026-03-11, one article:
十九届县政府召开第63次党组会议 (来源 彰武宣传). Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4808", "corpus/raw/pages/4808_zhangwu_xianzhengfu_dangzu.txt",
         publisher="彰武县人民政府", date="2026-03-11", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "县政府", line=1)              # 十九届县政府: a term written before the organ stays outside
#   第63次党组会议: the meeting; bare 党组 gets no span

# ---- line 3: meta line (日期 … 来源 … 责任编辑 …)
p.byline("BYLINE", "来源:彰武宣传", line=3)  # the labelled source credit (decision 12)
p.ent("ORG", "彰武宣传", line=3)             # the county propaganda account credited as source
p.ent("PERSON", "赵环环", line=3)            # editor: PERSON, no byline span

# ---- line 5
p.ent("ORG", "县政府", line=5)
p.ent("PERSON", "赵永硕", line=5)            # 县长赵永硕
p.ent("ORG", "县委", line=5)                 # 县委常委 -> ORG 县委
p.ent("PERSON", "郭巍", line=5)
p.ent("ORG", "县委", line=5)
p.ent("PERSON", "张晓轩", line=5)
p.ent("ORG", "县公安局", line=5)
p.ent("PERSON", "陈瞳", line=5)
for name in ["宁宇光", "赵东明", "杜旭"]:
    p.ent("PERSON", name, line=5)
p.ent("ORG", "彰武经济开发区管委会", line=5)   # a zone's committee by the zone's name
p.ent("PERSON", "许铁军", line=5)
for org in ["县财政局", "县林草局", "县教育局"]:
    p.ent("ORG", org, line=5)

# ---- line 7
p.ent("PERSON", "赵永硕", line=7)
p.ent("ADMIN", "彰武", line=7)               # 彰武特色生态产业品牌: unit inside a brand (decision 2)

# ---- line 9
p.ent("ORG", "彰武县校车管理工作专班", line=9)  # a task force named where it is set up (成立…)
p.ent("PERSON", "赵永硕", line=9)

# ---- line 11
p.ent("ORG", "建投集团", line=11)            # the county's 建投集团 (a named state-owned firm)
p.ent("PERSON", "赵永硕", line=11)
#   我县: no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)           # meta line holding a labelled source credit
p.block(5, 11, "BODY", article=1)
p.block(13, 15, "PAGE")                      # 打印 / 分享 / 返回列表

p.save()
