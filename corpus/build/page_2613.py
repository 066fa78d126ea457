"""page-2613: 五指山市人民政府 site (wzs.hainan.gov.cn, 毛道乡 党务政务公开 section), 2020-07-11,
one article: 毛道乡第九届人民代表大会第六次会议胜利召开. Text as returned by the `pages` store,
from its title (breadcrumb dropped); the store's last paragraph (大会听取和审议通过了…乡人大) is cut
off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2613", "corpus/raw/pages/2613_wuzhishan_maodao_renda.txt",
         publisher="五指山市人民政府", date="2020-07-11", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "毛道乡第九届人民代表大会", line=1)      # a congress of a numbered term is one ORG; 第六次会议 outside

# ---- line 3: 时间:… 来源: (empty source) -> PAGE, no byline
# ---- line 5: 分享至: -> PAGE

# ---- line 8
p.ent("ADMIN", "毛道乡", line=8)                     # 毛道乡召开第九届人民代表大会…: the congress is named
#   without its unit (第九届人民代表大会第六次会议: the session, a bare kind of body + term -> no ORG)
p.ent("ORG", "市人大常委会", line=8)
p.ent("PERSON", "邓清辉", line=8)
p.ent("ORG", "乡驻点乡村振兴工作队", line=8)          # the team stationed in the township (level word + team)
#   各所站负责人: generic, no span

# ---- line 10
p.ent("ORG", "市人大常委会", line=10)
p.ent("PERSON", "邓清辉", line=10)
#   本次人大会议: the meeting, no span
p.ent("ADMIN", "自贸港", line=10)                    # 建设自贸港: the Hainan free trade port (decision 3, zone word naming one zone)
p.ent("ADMIN", "毛道", line=10, after="自贸港元年")     # 毛道担当: bare name of the township
p.ent("ORG", "市委", line=10)                        # 市委推荐
p.ent("ORG", "乡政府", line=10, nth=1)               # 乡政府领导班子成员提名候选人
#   党委和政府, 党委政府: generic, no span; 乡镇人大 (x3): a class of bodies, no span
p.ent("ORG", "乡政府", line=10, after="四是希望即将当选的")
p.ent("ADMIN", "毛道乡", line=10, after="增强做好建设")
p.ent("ADMIN", "毛道乡", line=10, after="发展")
p.ent("ADMIN", "毛道", line=10, after="建设美好")

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")          # 时间:2020-07-11 10:24  来源: (a date-only meta line)
p.block(5, 5, "PAGE")          # 分享至: (site furniture)
p.block(8, 10, "BODY", article=1)

p.save()
