"""page-2308: 河南热线 (henanrexian.cn, 平顶山 section), 2022-08-09, one article (source 中国搜索):
叶县 villages compete in the “五星”支部 (five-star Party branch) campaign. Text as returned by the
`pages` store, from its breadcrumb and title; its last paragraph (保安镇杨令庄村结合资…) is cut off
mid-sentence in the store and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2308", "corpus/raw/pages/2308_yexian_wuxing_zhibu.txt",
         publisher="河南热线", date="2022-08-09", script="simplified", origin="pages")

# ---- line 1: breadcrumb (PAGE)
p.ent("ORG", "河南热线", line=1)                    # the site, a medium
p.ent("ADMIN", "平顶山", line=1)                    # the site's section for the city

# ---- line 2: headline (焦点快播: is the site's column prefix, kept in the title line)
p.ent("ADMIN", "河南", line=2)
p.ent("ADMIN", "叶县", line=2)
p.slogan("GROUP", "五星", line=2)                   # 五星党支部: the formula without the noun (cf. 四述一评|制度)

# ---- line 3: source line
p.byline("BYLINE", "来源: 中国搜索", line=3)         # timestamp outside (decision 12)
p.ent("ORG", "中国搜索", line=3)

# ---- line 4: 关注河南热线 (site furniture)
p.ent("ORG", "河南热线", line=4)

# ---- line 6
#   追‘星’族, 每‘星’必追: play on 星, no numeral
p.ent("ADMIN", "叶县", line=6)
p.ent("ADMIN", "九龙街道", line=6)
p.ent("ADMIN", "孟南村", line=6)
p.slogan("GROUP", "五星", line=6, nth=1)            # 创建五星党支部,我们村…
p.slogan("GROUP", "五星", line=6, nth=1)            # 孟南村创建五星党支部党员大会
#   党支部书记袁爱军: a bare 党支部 without 村 (decision 5), no ORG
p.ent("PERSON", "袁爱军", line=6)

# ---- line 8
p.slogan("GROUP", "五星", line=8, nth=1)            # 创建五星党支部号角
p.ent("ADMIN", "叶县", line=8)
p.slogan("GROUP", "五星", line=8, nth=1)            # 围绕“五星”目标
#   乡村党组织: a kind of body; 一池春水: idiom

# ---- line 10
p.ent("ORG", "村党支部", line=10)                   # 俺村党支部: one village's branch, deictic 俺 outside
p.ent("ADMIN", "孟南村", line=10)
p.ent("PERSON", "魏晓慧", line=10)                  # 村民魏晓慧

# ---- line 13: 【资料图】, the photo's attribution (decision 9)
p.byline("PHOTO", "【资料图】", line=13)

# ---- line 15
p.ent("ADMIN", "九龙街道", line=15)
p.ent("ADMIN", "孟南村", line=15)
p.slogan("GROUP", "五星", line=15)                  # “五星”党支部创建
p.slogan("COUNT", "三个清单", line=15)              # the campaign's three lists, named as a fixed set
#   全年见绿、三季见花、处处是景、时时皆美: a description, no formula; 生态宜居“星”: one star, no numeral

# ---- line 17
p.slogan("GROUP", "五星", line=17, nth=1)           # 创五星
p.slogan("GROUP", "五星", line=17, nth=1)           # 这五星支部创建
#   产业兴旺‘星’: one star
p.ent("ADMIN", "叶县", line=17, nth=1)
p.ent("ADMIN", "叶县", line=17, nth=1)              # 叶县乡村
#   554个行政村党支部书记: generic, no span

# ---- line 19
p.slogan("GROUP", "五星", line=19)                  # 创建成五星党支部
p.ent("ORG", "保安镇杨令庄村党支部", line=19)        # a named village's branch, admin prefix attached
p.ent("PERSON", "李伟同", line=19)

# ---- blocks
p.block(1, 1, "PAGE")                 # breadcrumb
p.block(2, 2, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)    # timestamp + 来源: the article's source line
p.block(4, 4, "PAGE")                 # 关注河南热线
p.block(6, 10, "BODY", article=1)     # blank lines split it into blocks
p.block(13, 13, "CAPTION", article=1) # the photo's place, holding only its credit
p.block(15, 19, "BODY", article=1)

p.save()
