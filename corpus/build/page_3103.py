"""page-3103: 中国日报网 (china.chinadaily.com.cn), 2018-11-25, one article: a 新华社 wire
冲锋,在反贫困的最前线——记奋战在脱贫攻坚战场上的村党支部书记. Text as returned by the
`pages` store, from its first line (the wire's dateline with 题:); the last stored paragraph
(邓迎香站了出来…隧道通) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3103", "corpus/raw/pages/3103_chinadaily_xinhua_cunzhishu.txt",
         publisher="中国日报网", date="2018-11-25", script="simplified", origin="pages")

# ---- line 1: the wire's dateline + 题: + title
p.byline("BYLINE", "新华社北京11月25日电", line=1)   # dateline inside the source tag (decision 12)
p.ent("ORG", "新华社", line=1)                        # a news agency (media are ORG)
p.ent("ADMIN", "北京", line=1)                        # unit named in the dateline is ADMIN
#   村党支部书记 (title, generic): no span

# ---- line 2: credit line under the title
p.byline("BYLINE", "新华社记者", line=2)
p.ent("ORG", "新华社", line=2)

# ---- lines 3-8
p.ent("ADMIN", "中国", line=3)                        # 离中国贫困群众最近的人: the country as a place
#   党的十八大: no span (a congress); 全国: level word; 村党支部书记: generic
p.ent("ADMIN", "中国", line=8)                        # 中国反贫困斗争

# ---- lines 11-18
p.ent("ADMIN", "贵州省", line=11)
p.ent("ADMIN", "罗甸县", line=11)
p.ent("ADMIN", "麻怀村", line=11)
p.ent("ADMIN", "麻怀村", line=13)
p.ent("ADMIN", "麻怀村", line=14)                     # 麻怀村村支书: village ADMIN, 村支书 a title
p.ent("PERSON", "邓迎香", line=14)
p.ent("ADMIN", "麻怀", line=14, after="村口")         # 麻怀隧道: the village's bare name inside a facility (decision 2)
p.ent("PERSON", "邓迎香", line=16)
p.ent("ADMIN", "麻怀村", line=16)
p.ent("PERSON", "小红球", line=17)                    # the son's pet name (a personal name)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)    # dateline + 题: + title: the page's only title line
p.block(2, 2, "BYLINE", article=1)
p.block(3, 8, "BODY", article=1)
p.block(9, 10, "CROSSHEAD", article=1)  # 他们是领路人 / ——想贫困群众之所想…
p.block(11, 18, "BODY", article=1)

p.save()
