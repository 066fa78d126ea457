"""page-4906: 襄阳日报 (e-paper copy on the 360elib 电子报阅读机, 03 要闻), 12-14 (year not printed), one
article: 全市宣传思想文化工作会议 with its first speaker's statement (a digest of speeches). Text as returned
by the `pages` store, from its title (the reader's own header lines above it are left out); the last
paragraph, cut off mid-sentence by the store (着力打造更有影响的特色文化品牌…持续推进襄阳城墙、襄樊), was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4906", "corpus/raw/pages/4906_xiangyang_xuanchuan_huiyi.txt",
         publisher="襄阳日报", date=None, script="simplified", origin="pages")

# ---- line 7: lead photo caption with its credit
p.byline("PHOTO", "全媒体记者 李旭晖 摄", line=7)
p.ent("PERSON", "李旭晖", line=7)

# ---- line 11: the meeting and the five speakers' units
p.ent("ORG", "市文化和旅游局", line=11)
p.ent("ORG", "市融媒体中心(襄阳新闻传媒集团)筹建工作专班", line=11)   # a named working team, bracketed alias inside
p.ent("ORG", "枣阳市委宣传部", line=11)
p.ent("ORG", "谷城县委宣传部", line=11)
p.ent("ORG", "襄城区委宣传部", line=11)
p.ent("PERSON", "习近平", line=11, nth=1)            # 习近平文化思想
p.ent("PERSON", "习近平", line=11, nth=1)            # 习近平总书记 (second occurrence, first now taken)
p.ent("ORG", "党中央", line=11)
p.ent("ORG", "省委", line=11)
p.ent("ORG", "市委", line=11)                        # 省委、市委工作要求 -> two ORG

# ---- line 13: the speech's own title (crosshead)
p.ent("PERSON", "习近平", line=13)

# ---- line 15: speaker line (decision 8; 29NN: each speaker line of a digest is a BYLINE)
p.byline("BYLINE", "市文化和旅游局党组书记、局长 袁晓宁", line=15)
p.ent("ORG", "市文化和旅游局党组", line=15)         # 党组 after an organ stays inside
p.ent("PERSON", "袁晓宁", line=15)

# ---- line 17
p.ent("PERSON", "习近平", line=17, every=True)      # 习近平文化思想 twice
#   市直文旅系统: generic, no span

# ---- line 19: no names (城市书房, 公共图书馆, 民间文化收藏馆 are generic; “国家一级馆” is a rating)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")          # 日期:12-14 (date-only meta line)
p.block(4, 4, "PAGE")          # 字号:
p.block(5, 5, "PAGE")          # 版面:03 要闻  上一篇  下一篇 (e-paper navigation)
p.block(7, 7, "CAPTION", article=1)
p.block(9, 11, "BODY", article=1)
p.block(13, 13, "CROSSHEAD", article=1)
p.block(15, 15, "BYLINE", article=1)
p.block(17, 19, "BODY", article=1)

p.save()
