"""page-2811: 凉山日报 (凉山新闻网 ls666.com, 凉山彝族自治州), 2018-02-07, one article:
【新春走基层】凉山决战决胜深度贫困脱贫攻坚纪实(上). Text as returned by the `pages` store, from
its title; the last paragraph (cut off mid-sentence: “彝海结盟”是中国共产党的民族) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2811", "corpus/raw/pages/2811_liangshan_tuopin_jishi.txt",
         publisher="凉山日报", date="2018-02-07", script="simplified", origin="pages")

# ---- line 1: headline (series banner 【新春走基层】 stays in the HEADLINE block)
p.ent("ADMIN", "凉山", line=1)                      # 凉山 = 凉山州, bare name of the unit

# ---- line 3: web meta line with a source credit (decision 12)
p.byline("BYLINE", "来源:凉山日报全媒体", line=3)
p.ent("ORG", "凉山日报全媒体", line=3)              # the medium named as source (whole name as written)
p.ent("PERSON", "杨童旖", line=3)                   # 责任编辑: editor's name, no byline span

# ---- lines 8 and 10: the same photo caption printed twice
for ln in (8, 10):
    p.ent("ADMIN", "布拖县", line=ln)
    p.ent("ADMIN", "拖觉镇", line=ln)
    p.ent("ADMIN", "保俩姑尔村", line=ln)
    p.byline("PHOTO", "本报特约记者 俄底尔以 摄", line=ln)
    p.ent("PERSON", "俄底尔以", line=ln)

# ---- body
p.ent("ADMIN", "凉山", line=14)
p.ent("ORG", "党中央", line=18)
p.ent("ORG", "国务院", line=18)                     # 党中央国务院 -> two ORG; 省、州党委政府: level words, no span
p.ent("ADMIN", "凉山", line=18)
p.ent("ADMIN", "凉山", line=22)
p.ent("ADMIN", "凉山", line=26, every=True)         # two mentions
#   line 30: 千里大小凉山 = the 大凉山/小凉山 mountain regions, no span; 凉山就有多拼 -> ADMIN
p.ent("ADMIN", "凉山", line=30, after="凉山,")
p.ent("ADMIN", "凉山", line=38)                     # crosshead 党的光辉照凉山
p.ent("ADMIN", "凉山", line=44)
p.ent("ORG", "中国工农红军先遣队", line=44)          # a named army unit acting (its 总司令)
p.ent("PERSON", "刘伯承", line=44)
p.ent("PERSON", "果基小叶丹", line=44)              # Yi leader: clan name 果基 + 小叶丹, one name
#   彝海: a lake, no span; 中国共产党 is in the dropped cut-off paragraph

# no numbered formulas on the page (一步跨千年 is a metaphor; 6个深度贫困地区 a count)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)        # 时间 来源 责任编辑 meta line
p.block(5, 5, "SUBHEAD", article=1)       # 啃下硬骨头 创造新历史 (副题 under the web title)
p.block(8, 8, "CAPTION", article=1)
p.block(10, 10, "CAPTION", article=1)
for ln in (14, 18, 22, 26, 30):
    p.block(ln, ln, "BODY", article=1)
p.block(33, 33, "PAGE")                   # image file name QQ图片20180206175401 (picture placeholder)
p.block(38, 38, "CROSSHEAD", article=1)
p.block(40, 40, "CROSSHEAD", article=1)
p.block(44, 44, "BODY", article=1)

p.save()
