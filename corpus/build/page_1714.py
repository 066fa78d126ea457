"""page-1714: 琼中黎族苗族自治县人民政府 (qiongzhong.hainan.gov.cn, 要闻动态 > 今日琼中; source
琼中融媒体中心), 2022-01-13, one article: the closing of the 1st session of the 11th 琼中 CPPCC
committee. Text as returned by the `pages` store, from its title; the last paragraph (cut off
mid-sentence: "…更是推进“一县") was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1714", "corpus/raw/pages/1714_qiongzhong_zhengxie_bimu.txt",
         publisher="琼中黎族苗族自治县人民政府", date="2022-01-13", script="simplified", origin="pages")

CPPCC = "中国人民政治协商会议第十一届琼中黎族苗族自治县委员会"

# ---- line 1: headline (聚焦两会| is a series banner on the title line; 两会: a count of meetings, no slogan)
p.ent("ORG", "政协第十一届琼中黎族苗族自治县委员会", line=1)   # organ inside the meeting's name, term inside the name

# ---- line 3: web meta line
p.byline("BYLINE", "来源:琼中融媒体中心", line=3)
p.ent("ORG", "琼中融媒体中心", line=3)
for name in ["尹婉妮", "王小霏", "邢伟峰"]:                   # editors: PERSON, no byline span
    p.ent("PERSON", name, line=3)

# ---- line 7
p.ent("ORG", CPPCC, line=7)
p.ent("ADMIN", "琼中", line=7, after="在")                   # 琼中大礼堂: a venue, unit inside it

# ---- line 11
for name in ["吴钟良", "王翔", "黄俊东", "王芳敏", "罗小莉"]:
    p.ent("PERSON", name, line=11)

# ---- line 13
for name in ["徐斌", "蒋莉萍", "陈朝芳", "李世荣", "刘星福", "吴攀龙"]:
    p.ent("PERSON", name, line=13)

# ---- line 14: three document titles
p.ent("ORG", CPPCC, line=14, nth=1)
p.ent("ORG", "政协琼中县第十届委员会常务委员会", line=14)       # standing committee written after its organ: one ORG
p.ent("ORG", CPPCC + "第一次会议提案审查委员会", line=14)       # the session's proposals committee, name as written
p.ent("ORG", "县政协", line=14)                                  # 县政协第十一届一次会议
p.ent("ORG", CPPCC, line=14)

# ---- line 15
p.ent("ORG", CPPCC, line=15)

# ---- line 17
p.ent("PERSON", "徐斌", line=17)
#   我县: no span; 人民政协 (the institution in general): no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)   # 来源/发布日期/责任编辑 meta line with the font/share widget
p.block(4, 5, "PAGE")                # share widget: 微信 / X
p.block(7, 17, "BODY", article=1)

p.save()
