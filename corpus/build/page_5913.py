"""page-5913: 循化撒拉族自治县人民政府 (county portal www.xunhua.gov.cn, 今日循化 section), 2019-05-31,
one article: 副省长杨逢春实地调研循化县重点工作. Text as returned by the `pages` store, from its
breadcrumb and title; the store's last paragraph (在查汗都斯乡…他要求,要继续) was cut mid-sentence and is
dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5913", "corpus/raw/pages/5913_xunhua_yangfengchun_diaoyan.txt",
         publisher="循化撒拉族自治县人民政府", date="2019-05-31", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: breadcrumb 首页 > 政务信息 > 今日循化 (PAGE)
p.ent("ADMIN", "循化", line=1)                      # 今日循化: the county's short form inside the section's name (decision 2)

# ---- line 2: headline
p.ent("PERSON", "杨逢春", line=2)                   # 副省长 (a title, no unit named)
p.ent("ADMIN", "循化县", line=2)

# ---- line 3: 来源: (empty)  时间:2019年05月31日 -> PAGE, no byline span

# ---- line 5
p.ent("PERSON", "杨逢春", line=5)
p.ent("ORG", "省民宗委", line=5)                    # level word + organ, like 县妇联
p.ent("ADMIN", "循化县", line=5)
p.ent("ADMIN", "积石镇", line=5)
p.ent("ADMIN", "石头坡村", line=5)
#   撒拉尔民俗文化扶贫产业园 (a park), 撒拉尔水镇 (a tourist town): places, no span
p.ent("ADMIN", "红光村", line=5)
p.ent("ORG", "市人大常委会", line=5)                # 市人大常委会副主任
p.ent("ORG", "县委", line=5)                        # 县委书记
p.ent("PERSON", "李发荣", line=5)
#   县长 (a title, no span)
p.ent("PERSON", "韩兴斌", line=5)

# ---- line 7
p.ent("ADMIN", "积石镇", line=7)
p.ent("ADMIN", "石头坡村", line=7)
p.ent("PERSON", "杨逢春", line=7)
#   我县, 县乡村各级组织: no span

# ---- line 9
p.ent("ADMIN", "街子镇", line=9)                    # 街子镇撒拉尔民俗文化扶贫产业园: unit inside a park's name (decision 2)
p.ent("PERSON", "杨逢春", line=9)
p.ent("ORG", "县委", line=9)
p.ent("ORG", "县政府", line=9)
p.ent("ADMIN", "循化", line=9)                      # 展现好循化在促进各民族团结…
#   民族大道: a road, no span

# ---- slogans: none (脱贫攻坚, 移风易俗 carry no numeral; 乡村两级 counts levels in prose)
# ---- bylines: none (the 来源: field is empty)

# ---- blocks
p.block(1, 1, "PAGE")                 # breadcrumb
p.block(2, 2, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                 # 来源: (empty) 时间:… : a meta line with only a date
p.block(5, 9, "BODY", article=1)

p.save()
