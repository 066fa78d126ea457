"""page-3102: 东北网双鸭山 (shuangyashan.dbw.cn, the 双鸭山 city channel of 东北网), 2009-03-20, one article
on the 双鸭山市宝山区 government's plenary meeting. The stored page opens with the body (no title stored)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3102", "corpus/raw/pages/3102_shuangyashan_baoshan_quanti.txt",
         publisher="东北网双鸭山", date="2009-03-20", script="simplified", origin="pages")

# ---- line 1: source tag with dateline + lead
p.byline("BYLINE", "东北网双鸭山3月20日讯")        # decision 12: dateline inside the source tag
p.ent("ORG", "东北网", line=1)                    # the portal alone (25NN, 29/30NN)
p.ent("ADMIN", "双鸭山", line=1)
p.ent("ORG", "宝山区政府", line=1)

# ---- line 2
p.ent("ORG", "市政府", line=2)                    # 市政府第三次全体会议: organ inside a meeting name
p.ent("ORG", "区委", line=2)                      # 区委六届五次全委(扩大)会议
p.ent("ORG", "区人大", line=2)                    # 区人大四次 (its session)

# ---- line 3
p.ent("ORG", "区委", line=3)                      # 区委常委、常务副区长徐旭升
p.ent("PERSON", "徐旭升", line=3)
p.ent("ORG", "区政府党组", line=3)                # 党组 inside its organ (corpus majority)
p.ent("ORG", "区政府", line=3, nth=1)             # 区政府在家的政府班子成员
p.ent("ORG", "区政府", line=3, after="党组成员")  # 区政府各部门: parent before a generic word
#   政府班子成员: bare 政府, no span
p.ent("ADMIN", "七星镇", line=3)
#   各街道办事处, 区辖中省市直单位: generic

# ---- line 4
p.ent("ORG", "市政府", line=4)
#   全市民政工作会议 … 商务工作会议: meetings, no organ named
p.ent("PERSON", "刘建伟", line=4)                 # 政府区长刘建伟: bare 政府, title

# ---- line 5
p.ent("PERSON", "刘建伟", line=5)
p.ent("ORG", "市委", line=5)
p.ent("ORG", "市政府", line=5)
p.ent("ORG", "区委", line=5)
#   八个方面: a count in prose, no formula

# ---- line 6
p.ent("PERSON", "刘建伟", line=6)
p.ent("ORG", "市政府", line=6)

# ---- line 7
p.ent("PERSON", "刘建伟", line=7)
p.ent("ADMIN", "宝山区", line=7)

# ---- line 8
p.ent("PERSON", "徐旭升", line=8)

# ---- blocks
p.block(1, 8, "BODY", article=1)

p.save()
