"""page-3511: 隆德县人民政府 (nxld.gov.cn, 政府信息公开 > 政府全体会及常务会议), 2020-04-02, one article:
隆德县人民政府第65次常务会议. Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3511", "corpus/raw/pages/3511_longde_changwuhui_65.txt",
         publisher="隆德县人民政府", date="2020-04-02", script="simplified", origin="pages")

# ---- line 1: headline (an organ inside a meeting's name is ORG: 市委常委会会议 -> 市委常委会)
p.ent("ORG", "隆德县人民政府", line=1)

# ---- lines 3-4: open-government record fields; 发布机构 holds the publishing unit
p.ent("ORG", "隆德县人民政府办公室", line=4)
p.byline("BYLINE", "发布机构 隆德县人民政府办公室", line=4)

# ---- line 6
p.ent("PERSON", "潘建宁", line=6)                     # 县长潘建宁: title outside
p.ent("ORG", "县政府", line=6)                        # 县政府第65次常务会议
p.ent("ORG", "中共中央政治局", line=6)                # 中共中央政治局会议精神
for prov in ["甘肃", "河南", "广东"]:
    p.ent("ADMIN", prov, line=6)
#   我县: no span

# ---- line 8
for prov in ["甘肃", "河南", "广东"]:
    p.ent("ADMIN", prov, line=8)
p.ent("ORG", "中共中央政治局", line=8)
#   全国, 境外, 区域, 我县: no span

# ---- line 10
#   各查验站、村组、社区 (generic), 县汽车站 (a facility, decision 14): no span
p.ent("ADMIN", "湖北", line=10, nth=1)                # 湖北来隆人员 (来隆: one-character short form of 隆德, no span)
p.ent("ADMIN", "湖北", line=10, nth=1)                # its second mention (the first is taken now)
p.ent("ORG", "县公安局", line=10)

# ---- line 12: 各乡镇, 各相关单位, 扶贫车间: no span; “卫生大扫除”: no numeral, no formula

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")            # 索引号 / 文号 / 生成日期 (record fields)
p.block(4, 4, "BYLINE", article=1)   # 公开方式 … 发布机构 隆德县人民政府办公室 责任部门
p.block(6, 12, "BODY", article=1)

p.save()
