"""page-5605: 宜春日报 (inferred; e-paper text on the 360elib 电子报阅读机, NewsCode=NC212), 日期:12-29
(year not printed; 2025 by content and NewsId), one article: 中国民主建国会宜春市第六次代表大会召开.
Text as returned by the `pages` store, from its title; 502 characters (under the 600 floor, complete page)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5605", "corpus/raw/pages/5605_yichun_minjian_daibiaodahui.txt",
         publisher="宜春日报", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1: headline. The party named inside its congress's name is ORG, the unit ADMIN
#      (precedent 1710: 中共|大孟镇|第四次代表大会); the congress itself is an event.
p.ent("ORG", "中国民主建国会", line=1)
p.ent("ADMIN", "宜春市", line=1)

# ---- line 3: byline + first paragraph
p.byline("BYLINE", "本报讯 记者丁锐报道")            # as 2309/2208: 本报讯 记者许晖报道
p.ent("PERSON", "丁锐", line=3)
p.ent("ORG", "中国民主建国会", line=3)
p.ent("ADMIN", "宜春市", line=3)
p.ent("ORG", "省生态环境厅", line=3)                 # 厅长 = title
p.ent("ORG", "民建江西省委会", line=3)               # a democratic party's committee with its party (民建常州市委会)
p.ent("PERSON", "李军", line=3)
p.ent("ORG", "中共宜春市委", line=3)                 # 中共滨州市委 precedent; 常委 = title
p.ent("ORG", "市委组织部", line=3)
p.ent("PERSON", "盛茵", line=3)
for name in ["李国兴", "罗盛金", "董晓明", "谢慧", "邱玉"]:   # 市领导…, 老同志邱玉
    p.ent("PERSON", name, line=3)
p.ent("ORG", "民盟宜春市委会", line=3)
p.ent("ORG", "市科协", line=3)
p.ent("PERSON", "罗意然", line=3)

# ---- line 4
p.ent("PERSON", "李军", line=4, nth=1)
p.ent("ORG", "民建江西省委会", line=4)
p.ent("ORG", "民建宜春市委会", line=4, nth=1)
p.ent("PERSON", "李军", line=4)
p.ent("ORG", "民建宜春市委会", line=4)
p.ent("ADMIN", "中国", line=4, before="经济光明论")   # 中国经济: the country's economy (doubtful, see notes)
p.slogan("PLAN", "十五五", line=4)
p.ent("ORG", "民建", line=4, after="发挥")           # 民建特色优势: the party's own (共青团工作 precedent, 3507)
p.ent("ORG", "民建", line=4, after="保障,为")        # 民建事业
#   中国式现代化: fixed political term, no span
p.ent("ADMIN", "江西", line=4, after="中国式现代化")  # 江西篇章 (楚雄篇章 precedent, 4009)
p.ent("ADMIN", "宜春", line=4, after="篇章")         # 宜春经济社会高质量发展

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")            # 日期:12-29 (date-only line, as 4906)
p.block(3, 4, "BODY", article=1)
p.block(5, 5, "PAGE")            # (下转四版) on its own line (as 2208's (下转第二版))

p.save()
