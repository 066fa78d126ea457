"""page-2505: 云上嘉鱼 (嘉鱼县融媒体中心, m.ysjiayu.cn), undated, one feature article on
党建引领乡村振兴 in 嘉鱼县 (湖北咸宁). Text as returned by the `pages` store: it opens with the
article's standfirst (no title stored); the last paragraph, cut off mid-sentence, was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2505", "corpus/raw/pages/2505_jiayu_dangjian_xiangcun.txt",
         publisher="云上嘉鱼", date=None, script="simplified", origin="pages")

# ---- line 1: standfirst (摘要) with the five centres listed before their count
p.slogan("COUNT", "五个中心", line=1)
# items printed before the formula (docs: items before a formula are its expansion)
items = ["政治统领", "宜居生态", "产业发展", "文化传承", "村级治理服务"]
lo, hi = p.line_bounds[0]
pairs, pos = [], lo
for it in items:
    st, en = p.find_all(it, pos, hi)[0]
    pairs.append([st, en]); pos = en
p.slogans[-1]["expansion"] = pairs
#   49项重点工作任务: a count in prose, no formula

# ---- line 2
p.ent("ADMIN", "嘉鱼县", line=2)

# ---- line 5
p.ent("ORG", "嘉鱼县委", line=5)
p.ent("ORG", "县委", line=5, after="多次召开")      # 县委常委会议: the meeting of the county committee's
                                                   # standing committee -> ORG 县委 (as 市委常委 -> 市委)

# ---- line 6
p.ent("ORG", "县委", line=6)                        # 县委成立领导小组 (the group itself is unnamed)
#   五个工作专班: a count of teams (like 四大班子), no formula
#   《党建+乡村振兴中心功能区建设的指导方案》: no numeral, no formula

# ---- line 7
p.slogan("PER_UNIT", "一镇一村一品", line=7)         # like 一村一品

# ---- line 9
p.ent("ORG", "县委", line=9)

# ---- line 11
p.ent("ADMIN", "渡普镇", line=11)
p.ent("ADMIN", "王家庄村", line=11)

# ---- line 12
p.ent("PERSON", "张忠文", line=12)
p.ent("ADMIN", "王家庄", line=12)                   # 王家庄脐橙: the village inside a product name (decision 2)

# ---- blocks
p.block(1, 1, "SUBHEAD", article=1)     # the web page's summary/standfirst (title not stored)
p.block(2, 2, "BODY", article=1)
p.block(3, 3, "CROSSHEAD", article=1)
p.block(4, 9, "BODY", article=1)        # 乡村振兴,如何推进? opens the section's text (a question, answered below)
p.block(10, 10, "CROSSHEAD", article=1)
p.block(11, 12, "BODY", article=1)

p.save()
