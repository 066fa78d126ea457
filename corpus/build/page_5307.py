"""page-5307: 平顶山市卫生健康委员会 (wjw.pds.gov.cn, 工作动态 > 重要会议), 2020-06-01, one article:
2020年全市卫生健康工作会议召开. Text as returned by the `pages` store, from its title (the site
greeting and breadcrumb above the title left out); the footer's last line (ICP numbers, cut off
mid-number) dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5307", "corpus/raw/pages/5307_pingdingshan_wjw_gongzuohuiyi.txt",
         publisher="平顶山市卫生健康委员会", date="2020-06-01", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline (全市: level word, no span)
# ---- line 2: 发布日期:… 添加者: 浏览量: (empty credit labels: a date-only meta line, PAGE, no byline)
# ---- line 4: 我市 (deictic, no span)
# ---- line 8
p.ent("ORG", "平顶山市人民政府", line=8)          # 平顶山市人民政府副市长 -> ORG + title
p.ent("PERSON", "刘颖", line=8, nth=1)
p.ent("PERSON", "刘颖", line=8)                   # second mention (刘颖充分肯定)
#   健康鹰城建设: 鹰城 is 平顶山's epithet, no ADMIN (epithets get no span)
# ---- line 12
p.ent("ORG", "市卫健委党组", line=12)             # 市卫健委党组书记: 党组 joins its organ
p.ent("PERSON", "李自召", line=12)
p.ent("ORG", "市委", line=12)
p.ent("ORG", "市政府", line=12)
#   国家、省市相关会议: levels, no span
# ---- line 13
p.ent("PERSON", "习近平", line=13)                # 习近平新时代中国特色社会主义思想
#   十九大, 十九届二中、三中、四中全会: congress / plenums, no formula; 全省卫生健康大会: event
# ---- lines 16-17: footer
p.ent("ORG", "平顶山市卫生健康委员会", line=16)
p.ent("ORG", "平顶山市电子政务外网运维中心", line=16)
p.ent("ADMIN", "平顶山市", line=17)
p.ent("ADMIN", "新华区", line=17)
p.ent("ADMIN", "城乡一体化示范区", line=17)       # the city's zone, standing as the name of one zone
#   正风街, 集贤街: streets, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")          # date-only meta line
p.block(4, 4, "BODY", article=1)
p.block(6, 6, "PAGE")          # picture file name 1.jpg
p.block(8, 8, "BODY", article=1)
p.block(10, 10, "PAGE")        # picture file name 2.jpg
p.block(12, 13, "BODY", article=1)
p.block(16, 17, "PAGE")        # copyright / support / address footer

p.save()
