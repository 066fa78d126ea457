"""page-2111: 陇南西和发布 (西和县, 陇南市, 甘肃), WeChat post mirrored at
http://www.xihezx.com/xhxmj/528.html; one article on the province's 实绩考核 third-party
evaluation in 西和县. Text as returned by the `pages` store (it holds no title line)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2111", "corpus/raw/pages/2111_xihe_shiji_kaohe.txt",
         publisher="陇南西和发布", date=None, script="simplified", origin="pages")

# ---- line 1: author credit (text and photos) standing where the headline would be
p.byline("BYLINE", "图文丨吕宏", line=1)
p.ent("PERSON", "吕宏", line=1)

# ---- line 2: editor line (PAGE, no byline span; the name is PERSON)
p.ent("PERSON", "马宁欣", line=2)

# ---- line 3
p.ent("ADMIN", "西和县", line=3)                     # 西和县党政领导班子: a unit's leadership, no organ named
#   第三方评估组: a descriptive team with no unit or organ in its name, no span
p.ent("ORG", "省委党校", line=3)
p.ent("PERSON", "李润强", line=3)
p.ent("ADMIN", "兰州市", line=3)                     # 兰州市党代表: a delegate of the city, no organ word
p.ent("ORG", "西固区农技推广站", line=3)
p.ent("PERSON", "陈海剑", line=3)
p.ent("ORG", "《人民日报》社甘肃记者站", line=3)      # sub-unit with its paper; the 《》 wrap part of the name
p.ent("PERSON", "刘海天", line=3)
p.ent("ORG", "市委组织部", line=3)
p.ent("PERSON", "周定堂", line=3)
p.ent("ORG", "市委党校", line=3)
p.ent("PERSON", "腾德明", line=3)
p.ent("ORG", "市农技站", line=3)
p.ent("PERSON", "王奋林", line=3)
for s in ["晒经乡", "南湾村", "马元镇", "马沟村", "苏合乡", "庞沟村"]:
    p.ent("ADMIN", s, line=3)

# ---- line 4
p.ent("ORG", "县委", line=4, nth=1)                 # 县委书记
p.ent("PERSON", "曹勇", line=4)
p.ent("ORG", "县委", line=4, nth=1)                 # 县委常委 -> ORG 县委 (shortened title keeps its organ)
p.ent("PERSON", "王罗海", line=4)

# ---- line 5
p.ent("ADMIN", "晒经乡", line=5)
p.ent("ADMIN", "南湾村", line=5)

# ---- line 6
p.ent("ADMIN", "马元镇", line=6)
p.ent("ADMIN", "马沟镇", line=6)                     # as printed (line 3 has 马沟村): the unit named, ADMIN
p.ent("ADMIN", "苏合乡", line=6)
p.ent("ADMIN", "庞沟村", line=6)

# ---- line 7
p.ent("ADMIN", "西和县", line=7)
p.slogan("PLUS", "1+17", line=7)                    # 全省“1+17”精准扶贫政策 (1 + 17 supporting plans)
p.slogan("COUNT", "六个精准", line=7)               # items not spelled out on the page: no expansion
for s in ["大桥", "洛峪", "晒经"]:                   # townships listed and closed by 三大特困片区
    p.ent("ADMIN", s, line=7)
#   三大特困片区: a count of areas, no formula; 扶持谁、谁来扶、怎么扶、如何退: no numeral

# ---- line 8: WeChat furniture naming the producing account
p.ent("ORG", "陇南西和发布", line=8)

# ---- blocks
p.block(1, 1, "BYLINE", article=1)
p.block(2, 2, "PAGE")          # 编辑丨马宁欣: editor line
p.block(3, 7, "BODY", article=1)
p.block(8, 8, "PAGE")          # 陇南西和发布出品 / 赞赏 (WeChat footer)

p.save()
