"""page-5911: 腾冲报社 (tcxw.com.cn, news site of 腾冲市, 保山市, 云南), 2017-05-18, one article:
省政协副主席黄毅到腾冲调研. Text as returned by the `pages` store, from the site's navigation;
the stored opening ends mid-sentence (“…还有其他什么困难?”座谈会上,), so that last paragraph
was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5911", "corpus/raw/pages/5911_tengchong_huangyi_diaoyan.txt",
         publisher="腾冲报社", date="2017-05-18", script="simplified", origin="pages")

# ---- line 1: site navigation (PAGE)
p.ent("ADMIN", "腾冲", line=1)                       # 腾冲旅游: a channel named after the city (decision 2)

# ---- line 5: the channel's sub-section bar (PAGE)
p.slogan("PARALLEL", "两学一做", line=5)               # 两学一做教育: no items on the page
p.ent("ADMIN", "腾冲", line=5)                       # 寻找最美腾冲人: a campaign named after the city

# ---- line 7: headline
p.ent("ORG", "省政协", line=7)
p.ent("PERSON", "黄毅", line=7)
p.ent("ADMIN", "腾冲", line=7)

# ---- line 9: web meta line with two labelled credits (BYLINE block)
p.byline("BYLINE", "来源:腾冲报社")
p.byline("BYLINE", "作者:刘正凡")
p.ent("ORG", "腾冲报社", line=9)
p.ent("PERSON", "刘正凡", line=9)

# ---- lines 10 (摘要, SUBHEAD) and 12 (first body paragraph): the same sentence twice
for ln in (10, 12):
    p.ent("ORG", "省政协办公厅", line=ln)
    p.ent("ORG", "省政协", line=ln)                   # 省政协副主席
    p.ent("PERSON", "黄毅", line=ln)
    p.ent("ORG", "研究室", line=ln)                   # 省政协办公厅、研究室: the CPPCC's own office (decision 13)
    p.ent("ORG", "省商务厅", line=ln)
    p.ent("ORG", "省社科院", line=ln)
    p.ent("ADMIN", "腾冲市", line=ln, nth=1)
    p.ent("ADMIN", "猴桥社区", line=ln)               # 国门新村: a resettlement village inside it, below village level
    p.ent("ADMIN", "腾冲市", line=ln)                 # 腾冲市棚改项目; 玛御谷温泉小镇 is a place
# rest of the 摘要 (cut by the site itself at 保山市委)
p.ent("ORG", "省政协", line=10)                       # 省政协秘书长
p.ent("PERSON", "刘建华", line=10)
p.ent("ORG", "保山市政协", line=10)
p.ent("PERSON", "董礼书", line=10)
p.ent("ORG", "保山市委", line=10)

# ---- line 13: the people who accompanied the visit
p.ent("ORG", "保山市政协", line=13)
p.ent("ORG", "省政协", line=13)
p.ent("PERSON", "刘建华", line=13)
p.ent("PERSON", "董礼书", line=13)
p.ent("ORG", "保山市委", line=13)                     # 保山市委常委 -> ORG 市委
p.ent("ORG", "腾冲市委", line=13, nth=1)              # 腾冲市委书记
p.ent("PERSON", "杨正晓", line=13)
p.ent("ORG", "腾冲市委", line=13)                     # 腾冲市委副书记
#   驻村扶贫工作队总队长: the generic kind of team, no named body (no span)
p.ent("PERSON", "郭永彬", line=13)
p.ent("ORG", "市政协", line=13)
p.ent("PERSON", "张志芳", line=13)
p.ent("PERSON", "张立新", line=13)

# ---- line 14
p.ent("ADMIN", "腾冲", line=14, every=True)          # 在腾冲期间; 腾冲的特殊优势

# ---- line 15
p.ent("ADMIN", "猴桥社区", line=15)

# ---- line 16
p.ent("ADMIN", "腾冲", line=16)
p.ent("ADMIN", "猴桥", line=16)                       # 再来猴桥: the community named by its bare name
p.ent("PERSON", "黄毅", line=16, every=True)
p.ent("ORG", "窝哚姿农家乐", line=16)                 # a family business (enterprise), like a named family farm

# ---- blocks
p.block(1, 1, "PAGE")            # site navigation
p.block(3, 3, "COLUMN")          # 时政新闻: the site's section named alone
p.block(5, 5, "PAGE")            # 旗下栏目: … (the section's sub-navigation)
p.block(7, 7, "HEADLINE", article=1)
p.block(9, 9, "BYLINE", article=1)
p.block(10, 10, "SUBHEAD", article=1)   # 摘要: (web summary under the title)
p.block(12, 16, "BODY", article=1)      # line 11 is whitespace only

p.save()
