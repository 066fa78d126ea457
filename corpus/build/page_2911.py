"""page-2911: 威宁每日新闻 (weiningrm.org.cn, paper of the 中共威宁彝族回族苗族自治县委员会),
2024-09-27 (issue date from the URL), one article: 威宁自治县绘就乡村振兴新图景.
Text as returned by the `pages` store, from its title; the last paragraph, cut off
mid-sentence (据养殖场负责人邹俊松介), is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2911", "corpus/raw/pages/2911_weining_xiangcun_tujing.txt",
         publisher="威宁每日新闻", date="2024-09-27", script="simplified", origin="pages")

def line_lo(n):
    return p.line_bounds[n - 1][0]

def items_before(slogan_item, items, lo):
    """Expansion items printed BEFORE the formula (spanlib's expansion= only looks after):
    located by string with find_all, in order, between lo and the formula's start."""
    pairs, pos = [], lo
    for s in items:
        hits = p.find_all(s, pos, slogan_item["start"])
        assert hits, s
        pairs.append([hits[0][0], hits[0][1]])
        pos = hits[0][1]
    slogan_item["expansion"] = pairs

# ---- line 1: headline
p.ent("ADMIN", "威宁自治县", line=1)

# ---- line 2: web meta line (author credit; empty date/counter fields, zoom buttons)
p.byline("BYLINE", "新闻作者: 陈武帅", line=2)
p.ent("PERSON", "陈武帅", line=2)

# ---- line 5: photo caption with its credit
p.ent("ADMIN", "威宁", line=5)
p.ent("ADMIN", "羊街镇", line=5)                    # 洛泽河 is a river: no span
p.byline("PHOTO", "(记者 岳刚 摄)", line=5)
p.ent("PERSON", "岳刚", line=5)

# ---- line 7: lead paragraph
p.ent("ADMIN", "威宁自治县", line=7)
s = p.slogan("COUNT", "两条底线", line=7)[0]        # 发展和生态两条底线: items printed before it
items_before(s, ["发展", "生态"], line_lo(7))
s = p.slogan("COUNT", "三篇文章", line=7)[0]        # “生态建设、产业发展、城乡建设”三篇文章
items_before(s, ["生态建设", "产业发展", "城乡建设"], line_lo(7))

# ---- line 9: crosshead 呵护好绿水青山 (no entity)
# ---- line 11
p.ent("ADMIN", "威宁自治县", line=11)               # 草海北坡生态公园: a park, 草海 a lake: no span
# ---- lines 12-13
p.ent("PERSON", "江长林", line=12)                  # 草海江家湾码头: a pier, no span
p.ent("PERSON", "江长林", line=13)
# ---- line 14
p.ent("ADMIN", "威宁", line=14)
s = p.slogan("GROUP", "六大工程", line=14)[0]       # “法治护湖、…、造林涵湖”六大工程
items_before(s, ["法治护湖", "退城还湖", "退村还湖", "退耕还湖", "治污净湖", "造林涵湖"], line_lo(14))
#   “水清、山绿、景美、人和、鸟欢”的目标: no numeral, no formula
# ---- line 15
p.ent("ADMIN", "威宁", line=15)                     # 洛泽河畔, 乌江源头: rivers, no span
p.ent("ADMIN", "哲觉", line=15)                     # 林海哲觉: 哲觉 (镇) named bare, as 乡镇 names are
# ---- line 16
p.ent("ADMIN", "威宁", line=16)                     # “生态立县”: no numeral
# ---- line 18: crosshead 夯实乡村发展基石 (no entity)
# ---- line 20
p.ent("ADMIN", "威宁自治县", line=20)
p.ent("ADMIN", "石门乡", line=20)
p.ent("ADMIN", "观音山村", line=20)                 # 观音山村蛋鸡养殖场: the farm is a site here
p.ent("PERSON", "戴糖晴", line=20)                  # 务工群众戴糖晴 (decision: people named after what they are)
p.ent("ADMIN", "贵阳", line=20)
p.ent("ADMIN", "云南省", line=20)
p.ent("ADMIN", "昭通市", line=20)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(5, 5, "CAPTION", article=1)
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "CROSSHEAD", article=1)
p.block(11, 16, "BODY", article=1)
p.block(18, 18, "CROSSHEAD", article=1)
p.block(20, 20, "BODY", article=1)

p.save()
