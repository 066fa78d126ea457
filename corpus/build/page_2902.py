"""page-2902: 白城日报 (e-paper bcrbszb.bcxww.com, 第01版:头版新闻), 2017-07-29, one article:
激情创业地 草原生态城 ——2017中国北方报业年会暨百家媒体走进生态白城高峰论坛发言摘登.
Text as returned by the `pages` store, from its title (the title bar of the e-paper page); the
last stored paragraph (作为2017中国北方报业年会…又有南方的婉) is cut off mid-sentence and left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2902", "corpus/raw/pages/2902_baicheng_baoye_luntan.txt",
         publisher="白城日报", date="2017-07-29", script="simplified", origin="pages")

# ---- lines 1-8: title bar, e-paper furniture, title again (no entities)

# ---- line 9: subhead (an event's name)
p.ent("ADMIN", "中国", line=9)                        # 2017中国北方报业年会: a unit inside an event name (decision 2)
p.ent("ADMIN", "白城", line=9)                        # 生态白城 (like 春满泽州 -> 泽州)

# ---- lines 10-39: the speakers, each "paper + title + name" under the title deck (decision 8: BYLINE)
SPEAKERS = [  # (line, [ORG...], PERSON)
    (10, ["黑龙江牡丹江日报"], "于航"),
    (11, ["内蒙古通辽日报"], "郝文秀"),
    (12, ["辽宁本溪日报", "本溪晚报"], "王家本"),
    (13, ["辽宁辽阳日报社"], "陈立新"),
    (14, ["河南商丘日报报业集团"], "孙克东"),
    (15, ["河南漯河日报"], "李国华"),
    (16, ["山东滨州日报"], "黄佩杰"),
    (17, ["江城晚报"], "宋铁夫"),
    (18, ["延边晨报"], "韩宝臣"),
    (19, ["甘肃金昌日报"], "赵建铭"),
    (20, ["山西黄河晨报"], "解世忠"),
    (21, ["新疆博尔塔拉报社纪委"], "王生江"),          # the paper's 纪委: a sub-unit joins its parent
    (22, ["山东德州日报", "记者部"], "杨德林"),        # 编委 = title; 记者部(主任): the paper's department (decision 13)
    (23, ["黑龙江大庆晚报总编室"], "陈顿"),            # 总编室 joins the paper (sub-unit)
    (24, ["辽宁大连新闻广告中心"], "吴德利"),
    (25, ["《东北之窗》杂志社编辑部"], "王澄波"),      # 《》 wraps part of the name: kept inside
    (26, ["辽源日报"], "辛延凯"),
    (27, ["黑龙江双鸭山日报"], "董升举"),
    (28, ["长春日报社"], "王大宏"),
    (29, ["内蒙古呼和浩特日报社"], "乔海刚"),
    (30, ["宁夏银川新闻传媒集团"], "李治斌"),
    (31, ["河北唐山劳动日报"], "殷建国"),
    (32, ["山东淄博报业传媒集团"], "徐建新"),
    (33, ["中国北方报业大联盟"], "吴凡"),
    (34, ["山西阳泉日报社"], "李文生"),
    (35, ["河南信阳日报"], "张家彬"),
    (36, ["安徽阜阳日报"], "王冰"),
    (37, ["安徽蚌埠日报"], "孙恭智"),
    (38, ["内蒙古兴安日报社"], "张晓鹏"),
    (39, ["四平日报社"], "张赤"),
]
for ln, orgs, person in SPEAKERS:
    for o in orgs:
        p.ent("ORG", o, line=ln)                      # a paper with its province prefix is one ORG (§2)
    p.ent("PERSON", person, line=ln)
    st, en = p.line_bounds[ln - 1]
    p.byline("BYLINE", p.text[st:en].strip(), line=ln)   # the whole line: one speaker's credit

# ---- line 41: the first speech's title (no entities; 鹤乡 is an epithet of 白城, no span)

# ---- line 43: boxed byline of the first speech
p.byline("BYLINE", "□黑龙江牡丹江日报副总编 于航", line=43)
p.ent("ORG", "黑龙江牡丹江日报", line=43)
p.ent("PERSON", "于航", line=43)

# ---- line 45: body
p.ent("ADMIN", "白城", line=45)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)      # the e-paper's title bar (a web title printed twice: HEADLINE both times)
p.block(3, 3, "PAGE")                     # 版面导航
p.block(5, 6, "PAGE")                     # 站内检索 / 2017年7月29日 放大 缩小 默认
p.block(8, 8, "HEADLINE", article=1)
p.block(9, 9, "SUBHEAD", article=1)
p.block(10, 39, "BYLINE", article=1)
p.block(41, 41, "CROSSHEAD", article=1)   # the first contribution's title inside the one digest article
p.block(43, 43, "BYLINE", article=1)
p.block(45, 45, "BODY", article=1)

p.save()
