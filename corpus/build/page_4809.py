"""page-4809: 井冈山大学新闻网 (news.jgsu.edu.cn), one article: the university's Party leaders visit
its village-aid point 吉水县文峰镇低坪村 (乡村振兴 / 驻村工作队 / 第一书记). Text as returned by the
`pages` store; the store keeps no title (it opens with the first body paragraph), and the cut last
paragraph (王向红代表吉水县感谢…取得的) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4809", "corpus/raw/pages/4809_jgsu_jishui_diping_zhucun.txt",
         publisher="井冈山大学 (井冈山大学新闻网)", date=None, script="simplified", origin="pages")

# ---- line 1
p.ent("ORG", "校党委", line=1)                     # 校党委书记: level word + organ, like 县委
p.ent("PERSON", "胡春晓", line=1)
#   党委副书记: a bare 党委 inside a title, no span (decision 13: bare institution type)
p.ent("PERSON", "刘祖文", line=1)
#   我校: deictic, no span
p.ent("ADMIN", "吉水县", line=1, nth=1)
p.ent("ADMIN", "文峰镇", line=1)
p.ent("ADMIN", "低坪村", line=1)
#   党委常委: title; 组织部长 -> contracted title keeps the department (decision 15)
p.ent("ORG", "组织部", line=1)
p.ent("PERSON", "欧阳杰", line=1)
p.ent("ORG", "吉水县人大", line=1)                 # 吉水县人大副主任
p.ent("PERSON", "王向红", line=1)
p.ent("ORG", "吉水县检察院", line=1)               # 吉水县检察院检察长
p.ent("PERSON", "李乐夫", line=1)

# ---- line 3
p.ent("ORG", "吉水县文峰镇党委", line=3)           # one ORG with its admin prefix
p.ent("ADMIN", "低坪村", line=3, nth=1)
p.ent("PERSON", "胡春晓", line=3)
p.ent("PERSON", "王向红", line=3)
#   我校驻村帮扶工作队: deictic 我校 + a generic team word, no span
p.ent("ADMIN", "文峰镇", line=3, after="工作队和")
p.ent("ADMIN", "低坪村", line=3, after="文峰镇、")

# ---- line 5
p.ent("PERSON", "胡春晓", line=5, nth=1)
p.ent("PERSON", "胡春晓", line=5, nth=1)           # second mention (the first is taken)
#   县、镇、村: level words; 产业兴旺、生态宜居… 总要求: no numeral, no formula

# ---- line 6
p.ent("PERSON", "胡春晓", line=6)
p.ent("PERSON", "习近平", line=6, every=True)      # twice
p.slogan("GROUP", "三农", line=6)
p.slogan("GROUP", "志智双扶", line=6)             # 扶志 + 扶智: 双 counts the two (双拥, 双报到)

# ---- blocks
p.block(1, 1, "BODY", article=1)
p.block(3, 3, "BODY", article=1)
p.block(5, 6, "BODY", article=1)

p.save()
