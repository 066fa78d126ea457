"""agree-page-5206: 淮南日报 e-paper, 版次 01, 2023-02-19. Second-pass annotation.
Two articles: the 合淮同城化 meeting (headline + subhead at the top, body at the end)
and the 淮南日报社严正声明 printed between them."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-5206", "corpus/raw/pages/5206_huainan_hehuai_tongchenghua.txt",
         publisher="淮南日报", date="2023-02-19", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline of the meeting (合淮 = 合肥+淮南 by one-character short forms: no ADMIN)
# ---- line 3: subhead, six names written without separators
for name in ["任泽锋", "罗云峰", "张志强", "陈儒江", "蔡宜骅", "汪谦慎"]:
    p.ent("PERSON", name, line=3)

# ---- line 7: headline of the statement
p.ent("ORG", "淮南日报社", line=7)

# ---- line 10
p.ent("ADMIN", "淮南市", line=10)                   # 淮南市部分自媒体
p.ent("ORG", "淮南日报社", line=10, nth=1)          # 未经淮南日报社授权
p.ent("ORG", "淮南日报社", line=10, nth=1)          # 复制、录制发表淮南日报社(含…
p.ent("ORG", "淮南日报", line=10, after="(含")       # the paper
p.ent("ORG", "淮河早报", line=10)
p.ent("ORG", "淮南网", line=10)
p.ent("ORG", "淮南日报", line=10, after="以及")      # 淮南日报官方微博: a medium by its channels
#   微信, 抖音, 视频号: the paper's accounts on platforms, no span
p.ent("ORG", "掌上淮南", line=10)                   # 掌上淮南新闻客户端: the paper's app (cf. 掌中安徽|APP下载)
p.ent("ORG", "淮南日报社", line=10, after="删节")     # 修改淮南日报社记者原创新闻稿件
p.ent("ORG", "淮南日报社", line=10, after="侵害")     # 侵害淮南日报社版权
p.ent("ORG", "淮南日报社", line=10, after="损害")     # 损害淮南日报社新闻记者权益

# ---- line 14
p.ent("ORG", "淮南日报社", line=14, every=True)      # 凡…记者署名 / 版权均属…所有 / 违者,…将依法追究

# ---- line 16: body of the meeting article
p.byline("BYLINE", "本报讯", line=16)               # bare source tag
#   合淮同城化发展座谈会: event, one-character short forms, no span
p.ent("ADMIN", "淮南", line=16)                     # 淮南迎宾馆: a venue, unit inside (decision 2/14)
p.ent("ORG", "淮南市委", line=16, nth=1)             # 淮南市委书记
p.ent("PERSON", "任泽锋", line=16)
p.ent("ORG", "合肥市委", line=16, nth=1)             # 合肥市委副书记、市长
p.ent("PERSON", "罗云峰", line=16)
p.ent("ORG", "淮南市委", line=16, after="罗云峰")     # 淮南市委副书记、市长
p.ent("PERSON", "张志强", line=16)
p.ent("ORG", "淮南市人大常委会", line=16)
p.ent("PERSON", "陈儒江", line=16)
p.ent("ORG", "市政协", line=16)
p.ent("PERSON", "蔡宜骅", line=16)
p.ent("ORG", "市委", line=16, after="蔡宜骅")         # 市委副书记汪谦慎
p.ent("PERSON", "汪谦慎", line=16)
p.ent("ORG", "合肥市委", line=16, after="汪谦慎")     # 合肥市委常委 (title 常委 outside)
p.ent("ORG", "市政府党组", line=16)                  # 市政府党组副书记
p.ent("PERSON", "张泉", line=16)
p.ent("ORG", "淮南市委", line=16, after="张泉")       # 淮南市委常委
p.ent("PERSON", "孙良鸿", line=16)
p.ent("ORG", "市委", line=16, after="孙良鸿")         # 市委常委
p.ent("ORG", "市委统战部", line=16)
p.ent("PERSON", "欧冬林", line=16)
p.ent("PERSON", "张劲松", line=16)                  # 副市长: title, no unit named
p.ent("ORG", "市政府", line=16, after="张劲松")       # 市政府秘书长
p.ent("PERSON", "戴宜斌", line=16)

# ---- blocks
# article 1 = the statement (its body comes first on the page), article 2 = the meeting
p.block(1, 1, "HEADLINE", article=2)
p.block(3, 3, "SUBHEAD", article=2)     # who spoke, chaired, attended: facts under the headline
p.block(5, 5, "PAGE")                   # 版次:01  2023年02月19日
p.block(7, 7, "HEADLINE", article=1)
p.block(10, 10, "BODY", article=1)
p.block(12, 12, "BODY", article=1)      # 现声明如下:
p.block(14, 14, "BODY", article=1)
p.block(16, 16, "BODY", article=2)

p.save()
