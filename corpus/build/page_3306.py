"""page-3306: 上虞日报 (e-paper at szb.ishangyu.net, section 今日上虞), 2006-03-01 (date read from
the URL path 2006/jrsy/030101), one article: 姚民声来虞考察. Text as returned by the `pages` store,
with the e-paper's masthead and navigation above the article; the last paragraph
("下午,姚民声社长一行驱车赶往…产业结构调") breaks off mid-sentence in the store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3306", "corpus/raw/pages/3306_shangyu_daily_yaominsheng.txt",
         publisher="上虞日报", date="2006-03-01", script="simplified", origin="pages")

# ---- masthead and navigation (PAGE)
#   line 1: 国内统一刊号 / site / e-mail: no spans
p.ent("ORG", "上虞日报", line=3)                     # 点击上虞日报: the paper itself (a medium is ORG)
p.ent("ADMIN", "上虞", line=5)                       # 关注上虞热点
p.ent("ADMIN", "上虞", line=7)                       # 讴歌上虞建设
p.ent("ADMIN", "上虞", line=14)                      # nav item 今日上虞 (a section name: unit inside)
p.ent("PERSON", "虞舜", line=20)                     # nav item 虞舜文化: Shun, the (legendary) ruler

# ---- line 34: section name 今 日 上 虞 (COLUMN)
p.ent("ADMIN", "上虞", line=34)                      # "上 虞" with its layout space

# ---- line 37: headline
p.ent("PERSON", "姚民声", line=37)                   # 来虞: one-character short form of 上虞, no ADMIN

# ---- line 39: subhead (the officials who accompanied the visit)
for name in ["任其良", "温暖", "赵畅", "吕军"]:
    p.ent("PERSON", name, line=39)

# ---- line 43: caption with photo credit
p.ent("PERSON", "姚民声", line=43)
p.byline("PHOTO", "本报记者 韩坚 摄", line=43)
p.ent("PERSON", "韩坚", line=43)

# ---- line 45: byline + first paragraph
p.byline("BYLINE", "本报讯 (记者 徐芳)", line=45)
p.ent("PERSON", "徐芳", line=45)
p.ent("ORG", "浙江日报报业集团党委", line=45)        # 党委书记、社长: the group's Party committee + title
p.ent("PERSON", "姚民声", line=45)
#   本报今后发展思路, 本报社主要领导: 本报 is never ORG
p.ent("ORG", "市委", line=45)                        # 市委书记任其良
p.ent("PERSON", "任其良", line=45)
p.ent("ORG", "市委", line=45, after="任其良")        # 市委副书记温暖
p.ent("PERSON", "温暖", line=45)
p.ent("ORG", "市委", line=45, after="温暖")          # 市委常委 -> ORG 市委
p.ent("ORG", "宣传部", line=45)                      # 宣传部长 -> ORG 宣传部
p.ent("PERSON", "赵畅", line=45)
p.ent("PERSON", "吕军", line=45)                     # 副市长吕军

# ---- line 47
p.ent("ORG", "市委", line=47)                        # 市委书记任其良
p.ent("PERSON", "任其良", line=47)
p.ent("PERSON", "姚民声", line=47, every=True)       # 向姚民声等, 姚民声社长, 姚民声对上虞, 姚民声对我市, 姚民声还
p.ent("ADMIN", "上虞", line=47, every=True)          # 上虞实施, 上虞的企业
#   “工业立市”、“科技强市”: no numeral, no formula; 三环曹娥江大桥: a bridge (三环 = ring road)
p.ent("PERSON", "任其良", line=47, after="在")
p.ent("PERSON", "温暖", line=47)

# ---- blocks
p.block(1, 32, "PAGE")                 # masthead, banners, navigation bar (split at blank lines)
p.block(34, 34, "COLUMN")              # 今 日 上 虞 (the section the article stands in)
p.block(37, 37, "HEADLINE", article=1)
p.block(39, 39, "SUBHEAD", article=1)  # officials accompanying: a line of facts under the headline
p.block(43, 43, "CAPTION", article=1)
p.block(45, 47, "BODY", article=1)

p.save()
