"""page-2003: 今日长子 (长子县融媒体中心 e-paper, jrzz.zzc-media.com), issue 1750, page 1, one article:
我县召开对外宣传工作座谈会. Text as returned by the `pages` store, from its first line; the last
paragraph (李峰在主持会议时表示, …以党) was cut off mid-sentence in the store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2003", "corpus/raw/pages/2003_zhangzi_waixuan_zuotanhui.txt",
         publisher="今日长子 (长子县融媒体中心)", date=None, script="simplified", origin="pages")
# p.show()

# ---- line 3: bare source tag + attendance list
p.byline("BYLINE", "本报讯", line=3)
#   县宾馆: a venue (decision 14), no span
p.ent("ORG", "长治日报社", line=3, every=True)        # the city paper's publisher (§2 media; 甘肃日报社 precedent)
p.ent("ORG", "县委", line=3, nth=1)                  # 县委书记郭强
p.ent("PERSON", "郭强", line=3)
p.ent("PERSON", "刘建林", line=3)
p.ent("PERSON", "逯江", line=3)
p.ent("PERSON", "朱健", line=3)
p.ent("ORG", "县委", line=3, after="朱健")            # 县委副书记
p.ent("ORG", "宣传部", line=3)                       # 宣传部长 -> ORG 宣传部 (shortened title keeps its department)
p.ent("PERSON", "李峰", line=3)
p.ent("ORG", "县委办", line=3)                       # 县委办主任 (add before 县委常委's 县委)
p.ent("ORG", "县委", line=3, after="李峰")            # 县委常委 -> ORG 县委
p.ent("PERSON", "申丽光", line=3)

# ---- line 4
p.ent("PERSON", "郭强", line=4)
p.ent("ORG", "长治日报社", line=4, every=True)
p.ent("ADMIN", "长子县", line=4)
p.ent("ADMIN", "长子", line=4, every=True)            # bare county name, every mention (§2)

# ---- line 5
p.ent("PERSON", "刘建林", line=5)
p.ent("PERSON", "逯江", line=5)
p.ent("ADMIN", "长子", line=5, every=True)
p.ent("ORG", "市委", line=5)                         # 紧密结合市委决策部署: 长治市委 acting

# ---- blocks
p.block(1, 1, "PAGE")                                # issue / page line of the e-paper
p.block(2, 2, "HEADLINE", article=1)
p.block(3, 5, "BODY", article=1)

p.save()
