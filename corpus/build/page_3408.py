"""page-3408: 张家口日报 (A1 要闻, 2014-05-12), one article: 乌兰察布市党政代表团到我市考察, as
stored in a newspaper-archive database (fields 【副篇名】【报纸名称】…). Text as returned by the `pages`
store, from its title (the breadcrumb 首页>历史名人>报纸> before it is not taken); its last paragraph
("侯亮与陶淑菊分别介绍了…并就") is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3408", "corpus/raw/pages/3408_zhangjiakou_wulanchabu_kaocha.txt",
         publisher="张家口日报", date="2014-05-12", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "乌兰察布市", line=1)            # 党政代表团: a delegation, no ORG; 我市: deictic

# ---- line 5: 【副篇名】 (the printed subtitle): four names run together
for name in ["邢国辉", "侯亮", "王学丰", "陶淑菊"]:
    p.ent("PERSON", name, line=5)

# ---- line 7: 【报纸名称】
p.ent("ORG", "张家口日报", line=7)

# ---- line 17: byline + first paragraph
p.byline("BYLINE", "本报讯(记者 王大庆)")
p.ent("PERSON", "王大庆", line=17)
p.ent("ADMIN", "内蒙古", line=17)
p.ent("ORG", "乌兰察布市市委", line=17)         # ORG with its admin prefix (乌兰察布市|市委 is one name)
p.ent("PERSON", "王学丰", line=17)
p.ent("PERSON", "陶淑菊", line=17)              # 市长: title
p.ent("ORG", "市委", line=17, after="到我市考察")
p.ent("PERSON", "邢国辉", line=17)
p.ent("PERSON", "侯亮", line=17)
for name in ["郑丽荣", "赵占华", "王江", "李雪荣"]:
    p.ent("PERSON", name, line=17)
p.ent("ORG", "市政府", line=17)                 # 市政府秘书长
p.ent("PERSON", "张锐", line=17)

# ---- line 19: 邢国辉's words
p.ent("PERSON", "邢国辉", line=19)
p.ent("ADMIN", "乌兰察布", line=19, every=True)  # 3x
p.ent("ADMIN", "张家口", line=19, every=True)    # 2x
#   乌张两市: one-character abbreviations, no ADMIN

# ---- line 21: 王学丰's words
p.ent("PERSON", "王学丰", line=21)
p.ent("ADMIN", "乌兰察布", line=21, every=True)  # 2x
p.ent("ADMIN", "张家口", line=21, every=True)    # 3x
#   来张考察 (张), 晋冀蒙区域合作平台: one-character abbreviations, no ADMIN

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")            # 作者: (empty) 出版日期:… 点击数:0 -- web meta with no credit
p.block(5, 5, "SUBHEAD", article=1)   # 【副篇名】: the article's printed subtitle
p.block(7, 7, "PAGE")            # 【报纸名称】:张家口日报
p.block(9, 9, "PAGE")            # 【出版日期】
p.block(11, 11, "PAGE")          # 【版次】第A1版(要闻)
p.block(13, 13, "PAGE")          # 【入库时间】
p.block(15, 15, "PAGE")          # 【全文】
p.block(17, 21, "BODY", article=1)

p.save()
