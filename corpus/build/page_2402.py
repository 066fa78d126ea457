"""page-2402: 广安日报 (reprinted on yybnet.net's 今日武胜 channel), 2020-09 (url), one article:
见证融合力量 … 川东北地区党报媒体融合发展座谈会嘉宾采风侧记. Text as returned by the `pages`
store, from its title; the last (cut-off) paragraph dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2402", "corpus/raw/pages/2402_guangan_meiti_ronghe_caifeng.txt",
         publisher="广安日报", date=None, script="simplified", origin="pages")

# ---- line 1: headline — 川东北地区: a region, no span; the 座谈会 is an event
# ---- line 2: caption, no names

# ---- line 3: byline (several credits on one line: one span, decision 12)
p.byline("BYLINE", "□武胜记者站 颜伟 实习生 黄钟锐 刘鑫 本报记者 龙俊帆 文/图", line=3)
p.ent("ORG", "武胜记者站", line=3)                  # the paper's bureau in 武胜县: a named unit in the source tag
for name in ["颜伟", "黄钟锐", "刘鑫", "龙俊帆"]:
    p.ent("PERSON", name, line=3)

# ---- line 4
p.ent("ADMIN", "广安", line=4)                      # 广安大地

# ---- line 5
#   川东北地区党报媒体融合发展座谈会: region + event, no span
p.ent("ORG", "广安日报社融媒体中心", line=5)        # sub-unit with its organisation: one ORG
p.ent("ADMIN", "武胜县", line=5)

# ---- line 6
p.ent("ORG", "广安日报社融媒体中心", line=6, every=True)   # three mentions
#   ‘賨闻@云·全媒体中央信息厨房’: a platform's brand, no span
#   七大系统: counts the systems of a software platform (ordinary count, decision 10), no slogan

# ---- line 7
p.ent("ORG", "广安日报社融媒体中心", line=7)
p.ent("ORG", "广安日报", line=7)                    # 《广安日报》: the newspaper
#   “策、采、编、审、发、析”: no numeral, no slogan
p.ent("ADMIN", "广安", line=7, after="打造成为")     # 广安区域性…

# ---- line 8
#   融媒体中心 (参观完融媒体中心): bare institution type, no span (decision 13)
p.ent("ORG", "攀枝花日报社党委", line=8)            # 攀枝花日报社党委委员: title keeps its organ
p.ent("PERSON", "陈帆", line=8)

# ---- line 9
p.ent("ORG", "西华师范大学", line=9)
p.ent("PERSON", "陈帆", line=9, every=True)         # two mentions
p.ent("ORG", "广安日报社融媒体中心", line=9)
p.ent("ORG", "广安日报社", line=9, every=True)      # 来到广安日报社实习; 广安日报社实现了质的飞跃
#   其他市州党报融媒体中心: generic, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "CAPTION", article=1)     # 嘉宾在朝门院子参观。 (the photo's caption, printed under the title)
p.block(3, 3, "BYLINE", article=1)
p.block(4, 9, "BODY", article=1)

p.save()
