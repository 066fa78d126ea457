"""page-4613: 贵德县人民政府 (guide.gov.cn, 贵德新闻 section; 青海省海南藏族自治州), 2022-01-20, one article:
中国人民政治协商会议第十届贵德县委员会第二次会议胜利闭幕 (source line: 贵德县政协办).
Text as returned by the `pages` store, from its title; the breadcrumb above the title and the last
paragraph (cut off mid-sentence: 关却在总结讲话中指出,…把学习贯彻州县委全会和“两会) are left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4613", "corpus/raw/pages/4613_guide_zhengxie_bimu.txt",
         publisher="贵德县人民政府", date="2022-01-20", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); raise SystemExit

# ---- line 1: headline
p.ent("ORG", "中国人民政治协商会议第十届贵德县委员会", line=1)   # formal CPPCC name with its term: one ORG; 第二次会议 outside

# ---- line 3: source line (unit with its timestamp)
p.byline("BYLINE", "贵德县政协办", line=3)
p.ent("ORG", "贵德县政协办", line=3)

# ---- line 5
p.ent("ORG", "中国人民政治协商会议第十届贵德县委员会", line=5)

# ---- line 8
p.ent("ORG", "政协第十届贵德县委员会", line=8)
for name in ["关却", "刘锦平", "李宏", "郭莽·沃赛尖措", "牛文华"]:
    p.ent("PERSON", name, line=8)

# ---- line 10
p.ent("ORG", "中共贵德县委", line=10)                        # a party's name joins its organ
p.ent("PERSON", "白永栋", line=10)
p.ent("ORG", "县委", line=10, after="白永栋")               # 县委副书记、县人民政府县长萨尔娜
p.ent("ORG", "县人民政府", line=10)
p.ent("PERSON", "萨尔娜", line=10)
p.ent("ORG", "县人大常委会", line=10)
p.ent("PERSON", "杜森", line=10)
p.ent("ORG", "县委", line=10, after="杜森")                 # 县委副书记银措吉
p.ent("PERSON", "银措吉", line=10)
for name in ["文昌太", "卓玛扬吉", "苏玉奎", "张国鹏", "马志明", "索南项秀", "乔凤莲",
             "马寅", "张春平", "更青才让", "项知多杰"]:
    p.ent("PERSON", name, line=10)
p.ent("ORG", "政协", line=10)                               # 原政协副主席: the county CPPCC, contracted title keeps the organ
p.ent("PERSON", "嘉羊尖措", line=10)

# ---- line 13
p.ent("ORG", "政协", line=13)                               # 政协章程: the CPPCC inside its charter's name
p.ent("ORG", "州政协", line=13)                             # 十四届州政协委员: term before the organ stays out
#   县属各机关单位, 省州驻贵各单位: generic; 贵 is a one-character short form (no ADMIN)

# ---- line 16
p.ent("PERSON", "关却", line=16)
p.ent("ORG", "政协第十届贵德县委员会", line=16, nth=1)      # …第二次会议关于常务委员会工作报告的决议
p.ent("ORG", "常务委员会", line=16, nth=1)                  # that committee's standing committee (one specific body)
p.ent("ORG", "政协第十届贵德县委员会常务委员会", line=16)   # sub-unit written after its organisation: one ORG
p.ent("ORG", "政协", line=16, after="常务委员会关于")       # 政协九届七次会议: organ inside a meeting's name
p.ent("ORG", "政协第十届贵德县委员会", line=16)             # …第二次会议政治决议
for org in ["县住房和城乡建设局", "县公安局", "县教育局", "县自然资源和林业草原局", "县农牧和科技局"]:
    p.ent("ORG", org, line=16)
for name in ["苟胡塞", "牛文华", "杨开珍", "扎西本", "吴德", "杨静",
             "陈振华", "方文成", "乔宁萍", "马进财", "马文奎", "更藏卓玛"]:
    p.ent("PERSON", name, line=16)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # date + 贵德县政协办 + 点击/字体 widgets: the article's source line
p.block(5, 16, "BODY", article=1)

p.save()
