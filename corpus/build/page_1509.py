"""page-1509: 江门日报 e-paper, A07 江海新闻, 2024-01-29 (江海区政协五届四次会议闭幕)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1509", "corpus/raw/pages/1509_jmrb_jianghai_zhengxie.txt",
         publisher="江门日报", date="2024-01-29", script="simplified", origin="pages")

# ---------------------------------------------------------------- spans
# line 1: page banner "第A07版:江海新闻" (section name: unit inside a name -> ADMIN)
p.ent("ADMIN", "江海", line=1)
# lines 3-6: e-paper navigation list of the page's headlines
p.ent("ORG", "江海区十一届人大", line=3)       # term number inside the name (decision: 中国共产党阜城县第十四届委员会)
p.ent("ADMIN", "江海区", line=4)
p.ent("ORG", "江海区政协", line=5)
p.ent("ADMIN", "江海", line=6)                 # “江海之大”: bare name of the district
# lines 17-19: headline, subhead, caption
p.ent("ORG", "江海区政协", line=17)
p.ent("ADMIN", "江海", line=18)                # 中国式现代化江海实践 (中国式现代化: no span)
p.ent("ORG", "中国人民政治协商会议第五届江门市江海区委员会", line=19)
p.ent("PERSON", "林瑞蓬", line=19)
# line 21: byline + first paragraph
p.ent("ORG", "江门日报", line=21)
p.ent("PERSON", "何榕", line=21)
p.ent("PERSON", "陈婵", line=21)
p.ent("PERSON", "胡晴晴", line=21)
p.ent("ORG", "中国人民政治协商会议第五届江门市江海区委员会", line=21)
p.ent("PERSON", "习近平", line=21)
p.ent("ORG", "中共中央", line=21)
p.ent("ORG", "区委", line=21)
p.ent("ADMIN", "江海", after="现代化新")       # 现代化新江海
p.ent("ADMIN", "中国", after="迎接新")          # 新中国 (the state); 新 is a modifier
p.ent("ORG", "人民政协", line=21)               # the national CPPCC founded in 1949
# line 23
p.ent("ORG", "区政协党组", line=23)              # 区政协党组书记 -> organ, title outside
for name in ["邹德昌", "余启超", "罗军", "黄少芳", "胡悦玲", "赵英梅", "刘宗进", "黄建明"]:
    p.ent("PERSON", name, line=23)
# line 25
p.ent("ORG", "区委", line=25)
p.ent("PERSON", "郑丹辉", line=25)
p.ent("ORG", "区人大常委会党组", line=25)
for name in ["余志坚", "朱辉荣", "黄星", "甄瑞珠", "刘刚", "邓志华", "陈小平"]:
    p.ent("PERSON", name, line=25)
p.ent("ORG", "区法院", line=25)
p.ent("ORG", "区检察院", line=25)
# line 27
p.ent("ADMIN", "江海", line=27)                 # 江海区域 = the 江海 area
p.ent("ORG", "市政协", line=27)
p.ent("ORG", "驻区政协纪检组", line=27)          # stationed body, one span (added before 区政协)
p.ent("ORG", "区政协", line=27)                 # 区政协退休领导 (first free 区政协 on the line)
p.ent("ORG", "区政府", line=27)
# line 29
p.ent("ORG", "区政协", line=29)                 # 政协章程: bare 政协, no span

# ---------------------------------------------------------------- bylines
p.byline("PHOTO", "林瑞蓬 摄", line=19)
p.byline("BYLINE", "江门日报讯 (记者/何榕 陈婵 胡晴晴)", line=21)

# ---------------------------------------------------------------- blocks
p.block(1, 15, "PAGE")          # banner, page nav, headline list, 版面导航/上一期, 上一篇/下一篇, date line
p.block(17, 17, "HEADLINE", article=1)
p.block(18, 18, "SUBHEAD", article=1)
p.block(19, 19, "CAPTION", article=1)
p.block(21, 29, "BODY", article=1)

p.save()
