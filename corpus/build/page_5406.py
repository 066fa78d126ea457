"""page-5406: 常德市西湖管理区 (the county-level 管理区's portal xh1.changde.gov.cn, 综合动态/今日西湖
channel), one article: 安化县委书记石录明到西湖开展调研走访慰问 (1月6日, year not printed), with three
photo captions. The stored page's last paragraph (胡晓明对石录明一行的到来表示热烈欢迎,西湖作为) is cut
mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5406", "corpus/raw/pages/5406_xihu_anhua_diaoyan.txt",
         publisher="常德市西湖管理区", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ORG", "安化县委", line=1)                  # 安化县委书记: organ + title
p.ent("PERSON", "石录明", line=1)
p.ent("ADMIN", "西湖", line=1)                    # short form of 西湖管理区

# ---- line 2: lead
p.ent("ORG", "安化县委", line=2)
p.ent("PERSON", "石录明", line=2)
p.ent("ORG", "县委", line=2, after="石录明")       # 县委副书记 (安化's)
p.ent("PERSON", "潘文剑", line=2)                 # 县长: a title
p.ent("ADMIN", "西湖", line=2)
p.ent("ORG", "区党委", line=2, every=True)        # 区党委书记 / 区党委副书记 / 区党委委员 (the zone's Party committee)
p.ent("PERSON", "胡晓明", line=2)
p.ent("ORG", "管委会", line=2, every=True)        # 管委会主任 / 管委会副主任: the zone's administrative committee
p.ent("PERSON", "吉海波", line=2)
p.ent("PERSON", "刘六林", line=2)

# ---- line 3: caption
p.ent("ORG", "安化县委", line=3)
p.ent("PERSON", "石录明", line=3)

# ---- line 4
p.ent("PERSON", "石录明", line=4)
#   牧业小镇: a place (小镇, decision 3), no span
p.ent("ADMIN", "新兴村", line=4)
p.ent("ORG", "绿祥农业", line=4)                  # enterprise by its short name
p.ent("ORG", "仁瑞无纺", line=4)                  # short form of 仁瑞无纺制品有限公司 (line 7)
p.ent("ADMIN", "新港村", line=4)
p.ent("ADMIN", "西湖", line=4)

# ---- line 5: caption
p.ent("ORG", "安化县委", line=5)
p.ent("PERSON", "潘文剑", line=5)

# ---- line 6
p.ent("ADMIN", "新兴村", line=6, every=True)      # three mentions
p.ent("PERSON", "石录明", line=6)
s = p.slogan("GROUP", "三治融合", line=6)[0]      # like 三警融合; its items are printed just before it
lo = p.line_bounds[5][0]
s["expansion"] = [list(p.find_all(w, lo, s["start"])[0]) for w in ("自治", "法治", "德治")]

# ---- line 7
p.ent("ORG", "仁瑞无纺制品有限公司", line=7)
p.ent("PERSON", "石录明", line=7)

# ---- line 9
p.ent("PERSON", "石录明", line=9)
p.ent("PERSON", "郑所进", line=9)                 # 移民老干部郑所进
p.ent("ADMIN", "西湖", line=9)
p.ent("ADMIN", "安化", line=9)

# ---- line 10
p.ent("PERSON", "石录明", line=10)
p.ent("ADMIN", "西湖管理区", line=10, every=True) # three mentions
p.ent("ADMIN", "安化", line=10, every=True)       # 安化和西湖管理区 / 多回安化看看

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BODY", article=1)
p.block(3, 3, "CAPTION", article=1)   # 安化县委书记石录明(右一): who stands where in the photo
p.block(4, 4, "BODY", article=1)
p.block(5, 5, "CAPTION", article=1)   # 安化县委副书记、县长潘文剑(左二)
p.block(6, 7, "BODY", article=1)
p.block(8, 8, "CAPTION", article=1)   # 慰问现场
p.block(9, 10, "BODY", article=1)

p.save()
