"""page-4103: 晋江经济报 (e-paper jjjjb.fjdaily.com, 第f01b版), 2021-06-04, one article:
东石:持续加快 晋西南“新门户”建设 (晋江市东石镇第十三次党代会). Text as returned by the `pages`
store, from its title (the e-paper's edition/navigation lines above the title are left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4103", "corpus/raw/pages/4103_jinjiang_dongshi_dangdaihui.txt",
         publisher="晋江经济报", date="2021-06-04", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "东石", line=1)                  # the township by its bare name
#   晋西南: 晋 is a one-character short form + a direction, no ADMIN

# ---- line 3: byline + first paragraph
p.byline("BYLINE", "本报讯 (记者 许春 通讯员 乔帅)")
p.ent("PERSON", "许春", line=3)
p.ent("PERSON", "乔帅", line=3)
p.ent("ADMIN", "晋江市", line=3)                # 晋江市东石镇第十三次党代会: units inside an event's name
p.ent("ADMIN", "东石镇", line=3, after="晋江市")
p.ent("ORG", "东石镇政府", line=3)
p.ent("ORG", "中共东石镇第十二届委员会", line=3)  # a party committee with its term, inside a report's name
p.ent("ORG", "东石镇纪委", line=3)
p.ent("ADMIN", "东石镇", line=3, after="“十三五”期间")
p.ent("ADMIN", "东石镇", line=3, after="“十四五”期间")
p.slogan("PLAN", "十三五", line=3)
p.slogan("PLAN", "十四五", line=3)

# ---- line 5
p.ent("ORG", "东石镇党委", line=5)              # 东石镇党委书记 -> ORG + title
p.ent("PERSON", "洪建立", line=5)
p.ent("ORG", "中共东石镇第十二届委员会", line=5)

# ---- line 7
p.ent("ORG", "东石镇党委", line=7)              # 东石镇党委团结带领… (acting)
p.slogan("PLAN", "十三五", line=7)
p.ent("ADMIN", "东石镇", line=7)                # 2020年,东石镇实现…

# ---- line 9
p.ent("ADMIN", "东石镇", line=9, nth=1)         # 东石镇连续两届蝉联
p.ent("ADMIN", "东石镇", line=9, after="五年来")  # 东石镇成功获评
p.ent("ADMIN", "福建省", line=9)                # 福建省乡村治理试点示范镇: unit inside an honour's name
p.ent("ADMIN", "中国", line=9)                  # “中国伞都”: 中国 as a place inside an honour (decision 2)
p.ent("ADMIN", "东石镇", line=9, after="复查验收")  # 东石镇镇域

# ---- line 11
p.ent("ADMIN", "东石镇", line=11)
p.ent("ADMIN", "中国", line=11)                 # 中国百强镇 (a ranking's name: 中国 as a place)

# ---- line 13-14: rights lines
p.ent("ORG", "福建日报", line=13)               # the platform named by the rights line
p.ent("ORG", "中国互联网举报中心", line=14)        # link to the reporting centre (an organisation's short name)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 11, "BODY", article=1)
p.block(13, 14, "PAGE")

p.save()
