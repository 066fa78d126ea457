"""page-1410: 桐乡新闻网 (浙江省桐乡市), 2018-03-08, article from 《钱江晚报·今日桐乡》, one article."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1410", "corpus/raw/pages/1410_tongxiang_sanzhi.txt",
         publisher="桐乡新闻网", date="2018-03-08", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---------------------------------------------------------------- line 1: kicker (factual line naming actor and event)
p.ent("ORG", "省委政法委", line=1)
# 来桐: one-character short form of 桐乡 -> never ADMIN

# ---------------------------------------------------------------- line 3: headline
p.ent("ADMIN", "桐乡", line=3)
# first mention of 三治; the article spells its items out on line 11 (自治、法治、德治)
p.slogan("GROUP", "三治", line=3, expansion=["自治", "法治", "德治"])

# ---------------------------------------------------------------- line 5: web meta line (decision 12)
p.byline("BYLINE", "来源: 《钱江晚报·今日桐乡》", line=5)
p.ent("ORG", "钱江晚报", line=5)                     # two media joined in one source (滨州日报/滨州网 precedent)
p.ent("ORG", "今日桐乡", line=5)
p.byline("BYLINE", "作者:记者 吴卓尔", line=5)
p.ent("PERSON", "吴卓尔", line=5)

# ---------------------------------------------------------------- line 7
p.ent("ORG", "省委政法委", line=7)
p.ent("ORG", "省平安办", line=7)
p.ent("PERSON", "朱晨", line=7)
p.ent("ADMIN", "桐乡", line=7)
p.ent("ORG", "乌镇管家联动中心", line=7)              # a named command centre that acts (line 9: 整合…系统)
p.ent("ORG", "濮院镇永乐村综治工作站", line=7)        # a named village's organ, with its prefix
p.ent("ORG", "嘉兴市委", line=7)
p.ent("ORG", "政法委", line=7)                        # 政法委书记: 嘉兴市委's 政法委 (decision 13/15)
p.ent("PERSON", "孙贤龙", line=7)
p.ent("ADMIN", "桐乡市", line=7)                      # 桐乡市领导
p.ent("PERSON", "王申峰", line=7)
p.ent("PERSON", "潘川弟", line=7)

# ---------------------------------------------------------------- line 9
p.ent("PERSON", "朱晨", line=9)
p.ent("ORG", "乌镇管家联动中心", line=9, every=True)  # twice on this line
p.ent("ORG", "乌镇镇党委", line=9)                    # 乌镇镇党委政府: bare 政府 no span (糜镇党委政府 precedent)
p.ent("ADMIN", "乌镇", line=9, every=True)            # 来到乌镇; 乌镇基层治理综合信息指挥平台 (a platform);
                                                      # 乌镇管家队伍 (a brand of 群防群治, no ORG); 乌镇管家信息系统
# 互联网小镇: an epithet, no span

# ---------------------------------------------------------------- line 11
p.ent("ORG", "濮院永乐村综治工作站", line=11)          # 濮院 = 濮院镇, short form
p.ent("PERSON", "朱晨", line=11)
p.ent("ORG", "桐乡市委", line=11)
p.ent("ORG", "政法委", line=11)                       # 桐乡市委副书记、政法委书记
p.ent("PERSON", "潘川弟", line=11)
p.slogan("GROUP", "三治", line=11, nth=1)             # 桐乡“三治”建设开展情况座谈会
p.slogan("GROUP", "三治融合", line=11, expansion=["自治", "法治", "德治"])
p.ent("ADMIN", "桐乡", line=11, every=True)           # 座谈会 name; 就桐乡“三治融合”; 桐乡经过; 2017年,桐乡
p.ent("ADMIN", "嘉兴", line=11)
# 全科网格, 雪亮工程, 平安金鼎, 群防群治, 党的十九大: no numeral formula / no span

# ---------------------------------------------------------------- blocks
p.block(1, 1, "KICKER", article=1)
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)
p.block(7, 11, "BODY", article=1)

p.save()
