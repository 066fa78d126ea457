"""page-4806: 今日惠东 (惠东县融媒体中心's app; 来源:今日惠东APP, 全媒体记者 邓心怡 李海澄), one
article on 惠东县白盆珠镇 made a 广东省卫生乡镇. Copy on a mirror (guxi.caibaowang.net, 2023/0429 in
its address). The stored page opens with the picture's credit (资料图): the mirror kept no title line.
Text as returned by the `pages` store; nothing was cut."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4806", "corpus/raw/pages/4806_huidong_baipenzhu_weisheng.txt",
         publisher="今日惠东", date=None, script="simplified", origin="pages")

# ---- line 1: the lead picture's credit, alone on its line (decision 9)
p.byline("PHOTO", "(资料图)", line=1)

# ---- line 2
p.ent("ORG", "广东省爱国卫生运动委员会", line=2)
p.ent("ADMIN", "广东省", line=2, after="2022年")      # “2022年广东省卫生城镇”: unit inside a title
p.ent("ADMIN", "惠州市", line=2)
p.ent("ADMIN", "广东省", line=2, after="授予")        # “广东省卫生乡镇”
p.ent("ADMIN", "惠东县", line=2)
p.ent("ADMIN", "白盆珠镇", line=2)

# ---- line 3
p.ent("ADMIN", "白盆珠镇", line=3)                    # 白盆珠镇横江村
p.ent("ADMIN", "横江村", line=3)
p.ent("ADMIN", "白盆珠镇", line=3, after="近年来")
p.ent("ADMIN", "广东省", line=3)                      # “广东省卫生乡镇”
p.ent("ADMIN", "白盆珠", line=3, after="抓手")        # 白盆珠大力推进: bare name of the town
#   坚持生态和人居环境“两手抓”、“双优化”: two counts, each GROUP (两手抓 as in 3204's reading;
#   双 a numeral in a fixed formula, decision 10); the two things they count are printed before them.
exp = [list(p.find_all("生态", *p.line_bounds[2])[0]),
       list(p.find_all("人居环境", *p.line_bounds[2])[0])]
for s in ("两手抓", "双优化"):
    item = p.slogan("GROUP", s, line=3)[0]
    item["expansion"] = [e[:] for e in exp]

# ---- line 4
p.ent("ORG", "镇委", line=4)
p.ent("ORG", "镇政府", line=4)
p.ent("ORG", "白盆珠镇党委", line=4)                  # 白盆珠镇党委副书记 -> ORG + title; 镇长 a title
p.ent("PERSON", "林嘉劲", line=4)
p.ent("ADMIN", "广东省", line=4)                      # 广东省卫生乡镇工作标准
p.ent("ADMIN", "白盆珠", line=4, after="标准")
#   一级抓一级: a manner of work, no formula

# ---- line 5
p.ent("ADMIN", "白盆珠", line=5)
p.ent("ADMIN", "广东", line=5)                        # 绿美广东建设 (like 绿化广东大行动)

# ---- lines 6-7: labelled credits below the article (decision 12): BYLINE block, one span each
p.byline("BYLINE", "来源:今日惠东APP", line=6)
p.ent("ORG", "今日惠东", line=6)                      # the medium by its channel (今日惠东|APP)
p.byline("BYLINE", "全媒体记者:邓心怡 李海澄", line=7)
p.ent("PERSON", "邓心怡", line=7)
p.ent("PERSON", "李海澄", line=7)

# ---- lines 8-9: editor and review lines (PAGE), names PERSON
p.ent("PERSON", "邹志远", line=8)
p.ent("PERSON", "温燕婷", line=8)
p.ent("PERSON", "丘奇文", line=9)
p.ent("PERSON", "程 锟", line=9)
p.ent("PERSON", "骆潭扶", line=9)

# ---- line 10: link to the previous article (PAGE); its people and units keep their spans
#   港澳会客厅: 港澳 fuses two one-character short forms, no ADMIN
p.ent("PERSON", "程鼎一", line=10)
p.ent("ADMIN", "香港", line=10)

# ---- blocks
p.block(1, 1, "CAPTION", article=1)    # (资料图) alone on its line
p.block(2, 5, "BODY", article=1)
p.block(6, 7, "BYLINE", article=1)     # 来源: / 全媒体记者:
p.block(8, 13, "PAGE")                 # 编辑: / 一审二审三审 / 上一篇 / 下一篇 / X 关闭 (one run of PAGE lines)

p.save()
