"""page-4206: 驻马店日报 (e-paper zmdrb.zmdnews.cn, 03版), 2023-11-02, one photo feature:
厚积成势 "链"动未来 / ——2023年第三季度全市"三个一批"项目建设观摩点评活动掠影.
Text as returned by the `pages` store; its last paragraph (今年以来,…各) is cut off
mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4206", "corpus/raw/pages/4206_zmdrb_sangeyipi_guanmo.txt",
         publisher="驻马店日报", date="2023-11-02", script="simplified", origin="pages")

# ---- line 7: subhead; 三个一批 (签约一批、开工一批、投产一批: items not printed on the page)
p.slogan("COUNT", "三个一批", line=7)

# ---- line 8: byline under the subhead
p.byline("BYLINE", "本报记者 弓华静 谭 啸 王家恒 文/图", line=8)
p.ent("PERSON", "弓华静", line=8)
p.ent("PERSON", "谭 啸", line=8)
p.ent("PERSON", "王家恒", line=8)

# ---- captions: county + the company that names each project (ORG inside a project name)
p.ent("ORG", "中桥集团", line=9)
p.ent("ADMIN", "驿城区", line=9)                  # 汽车零部件产业园: a park, no span
p.ent("ADMIN", "遂平县", line=11)
p.ent("ORG", "河南惠强新材", line=11)
p.ent("ADMIN", "西平县", line=13)
p.ent("ORG", "永浩", line=13)
p.ent("ADMIN", "泌阳县", line=15)
p.ent("ORG", "恒都", line=15)
p.ent("ADMIN", "新蔡县", line=17)
p.ent("ORG", "河南致远", line=17)
p.ent("ADMIN", "平舆县", line=19)
p.ent("ORG", "弘康", line=19)
p.ent("ORG", "中鹏", line=21)
p.ent("ADMIN", "确山县", line=21)
p.ent("ADMIN", "汝南县", line=23)
p.ent("ORG", "河南东威", line=23)                 # ·爱象: the product brand, no span
p.ent("ADMIN", "经济开发区", line=25)              # the city's zone listed beside its counties (decision 3)
#   “九年一贯制”: a count of school years, no formula

# ---- line 27: body
p.ent("ORG", "市委", line=27)
p.ent("ORG", "市政府", line=27)
p.slogan("COUNT", "三个一批", line=27, nth=1)
p.slogan("COUNT", "三个一批", line=27, nth=1)     # second mention (first now taken)

# ---- blocks
p.block(1, 5, "PAGE")            # e-paper navigation, 当前版, 发布日期 (one run of furniture)
p.block(6, 6, "HEADLINE", article=1)
p.block(7, 7, "SUBHEAD", article=1)
p.block(8, 8, "BYLINE", article=1)
p.block(9, 25, "CAPTION", article=1)   # nine photo captions, one block each (blank lines split)
p.block(27, 27, "BODY", article=1)

p.save()
