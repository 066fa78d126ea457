"""page-5905: 界首先锋网 (中共界首市委组织部, jsxfw.gov.cn; publisher inferred from the domain, cf.
dyxfw.gov.cn 定远先锋网, and from 光武镇, a town of 界首市, 安徽), 2019-01-07, one article:
光武镇:书记擂台赛 雷响乡村振兴战鼓. Text as returned by the `pages` store, from its title (the site's
banner line above the title, 学习贯彻习近平新时代中国特色社会主义思想主题教育, is left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5905", "corpus/raw/pages/5905_jieshou_guangwu_shuji_leitai.txt",
         publisher="界首先锋网", date="2019-01-07", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline ("Place:title" is one HEADLINE)
p.ent("ADMIN", "光武镇", line=1)

# ---- line 3: 发布日期 / 浏览次数: date and counter only -> PAGE, no byline

# ---- line 5
p.ent("ADMIN", "光武镇", line=5, every=True)     # 2018年,光武镇… and 1月7日上午,光武镇…
#   党支部、村委会、监委会换届选举: the bodies of all 14 村居 in general -> no ORG (decision 5)
#   农村“三委”干部: a count of bodies like 村“两委” -> no slogan

# ---- line 7
p.slogan("PARALLEL", "百村示范 千村整治")        # quoted campaign 百村示范、千村整治 (like 千万工程)
p.ent("ORG", "镇党委", line=7)                   # 镇党委书记 -> level word + organ (decision: 鎮政府)
p.ent("PERSON", "范富强", line=7, nth=1)
p.ent("PERSON", "习近平", line=7)
p.ent("PERSON", "范富强", line=7, nth=1)

# ---- line 9
p.ent("ADMIN", "北街居委会", line=9)             # the community, named by its committee, before a title
p.ent("PERSON", "宋超", line=9)
p.ent("ADMIN", "南街居委会", line=9)
p.ent("PERSON", "徐艳伟", line=9)
p.ent("ADMIN", "黄寨", line=9)                   # 黄寨党组织书记: a village
p.ent("PERSON", "黄李伟", line=9)
p.ent("ADMIN", "小李庄", line=9)                 # 小李庄、郭寨和段庄村: villages listed, each ADMIN
p.ent("ADMIN", "郭寨", line=9)
p.ent("ADMIN", "段庄村", line=9)
p.byline("CREDIT", "(徐良 赵斌)")
p.ent("PERSON", "徐良", line=9)
p.ent("PERSON", "赵斌", line=9)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")              # 发布日期:… 浏览次数:… (date-only meta line with a counter)
p.block(5, 9, "BODY", article=1)   # blank lines split it into three BODY blocks; the CREDIT stays in the last

p.save()
