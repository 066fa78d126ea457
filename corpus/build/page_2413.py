"""page-2413: 中宁县人民政府 (znzf.gov.cn, 政府信息公开 > 政府工作报告), notice dated 2026-02-09
(page URL t20260212): the notice transmitting the county's 《政府工作报告》 and the opening of the
report itself. Text as returned by the `pages` store, from its first line; the last stored paragraph
(发展动能更加强劲。…解决企业急难愁盼问题50余) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2413", "corpus/raw/pages/2413_zhongning_zfgzbg.txt",
         publisher="中宁县人民政府", date="2026-02-09", script="simplified", origin="pages")

# ---- article 1: the notice (lines 1-5)
#   line 1: 各乡镇人民政府 = a class of bodies (no ORG); 县政府各部门 -> ORG 县政府 (parent before a
#   generic word, like 市政府各部门); 直属机构, 县属各国有企业: generic
p.ent("ORG", "县政府", line=1)
#   line 2: 县十八届人民代表大会 = a congress of a numbered term, one ORG; 第五次会议 = the event
p.ent("ORG", "县十八届人民代表大会", line=2)
#   line 3: the issuing unit signing the notice = closing attribution (CREDIT, in the BODY block)
p.ent("ORG", "中宁县人民政府", line=3)
p.byline("CREDIT", "中宁县人民政府", line=3)

# ---- article 2: the report
#   lines 7-8: subhead
p.ent("ORG", "中宁县第十八届人民代表大会", line=7)
#   line 9: speaker line under the headline (decision 8), title included
p.byline("BYLINE", "县 长 周永根", line=9)
p.ent("PERSON", "周永根", line=9)
#   line 11
p.ent("ORG", "县人民政府", line=11)
p.ent("ORG", "政协", line=11)                       # 各位政协委员: the county CPPCC (shortened title keeps its organ)
#   line 12: crosshead
p.slogan("PLAN", "十四五", line=12)
#   line 13
p.ent("ORG", "县人民政府", line=13)
p.ent("PERSON", "习近平", line=13, nth=1)           # 习近平新时代中国特色社会主义思想
p.ent("PERSON", "习近平", line=13)                  # 习近平总书记考察宁夏
p.ent("ADMIN", "宁夏", line=13)
#   二十大: no slogan; 黄河流域…先行区: no unit
#   区市党委、政府: contracted level words for two bodies (like 省市委): no span; bare 政府: no span
p.ent("ORG", "县委", line=13)
p.ent("ORG", "人大", line=13)                       # the county's 人大 and 政协 (one specific body each)
p.ent("ORG", "政协", line=13)
#   稳就业、稳企业、稳市场、稳预期; 稳增长促发展攻坚年: no numeral, no formula
p.slogan("PLAN", "十四五", line=13)

# ---- blocks
p.block(1, 3, "BODY", article=1)          # salutation, body, issuer's signature (CREDIT)
p.block(4, 4, "PAGE")                     # date-only line
p.block(5, 5, "PAGE")                     # (此件公开发布): open-government publication note
p.block(6, 6, "HEADLINE", article=2)      # 政 府 工 作 报 告
p.block(7, 8, "SUBHEAD", article=2)       # ——2026年1月14日在…第五次会议上
p.block(9, 9, "BYLINE", article=2)        # 县 长 周永根
p.block(10, 11, "BODY", article=2)
p.block(12, 12, "CROSSHEAD", article=2)
p.block(13, 13, "BODY", article=2)
p.block(14, 14, "CROSSHEAD", article=2)
p.block(15, 15, "BODY", article=2)

p.save()
