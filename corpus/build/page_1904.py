"""page-1904: 济宁日报 (jn001.com e-paper, paperpc), date not printed, one article on the
乡村振兴 "百区千村" 三年行动. The stored page opens with the byline (no title is stored);
its last stored paragraph (邹城市城前镇…灵泉山茶园, cut before the quote's speaker) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1904", "corpus/raw/pages/1904_jining_baiqu_qiancun.txt",
         publisher="济宁日报", date=None, script="simplified", origin="pages")

# ---- line 1: byline
p.byline("BYLINE", "■本报记者 王粲")
p.ent("PERSON", "王粲", line=1)

# ---- line 2
p.ent("ADMIN", "济宁", line=2)

# ---- line 3
p.slogan("PARALLEL", "百区千村", line=3)   # 乡村振兴“百区千村”三年行动 (like 百县千镇万村); items not listed
#   三年行动: a count of years (decision 10); 齐鲁样板: 齐鲁 is a regional epithet, no unit

# ---- line 4
p.slogan("PARALLEL", "百区千村", line=4)
p.ent("ADMIN", "济宁", line=4)

# ---- line 6
p.ent("ADMIN", "高新区", line=6)          # 济宁's 高新区, the zone word naming one zone (decision 3)
p.ent("ADMIN", "王因街道", line=6)
p.ent("ADMIN", "台庄村", line=6)
#   全国文明村镇: an honour, no span

# ---- line 7
p.ent("ORG", "台庄村党支部", line=7)      # 台庄村党支部书记: a named village's body (decision 5)
p.ent("PERSON", "刘玉志", line=7)
p.ent("ADMIN", "台庄村", line=7, every=True)   # 台庄村充分发挥…; 去年,台庄村在…
#   “党支部+合作社+农户”: no numeral, not a formula

# ---- blocks
p.block(1, 1, "BYLINE", article=1)
p.block(2, 4, "BODY", article=1)
p.block(5, 5, "CROSSHEAD", article=1)    # 产业旺起来 村民富起来
p.block(6, 7, "BODY", article=1)

p.save()
