import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page
p = Page("page-1303", "corpus/raw/pages/1303_longlin_pingban.txt", publisher="隆林各族自治县人民政府",
         date=None, script="simplified", origin="pages")
if "--show" in sys.argv:
    p.show()

# ---------------------------------------------------------------- spans
# line 1 (headline)
p.ent("ADMIN", "平班镇", line=1)
p.ent("ADMIN", "扁牙村", line=1)
# line 2 (photo caption)
p.ent("ADMIN", "扁牙村", line=2)
# line 4
p.ent("ORG", "平班镇党委", line=4)           # the township's Party committee, acting
p.ent("ADMIN", "平班镇", line=4)             # 平班镇聚居着… (first free one on the line)
p.ent("ADMIN", "扁牙村", line=4, nth=1)      # 政府驻地扁牙村
p.ent("ADMIN", "广西", line=4)               # 广西“千村万户文化惠民工程”
p.ent("ADMIN", "扁牙村", line=4)             # 如今,扁牙村和美乡村
# line 6
p.ent("ADMIN", "扁牙村", line=6, nth=1)      # 扁牙村地处
p.ent("ADMIN", "新州", line=6)               # 新州河: river named after 新州镇 (decision 2)
p.ent("ADMIN", "委乐", line=6)               # 委乐至革步高速 (decision 2)
p.ent("ADMIN", "革步", line=6)
p.ent("ADMIN", "平班", line=6)               # 平班二级公路 (decision 2)
p.ent("ADMIN", "扁牙村", line=6)             # 扁牙村依托
# line 8
p.ent("ADMIN", "扁牙村", line=8)

# ---------------------------------------------------------------- slogans
# 五美: only 产业美 and 环境美 are on the stored page (文化美… cut off): incomplete list, no expansion
p.slogan("GROUP", "五美", line=1)
p.slogan("GROUP", "五美", line=4)
p.slogan("PARALLEL", "千村万户", line=4)     # like 百县千镇万村 (百千万工程)
p.slogan("PARALLEL", "两黄两黑一绿一油", line=6,
         expansion=["西贡粉蕉", "芒果", "黑皮果蔗", "板栗", "应季蔬菜", "油茶"])

def before_items(sl, items, lo):
    """expansion items printed BEFORE the formula: located by code in [lo, formula start)"""
    pos, pairs = lo, []
    for e in items:
        st, en = p.find_all(e, pos, sl["start"])[0]
        pairs.append([st, en]); pos = en
    sl["expansion"] = pairs

L6 = p.line_bounds[5][0]
seg = p.find_all("种植", L6)[0][1]
s = p.slogan("GROUP", "两黄", after="芒果1000亩")[0]; before_items(s, ["西贡粉蕉", "芒果"], seg)
s = p.slogan("GROUP", "两黑", after="板栗2345亩")[0]; before_items(s, ["黑皮果蔗", "板栗"], p.find_all("两黄", s["start"] - 40)[-1][1])
s = p.slogan("GROUP", "一绿", after="应季蔬菜")[0]; before_items(s, ["应季蔬菜"], s["start"] - 10)
s = p.slogan("GROUP", "一油", after="油茶1697亩")[0]; before_items(s, ["油茶"], s["start"] - 15)
s = p.slogan("GROUP", "五位一体", line=8)[0]
before_items(s, ["党支部", "党员", "社干", "公益性岗位", "农户"], p.line_bounds[7][0])

# ---------------------------------------------------------------- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 3, "CAPTION", article=1)
p.block(4, 4, "BODY", article=1)
p.block(5, 5, "CROSSHEAD", article=1)
p.block(6, 6, "BODY", article=1)
p.block(7, 7, "CROSSHEAD", article=1)
p.block(8, 8, "BODY", article=1)
p.save()
