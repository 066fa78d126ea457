"""page-4601: 632news.com (枣庄新闻网, inferred: site name not printed on the stored page), 2021-07-16,
one article: a profile of the Party committee of 东郭镇 (滕州市, 山东). The stored page opens with
the body (no title stored). Text as returned by the `pages` store."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4601", "corpus/raw/pages/4601_zaozhuang_tengzhou_dongguozhen.txt",
         publisher="632news.com (枣庄新闻网, inferred)", date="2021-07-16", script="simplified", origin="pages")

# ---- line 1
p.ent("ADMIN", "滕州市", line=1)
p.ent("ADMIN", "东郭镇", line=1)
p.ent("ADMIN", "滕州市", line=1)                  # 位于滕州市东北部

# ---- line 2
p.ent("ORG", "镇党委", line=2)                    # 在镇党委的带领下: level word + organ (like 县委)
#   该镇, 全镇: deictic / level words, no span; “南菜、北果、西粮”: no numeral, no formula

# ---- line 3: honours
p.ent("ADMIN", "山东省", line=3)                  # 山东省文明镇: unit inside an award name (decision 2)
p.ent("ADMIN", "山东省", line=3)                  # 山东省卫生镇
p.ent("ORG", "东郭镇党委", line=3)
p.ent("ADMIN", "山东省", line=3)                  # “山东省先进基层党组织”称号

# ---- line 5
p.ent("ORG", "东郭镇党委", line=5)

# ---- line 6
p.slogan("PARALLEL", "一体两翼", line=6)           # “一体两翼”全域化党员教育体系
p.ent("ADMIN", "枣庄市", line=6)                  # 第一批枣庄市党史教育基地 (a designation's name)
p.slogan("PARALLEL", "破五进十", line=6)           # 村集体经济“破五进十”任务
p.slogan("PARALLEL", "一三六", line=6)             # quoted code of digits, like “1310” (“一三六”模式)

# ---- line 8
p.ent("ORG", "东郭镇党委", line=8)
#   三大企业: a count of companies (prose), no formula
p.ent("ORG", "东郭水泥有限公司", line=8)
p.ent("ADMIN", "滕州", line=8)                    # 滕州首家国家级“绿色工厂”
p.ent("ORG", "恒仁工贸", line=8)                  # a company by its short name, acting (被评为)
p.ent("ORG", "山东辛化硅胶有限公司", line=8)
p.ent("ADMIN", "山东省", line=8)                  # 山东省新材料领军企业50强 (a ranking's name)
p.ent("ADMIN", "山东省", line=8)                  # 山东省制造业单项冠军
p.ent("ADMIN", "山东省", line=8)                  # 山东省中小企业隐形冠军企业
p.ent("ADMIN", "山东省", line=8)                  # 山东省瞪羚企业

# ---- blocks (one article; the stored page has no title)
p.block(1, 3, "BODY", article=1)
p.block(4, 4, "CROSSHEAD", article=1)   # 坚定政治立场 把稳正确方向
p.block(5, 6, "BODY", article=1)
p.block(7, 7, "CROSSHEAD", article=1)   # 聚力乡村振兴 推进强镇富民
p.block(8, 8, "BODY", article=1)

p.save()
