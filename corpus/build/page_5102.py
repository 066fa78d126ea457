"""page-5102: 青田县北山镇人民政府 (inferred: 北山镇's weekly digest in the 乡镇街道/北山镇 section of
中国青田, zgqt.zj.cn, 青田县人民政府's portal; it says 我镇), date not printed, one article:
北山镇一周动态 8月26日-9月2日. Text as returned by the `pages` store, from its title (the cut
last paragraph, 会上,镇林业分管领导…盯牢, dropped)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5102", "corpus/raw/pages/5102_qingtian_beishan_weekly.txt",
         publisher="青田县北山镇人民政府", date=None, script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "北山镇", line=1)

# ---- line 9
p.ent("ADMIN", "北山镇", line=9)
#   党的二十届三中全会: a plenary session, no span, no formula
p.ent("ORG", "县委", line=9)                     # 县委常委会(扩大)会议: the committee's meeting -> 县委 only

# ---- line 16
p.ent("ADMIN", "北山镇", line=16)

# ---- line 24
p.ent("PERSON", "周赟", line=24)                 # 副县长 title outside
p.ent("ADMIN", "北山镇", line=24)
#   千峡小镇: a 小镇 is a place (decision 3), no span
p.ent("ADMIN", "张坪", line=24)                  # 张坪和美乡村项目: the village inside a project name (decision 2)
p.ent("ADMIN", "张坪村", line=24)

# ---- line 32
p.ent("PERSON", "陆水军", line=32)
p.ent("ADMIN", "北山镇", line=32, nth=1)
#   北南线公路: a road, no span
p.ent("ORG", "县交通运输局", line=32)
p.ent("ADMIN", "北山镇", line=32, nth=1)         # second 北山镇 (the first is taken)

# ---- line 37
p.ent("PERSON", "陆水军", line=37)
p.ent("ORG", "丽水市交通运输行政执法队", line=37)
p.ent("PERSON", "熊照", line=37)                 # 副队长 title outside
p.ent("ADMIN", "北山镇", line=37)

# ---- line 41
p.ent("ADMIN", "北山镇", line=41, nth=1)
p.ent("ADMIN", "湖中村", line=41)
#   马坳自然村 (three times): below village level, no span (decision 3)
p.ent("ORG", "北山镇调研组", line=41)            # a team the town sends out, one ORG with its unit
p.ent("ADMIN", "温州市", line=41)
p.ent("ADMIN", "乐清市", line=41)
p.ent("ADMIN", "柳市镇", line=41)
p.ent("ADMIN", "马坳村", line=41)                # written as a village's name (the former 马坳村), acting

# ---- line 49
p.ent("ADMIN", "北山镇", line=49, nth=1)
p.ent("ORG", "县委第四巡察组", line=49)
p.ent("ORG", "北山镇党委", line=49)

# ---- line 57
p.ent("ADMIN", "北山镇", line=57)
#   各村党支部书记: generic, no span (decision 5)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "SUBHEAD", article=1)     # the week the digest covers
for sec, num, body_first, body_last in [(5, 7, 9, 9), (18, 20, 24, 24), (26, 28, 32, 32),
                                        (43, 45, 49, 49), (51, 53, 57, 57)]:
    p.block(sec, sec, "CROSSHEAD", article=1)     # 精神学习篇, 乡村运营篇 … section heads
    p.block(num, num, "CROSSHEAD", article=1)     # item number 01
    p.block(body_first, body_last, "BODY", article=1)
p.block(10, 10, "CROSSHEAD", article=1)  # 02
p.block(16, 16, "BODY", article=1)
p.block(33, 33, "CROSSHEAD", article=1)  # 02
p.block(37, 37, "BODY", article=1)
p.block(38, 38, "CROSSHEAD", article=1)  # 03
p.block(41, 41, "BODY", article=1)

p.save()
