"""page-1805: 宁陕县融媒体中心 (宁陕融媒, nsxxww.cn), 陕西 安康市 宁陕县, one article (2021, undated on the
page): 县长郑红丹 督导疫苗接种、走访慰问、调研乡村振兴. Text as returned by the `pages` store: the stored
page opens with the byline paragraph (no title stored); its last paragraph ("县…") is cut off and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1805", "corpus/raw/pages/1805_ningshan_zhenghongdan_dudao.txt",
         publisher="宁陕县融媒体中心", date=None, script="simplified", origin="pages")

# ---- line 1: byline + lead
p.byline("BYLINE", "宁陕融媒讯(程志林)")
p.ent("ORG", "宁陕融媒", line=1)                  # a medium as the byline's source (cf. 甘州融媒讯)
p.ent("PERSON", "程志林", line=1)
p.ent("PERSON", "郑红丹", line=1)                 # 县长 is a title, no organ named
#   “七一” is a date (1 July), not a formula
p.ent("ORG", "县委", line=1)                      # 县委常委 -> ORG 县委 (shortened title)
p.ent("ORG", "统战部", line=1)                    # 统战部长 -> ORG 统战部 (like 宣传部长)
p.ent("PERSON", "胡学军", line=1)
p.ent("ADMIN", "梅子镇", line=1)
p.ent("PERSON", "马倩", line=1)
p.ent("PERSON", "吴德才", line=1)
p.ent("ORG", "城关初中", line=1)                  # a school (§2 ORG); 县电影院 beside it is a venue (dec. 14)

# ---- line 3
p.ent("PERSON", "郑红丹", line=3)
#   县全民健身中心, 电影院新冠疫苗接种点: facilities, no span

# ---- line 6
p.ent("ADMIN", "四亩地镇", line=6)
p.ent("PERSON", "王远涛", line=6)
p.ent("ADMIN", "城关镇", line=6)
for name in ["姚志俊", "叶仁芝", "程贤华", "郑红丹"]:
    p.ent("PERSON", name, line=6)

# ---- line 8
p.ent("ADMIN", "筒车湾镇", line=8)
p.ent("ADMIN", "四亩地镇", line=8)
p.ent("ADMIN", "梅子镇", line=8)
#   胶州小区社区工厂: a residential compound's name (dec. 2), no span for 胶州
p.ent("ADMIN", "许家城村", line=8)
p.ent("ADMIN", "七里村", line=8)
#   桃园梁农业综合田园体: 桃园梁 not shown to be a unit, no span
p.ent("ADMIN", "严家坪", line=8)                  # 严家坪和四亩地集镇社区: two 集镇社区 (shared tail)
p.ent("ADMIN", "四亩地集镇社区", line=8)
p.slogan("COUNT", "两个全覆盖", line=8,
         expansion=["联系群众全覆盖", "服务群众全覆盖"])   # items printed at the later mention
#   子午梅苑 (a homestay), “产业项目建设年” (no numeral): no span
p.ent("PERSON", "郑红丹", line=8)
p.slogan("COUNT", "两个覆盖", line=8)

# ---- blocks (one article; blank lines split the BODY into paragraphs)
p.block(1, 8, "BODY", article=1)

p.save()
