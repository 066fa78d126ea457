"""page-4602: 连云港市交通运输局 (jtj.lyg.gov.cn, 交通要闻; 信息来源:连云港市交通运输局), 2018-04-02,
one article: 市交通运输局举办“交通强国战略”专题讲座. Text as returned by the `pages` store."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4602", "corpus/raw/pages/4602_lianyungang_jtj_jiaotongqiangguo.txt",
         publisher="连云港市交通运输局", date="2018-04-02", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "市交通运输局", line=1)
#   “交通强国战略”: a national strategy's name, no numeral, no span

# ---- line 2: web meta line (labelled source; date, counter and font size outside)
p.byline("BYLINE", "信息来源:连云港市交通运输局", line=2)
p.ent("ORG", "连云港市交通运输局", line=2)

# ---- line 4
p.ent("ORG", "市交通运输局", line=4)              # “交通大讲堂”: a lecture series (programme), no span
#   党的十九大: a Party congress, no span
p.ent("ORG", "局党委", line=4)                    # 局党委书记: the bureau's own Party committee (one body)
p.ent("PERSON", "陈辉东", line=4)
p.ent("ORG", "江苏省人大", line=4)                # 江苏省人大代表 -> ORG 江苏省人大 (contracted title keeps its organ)
p.ent("ORG", "中设设计集团", line=4)
p.ent("PERSON", "杨卫东", line=4)
p.ent("ORG", "市港口局", line=4)
p.ent("ORG", "铁路办", line=4)                    # 市港口局、铁路办、机场办: the 市 prefix is shared (decision 13)
p.ent("ORG", "机场办", line=4)

# ---- line 7
p.ent("PERSON", "杨卫东", line=7)
p.ent("ADMIN", "江苏", line=7)                    # 江苏交通现代化发展形势
#   我市, 全市交通运输系统: no span; 十九大: no span

# ---- line 10
p.ent("PERSON", "陈辉东", line=10)
#   “高质发展 后发先至”: no numeral, no formula
p.ent("ADMIN", "连云港", line=10)                 # 使连云港交通运输成为…
p.slogan("PARALLEL", "一带一路", line=10)          # “一带一路”倡议

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)      # 信息来源:… 发布日期:… (decision 12: a labelled credit)
p.block(4, 4, "BODY", article=1)
p.block(7, 7, "BODY", article=1)
p.block(10, 10, "BODY", article=1)

p.save()
