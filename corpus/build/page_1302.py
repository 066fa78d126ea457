"""page-1302: 天津市宝坻区人民政府 website, 宝坻区扶持经济薄弱村发展工作简报 (2022-12-30).

Source: pages store, https://www.tjbd.gov.cn/zwgk/zfxxgkqjjg/nyncw/fdzdgknr8/zdmsxx8/fp8/202303/t20230301_6124832.html
The stored opening ends in a paragraph cut off mid-sentence ("市农科院院长程奕与在场人员深入探讨了"); it was dropped.
"""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1302", "corpus/raw/pages/1302_tjbd_boruocun.txt", publisher="天津市宝坻区人民政府",
         date="2022-12-30", script="simplified", origin="pages")

# ---- entities, line by line
# L1 site banner (with a stale date widget)
p.ent("ORG", "天津市宝坻区人民政府", line=1)
# L5 title
p.ent("ADMIN", "宝坻区", line=5)
# L6 meta line
p.ent("ORG", "天津市宝坻区农业农村委员会", line=6)
# L9 item heading with its contributing team after the dash
p.ent("ORG", "市城市管理委驻村工作队", line=9)
# L11
p.ent("ORG", "市城管委", line=11)                 # 市城管委|会同|兄弟驻村工作队
p.ent("ORG", "天津市农科院", line=11)
p.ent("ORG", "市农委", line=11, nth=1)            # 市农委牵头组织
# “第一书记走进农科院”, 农科院研发的: bare 农科院 is an institution type (decision 13), no span
p.ent("ORG", "市农委", line=11)                  # 市农委二级巡视员胡伟
p.ent("PERSON", "胡伟", line=11)
p.ent("ORG", "市农科院党委", line=11)             # 市农科院党委书记: organ + title, like 县委书记
p.ent("PERSON", "李金田", line=11)
p.ent("PERSON", "程奕", line=11)
p.ent("PERSON", "仇继东", line=11)
# L13
p.ent("PERSON", "胡伟", line=13)
p.ent("ORG", "市城管委工作队", line=13, nth=1)
p.ent("ADMIN", "宝坻区", line=13)
p.ent("ADMIN", "大口屯镇", line=13)
p.ent("ADMIN", "茶棚村", line=13)
p.ent("ORG", "市城管委工作队", line=13)
for org in ["市政府办公厅", "市委网信办", "市教委", "市交通运输委", "市审计局", "市知识产权局",
            "市大数据管理中心", "水务集团", "城建大学", "职业大学", "开放大学"]:
    p.ent("ORG", org, line=13)
# L15
p.ent("ORG", "市农科院党委", line=15)
p.ent("PERSON", "李金田", line=15)
p.ent("ADMIN", "天津", line=15)

# ---- slogans
# 包括产业、人才、文化、生态、组织五大振兴: the five parts of rural revitalisation, items printed before
p.slogan("GROUP", "五大振兴")
five = p.slogans[-1]
items = []
for it in ["产业", "人才", "文化", "生态", "组织"]:
    hits = [h for h in p.find_all(it, p.find_all("包括")[0][1], five["start"])]
    items.append(list(hits[0]))
five["expansion"] = items

# ---- bylines
p.byline("BYLINE", "来源:天津市宝坻区农业农村委员会", line=6)
p.byline("BYLINE", "——市城市管理委驻村工作队", line=9)   # the item's contributing unit, dash-led

# ---- blocks
p.block(1, 1, "PAGE")
p.block(3, 3, "PAGE")
p.block(5, 5, "HEADLINE", article=1)
p.block(6, 6, "BYLINE", article=1)
p.block(9, 9, "CROSSHEAD", article=1)
p.block(11, 15, "BODY", article=1)

p.save()
