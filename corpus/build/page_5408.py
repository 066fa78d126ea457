"""page-5408: 兰陵县纪委监委 (lanling.ymlz.gov.cn, 沂蒙廉政网's 兰陵 channel, 山东); one article on
the opening of the 中央第七巡视组's inspection of 山东 (2018-02-22). Text as returned by the
`pages` store's excerpt (it began with the body: no title line was visible, see notes)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5408", "corpus/raw/pages/5408_lanling_zhongyang_xunshi.txt",
         publisher="兰陵县纪委监委", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1
p.ent("ORG", "中央", line=1, after="十九届")           # 十九届中央第一轮巡视: the Central Committee inside an event's name; term outside
p.ent("ORG", "中央第七巡视组", line=1)                  # a named team (like 区委第三巡察组)
p.ent("ADMIN", "山东省", line=1)                      # …巡视山东省工作动员会 (decision 2)

# ---- line 2
p.ent("ORG", "中央巡视工作领导小组", line=2)
p.ent("PERSON", "杨晓超", line=2)
p.ent("ORG", "山东省委", line=2)
p.ent("ORG", "省人大常委会", line=2)
p.ent("PERSON", "刘家义", line=2)
p.ent("PERSON", "习近平", line=2)

# ---- line 3 (speaker tag: BODY)
p.ent("ORG", "中央巡视工作领导小组", line=3)
p.ent("PERSON", "杨晓超", line=3)
#   省委书记是第一责任人: a general rule for every province's secretary, no span

# ---- line 4
p.ent("ORG", "中央第七巡视组", line=4)
p.ent("PERSON", "张立军", line=4)
#   巡视组 (bare), 党组织: no span
p.slogan("COUNT", "八项规定", line=4)                   # 中央八项规定精神: 中央 a modifier (no span), formula N项 + content
p.slogan("GROUP", "四风", line=4)                       # items not listed in the article: no expansion
p.ent("ORG", "中央", line=4, after="十八届")            # 十八届中央巡视整改: as on line 1

# ---- line 5 (speaker tag: BODY)
p.ent("ORG", "山东省委", line=5)
p.ent("ORG", "省人大常委会", line=5)
p.ent("PERSON", "刘家义", line=5)
#   打小九九: idiom, no formula

# ---- line 6: 济南市、青岛市委和市人大常委会、政府、政协党组
p.ent("ADMIN", "济南市", line=6)                      # first conjunct of 济南市、青岛市委 (委 elided): the unit
p.ent("ORG", "青岛市委", line=6)
p.ent("ORG", "市人大常委会", line=6)
p.ent("ORG", "政府", line=6, after="人大常委会、")       # 市 shared across the list (decision 13: 县财政局、交通局)
p.ent("ORG", "政协党组", line=6)                        # 党组 after an organ stays inside (session 10/12 decisions)
p.ent("ORG", "中央巡视组", line=6)                      # the central team (this one), level + organ
p.ent("ADMIN", "山东省", line=6)

# ---- line 7 (speaker tag: BODY)
p.ent("ORG", "山东省纪委", line=7)
p.ent("ORG", "监察委", line=7)                          # 省 shared: the province's 监察委 (decision 13)
p.ent("PERSON", "孙丰华", line=7)
#   纪检机关, 巡视组: generic, no span

# ---- blocks
p.block(1, 7, "BODY", article=1)

p.save()
