"""page-5714: 亞心網 (亚心网, 新疆都市报's news site; inferred), one article on the 第一书记 of
托里县 (塔城地区, 新疆), spring 2017. Text as stored on the mirror cnread.news, which converted the
page to traditional script (with a space after each comma); taken from its title, the last
paragraph, cut off mid-sentence by the store, is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5714", "corpus/raw/pages/5714_yaxin_tuoli_diyishuji.txt",
         publisher="亚心网", date=None, script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "新疆", line=1)
p.ent("ADMIN", "托裡縣", line=1)

# ---- line 3: byline + first paragraph
p.byline("BYLINE", "亞心網(通訊員 周雪山 艾蕊)")
p.ent("ORG", "亞心網", line=3)                   # the site as source tag (like 本网讯 with a name)
p.ent("PERSON", "周雪山", line=3)
p.ent("PERSON", "艾蕊", line=3)
p.ent("ORG", "托裡縣委", line=3)

# ---- line 7
p.ent("ORG", "村委會", line=7)                   # 村委會|大院: the village's committee, its yard outside
p.ent("ADMIN", "居瑪拜村", line=7)
p.ent("PERSON", "姬曉林", line=7)                # 第一書記 is a title

# ---- line 11
p.ent("ORG", "村黨支部", line=11)                # one village's branch (decision 5)
p.ent("PERSON", "卡瑪力別克·卡德爾別克", line=11)
p.ent("ADMIN", "居瑪拜村", line=11)
p.ent("PERSON", "姬曉林", line=11)
p.ent("ADMIN", "居瑪拜村", line=11, after="見證")

# ---- line 13
p.ent("PERSON", "朱馬別克·司瑪合", line=13)       # 老黨員 is no title of an organ

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BODY", article=1)
p.block(5, 5, "CROSSHEAD", article=1)
p.block(7, 13, "BODY", article=1)             # 9/11: one paragraph broken by a blank line

p.save()
