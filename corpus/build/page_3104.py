"""page-3104: 河北日报 (河北日报客户端, as carried by 长城网 heb.hebei.com.cn, 省领导活动报道集),
2018-10-22, one article: 香港特别行政区全国政协委员考察团到河北考察. Text as returned by the
`pages` store, from its title; the last stored paragraph (a second photo caption repeating
10月15日至19日…参加有关活动) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3104", "corpus/raw/pages/3104_hebeidaily_hk_cppcc_kaocha.txt",
         publisher="河北日报", date="2018-10-22", script="simplified", origin="pages")

# ---- line 1: web title
p.ent("ADMIN", "香港特别行政区", line=1)      # a region before a national body: ADMIN + ORG (22NN)
p.ent("ORG", "全国政协", line=1)
p.ent("ADMIN", "河北", line=1)

# ---- line 3: labelled source credit (decision 12): one BYLINE span for 来源:
p.byline("BYLINE", "来源: 河北日报客户端  薛惠娟 任学光 郭东", line=3)
p.ent("ORG", "河北日报客户端", line=3)          # the paper's client app (a portal's channel joins the portal)
for name in ["薛惠娟", "任学光", "郭东"]:
    p.ent("PERSON", name, line=3)

# ---- line 7: the paper's own title (printed twice: HEADLINE both times)
p.ent("ADMIN", "香港特别行政区", line=7)
p.ent("ORG", "全国政协", line=7)              # 我省: deictic, no span

# ---- line 9: subhead
p.ent("PERSON", "杨传堂", line=9)

# ---- line 11
p.ent("ORG", "全国政协", line=11)             # 全国政协副主席
p.ent("ORG", "交通运输部党组", line=11)        # 党组 after an organ stays inside (corpus majority)
p.ent("PERSON", "杨传堂", line=11)
p.ent("ADMIN", "香港特别行政区", line=11)
p.ent("ORG", "全国政协", line=11, after="香港特别行政区")
p.ent("ADMIN", "石家庄市", line=11)
p.ent("ADMIN", "雄安新区", line=11)           # a named 新区 (decision 3)
p.ent("ADMIN", "保定市", line=11)
#   京津冀: fused one-character short forms, no ADMIN
p.ent("ADMIN", "雄安新区", line=11, after="促进")
p.ent("ORG", "省委", line=11)                 # 省委书记
p.ent("ORG", "省人大常委会", line=11)
p.ent("PERSON", "王东峰", line=11)
p.ent("ORG", "省委", line=11, after="王东峰")  # 省委副书记
#   省长: 省 is a level word with no name, no span
p.ent("PERSON", "许勤", line=11)

# ---- line 13: photo caption
p.ent("ADMIN", "香港特别行政区", line=13)
p.ent("ORG", "全国政协", line=13)
p.ent("ORG", "省委", line=13)
p.ent("ORG", "省人大常委会", line=13)
p.ent("PERSON", "王东峰", line=13)
p.ent("ORG", "省委", line=13, after="王东峰")
p.ent("PERSON", "许勤", line=13)
p.ent("ADMIN", "正定县", line=13)
p.ent("ADMIN", "塔元庄村", line=13)
p.byline("PHOTO", "记者 庞晓玮 摄", line=13)
p.ent("PERSON", "庞晓玮", line=13)

# ---- line 15: the sites visited
p.ent("ADMIN", "石家庄市", line=15)
p.ent("ADMIN", "西柏坡", line=15)             # 西柏坡纪念馆: a venue; the village's name inside it (decision 2)
p.ent("ORG", "中共中央", line=15)             # 中共中央旧址: a site named after the body (cf. 移动公司营业厅 on page-1601)
p.ent("ADMIN", "正定县", line=15)
p.ent("ADMIN", "塔元庄村", line=15)
p.ent("ADMIN", "雄安新区", line=15)           # 雄安新区市民服务中心: a venue, the zone inside it
#   千年秀林植树造林点, 白洋淀: places, no span
p.ent("ORG", "保定市长城汽车股份有限公司", line=15)  # enterprise with its admin prefix attached (§2)
p.ent("ORG", "英利集团", line=15)
#   我省: deictic

# ---- line 17
p.ent("ORG", "全国政协港澳台侨委员会", line=17)   # a committee of 全国政协: one ORG with its parent
p.ent("PERSON", "吕虹", line=17)
p.ent("ORG", "全国政协", line=17, after="此次考察活动是")
p.ent("PERSON", "习近平", line=17)             # inside an ideology name; 中国特色社会主义: no ADMIN
#   党的十九大 (twice), 京津冀, 国家: no span
p.ent("ADMIN", "雄安新区", line=17)
p.ent("ADMIN", "香港特别行政区", line=17)
p.ent("ORG", "全国政协", line=17, after="希望香港特别行政区")
p.ent("ADMIN", "河北", line=17)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)      # 来源: medium + reporters
p.block(4, 5, "PAGE")                   # timestamp-only line, 分享:
p.block(7, 7, "HEADLINE", article=1)    # the title printed again (as in the paper: 到我省考察)
p.block(9, 9, "SUBHEAD", article=1)     # 杨传堂参加考察: adds a fact under the title (decision 1)
p.block(11, 11, "BODY", article=1)
p.block(13, 13, "CAPTION", article=1)   # photo caption ending in its PHOTO credit
p.block(15, 17, "BODY", article=1)

p.save()
