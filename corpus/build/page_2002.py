"""page-2002: 科右中旗人民政府 (kyzq.gov.cn, 科尔沁右翼中旗, 兴安盟), posted 2024-09-11:
科右中旗人民政府大事记 (4 月 2 日-4 月 29 日). Text as returned by the `pages` store, from its
title; the PDF-style line breaks are kept; the last entry (●4月22日…, cut mid-sentence: …推进会。旗委)
dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2002", "corpus/raw/pages/2002_kyzq_dashiji.txt",
         publisher="科右中旗人民政府", date="2024-09-11", script="simplified", origin="pages")
if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1: title (the government's own chronicle)
p.ent("ORG", "科右中旗人民政府", line=1)

# ---- 4月2日 (lines 3-5)
p.ent("ORG", "旗委", line=3)                      # 旗委副书记, 旗长 (title, no span)
p.ent("PERSON", "王海英", line=3)
p.ent("ORG", "中央生态环境保护督察期间协调保障工作领导小组", after=p.line_bounds[2][0])  # named leading group, in its meeting's name

# ---- 4月2日 (lines 6-8)
p.ent("ADMIN", "科右中旗", line=6)
p.ent("ORG", "旗委", line=8)
p.ent("PERSON", "王海英", line=8)

# ---- 4月7日 (lines 9-10)
p.ent("ORG", "旗委", line=9)
p.ent("PERSON", "王海英", line=9)
p.ent("ORG", "科右中旗人民政府", after=p.line_bounds[8][0])   # 科右中旗人\n民政府第十次常务会议

# ---- 4月9日 (lines 11-12)
p.ent("ORG", "旗委", line=11)                     # 旗委常委 -> 旗委
p.ent("PERSON", "白洋", line=11)

# ---- 4月13日 (lines 13-16)
p.ent("ORG", "旗委", line=13)
p.ent("ORG", "旗新冠肺炎疫情防控集中隔离工作专班", after=p.line_bounds[12][0])   # 专班组长: the team
p.ent("PERSON", "王一兵", line=14)
p.ent("ORG", "科右中旗新冠肺炎疫情防控集中隔离工作专班", after=p.line_bounds[13][0])
#   百利舸园区集中隔离点: a park / site, no span

# ---- 4月14日 (lines 17-18)
p.ent("ORG", "旗委", line=17)
p.ent("PERSON", "王海英", line=17)
p.ent("ORG", "自治区文化和旅游厅", after=p.line_bounds[16][0])   # …党组成员 (title)
p.ent("ORG", "内蒙古艺术剧院", line=18)             # …党委书记、院长 (titles)
p.ent("PERSON", "李莉", line=18)

# ---- 4月15日 (lines 19-20)
p.ent("ORG", "旗委", line=19)
#   旗疫情工作总指挥长: a title; the 指挥部 is not written, no span
p.ent("PERSON", "王海英", after=p.line_bounds[18][0])     # 王\n海英
p.ent("ADMIN", "科右中旗", line=20)                 # 科右中旗新冠肺炎疫情防控工作调度会

# ---- 4月15日 (lines 21-23)
p.ent("ADMIN", "科右中旗", line=21)
p.ent("ORG", "盟政协", line=21)                     # 盟政协十届一次会议
p.ent("ORG", "旗政协", line=22)                     # 旗政协党组书记、主席 (titles)
p.ent("PERSON", "佟红岩", line=22)
p.ent("ORG", "旗委", line=22)
p.ent("PERSON", "王一兵", after=p.line_bounds[21][0])     # 王\n一兵

# ---- 4月18日 (lines 24-25)
p.ent("ORG", "旗委", line=24)
p.ent("PERSON", "王海英", line=24)
p.ent("ORG", "科右中旗人民政府", after=p.line_bounds[23][0])   # 科右中旗\n人民政府常务会议

# ---- 4月19日 (lines 26-29)
p.ent("ADMIN", "科右中旗", line=26)
p.ent("ORG", "旗委", line=27)
p.ent("PERSON", "王海英", after=p.line_bounds[26][0])     # 王海\n英
p.ent("ORG", "旗委", line=28)
p.ent("PERSON", "白洋", line=28)
p.ent("ORG", "盟林草局", line=28)
p.ent("PERSON", "谢晓文", line=28)
p.ent("PERSON", "王猛", after=p.line_bounds[27][0])       # 王\n猛

# ---- 4月20日 (lines 30-32)
p.ent("ORG", "旗委", line=30)
p.ent("PERSON", "王海英", line=30)
p.ent("ADMIN", "科右中旗", line=30)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "SUBHEAD", article=1)   # (4 月 2 日-4 月 29 日): the period the chronicle covers
p.block(3, 32, "BODY", article=1)

p.save()
