"""page-2209: 禄劝彝族苗族自治县人民政府 (kmlq.gov.cn, 专题专栏>创建全国文明城市), 2022-03-03, one article:
禄劝召开创建全国民族团结进步示范县工作表彰大会. Text as returned by the `pages` store, from its
breadcrumb; the last paragraph (张先宝强调,2022年是党的二十大召开之年,是) was cut off mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2209", "corpus/raw/pages/2209_luquan_minzu_tuanjie_biaozhang.txt",
         publisher="禄劝彝族苗族自治县人民政府", date="2022-03-03", script="simplified", origin="pages")

# ---- line 5: web meta line (decision 12: one BYLINE span per labelled credit, timestamp outside)
p.byline("BYLINE", "作者:禄劝县管理员", line=5)
p.byline("BYLINE", "来源:禄劝彝族苗族自治县人民政府", line=5)
p.ent("ADMIN", "禄劝县", line=5)                       # 禄劝县管理员: the site's account; the unit is ADMIN
p.ent("ORG", "禄劝彝族苗族自治县人民政府", line=5)      # the source is ORG

# ---- line 8: first paragraph
p.ent("ORG", "县委", line=8, nth=1)                    # 县委书记
p.ent("PERSON", "张先宝", line=8)
p.ent("ORG", "县委", line=8, after="张先宝")            # 县委副书记
p.ent("PERSON", "张津华", line=8)                      # 县长 张津华: title only
p.ent("ORG", "县人大常委会", line=8)
p.ent("PERSON", "李兴翠", line=8)
p.ent("ORG", "县政协", line=8)
p.ent("PERSON", "钟佳文", line=8)
p.ent("ORG", "县委", line=8, after="等县领导")          # 县委各部委 -> parent organ is ORG
#   县级国家机关各办局, 省市驻禄单位 (禄: one-character short form), 17个乡镇(街道): no span

# ---- line 12
p.ent("PERSON", "张先宝", line=12)
#   中央民族工作会议: 中央 only qualifies the meeting (like 中央八项规定), no span
p.ent("PERSON", "习近平", line=12)
p.ent("ADMIN", "云南", line=12)                        # 考察云南
#   中华民族共同体意识, 中华民族一家亲, 中国梦: no span (fixed political terms)

# ---- line 14
p.ent("PERSON", "张先宝", line=14)
p.ent("ADMIN", "云南省", line=14)                      # “云南省第一批民族团结进步示范县”: unit inside a title (decision 2)
p.ent("ORG", "县委", line=14)                          # 县委始终把…
#   “一把手工程”: 一把手 is the word for the top leader, no numbered formula (see notes)

# ---- every remaining 禄劝: the county by its short name (headline, line 8 event name, lines 12 and 14)
p.ent("ADMIN", "禄劝", every=True)

# ---- blocks
p.block(1, 1, "PAGE")                  # breadcrumb 首页>专题专栏>创建全国文明城市
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)     # [作者:… 发布时间:… 来源:…]
p.block(8, 8, "BODY", article=1)
p.block(10, 10, "PAGE")                # image file name 微信图片_20220303090914
p.block(12, 14, "BODY", article=1)

p.save()
