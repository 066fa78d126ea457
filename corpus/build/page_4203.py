"""page-4203: 岳阳晚报 (text copied on 中国人大网 npc.gov.cn, 地方人大 > 湖南 > 新闻报道; source line
"来源: 岳阳晚报"), 2011-09-29, one article: 岳阳市六届人大常委会召开第二十四次会议.
Text as returned by the `pages` store, from its title (the breadcrumb above it left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4203", "corpus/raw/pages/4203_yueyang_renda_changweihui.txt",
         publisher="岳阳晚报", date="2011-09-29", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "岳阳市六届人大常委会", line=1)     # term inside the name: one ORG (like 闪石乡第十八届人民代表大会)

# ---- line 3: web meta line (source credit; the date outside)
p.byline("BYLINE", "来源: 岳阳晚报", line=3)
p.ent("ORG", "岳阳晚报", line=3)                  # a paper named after its city: one ORG

# ---- line 5
p.ent("ORG", "岳阳市六届人大常委会", line=5)
p.ent("ORG", "市人大常委会", line=5)              # 市人大常委会主任李湘岳
p.ent("PERSON", "李湘岳", line=5)
for name in ["刘衍华", "陈国荣", "余炳锐", "李开龙", "易丽珍", "谢卫东", "韩建国", "朱必达"]:
    p.ent("PERSON", name, line=5)
p.ent("ORG", "市中级人民法院", line=5)
p.ent("ORG", "市人大", line=5, after="市中级人民法院")   # 市人大各专门委员会: parent organ before a generic word
p.ent("ORG", "常委会", line=5, after="专门委员会及")     # 常委会各工作机构 = the 市人大常委会
#   市直有关单位, 各县(市、区)人大常委会: generic, no span
p.ent("ORG", "屈原管理区人大工委", line=5)
p.ent("ORG", "市人大", line=5, after="邀请了9名")        # 市人大代表: the title keeps its organ

# ---- line 7
#   《城市市容和环境卫生管理条例》 etc.: regulation titles, no unit inside
p.ent("ORG", "市人民政府", line=7)
p.ent("ADMIN", "中华人民共和国", line=7)          # law title names the state
p.ent("ORG", "市人大常委会执法检查组", line=7)    # a team the organ sends out: one ORG
p.ent("ORG", "市人民政府", line=7, after="执法检查情况的报告")
p.ent("ORG", "市文化广电新闻出版局", line=7)
p.ent("ORG", "市审计局", line=7)
p.ent("ORG", "市外事侨务办公室", line=7)
p.ent("ORG", "市人大常委会评议调查组", line=7)
p.ent("ORG", "市文化广电新闻出版局", line=7, after="评议调查组")
p.ent("ORG", "市审计局", line=7, after="评议调查组")
p.ent("ORG", "市外事侨务办公室", line=7, after="评议调查组")

# ---- line 9
p.ent("ADMIN", "中华人民共和国", line=9)
p.ent("PERSON", "蒋锋", line=9)                   # 副市长蒋锋

# ---- lines 11-12: editor lines (PAGE), names are PERSON
p.ent("PERSON", "王伟", line=11)
p.ent("PERSON", "王伟", line=12)

# ---- slogans: “四条例” (简称 of the four regulations listed right before it)
lo7, hi7 = p.line_bounds[6]
first = p.slogan("GROUP", "四条例", line=7)[0]
list_start = p.find_all("全市贯彻", lo7, hi7)[0][1]
items = ["城市市容和环境卫生管理条例", "城市绿化条例", "城市道路管理条例", "风景名胜区条例"]
pairs, pos = [], list_start
for it in items:
    st, en = p.find_all(it, pos, first["start"])[0]
    pairs.append([st, en]); pos = en
first["expansion"] = pairs
p.slogan("GROUP", "四条例", line=9)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # 来源: 岳阳晚报  浏览字号: <date> (decision 12)
p.block(5, 9, "BODY", article=1)
p.block(11, 12, "PAGE")                # 编 辑: / 责 编:
p.block(14, 14, "PAGE")                # 相关文章 (site furniture)

p.save()
