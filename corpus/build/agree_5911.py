"""agree-page-5911: 腾冲报社 web site (时政新闻), 2017-05-18, one article:
省政协副主席黄毅到腾冲调研, second annotator."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-5911", "corpus/raw/pages/5911_tengchong_huangyi_diaoyan.txt",
         publisher="腾冲报社", date="2017-05-18", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: site navigation (PAGE); units keep their spans
p.ent("ADMIN", "腾冲", line=1)                      # 腾冲旅游 (a section's name, decision 2)

# ---- line 5: 旗下栏目 navigation (PAGE)
p.slogan("PARALLEL", "两学一做", line=5)            # 两学一做教育 (section name; kind noun outside)
p.ent("ADMIN", "腾冲", line=5)                      # 寻找最美腾冲人

# ---- line 7: headline
p.ent("ORG", "省政协", line=7)
p.ent("PERSON", "黄毅", line=7)
p.ent("ADMIN", "腾冲", line=7)

# ---- line 9: web meta line (decision 12): one BYLINE per labelled credit, 人气/发布时间 outside
p.byline("BYLINE", "来源:腾冲报社", line=9)
p.ent("ORG", "腾冲报社", line=9)
p.byline("BYLINE", "作者:刘正凡", line=9)
p.ent("PERSON", "刘正凡", line=9)

# ---- line 10 (摘要: SUBHEAD) and line 12 (first body paragraph): the same sentence
for ln in (10, 12):
    p.ent("ORG", "省政协", line=ln, nth=1)            # 省政协副主席
    p.ent("PERSON", "黄毅", line=ln)
    p.ent("ORG", "省政协办公厅", line=ln)
    p.ent("ORG", "研究室", line=ln)                   # 省政协办公厅、研究室: the CPPCC's research office (decision 13)
    p.ent("ORG", "省商务厅", line=ln)
    p.ent("ORG", "省社科院", line=ln)
    p.ent("ADMIN", "腾冲市", line=ln, nth=1)
    p.ent("ADMIN", "猴桥社区", line=ln)
    # 国门新村: a resettlement settlement inside 猴桥社区, below village level: no span
    p.ent("ADMIN", "腾冲市", line=ln, nth=1)          # 腾冲市棚改项目
    # 玛御谷温泉小镇: a 小镇 is a place (decision 3), no span

# ---- line 10 continued (the summary breaks off at 保山市委)
p.ent("ORG", "省政协", line=10, after="建设情况。")    # 省政协秘书长
p.ent("PERSON", "刘建华", line=10)
p.ent("ORG", "保山市政协", line=10)
p.ent("PERSON", "董礼书", line=10)
p.ent("ORG", "保山市委", line=10)

# ---- line 13
p.ent("ORG", "省政协", line=13)
p.ent("PERSON", "刘建华", line=13)
p.ent("ORG", "保山市政协", line=13)
p.ent("PERSON", "董礼书", line=13)
p.ent("ORG", "保山市委", line=13)                   # 保山市委常委 -> 保山市委 (shortened title)
p.ent("ORG", "腾冲市委", line=13, nth=1)             # 腾冲市委书记
p.ent("PERSON", "杨正晓", line=13)
p.ent("ORG", "腾冲市委", line=13, nth=1)             # 腾冲市委副书记
# 驻村扶贫工作队总队长: the kind of team, named by no place: no span
p.ent("PERSON", "郭永彬", line=13)
p.ent("ORG", "市政协", line=13, after="郭永彬")      # 腾冲's 市政协
p.ent("PERSON", "张志芳", line=13)
p.ent("PERSON", "张立新", line=13)

# ---- line 14
p.ent("ADMIN", "腾冲", line=14, nth=1)               # 在腾冲期间
# 调研组: deictic (the delegation), no span; 零距离: 零 counts nothing
p.ent("ADMIN", "腾冲", line=14, nth=1)               # 腾冲的特殊优势

# ---- line 15
p.ent("ADMIN", "猴桥社区", line=15)

# ---- line 16
p.ent("ADMIN", "腾冲", line=16)
p.ent("ADMIN", "猴桥", line=16)                      # 再来猴桥: bare name of the unit
p.ent("PERSON", "黄毅", line=16, nth=1)
p.ent("PERSON", "黄毅", line=16, nth=1)
# 国门新村民族文化广场: a place; 窝哚姿农家乐: a venue where they talk, no ORG

# ---- blocks
p.block(1, 1, "PAGE")                 # site navigation
p.block(3, 3, "COLUMN")               # 时政新闻: the site's section named alone
p.block(5, 5, "PAGE")                 # 旗下栏目: … navigation
p.block(7, 7, "HEADLINE", article=1)
p.block(9, 9, "BYLINE", article=1)    # 来源:… 作者:… meta line (decision 12)
p.block(10, 10, "SUBHEAD", article=1) # 摘要: web summary
p.block(12, 16, "BODY", article=1)

p.save()
