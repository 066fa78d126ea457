"""page-5206: 淮南日报 (淮南日报社, e-paper hnrb.huainannet.com), 2023-02-19, 版次 01, one article:
合淮同城化发展座谈会举行. Text as returned by the `pages` store, from its title; the store's
page ends inside the second body paragraph ("任泽锋对合肥市代表团的到来表示欢迎。他指出,近年来,
合肥和淮"), which was dropped as cut off mid-sentence."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5206", "corpus/raw/pages/5206_huainan_hehuai_tongchenghua.txt",
         publisher="淮南日报", date="2023-02-19", script="simplified", origin="pages")

# ---- line 1: headline. 合淮 = one-character short forms of 合肥 and 淮南: no ADMIN
# ---- line 3: subhead naming the participants (names glued without a separator)
for name in ["任泽锋", "罗云峰", "张志强", "陈儒江", "蔡宜骅", "汪谦慎"]:
    p.ent("PERSON", name, line=3)

# ---- line 7: the paper's boxed rights notice (page furniture, PAGE blocks)
p.ent("ORG", "淮南日报社", line=7)

# ---- line 10
p.ent("ADMIN", "淮南市", line=10)          # 淮南市部分自媒体
p.ent("ORG", "淮南日报社", line=10, every=True)   # five mentions
p.ent("ORG", "淮南日报", line=10, after="(含")     # 含淮南日报、淮河早报、淮南网
p.ent("ORG", "淮河早报", line=10)
p.ent("ORG", "淮南网", line=10)
p.ent("ORG", "淮南日报", line=10, after="淮南网以及")  # 淮南日报官方微博: the paper named by its channel
p.ent("ORG", "掌上淮南", line=10)          # 掌上淮南新闻客户端: the paper's app, named by its channel
#   微信、抖音、视频号: platforms the paper publishes on, no span

# ---- line 14
p.ent("ORG", "淮南日报社", line=14, every=True)   # three mentions

# ---- line 16: the article
p.byline("BYLINE", "本报讯", line=16)
#   合淮同城化发展座谈会: an event; 合淮 no ADMIN
p.ent("ADMIN", "淮南", line=16, before="迎宾馆")   # 淮南迎宾馆: unit inside a venue's name (decision 2)
p.ent("ORG", "淮南市委", line=16, before="书记任泽锋")
p.ent("PERSON", "任泽锋", line=16)
p.ent("ORG", "合肥市委", line=16, before="副书记、市长罗云峰")
p.ent("PERSON", "罗云峰", line=16)
p.ent("ORG", "淮南市委", line=16, after="出席并讲话。")
p.ent("PERSON", "张志强", line=16)
p.ent("ORG", "淮南市人大常委会", line=16)
p.ent("PERSON", "陈儒江", line=16)
p.ent("ORG", "市政协", line=16)
p.ent("PERSON", "蔡宜骅", line=16)
p.ent("ORG", "市委", line=16, after="蔡宜骅,")      # 市委副书记汪谦慎
p.ent("PERSON", "汪谦慎", line=16)
p.ent("ORG", "合肥市委", line=16, after="汪谦慎;")  # 合肥市委常委 -> ORG 合肥市委
p.ent("ORG", "市政府党组", line=16)                  # a known organ's 党组 belongs to it
p.ent("PERSON", "张泉", line=16)
p.ent("ORG", "淮南市委", line=16, after="张泉;")    # 淮南市委常委
p.ent("PERSON", "孙良鸿", line=16)
p.ent("ORG", "市委统战部", line=16)
p.ent("ORG", "市委", line=16, after="孙良鸿,")      # 市委常委、市委统战部部长: the first 市委
p.ent("PERSON", "欧冬林", line=16)
p.ent("PERSON", "张劲松", line=16)
p.ent("ORG", "市政府", line=16, after="张劲松,")    # 市政府秘书长
p.ent("PERSON", "戴宜斌", line=16)

# ---- blocks
# Agreement resolution (session 17): the paper's titled 严正声明 is an article printed on the page
# (a headline and body text), not furniture; it is article 1 (its body comes first), the meeting article 2.
p.block(1, 1, "HEADLINE", article=2)
p.block(3, 3, "SUBHEAD", article=2)    # participants under the title (decision 1: adds facts)
p.block(5, 5, "PAGE")                  # 版次:01  date
p.block(7, 7, "HEADLINE", article=1)   # the paper's statement, title
p.block(10, 10, "BODY", article=1)
p.block(12, 12, "BODY", article=1)     # 现声明如下:
p.block(14, 14, "BODY", article=1)
p.block(16, 16, "BODY", article=2)

p.save()
