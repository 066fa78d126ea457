"""page-5202: 巴彦淖尔日报 (text on bynesrmtzx.cn, site of 巴彦淖尔市融媒体中心, 内蒙古), 2024-07-29,
one article: 前旗:“党建+”绘就民族团结进步新图景 (通讯员 赵昕). Text as returned by the `pages`
store, from its title; the stored opening stops in the paragraph after the second crosshead
(毕力格是参加…相互之间有了更多的了), which was dropped as cut off mid-sentence."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5202", "corpus/raw/pages/5202_bayannaoer_qianqi_dangjian.txt",
         publisher="巴彦淖尔日报", date="2024-07-29", script="simplified", origin="pages")

# ---- line 1: series banner + headline (one HEADLINE)
#   北疆, 河套: regions, no unit; “党建+”: no numeral, no slogan
p.ent("ADMIN", "前旗", line=1)                    # short form of 乌拉特前旗 (two characters)

# ---- line 2: meta line
p.byline("BYLINE", "通讯员:赵昕", line=2)
p.ent("PERSON", "赵昕", line=2)
p.ent("PERSON", "雷丽娜", line=2)                 # editor credit: PERSON, no byline span
p.byline("BYLINE", "来源:巴彦淖尔日报", line=2)
p.ent("ORG", "巴彦淖尔日报", line=2)

# ---- line 4
#   乌拉特前旗沙德格苏木呼和温都尔嘎查合作社|马养殖基地: the 嘎查's collective cooperative is one
#   specific body (a village body, decision 5; cf. 移动公司|营业厅 on page-1601), one ORG with every
#   admin prefix attached (§2, as 天津市津南区海棠街道办事处 on page-3602); its 马养殖基地 is a site
p.ent("ORG", "乌拉特前旗沙德格苏木呼和温都尔嘎查合作社", line=4)

# ---- line 6
p.ent("ADMIN", "乌拉特前旗", line=6)

# ---- lines 9, 11: crosshead deck “党建+治理” / 营造民族团结良好氛围 (no spans)

# ---- line 14
#   ‘上面千条线’ ‘一张网’: a saying and its metaphor, no slogan; 石榴籽: metaphor
p.ent("PERSON", "斯仁东格尔布", line=14)

# ---- line 16
p.ent("PERSON", "斯仁东格尔布", line=16)
p.ent("ADMIN", "沙德格苏木", line=16)
#   嘎查党支部—党员中心户—牧户 的三级管理网格: generic bodies, a count of levels (no slogan)

# ---- lines 19, 21: crosshead deck “党建+文化” / 打造各民族融合新阵地 (no spans)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(4, 6, "BODY", article=1)
p.block(9, 11, "CROSSHEAD", article=1)
p.block(14, 16, "BODY", article=1)
p.block(19, 21, "CROSSHEAD", article=1)

p.save()
