"""page-4014: 北方网 (天津北方网; edited by 津云新闻), 2020-08-29, one article: 市政协调研组来北辰区调研.
Copy stored at vcj.com.cn (微财经). Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4014", "corpus/raw/pages/4014_enorth_beichen_feidi.txt",
         publisher="北方网", date="2020-08-29", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "市政协调研组", line=1)                # the municipal CPPCC's research group (= 市第四调研组): one ORG with its parent
p.ent("ADMIN", "北辰区", line=1)

# ---- line 3: date-only line (PAGE)

# ---- line 5: 内容提要: summary under the title (SUBHEAD, like 摘要:/核心提示:)
p.ent("ORG", "市政协", line=5, nth=1)               # 市政协委员: a contracted title keeps its organ
p.ent("ORG", "区政协", line=5)
p.ent("PERSON", "王亚令", line=5)
p.ent("ORG", "市第四调研组", line=5)                # a named team (like 区委第三巡察组)
p.ent("ADMIN", "天穆镇", line=5)
p.ent("ORG", "区委", line=5)
p.ent("PERSON", "陈健", line=5)
p.ent("PERSON", "陈永义", line=5)
p.ent("PERSON", "郭海", line=5)

# ---- line 7: source tag + the same sentence as the summary
p.byline("BYLINE", "天津北方网讯", line=7)
p.ent("ORG", "天津北方网", line=7)                  # the site's name as written (like 北京青年报: one ORG)
p.ent("ORG", "市政协", line=7, nth=1)
p.ent("ORG", "区政协", line=7)
p.ent("PERSON", "王亚令", line=7)
p.ent("ORG", "市第四调研组", line=7)
p.ent("ADMIN", "天穆镇", line=7)
p.ent("ORG", "区委", line=7)
p.ent("PERSON", "陈健", line=7)
p.ent("PERSON", "陈永义", line=7)
p.ent("PERSON", "郭海", line=7)

# ---- line 9
p.ent("ADMIN", "天穆镇", line=9)
p.ent("ADMIN", "前进村", line=9)

# ---- line 11
p.ent("ADMIN", "北辰区", line=11)
p.ent("ADMIN", "前进村", line=11)                   # 中心区 = the village's central area: no unit

# ---- line 13: body + closing credit
p.ent("ADMIN", "前进村", line=13, nth=1)
p.ent("ADMIN", "前进村", line=13, nth=1)
p.byline("CREDIT", "(津云新闻编辑王钰晨)", line=13)
p.ent("ORG", "津云", line=13)                       # the medium; 新闻编辑 (news editor) is the role
p.ent("PERSON", "王钰晨", line=13)

# ---- lines 15-22: list of links and site furniture (PAGE); 津城 is an epithet of Tianjin: no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                   # date-only line
p.block(5, 5, "SUBHEAD", article=1)     # 内容提要:…
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "BODY", article=1)
p.block(11, 11, "BODY", article=1)
p.block(13, 13, "BODY", article=1)
p.block(15, 17, "PAGE")                 # 今日推荐 + linked titles
p.block(19, 19, "PAGE")
p.block(21, 22, "PAGE")                 # 独家专栏 / 热门排行

p.save()
