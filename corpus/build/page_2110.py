"""page-2110: 达州日报 (达州, 四川; page on yybnet.net's 达州 channel, meta line "达州日报 2020-03-24"),
one article: 包惠主持召开市委专题会 研究万达开川渝统筹发展示范区建设有关工作, then the site's
新闻推荐 list. Text as returned by the `pages` store, from its title; the store's last paragraph
(达州新闻,讲述家乡的故事。…接地气, a site blurb cut off mid-sentence) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2110", "corpus/raw/pages/2110_dazhou_baohui_wandakai.txt",
         publisher="达州日报", date="2020-03-24", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    raise SystemExit

# ---- line 1: headline (names run together: 胥健|康莲英|徐芝文)
p.ent("PERSON", "包惠", line=1)
p.ent("ORG", "市委", line=1)                           # 市委专题会: organ inside a meeting name
#   万达开川渝统筹发展示范区: one-character abbreviations (万/达/开, 川/渝) -> no ADMIN; not a zone unit
p.ent("PERSON", "胥健", line=1)
p.ent("PERSON", "康莲英", line=1)
p.ent("PERSON", "徐芝文", line=1)

# ---- line 3: web meta line without label (medium + time): BYLINE block, span for the medium
p.byline("BYLINE", "达州日报", line=3)
p.ent("ORG", "达州日报", line=3)

# ---- line 5
p.byline("BYLINE", "本报讯", line=5)                  # bare source tag
p.ent("ORG", "市委", line=5, nth=1)                    # 市委书记
p.ent("PERSON", "包惠", line=5)
p.ent("ORG", "市委", line=5, nth=1)                    # 市委专题会议
p.ent("ORG", "市人大常委会", line=5)
p.ent("PERSON", "胥健", line=5)
p.ent("ORG", "市政协", line=5)
p.ent("PERSON", "康莲英", line=5)
p.ent("ORG", "市委", line=5, nth=1)                    # 市委副书记
p.ent("PERSON", "徐芝文", line=5)

# ---- line 7
p.ent("ORG", "市发改委", line=7)
p.ent("PERSON", "包惠", line=7)
p.ent("ADMIN", "达州", line=7, every=True)             # 达州与…, 推动达州发展, 达州方案/声音/贡献 (5x)
p.ent("ADMIN", "重庆", line=7)
p.ent("ADMIN", "万州", line=7)
p.ent("ADMIN", "开州", line=7)
#   川渝: one-character abbreviations -> no span; 国家战略意图: no span

# ---- line 9
p.ent("PERSON", "包惠", line=9)
#   中央部委 (中央 as a modifier of a class of bodies), 省直部门: no span
p.ent("ADMIN", "万州", line=9)
p.ent("ADMIN", "开州", line=9)
p.ent("ADMIN", "梁平", line=9)

# ---- line 11: attendance list
p.ent("ORG", "市委", line=11, nth=1)                   # 市委常委
p.ent("ORG", "宣传部", line=11)                        # 宣传部部长: the city's 宣传部 (decision 13)
p.ent("ORG", "市直机关工委", line=11)
p.ent("PERSON", "洪继诚", line=11)
p.ent("ORG", "市委", line=11, nth=1)                   # 市委常委
p.ent("ORG", "达川区委", line=11)
p.ent("PERSON", "许国斌", line=11)
p.ent("ORG", "市委", line=11, nth=1)                   # 市委常委
p.ent("ORG", "统战部", line=11)
p.ent("ORG", "市总工会", line=11)
p.ent("PERSON", "胡杰", line=11)
p.ent("ORG", "市委", line=11, nth=1)                   # 市委常委
p.ent("ORG", "政法委", line=11)
p.ent("PERSON", "何政", line=11)

# ---- line 13: closing credit
p.byline("CREDIT", "(本报记者 谭楚甲)", line=13)
p.ent("PERSON", "谭楚甲", line=13)

# ---- lines 15-19: 新闻推荐 (list of links after the article: PAGE); units keep their spans
#   达城 (colloquial name of the city area) -> no span
p.byline("BYLINE", "本报讯", line=19)                 # source tag opening the recommended article's teaser
p.ent("ORG", "达州市公共交通有限公司", line=19)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 13, "BODY", article=1)
p.block(15, 19, "PAGE")

p.save()
