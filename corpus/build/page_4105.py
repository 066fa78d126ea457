"""page-4105: 咸宁新闻网 (咸宁日报社, news.xnnews.com.cn, 县域新闻 > 崇阳 channel), 2015-01-21
(date from the page address), one article on the 崇阳县 people's congress session. Text as
returned by the `pages` store: the store keeps no title line (the text opens with the source tag);
its last paragraph (大会审查了…;崇阳县2014年) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4105", "corpus/raw/pages/4105_chongyang_renda_huiyi.txt",
         publisher="咸宁新闻网", date="2015-01-21", script="simplified", origin="pages")

# ---- line 1: source tag + reporters, then the session
p.byline("BYLINE", "咸宁新闻网讯 特约记者沈忱、通讯员伍天良报道")   # 报道 inside, colon outside (corpus practice)
p.ent("ORG", "咸宁新闻网", line=1)
p.ent("PERSON", "沈忱", line=1)
p.ent("PERSON", "伍天良", line=1)
p.ent("ORG", "崇阳县第十七届人民代表大会", line=1)   # congress of a numbered term: one ORG; 第四次会议 outside
p.ent("ADMIN", "天城", line=1)                       # 天城剧院: venue named after 天城镇 (decision 2)

# ---- line 2: presidium's executive chairmen (大会主席团常务主席: a title of the session, no ORG)
for n in ["杨良锋", "王光新", "陈能武", "王雄松", "庞晓珍", "雷献威", "李力", "刘秋霞"]:
    p.ent("PERSON", n, line=2)

# ---- line 3: leaders on the rostrum
for n in ["杭莺", "廖建鸣", "王艳梅", "金山", "周协光", "程文武", "陈进", "付细平", "姜崇俊", "王崇琳"]:
    p.ent("PERSON", n, line=3)
for o in ["县委", "县人大", "县政府", "县政协"]:
    p.ent("ORG", o, line=3)

# ---- line 4
p.ent("ORG", "县委", line=4)                          # 县委书记
p.ent("PERSON", "杨良锋", line=4)

# ---- line 5
p.ent("PERSON", "杭莺", line=5)                       # 县长杭莺 (title outside)
p.ent("ORG", "县政府", line=5)                        # 县政府紧紧依靠…; 政府工作报告: kind of document, no span

# ---- line 6
p.ent("PERSON", "杭莺", line=6)
p.slogan("PLAN", "十二五", line=6)
#   十八届四中全会: a plenary session, no formula; 五个方面: prose count
s = p.slogan("PARALLEL", "三位一体", line=6)[0]        # N位一体 unquoted: PARALLEL (28NN)
lo = p.find_all("“转方式")[0][0]
s["expansion"] = [list(p.find_all(x, lo)[0]) for x in ["转方式", "调结构", "扩总量"]]  # items printed before it
p.slogan("GROUP", "四化同步", line=6)                  # like 三警融合; items not listed

# ---- line 7
p.ent("PERSON", "杭莺", line=7)
#   十件实事: unquoted count of tasks in prose, no formula (as 六件实事 on page-2107)

# ---- line 8
p.ent("ORG", "县人大常委会", line=8)
p.ent("PERSON", "王光新", line=8)
p.ent("ORG", "崇阳县人大常委会", line=8)               # organ inside a report's title
p.ent("PERSON", "石磊", line=8)                        # 副县长 (title)
p.ent("ORG", "崇阳县第十七届人大", line=8)             # term + organ; 三次会议 outside
p.ent("ORG", "县人民法院", line=8)
p.ent("PERSON", "王再夫", line=8)
p.ent("ORG", "崇阳县人民法院", line=8)
p.ent("ORG", "县人民检察院", line=8)
p.ent("PERSON", "朱希辉", line=8)
p.ent("ORG", "崇阳县人民检察院", line=8)

# ---- blocks: one article, no title stored
p.block(1, 8, "BODY", article=1)

p.save()
