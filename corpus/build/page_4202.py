"""page-4202: 鹤岗市融媒体中心 (its WeChat account 鹤岗融媒; 来源 鹤岗新闻联播; copy at wxredian.com),
2024-11-01, one article: 中国记协副主席张春姣看望慰问我市新闻工作者. Text as returned by the `pages`
store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4202", "corpus/raw/pages/4202_hegang_jixie_weiwen.txt",
         publisher="鹤岗市融媒体中心", date="2024-11-01", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "中国记协", line=1)                    # the association's short form (like 市记协)
p.ent("PERSON", "张春姣", line=1)
#   我市: deictic, no span

# ---- line 3: WeChat meta (category, time, location): PAGE
p.ent("ADMIN", "黑龙江", line=3)

# ---- line 5
p.ent("ORG", "中国记协", line=5)
p.ent("ORG", "黑龙江日报报业集团党委", line=5)      # a known body's 党委 belongs to it (31NN); 书记, 社长 titles
p.ent("PERSON", "张春姣", line=5)
p.ent("ORG", "市融媒体中心", line=5)
p.ent("ORG", "市委", line=5, nth=1)                  # 市委常委 -> ORG 市委 (contracted title)
p.ent("ORG", "市委宣传部", line=5)
p.ent("ORG", "市委统战部", line=5)
p.ent("PERSON", "王洋", line=5)

# ---- line 7
p.ent("PERSON", "张春姣", line=7)
p.ent("ORG", "市融媒体中心技术部", line=7)          # sub-unit joins its body; 演播室 (a studio) outside
p.ent("ORG", "黑龙江日报报业集团鹤岗记者站", line=7)  # a bureau written after its group: one ORG
p.ent("ORG", "市融媒体中心", line=7)
#   新闻聚焦工厂: a jointly built facility/project, no ORG

# ---- line 9
p.ent("PERSON", "张春姣", line=9)
p.ent("ORG", "市融媒体中心", line=9)

# ---- line 11
p.ent("PERSON", "张春姣", line=11)
p.ent("ORG", "中央", line=11, nth=1)                 # 围绕中央和省市中心工作: the central authorities' work
#   中央级媒体 (second 中央): a level of media, no span
s = p.slogan("PARALLEL", "三位一体", line=11)[0]     # N位一体 unquoted is PARALLEL (28NN)
#   its items are printed before it: 集视频、文字和图片三位一体 -> 视频 | 文字 | 图片
lo = p.line_bounds[10][0]
s["expansion"] = [list(p.find_all(w, lo, s["start"])[-1]) for w in ("视频", "文字", "图片")]

# ---- lines 14-16: meta lines under the article (decision 12): BYLINE blocks
p.byline("BYLINE", "来源 鹤岗新闻联播", line=14)
p.ent("ADMIN", "鹤岗", line=14)                       # 鹤岗新闻联播 is a programme (no ORG); unit inside it
p.byline("BYLINE", "记者 邬微 韩健 柏常海", line=16)
for name in ("邬微", "韩健", "柏常海"):
    p.ent("PERSON", name, line=16)

# ---- lines 18-22: editor lines (PAGE), names PERSON
p.ent("PERSON", "刘锐", line=18)
p.ent("PERSON", "吕莹", line=20)
p.ent("PERSON", "周虹宇", line=22)

# ---- lines 24-26: the account's card (PAGE)
p.ent("ORG", "鹤岗融媒", line=24)
p.ent("ORG", "鹤岗市融媒体中心", line=25)
p.ent("ADMIN", "鹤岗", line=25)                       # 鹤岗人: the place by its short form

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")
p.block(5, 11, "BODY", article=1)
p.block(14, 14, "BYLINE", article=1)
p.block(16, 16, "BYLINE", article=1)
p.block(18, 22, "PAGE")
p.block(24, 26, "PAGE")

p.save()
