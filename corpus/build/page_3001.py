"""page-3001: 闽清县人民政府 (fzmq.gov.cn, 政务公开 > 工作动态), 2026-03-09 (from the URL), one article:
县长陈禺主持召开县政府2026年工作思路座谈会. Text as returned by the `pages` store; the stored page
opens with the body (本报讯 …), no title; its last paragraph (县领导朱稳贵…林) was cut off mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3001", "corpus/raw/pages/3001_minqing_gongzuosilu.txt",
         publisher="闽清县人民政府", date="2026-03-09", script="simplified", origin="pages")

# ---- line 1
p.byline("BYLINE", "本报讯", line=1)                 # bare source tag (本报 never ORG)
p.ent("PERSON", "陈禺", line=1)                      # 县长陈禺: title outside
p.ent("ORG", "县政府", line=1)                       # 县政府2026年工作思路座谈会: organ inside a meeting name
#   党的二十届四中全会: a plenary session, no span; 中央经济工作会议: 中央 qualifies the meeting's name, no span
p.ent("PERSON", "习近平", line=1)
p.ent("ADMIN", "福建", line=1)
p.slogan("PLAN", "十五五", line=1, nth=1)
p.slogan("GROUP", "四轮驱动", line=1)                # “四轮驱动”专项行动: the county's campaign; items not spelled out
p.slogan("PLAN", "十五五", line=1, nth=1)            # second mention (the first is taken)

# ---- line 2
#   11家县直有关部门: generic, no span
p.ent("ADMIN", "闽清", line=2)

# ---- line 3
p.ent("PERSON", "陈禺", line=3)
p.slogan("PLAN", "十五五", line=3)
p.ent("ADMIN", "闽清", line=3)

# ---- line 4
p.ent("PERSON", "陈禺", line=4)
p.slogan("GROUP", "四轮驱动", line=4)
p.ent("ORG", "正大", line=4)                         # 正大蛋鸡: the 正大 (CP) group's egg-layer project, company inside a cluster name
# items printed BEFORE the formula: located with find_all within line 4 (spanlib's expansion only looks after)
lo, hi = p.line_bounds[3]
def items(*ss):
    out = []
    for s in ss:
        h = p.find_all(s, lo, hi)[0]
        out.append([h[0], h[1]])
    return out
g = p.slogan("GROUP", "四大集群", line=4)[0]
g["expansion"] = items("数智算电", "正大蛋鸡", "低空经济", "3D打印")
g = p.slogan("GROUP", "四大要素", line=4)[0]
g["expansion"] = items("科技", "资金", "土地", "人才")
#   开门红: no numeral; 全国“两会”: a count of meetings, no formula (17NN decision)

# ---- blocks
p.block(1, 4, "BODY", article=1)

p.save()
