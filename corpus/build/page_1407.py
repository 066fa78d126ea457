import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1407", "corpus/raw/pages/1407_liantong_minqin.txt", publisher="聯統日報",
         date="2015-03-31", script="traditional", origin="pages")

# ---- line 1: masthead (PAGE): the paper's company and its address
p.ent("ORG", "聯統日報有限公司", line=1)
p.ent("ADMIN", "花蓮縣", line=1)
p.ent("ADMIN", "花蓮市", line=1)

# ---- article 1: title printed twice (post title and title inside the post)
for ln in (17, 19):
    p.ent("ORG", "民勤社區", line=ln)          # stands for the community association that hosts and invites
p.byline("BYLINE", "記者張麗英/報導", line=21)
p.ent("PERSON", "張麗英", line=21)

# line 22
p.ent("ORG", "民勤社區發展協會", line=22)
p.ent("PERSON", "傅崐萁", line=22)
# line 23: 傅縣長 (surname + title) no span; 十八省 a count of provinces, 來台 one character: no span
# line 24
p.ent("ORG", "縣府", line=24)
p.ent("ORG", "國有財產局", line=24)
# line 25
p.ent("PERSON", "徐正元", line=25)
p.ent("ORG", "旺陽幼稚園", line=25)
# line 26: provinces inside dish names (decision 2); 東北 is a region, 台菜 one character
p.ent("ADMIN", "四川", line=26)
p.ent("ADMIN", "湖南", line=26)
# line 27: guest list
p.ent("ADMIN", "花蓮市", line=27, nth=1)        # 花蓮市長 -> contracted title keeps the unit
p.ent("PERSON", "田智宣", line=27)
p.ent("PERSON", "王廷升", line=27)
p.ent("ORG", "行政院東部聯合服務中心", line=27)
p.ent("PERSON", "林有志", line=27)
p.ent("ORG", "國民黨花蓮縣黨部", line=27)
p.ent("PERSON", "張逸華", line=27)
p.ent("PERSON", "謝國榮", line=27)
p.ent("ORG", "花蓮市民代表會", line=27)
p.ent("PERSON", "蘇美珠", line=27)
p.ent("PERSON", "謝宜萱", line=27)
p.ent("ADMIN", "民勤里", line=27)
p.ent("PERSON", "黎新順", line=27)

# ---- article 2: title printed twice, byline; its first paragraph was cut off and dropped
for ln in (29, 31):
    p.ent("ORG", "上騰中學", line=ln)
p.byline("BYLINE", "記者張麗英/報導", line=33)
p.ent("PERSON", "張麗英", line=33)

# ---- blocks
p.block(1, 15, "PAGE")            # masthead, navigation menu, date line
p.block(17, 19, "HEADLINE", article=1)
p.block(21, 21, "BYLINE", article=1)
p.block(22, 27, "BODY", article=1)
p.block(29, 31, "HEADLINE", article=2)
p.block(33, 33, "BYLINE", article=2)

p.save()
