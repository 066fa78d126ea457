"""page-3212: 河池日报 (carried on yybnet.net's 河池/东兰 channel), front-page article of December
2011 (its text runs on to page 2: (下转第二版)): 沈北海在东兰金城江调研时要求 强攻旅游发展 紧盯项目建设.
Publisher inferred: a 本报讯 city paper (市长何辛幸, 市委、市政府 without a name: 河池市) on yybnet's
河池 channel. The stored page ends with a 新闻推荐 link list whose last line (东兰) is cut off
and was dropped. No date printed (URL 201112)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3212", "corpus/raw/pages/3212_hechi_shenbeihai_donglan.txt",
         publisher="河池日报", date=None, script="simplified", origin="pages")

# ---- line 1: headline
p.ent("PERSON", "沈北海", line=1)
p.ent("ADMIN", "东兰", line=1)
p.ent("ADMIN", "金城江", line=1)

# ---- lines 2-7: byline broken over six lines, then the first paragraph
p.byline("BYLINE", "本报讯(记者罗昌亮通讯员杨峰韦远哲)")
p.ent("PERSON", "罗昌亮", line=4)
p.ent("PERSON", "杨峰", line=6)
p.ent("PERSON", "韦远哲", line=7)
p.ent("ORG", "自治区党委", line=7)                    # 自治区党委常委 -> ORG + title
p.ent("ORG", "宣传部", line=7)                        # 宣传部部长 -> ORG 宣传部 (the region's)
p.ent("PERSON", "沈北海", line=7)
p.ent("PERSON", "何辛幸", line=7)                     # 市长何辛幸: a title with no unit
p.ent("ADMIN", "东兰县", line=7)
p.ent("ADMIN", "金城江区", line=7)
p.ent("PERSON", "沈北海", line=7, after="进行调研。")

# ---- line 8
p.ent("PERSON", "沈北海", line=8)
p.ent("ADMIN", "东兰县", line=8)                      # 东兰县城文化广场: X县城 -> ADMIN X县
p.ent("PERSON", "蒙胜文", line=8)                     # 铜鼓手蒙胜文
p.ent("ADMIN", "东兰县", line=8, after="当得知")
p.ent("ADMIN", "河池", line=8)                        # 河池第十二届铜鼓山歌艺术节 (event: unit inside)
p.ent("ADMIN", "中国", line=8)                        # 中国大世界基尼斯纪录 (a record's name: 中国 as a place)
p.ent("PERSON", "沈北海", line=8, after="纪录时")

# ---- line 9
p.ent("PERSON", "韦国清", line=9, every=True)          # four mentions (韦国清同志)
p.ent("ORG", "自治区党委", line=9)
#   政府 in 自治区党委、政府: bare 政府, no span (as 糜镇党委政府)
p.ent("ORG", "市委", line=9)
p.ent("ORG", "市政府", line=9)
p.ent("ADMIN", "东兰县", line=9)
p.ent("ADMIN", "三石镇", line=9)
p.ent("ADMIN", "弄英村", line=9)
#   壮乡英才园 (a memorial park, a site): no span; 纪念馆, 集会广场: places
p.ent("ORG", "英才小学", line=9)                      # a named school (§2 ORG), planned in the park
p.ent("PERSON", "沈北海", line=9)

# ---- line 11: linked title under 新闻推荐
p.ent("ADMIN", "东兰", line=11)
#   红水河 (a river), 红水河百里廉政长廊 (a brand): no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 9, "BODY", article=1)       # 本报讯 byline runs into the first paragraph (line 7)
p.block(10, 11, "PAGE")                # 新闻推荐 and the linked title: site furniture

p.save()
