"""page-2705: 苍南新闻网 (cnxw.com.cn, 苍南县, 温州, 浙江), 2020-11-13, one article:
观山海美景 访美丽乡村 谋发展良策 文成党政代表团来苍考察 黄荣定陪同.
Text as returned by the `pages` store, from its title; the last paragraph (漫步渔寮湾…让人)
was cut off mid-sentence by the store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2705", "corpus/raw/pages/2705_cangnan_wencheng_kaocha.txt",
         publisher="苍南新闻网", date="2020-11-13", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "文成", line=1)            # 文成党政代表团: a delegation is no ORG, the county is ADMIN
#   来苍: one-character abbreviation of 苍南, never ADMIN
p.ent("PERSON", "黄荣定", line=1)

# ---- line 3: web meta line (source credit)
p.byline("BYLINE", "来源:苍南新闻网", line=3)   # decision 12: labelled credit, timestamp outside
p.ent("ORG", "苍南新闻网", line=3)

# ---- line 5: source tag + first paragraph
p.byline("BYLINE", "苍南新闻网11月13日消息", line=5)   # source tag with dateline (like 本报讯)
p.ent("ORG", "苍南新闻网", line=5)
p.ent("ORG", "文成县委", line=5)           # 文成县委书记 -> ORG + title
p.ent("PERSON", "刘中华", line=5)
p.ent("ADMIN", "文成县", line=5)           # 文成县党政代表团
p.ent("ADMIN", "苍南", line=5, after="代表团来到")
p.ent("ORG", "市人大常委会", line=5)       # 温州市人大常委会副主任: title
p.ent("ORG", "县委", line=5, after="副主任")    # 县委书记黄荣定
p.ent("PERSON", "黄荣定", line=5)
p.ent("ORG", "县委", line=5, after="黄荣定")    # 县委常委 -> ORG 县委 (shortened title)
p.ent("ORG", "宣传部", line=5)             # 宣传部长 -> ORG 宣传部
p.ent("PERSON", "周建强", line=5)

# ---- line 7
p.ent("ADMIN", "文成县", line=7)           # 文成县党政代表团
p.ent("ADMIN", "苍南", line=7, nth=1)      # 苍南书城: a venue (bookshop as a place), unit inside (decision 2)
p.ent("ADMIN", "苍南", line=7, after="指引")    # 苍南人: the county's people
p.ent("ADMIN", "苍南", line=7, after="明灯")    # 苍南书城 (second)
p.ent("ADMIN", "文成", line=7, after="让")      # 文成考察团

# ---- line 9
p.ent("ADMIN", "马站镇", line=9)
p.ent("ADMIN", "马站", line=9, after="万元的")  # 马站现代农业蔬菜种苗基地: a site, the town inside it

# ---- line 11
p.ent("ADMIN", "中魁村", line=11)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)        # 发布时间:… 来源:苍南新闻网
p.block(5, 11, "BODY", article=1)

p.save()
