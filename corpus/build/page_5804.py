"""page-5804: 微聚庐江 (WeChat account of 庐江县融媒体中心, inferred), daily digest 早安,庐江! (items of
2 Dec, a 2021 date by content: 2022年政府工作务虚会), copy stored at freewechat.com. Text as returned by the
`pages` store, from its title; the stored opening ends inside the fifth 政务动态 item (广东省政协…邓海光率考),
cut mid-sentence and dropped. The header date 2022-06-28 is the mirror's, so meta date is left empty."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5804", "corpus/raw/pages/5804_lujiang_zaoan_zhengwu.txt",
         publisher="微聚庐江", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- lines 1-3: digest title and the account's source line
p.ent("ADMIN", "庐江", line=1)                     # 早安,庐江!: the county by its bare name
p.ent("ORG", "微聚庐江", line=3)                   # the account (a medium), on the page's source line

# ---- lines 8-12: 本期导读, the items' titles
p.ent("ADMIN", "白湖镇", line=8)                   # 独山旅游景区, 发火山矿坑: places, no span
p.ent("PERSON", "周天斌", line=9)
p.ent("ORG", "县城管局", line=11)

# ---- lines 15-17: programme banner
p.ent("ADMIN", "庐江", line=15)                    # 今日庐江 (the county's news programme): unit inside a brand
p.ent("ADMIN", "庐江", line=17)                    # 一览庐江大小事

# ---- line 25: item 1, signing
p.ent("ADMIN", "白湖镇", line=25, nth=1)
p.ent("ORG", "路客派(深圳)文化旅游科技有限公司", line=25)
p.ent("ADMIN", "白湖镇", line=25)                  # 共同开发白湖镇独山旅游景区
for name in ["许华为", "夏明生", "王世钧", "钱中军"]:
    p.ent("PERSON", name, line=25)
p.ent("ORG", "路客派集团", line=25)
p.ent("PERSON", "汤文建", line=25)

# ---- line 30: item 2, 政府工作务虚会 (县长 is a title; 政府工作 names no body)
p.ent("PERSON", "周天斌", line=30)
for name in ["陈伟", "钱中军", "杨剑波", "刘庆春"]:
    p.ent("PERSON", name, line=30)
for org in ["县农业农村局", "县文旅局", "县水务局", "县乡村振兴局", "县民政局", "县供销社",
            "庐江调查队", "县人社局", "县应急局"]:
    p.ent("ORG", org, line=30)                     # 庐江调查队: the statistics bureau's survey team in the county

# ---- line 35: item 3, 第十个“全国交通安全日” (an ordinal, no formula); 中心城广场 is a place
p.ent("ORG", "县公安局", line=35)                  # 副县长、县公安局局长孙民
p.ent("PERSON", "孙民", line=35)

# ---- line 40: item 4, epidemic-control video meeting
p.ent("PERSON", "俞德胜", line=40)
p.ent("PERSON", "唐晓春", line=40)
p.ent("ORG", "县卫健委", line=40)
p.ent("ORG", "省防指", line=40)                    # the provincial epidemic-control command
p.ent("ORG", "县联防联控组", line=40)
p.ent("ORG", "县督查督办组", line=40)

# ---- blocks: a digest of items; 本期导读 prints the titles of items 1-3 and of two items whose
#      text is not in the stored opening (articles 5 and 6); item 4 has no title on the page
p.block(1, 1, "COLUMN")                            # 早安,庐江! (the daily digest's name)
p.block(3, 3, "PAGE")                              # account + date: source line of a multi-article page
p.block(6, 6, "COLUMN")                            # 本期导读
p.block(8, 8, "HEADLINE", article=1)
p.block(9, 9, "HEADLINE", article=2)
p.block(10, 10, "HEADLINE", article=3)
p.block(11, 11, "HEADLINE", article=5)
p.block(12, 12, "HEADLINE", article=6)
p.block(15, 15, "COLUMN")                          # 今日庐江
p.block(17, 17, "COLUMN")                          # 一览庐江大小事 早呀 新闻来了 (the banner's line)
p.block(20, 20, "COLUMN")                          # 政务动态
p.block(25, 25, "BODY", article=1)
p.block(30, 30, "BODY", article=2)
p.block(35, 35, "BODY", article=3)
p.block(40, 40, "BODY", article=4)

p.save()
