import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1616", "corpus/raw/pages/1616_zhangye_ganzhou_quanwei.txt",
         publisher="张掖市纪委监委网站 (zysjw.gov.cn)", date=None, script="simplified",
         origin="pages")

# ---------------------------------------------------------------- entities (line 1)
p.ent("ORG", "中共甘州区委")
p.ent("ORG", "市委", after="会议。")                 # 市委常委 -> ORG 市委 (shortened title keeps its organ)
p.ent("ORG", "区委", after="市委常委、")             # 区委书记
p.ent("PERSON", "张健")
p.ent("ORG", "区委", after="报告工作。")             # 区委副书记
p.ent("PERSON", "张玉林")                            # 区长: level word, no span
p.ent("ORG", "省委", after="书面传达了")             # 省委十二届八次全委(扩大)会议
p.ent("ORG", "市委", after="会议和")                 # 市委三届七次全委(扩大)会议
p.ent("ADMIN", "上秦镇")
p.ent("PERSON", "黄兴俊")
p.ent("ADMIN", "明永乡")
p.ent("PERSON", "贺耀龙")
p.ent("ADMIN", "北街街道")
p.ent("PERSON", "陈昭")
p.ent("ORG", "水务局")
p.ent("PERSON", "曾顺")
p.ent("ORG", "交通运输局")
p.ent("PERSON", "祁振东")
p.ent("ORG", "卫生局")
p.ent("PERSON", "王敬忠")
# line 2: editor line (PAGE block, name still PERSON)
p.ent("PERSON", "卢征")

# ---------------------------------------------------------------- slogans
# “三述” with its items printed before it: 述纪述廉述作风(报告)
(san,) = p.slogan("GROUP", "三述")
lo = p.find_all("述纪述廉述作风")[0][0]
items = []
pos = lo
for it in ["述纪", "述廉", "述作风"]:
    st, en = p.find_all(it, pos)[0]
    items.append([st, en])
    pos = en
san["expansion"] = items

# ---------------------------------------------------------------- blocks
p.block(1, 1, "BODY", article=1)
p.block(2, 2, "PAGE")          # (编辑:卢征): editor line, web furniture

p.save()
