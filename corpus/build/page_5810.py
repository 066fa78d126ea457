"""page-5810: a county WeChat account of 黔西县 (毕节市, 贵州), copy stored at freewechat.com
(account MzI4NjY4NjQ2OA==, name not printed; publisher inferred), one article:
黔西县召开脱贫攻坚领导小组暨第十七次指挥长会议 (1月24日, year not printed). Text as returned by the
`pages` store, from its title; the last paragraph (会议强调…), cut mid-sentence by the store, dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5810", "corpus/raw/pages/5810_qianxi_tuopin_zhihuizhang.txt",
         publisher="黔西县微信公众号", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ADMIN", "黔西县", line=1)                  # 黔西县|召开|…
p.ent("ORG", "脱贫攻坚领导小组", line=1)           # organ inside a meeting's name (…暨第十七次指挥长会议)

# ---- line 2: lead
p.ent("ORG", "市委", line=2, nth=1)              # 市委常委 -> ORG 市委
p.ent("ORG", "县委", line=2, nth=1)              # 县委书记
p.ent("PERSON", "卢林", line=2)
p.ent("ORG", "黔西县脱贫攻坚领导小组", line=2)      # named with its county
p.ent("ORG", "县委", line=2)                     # 县委常委 (the members) -> ORG 县委
p.ent("ORG", "县人大常委会", line=2)
p.ent("ORG", "县政府", line=2)
p.ent("ORG", "县政协", line=2)
p.ent("ORG", "县法院", line=2)
p.ent("ADMIN", "黔西经济开发区", line=2)           # a named 开发区 is a zone (decision 3)
p.ent("ORG", "县人武部", line=2)
p.ent("ORG", "县委党校", line=2)
p.ent("ORG", "县公安局", line=2)
p.ent("ORG", "毕节实验二中", line=2)              # a school
#   各乡镇(街道), 县直各部门: generic -> no span

# ---- line 3: photo caption (会议现场)

# ---- line 4
p.ent("ORG", "省委", line=4, nth=1)              # 省委书记
p.ent("PERSON", "孙志刚", line=4)
p.ent("ORG", "市委", line=4)                     # 市委书记
p.ent("PERSON", "周建琨", line=4)
#   全省“两会”: a count of meetings, no formula (session 7 decision)
p.ent("ORG", "省委", line=4)                     # 省委主要领导
p.ent("ORG", "省扶贫办", line=4)
p.ent("ADMIN", "贵州省", line=4)                  # inside the report's title (decision 2)
p.slogan("COUNT", "两个硬化", line=4)            # “两个硬化”建设工作; items not spelled out
#   全市农业产业结构调整…会议, 省脱贫攻坚考核: no named body

# ---- line 5: caption
p.ent("ORG", "市委", line=5)
p.ent("ORG", "县委", line=5)
p.ent("PERSON", "卢林", line=5)

# ---- line 6
#   我省, 全县, 党的十九大, 省“两会”: no span
p.ent("ORG", "省委", line=6)
p.ent("PERSON", "孙志刚", line=6)
p.ent("ORG", "市委", line=6)
p.ent("PERSON", "周建琨", line=6)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BODY", article=1)
p.block(3, 3, "CAPTION", article=1)     # 会议现场: caption of the meeting photo
p.block(4, 4, "BODY", article=1)
p.block(5, 5, "CAPTION", article=1)     # speaker's photo caption
p.block(6, 6, "BODY", article=1)

p.save()
