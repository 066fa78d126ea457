"""page-4603: 临武新闻网 (linwuxinwen.cn, 临武县融媒体中心), one article: 县委书记刘杨专题调研重点项目建设.
Text as returned by the `pages` store (it holds no title line); the last stored line, a related-link
title cut off mid-word (海报 | 湘超郴州主…), was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4603", "corpus/raw/pages/4603_linwu_liuyang_xiangmu.txt",
         publisher="临武新闻网", date=None, script="simplified", origin="pages")

# ---- line 1: 县委书记刘杨 (我县: level word, no span)
p.ent("ORG", "县委", line=1)
p.ent("PERSON", "刘杨", line=1)

# ---- line 2: the project sites
p.ent("PERSON", "刘杨", line=2)
p.ent("ADMIN", "桂阳", line=2)                 # “桂阳—临武”输气管道工程: units inside a project's name
p.ent("ADMIN", "临武", line=2, nth=1)
p.ent("ADMIN", "湖南", line=2)                 # 湖南临武乡村振兴物流集散中心: a facility, units inside it
p.ent("ADMIN", "临武", line=2)                 # (the next free 临武 on the line)
#   舜通宝玉石文化产业园, 微电影城, 秀岩花园项目: places/projects, no span

# ---- line 3: 刘杨指出
p.ent("PERSON", "刘杨", line=3)

# ---- line 4
p.ent("PERSON", "刘杨", line=4, nth=1)
p.ent("ORG", "临武二中", line=4, nth=1)       # a school named inside a project's name
#   莽山水库城乡一体化工程: a reservoir named after the mountain, no unit
p.ent("PERSON", "刘杨", line=4)
p.ent("ORG", "临武二中", line=4)
p.slogan("PER_UNIT", "一月两报", line=4)     # 一月两报制度: a reporting rule per month; 制度 stays outside

# ---- line 5
for name in ["陈秋生", "肖柏茂", "王雄"]:
    p.ent("PERSON", name, line=5)

# ---- line 6: editor line (PAGE), its name still PERSON
p.ent("PERSON", "邝东昱", line=6)

# ---- line 7: source line under the article (decision 12)
p.byline("BYLINE", "来源:临武县融媒体中心")
p.ent("ORG", "临武县融媒体中心", line=7)

# ---- line 8: rights line; 龙源临武 is the centre's app: the unit inside a brand's name
p.ent("ADMIN", "临武", line=8)
# ---- line 9: related link; 郴 is a one-character short form, no span

# ---- blocks
p.block(1, 5, "BODY", article=1)
p.block(6, 6, "PAGE")          # 责编:
p.block(7, 7, "BYLINE", article=1)
p.block(8, 8, "PAGE")          # copyright / app prompt
p.block(9, 9, "PAGE")          # related link

p.save()
