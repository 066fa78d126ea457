"""page-5706: 芜湖县纪委监委 (whxjw.gov.cn, the discipline commission's site of 芜湖县, 安徽 芜湖市;
publisher inferred from the domain and from a sister page on the same site, wenzhang_688764, which
reports on 芜湖县纪委监委's own work), undated (May 2020 by content): the county Party committee's
inspection teams' public notice (巡察公告). The stored page has no title line; text as returned by the
`pages` store, its last line (cut off mid-sentence: 4.来信请) dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5706", "corpus/raw/pages/5706_wuhuxian_xuncha_gonggao.txt",
         publisher="芜湖县纪委监委", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1
p.ent("ORG", "县委", line=1)                          # 根据县委统一安排
# 县委第二、第三、第四巡察组: three teams named in one elliptic coordination; no part but the last is a
# name on its own, so the whole coordination is one ORG span (open decision, see notes)
p.ent("ORG", "县委第二、第三、第四巡察组", line=1)
p.ent("ORG", "县人大机关", line=1)                    # the congress's offices (sub-unit with its organ)

# ---- line 3
p.ent("ORG", "党中央", line=3)
#   基层党组织: a kind of body (党组织 is never ORG)

# ---- line 5: 被巡察单位, 县管干部, 内设股室, 二级机构: generic, no span

# ---- line 7: (一)
for s in ["县委第二巡察组", "县人大机关", "县政协机关", "县应急管理局", "县医疗保障局", "县航空产业发展服务中心"]:
    p.ent("ORG", s, line=7)
# ---- line 8
for s in ["县人大机关", "县政协机关", "县应急管理局", "县医疗保障局", "县航空产业发展服务中心", "县信访局"]:
    p.ent("ORG", s, line=8)
# ---- lines 9-10: e-mail address, telephone numbers: no span
# ---- line 11: 县行政四号楼十一楼 is a building (no span); the team after it is the addressee
p.ent("ORG", "县委第二巡察组", line=11)

# ---- line 12: (二)
for s in ["县委第三巡察组", "县委统战部", "县教育局", "县一中", "南湖学校", "新芜学校"]:
    p.ent("ORG", s, line=12)                          # 县一中 like 市五幼; schools are ORG (§2)
# ---- line 13
for s in ["县委统战部", "县教育局", "县一中", "南湖学校", "新芜学校", "县信访局"]:
    p.ent("ORG", s, line=13)
# ---- line 16
p.ent("ORG", "县委第三巡察组", line=16)

# ---- line 17: (三)
for s in ["县委第四巡察组", "县委宣传部", "县委政法委", "县融媒体中心", "县退役军人事务局"]:
    p.ent("ORG", s, line=17)
# ---- line 18
for s in ["县委宣传部", "县委政法委", "县融媒体中心", "县退役军人事务局", "县信访局"]:
    p.ent("ORG", s, line=18)

# ---- blocks: one article (a notice without a title line on the stored page)
p.block(1, 1, "BODY", article=1)
p.block(2, 2, "CROSSHEAD", article=1)     # 一、巡察主要任务 (numbered heading)
p.block(3, 3, "BODY", article=1)
p.block(4, 4, "CROSSHEAD", article=1)     # 二、受理信访范围
p.block(5, 5, "BODY", article=1)
p.block(6, 6, "CROSSHEAD", article=1)     # 三、受理信访方式
p.block(7, 20, "BODY", article=1)         # (一)…(三) are sentences (which team inspects whom) with their
                                          # numbered items 1.-4.: body text of the notice, not headings

p.save()
