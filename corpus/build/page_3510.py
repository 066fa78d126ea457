"""page-3510: 南充日报 (as republished on yybnet.net's 南充新闻 channel; publisher inferred, see notes),
2018-11, one article on the 18th chairmen's meeting of 南充市政协. The stored text has no title:
it starts at the body's 本报讯 line. Text as returned by the `pages` store."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3510", "corpus/raw/pages/3510_nanchong_zhengxie_zhuxi_huiyi.txt",
         publisher="南充日报", date=None, script="simplified", origin="pages")

# ---- line 1: byline + lead
p.byline("BYLINE", "本报讯(记者 王萍)")
p.ent("PERSON", "王萍", line=1)
p.ent("ORG", "政协第六届南充市委员会", line=1)      # party/front name + term + unit + 委员会: one ORG
p.ent("ORG", "市政协", line=1)                    # 市政协主席吴小可
p.ent("PERSON", "吴小可", line=1)

# ---- line 2
p.ent("ORG", "市政协", line=2, nth=1)
for name in ["朱家媛", "尹才勋", "杨雄"]:
    p.ent("PERSON", name, line=2)
p.ent("ORG", "市政协", line=2)                    # 市政协秘书长
p.ent("PERSON", "温桂彪", line=2)

# ---- line 3
p.ent("ADMIN", "南充市", line=3, nth=1)            # 南充市铁路规划建设情况
p.ent("ADMIN", "南充市", line=3)                   # “南充市五大百亿战略性新兴产业”: a unit in a programme name
#   五大百亿战略性新兴产业: a count of industries (like 五大主导产业), no slogan
p.ent("ORG", "省委办公厅", line=3)
#   《关于加强新时代人民政协党的建设工作的实施意见》: 人民政协 in general, no span

# ---- line 4
p.ent("PERSON", "吴小可", line=4)
p.ent("ADMIN", "南充", line=4)

# ---- line 5
p.ent("ADMIN", "南充市", line=5)
p.ent("PERSON", "吴小可", line=5)

# ---- line 6: three quoted triads, items printed before each count
p.ent("PERSON", "吴小可", line=6)
p.ent("ADMIN", "南充市", line=6)
#   政府要着力…: the government in general, no span
lo, hi = p.line_bounds[6 - 1]
def group_with_items(formula, items):
    (item,) = p.slogan("GROUP", formula, line=6)
    pairs, pos = [], None
    # the items stand in the quote right before the formula: search back from it
    q = max(st for st, en in p.find_all("“", lo, item["start"]))
    pos = q
    for it in items:
        st, en = p.find_all(it, pos, item["start"])[0]
        pairs.append([st, en]); pos = en
    item["expansion"] = pairs
group_with_items("三大环境", ["政策", "法制", "舆论"])
group_with_items("三大能力", ["发展", "创新", "做强"])
group_with_items("三大机制", ["培育", "激励", "评价"])

# ---- line 7: attendees
p.ent("ORG", "市政协办公室", line=7)
p.ent("ORG", "市纪委驻市政协机关纪检组", line=7)     # a stationed office is one ORG with its parent
p.ent("ORG", "市政协", line=7)                    # 部分市政协委员 -> ORG + title

# ---- lines 8-10: 新闻推荐 link list and the channel's footer (PAGE); names keep their spans
p.ent("PERSON", "李奎", line=9)
p.ent("ADMIN", "南充", line=9)
p.ent("ORG", "市气象台", line=9)
p.ent("ADMIN", "南充", line=10, nth=1)             # 南充新闻 (channel name)
p.ent("ADMIN", "南充", line=10)                    # 南充这个家

# ---- blocks (no title on the stored page)
p.block(1, 7, "BODY", article=1)
p.block(8, 10, "PAGE")         # 新闻推荐 + a teaser of another story + the channel's footer line

p.save()
