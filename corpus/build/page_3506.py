"""page-3506: 中国义乌网 (义乌市, the county-level city's news site), 2020-08-28, one article:
全力迎检 义乌市上溪镇文明创建“体检”到户. Text as returned by the `pages` store, from the
breadcrumb; the last stored line (网络敲诈和有偿删帖自律管理承诺书 金华中) is cut off and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3506", "corpus/raw/pages/3506_yiwu_shangxi_wenming_tijian.txt",
         publisher="中国义乌网", date="2020-08-28", script="simplified", origin="pages")

# ---- line 1: breadcrumb (PAGE)
p.ent("ORG", "中国义乌网", line=1)
p.ent("ADMIN", "义乌", line=1)                      # section 义乌新闻: the city's name inside it
p.ent("PERSON", "陈文卉", line=1)                   # the reporter's channel, named by her name

# ---- line 3: headline
p.ent("ADMIN", "义乌市", line=3)
p.ent("ADMIN", "上溪镇", line=3)

# ---- line 5: web meta line (decision 12: one BYLINE per labelled credit, timestamp outside)
p.byline("BYLINE", "来源: 中国义乌网", line=5)
p.byline("BYLINE", "作者: 记者 陈文卉", line=5)
p.ent("ORG", "中国义乌网", line=5)
p.ent("PERSON", "陈文卉", line=5)

# ---- line 6: 扫一扫 prompt (PAGE), the site keeps its span
p.ent("ORG", "中国义乌网", line=6)

# ---- line 8: source tag with its date and credit bracket
p.byline("BYLINE", "中国义乌网8月28日讯(记者 陈文卉 编辑 童晓)", line=8)
p.ent("ORG", "中国义乌网", line=8)
p.ent("PERSON", "陈文卉", line=8)
p.ent("PERSON", "童晓", line=8)
#   全国文明城市: no unit; 文明创建39项要求: a count in prose (like 六项内容), no formula
p.ent("ADMIN", "义乌市", line=8)
p.ent("ADMIN", "上溪镇", line=8)
p.slogan("PER_UNIT", "一村一户一档", line=8)         # a file per village and household (cf. 一户一本台账)

# ---- line 10
p.ent("ORG", "上溪镇城管办", line=10)
p.ent("ORG", "村两委", line=10)                     # the inspected village's committees (decision 5)
p.ent("ORG", "美促会", line=10)                     # short form of one specific association (decision 13)
p.ent("ADMIN", "沈宅村", line=10)
p.slogan("PER_UNIT", "一村一户一档", line=10)

# ---- line 12
p.ent("ADMIN", "沈宅村", line=12)
p.ent("ORG", "村两委", line=12)                     # 沈宅村's committees: one specific village's bodies
#   该村: deictic

# ---- line 14
p.ent("ADMIN", "上溪镇", line=14)

# ---- line 17: editor line (PAGE), the name is PERSON
p.ent("PERSON", "童晓", line=17)

# ---- line 18: footer links (PAGE)
p.ent("ADMIN", "义乌", line=18)                     # 义乌宣传片: the city's name inside a title

# ---- blocks
p.block(1, 1, "PAGE")                 # breadcrumb
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)    # 发布时间 来源: 作者: meta line
p.block(6, 6, "PAGE")                 # 扫一扫 prompt
p.block(8, 14, "BODY", article=1)
p.block(16, 18, "PAGE")               # (whitespace-only line 16) 编辑: line + footer links, one PAGE run

p.save()
