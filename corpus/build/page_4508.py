"""page-4508: 张掖日报, one article (甘南州党政考察团来我市考察), reposted on 凤凰网甘肃
(gs.ifeng.com/c/8QyfYWDaNuW) with its original title and the closing credit (张掖日报).
Text as stored in the `pages` store, from its first line (原标题:…). No year printed: date null."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4508", "corpus/raw/pages/4508_zhangye_gannan_kaochatuan.txt",
         publisher="张掖日报", date=None, script="simplified", origin="pages")
if len(sys.argv) > 1:
    p.show(); sys.exit()

# ---- line 1: 原标题 (HEADLINE, as 27NN); 党政考察团 is a delegation, no ORG
p.ent("ADMIN", "甘南州", line=1)

# ---- line 2: participants line under the title (SUBHEAD)
p.ent("PERSON", "柴向前", line=2)

# ---- line 3: byline + first paragraph
p.byline("BYLINE", "本报讯(记者 段晓梅)", line=3)
p.ent("PERSON", "段晓梅", line=3)
p.ent("ORG", "甘南州委", line=3)                 # 甘南州委副书记
p.ent("PERSON", "杨君", line=3)
p.ent("ORG", "甘南州政府", line=3)               # 甘南州政府副州长
p.ent("PERSON", "郭子文", line=3)
p.ent("ADMIN", "甘南州", line=3, after="郭子文")  # 甘南州党政考察团
p.ent("ORG", "市委", line=3, after="我市")        # 市委副书记
p.ent("PERSON", "柴向前", line=3)
p.ent("PERSON", "安维国", line=3)                # 副市长|安维国

# ---- line 4
p.ent("ADMIN", "甘南州", line=4)                 # 甘南州党政考察团
p.ent("ADMIN", "甘州区", line=4)                 # locates the list of sites (党寨镇 too)
p.ent("ORG", "前进牧业", line=4)                 # a company by its short name
p.ent("ADMIN", "党寨镇", line=4)
p.ent("ADMIN", "陈寨村", line=4)
p.ent("ADMIN", "张掖", line=4)                   # 张掖|国家玉米种子产业园: a park is a place
p.ent("ORG", "甘肃神农珍稀菇业有限公司", line=4)
p.ent("ADMIN", "张掖", line=4, after="考察团认为")  # 张掖农业资源禀赋良好

# ---- line 5: sites (places): only the unit inside their names
p.ent("ADMIN", "张掖", line=5)                   # 张掖国家湿地公园
p.ent("ADMIN", "张掖", line=5, after="湿地公园")  # 张掖大佛寺 (a site here, not acting)
p.ent("ADMIN", "张掖", line=5, after="大佛寺")    # 张掖丹霞世界地质公园
p.ent("ADMIN", "张掖市", line=5)

# ---- line 6
p.ent("ADMIN", "甘州区", line=6)
p.ent("ADMIN", "甘浚镇", line=6)
p.ent("ADMIN", "速展村", line=6)
p.ent("ADMIN", "临泽县", line=6)
p.ent("ADMIN", "鸭暖镇", line=6)
#   屯泉小镇: a 小镇 is a place (decision 3), 屯泉 no known unit
p.ent("ADMIN", "高台县", line=6)
p.ent("ADMIN", "南华镇", line=6)
p.ent("ADMIN", "南岔村", line=6)
p.ent("ADMIN", "宣化镇", line=6)
p.ent("ADMIN", "上庄村", line=6)
p.ent("ADMIN", "张掖市", line=6)

# ---- line 7: closing credit
p.byline("CREDIT", "(张掖日报)", line=7)
p.ent("ORG", "张掖日报", line=7)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "SUBHEAD", article=1)
p.block(3, 7, "BODY", article=1)

p.save()
