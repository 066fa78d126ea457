"""page-2501: 兰溪新闻网 (lxnews.zjol.com.cn, 浙江在线 county site of 兰溪市, 浙江), 2018-10-28, one article:
点赞巨变 激励发展 / 省市媒体聚焦兰溪改革开放成就. Text as returned by the `pages` store, from its title;
the last paragraph (采风过程中,…连续第六年进入中国民), cut off mid-sentence by the store, is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2501", "corpus/raw/pages/2501_lanxi_meiti_caifeng.txt",
         publisher="兰溪新闻网", date="2018-10-28", script="simplified", origin="pages")

# ---- line 3: subhead
p.ent("ADMIN", "兰溪", line=3)

# ---- line 5: source line (date + 来源:兰溪新闻网)
p.byline("BYLINE", "来源:兰溪新闻网", line=5)
p.ent("ORG", "兰溪新闻网", line=5)

# ---- line 7: byline + first paragraph
p.byline("BYLINE", "浙江在线-兰溪新闻网(见习记者 徐桢瑾 记者 冯亦柔)", line=7)
p.ent("ORG", "浙江在线", line=7)
p.ent("ORG", "兰溪新闻网", line=7)
p.ent("PERSON", "徐桢瑾", line=7)
p.ent("PERSON", "冯亦柔", line=7)
p.ent("ORG", "金华市委宣传部", line=7)
p.ent("ORG", "浙报集团金华分社", line=7)          # a branch written after its group: one ORG
p.ent("ORG", "金华日报", line=7)
p.ent("ORG", "金华广电总台", line=7)
p.ent("ADMIN", "兰溪", line=7)
p.ent("ADMIN", "金华", line=7, after="践行")       # 金华精神: a unit inside a named spirit (decision 2)
p.slogan("COUNT", "九场硬战", line=7)              # count with a measure word and its aim (cf. 三条底线)

# ---- line 8
p.ent("ADMIN", "兰溪", line=8)                     # 兰溪光膜小镇: 小镇 is a place (decision 3)
p.ent("ORG", "浙江金梭纺织有限公司", line=8)
p.ent("ORG", "国际杨梅研究中心", line=8)          # a research institution
p.ent("ORG", "红狮控股集团", line=8)

# ---- line 9
p.ent("ADMIN", "兰溪", line=9, every=True)         # 兰溪光膜小镇 x3, 兰溪从…
p.ent("ORG", "杭州锦江集团", line=9)
p.ent("ORG", "华东铝业", line=9)
p.ent("ORG", "锦辉", line=9)
p.ent("ORG", "锦浩", line=9)

# ---- line 10
p.ent("ORG", "浙江金梭纺织有限公司", line=10)
p.ent("ORG", "金梭纺织", line=10, every=True)      # short form of the company, twice
p.ent("ADMIN", "兰溪", line=10)

# ---- line 11
p.ent("ORG", "兰溪市杨梅产业协会", line=11)
p.ent("ORG", "国际杨梅研究中心", line=11)
p.ent("PERSON", "陶奉源", line=11)
p.ent("ADMIN", "兰溪", line=11, every=True)        # 兰溪是…, 蕴含了兰溪…

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "SUBHEAD", article=1)     # factual line after the catchy headline (decision 1)
p.block(5, 5, "BYLINE", article=1)      # the page's source line: date + 来源
p.block(7, 11, "BODY", article=1)

p.save()
