"""page-5109: 许昌日报 (e-paper szb.21xc.com/xcrb, 许昌网), 2023-01-13 (edition date from the URL),
one article: 市委政研室 praised by 省委办公厅 for its 《河南工作》 reporting. Text as returned by the
`pages` store: it opens with the 本报讯 line (no title stored) and ends on a complete sentence."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5109", "corpus/raw/pages/5109_xuchang_shiwei_zhengyanshi.txt",
         publisher="许昌日报", date="2023-01-13", script="simplified", origin="pages")

# ---- line 1: byline + opening paragraph
p.byline("BYLINE", "本报讯(记者 张辉 通讯员 李莹)")
p.ent("PERSON", "张辉", line=1)
p.ent("PERSON", "李莹", line=1)
p.ent("ORG", "许昌市委政策研究室", line=1, nth=1)
p.ent("ORG", "河南工作", line=1, nth=1)           # 《河南工作》通联人员: the 省委 periodical (ORG without 《》)
p.ent("ORG", "省委", line=1, nth=1)               # 围绕省委中心工作
p.ent("ORG", "河南工作", line=1, nth=1)           # 在《河南工作》通联工作中 (2nd mention; nth counts free hits)
p.ent("ORG", "许昌市委政策研究室", line=1, nth=1)  # 表现优异的许昌市委政策研究室
p.ent("ORG", "市委政研室", line=1)
p.ent("ORG", "省委办公厅", line=1)
p.ent("ORG", "市委", line=1, after="我市")        # 我市市委: deictic 我市 outside
p.ent("ORG", "河南工作", line=1, nth=1)           # 在《河南工作》撰稿通联工作中 (3rd)

# ---- line 2
L = 2
p.ent("ORG", "市委政研室", line=L, nth=1)          # 去年以来,市委政研室
p.ent("ORG", "市委", line=L, nth=1)               # 落实市委主要领导指示精神
p.ent("ADMIN", "许昌", line=L, nth=1)             # 推介宣传许昌
p.ent("ORG", "市委政研室", line=L, nth=1)          # 在日常工作中,市委政研室
p.ent("ORG", "省委政研室", line=L)
p.ent("ADMIN", "许昌", line=L, nth=1)             # 推介许昌经验做法
p.ent("ORG", "中央政研室", line=L)
p.ent("ORG", "省委办公厅", line=L)
p.ent("ORG", "市委政研室", line=L, nth=1)          # 同时,市委政研室
p.ent("ORG", "市委", line=L, nth=1)               # 围绕市委中心工作
p.ent("ORG", "市委", line=L, nth=1)               # 得到市委主要领导批示
#   “城乡融合共同富裕先行试验区”: a designation, no unit named
p.ent("ORG", "省委", line=L, nth=1)               # 省委、省政府《关于支持许昌…》
p.ent("ORG", "省政府", line=L)
p.ent("ADMIN", "许昌", line=L, nth=1)             # unit inside a document title (decision 2)
p.ent("ORG", "市委", line=L, nth=1)               # 市委《关于建设…实施方案》
p.ent("ORG", "市委政研室", line=L, nth=1)          # 2022年,市委政研室在中央刊物
#   中央刊物: 中央 as a modifier, no span
p.ent("ORG", "中央政策研究室", line=L)
p.ent("ORG", "学习与研究", line=L)                # 《学习与研究》杂志
p.ent("ORG", "省委", line=L, nth=1)               # 在省委《河南工作》刊发
p.ent("ORG", "河南工作", line=L)
p.ent("ADMIN", "许昌", line=L, nth=1)             # 《“五星”支部创建的许昌推进路径》: unit inside a title
p.ent("ORG", "省委", line=L, nth=1)               # 在省委《调查研究》刊发
p.ent("ORG", "调查研究", line=L)
#   省市主要媒体: level words, no span

# ---- slogans
p.slogan("GROUP", "五星", line=L)                  # “五星”支部创建 (session-15 rule), items not listed

# ---- blocks
p.block(1, 2, "BODY", article=1)

p.save()
