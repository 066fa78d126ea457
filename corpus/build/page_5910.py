"""page-5910: 南江县人民政府 (scnj.gov.cn, the portal of 南江县, 巴中市, 四川; section 南江要闻), one article:
中共南江县委十四届第91次常委会会议召开. Date not printed (11月10日; 2024 by content: the Politburo's 17th
collective study on cultural heritage and the 4th national cultural-relics census), so date=None. Text as
returned by the `pages` store, from its title; its last paragraph (会议强调,要进一步提高政治站位,…按照“立行立改,边督…)
was cut mid-sentence in the store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5910", "corpus/raw/pages/5910_nanjiang_changweihui_91.txt",
         publisher="南江县人民政府", date=None, script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "中共南江县委", line=1)              # the party's name joins the organ; 十四届第91次常委会会议 is its meeting
#                                                  (a committee's 常委会议 is its meeting: ORG 县委 only)

# ---- line 2
p.ent("ORG", "县人大常委会", line=2)
p.ent("ORG", "县政协", line=2)
p.ent("ORG", "中央", line=2)                      # 传达学习中央、省委、市委有关会议文件精神: the centre issues
p.ent("ORG", "省委", line=2)
p.ent("ORG", "市委", line=2)
p.ent("ORG", "县委", line=2, every=True)          # 县委十四届…会议, 县委书记, 县委副书记 (twice): four
p.ent("PERSON", "程秋", line=2)
p.ent("PERSON", "韩君才", line=2)                 # 县长: a title
p.ent("PERSON", "张杰", line=2)
p.ent("PERSON", "李文荣", line=2)
p.ent("PERSON", "吴开财", line=2)

# ---- line 3
p.ent("PERSON", "习近平", line=3)
p.ent("ORG", "中共中央政治局", line=3)            # the organ inside its collective study session's name

# ---- line 4: 南江 as the county's short name (南江文化根脉, 南江文化特色, 南江文化, 南江形象)
p.ent("ADMIN", "南江", line=4, every=True)
#   巴人文化 (an ancient people), 米仓文化 (米仓山, a mountain): no unit; 第四次全国文物普查: an event, no span

# ---- lines 5-7: no entity (全县 is a level word; 中央生态环保督察 on line 7: 中央 only qualifies the inspection)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 7, "BODY", article=1)

p.save()
