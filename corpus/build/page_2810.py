"""page-2810: 屯昌县人民政府 (tunchang.hainan.gov.cn, 解读回应 > 新闻发布会), 2021-02-10, one article:
屯昌县2021年《政府工作报告》解读新闻发布会. Text as returned by the `pages` store, from its title
(the breadcrumb above it dropped); the store's last paragraph (随后,参会的媒体记者围绕乡村振兴、常…)
is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2810", "corpus/raw/pages/2810_tunchang_zfgzbg_jiedu.txt",
         publisher="屯昌县人民政府", date="2021-02-10", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "屯昌县", line=1)              # the county's news conference; 《政府工作报告》 names no organ

# ---- line 3: 来源: (empty) 发布日期:… 【字体…: a meta line with only a time -> PAGE, no byline span

# ---- line 5
p.ent("ORG", "屯昌县人民政府新闻办公室", line=5)   # an office written after its government: one ORG
#   我县: deictic, no span; 2021年政府工作报告: a document's kind, no ORG

# ---- line 7: the officials
p.ent("ORG", "县委", line=7, nth=1)           # 县委副书记
p.ent("ORG", "县政府", line=7, nth=1)         # 县政府县长
p.ent("PERSON", "梁誉腾", line=7)
p.ent("ORG", "县委", line=7, after="梁誉腾")   # 县委常委
p.ent("ORG", "县政府", line=7, after="梁誉腾")  # 县政府副县长
p.ent("PERSON", "李梅", line=7)
p.ent("ORG", "县委", line=7, after="李梅")     # 县委常委
p.ent("ORG", "宣传部", line=7)                # 宣传部长 -> ORG 宣传部 + title (contracted title)
p.ent("PERSON", "张议文", line=7, nth=1)
p.ent("ORG", "县发改委", line=7)
p.ent("PERSON", "李恺", line=7)
p.ent("PERSON", "张议文", line=7)             # 发布会由张议文主持

# ---- line 9
p.ent("PERSON", "梁誉腾", line=9, every=True)  # two
p.ent("ADMIN", "屯昌县", line=9)
#   四个特点:一是…二是…: an ordinary count in prose, no formula

# ---- line 11
p.ent("PERSON", "梁誉腾", line=11)
p.ent("ADMIN", "屯昌", line=11, every=True)    # 2021年屯昌将, 屯昌将依托, 培育屯昌经济增长点
#   自由贸易港: no named unit; “建链,补链,强链”三个要点, 四个产业集群: ordinary counts
#   一步一个脚印, 一点一滴: idioms

# ---- line 13
p.ent("ORG", "屯昌县“菜篮子”公司", line=13)    # a county company being set up (quotes wrap part of the name)
p.ent("ADMIN", "屯昌县", line=13)             # 屯昌县岛内居民日用消费品免税店: a shop (place), unit inside
p.ent("ADMIN", "屯昌", line=13, every=True)    # 屯昌将始终坚持, 今年屯昌将推进

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")
p.block(5, 13, "BODY", article=1)

p.save()
