"""page-4701: 沭阳县融媒体中心 (reporter 孙正), on the 宿迁 broadcaster's mobile site m.sqsjt.net;
one article: 宿迁沭阳:按下“美颜键” 幸福看得见. Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4701", "corpus/raw/pages/4701_shuyang_juxian_meiyan.txt",
         publisher="沭阳县融媒体中心", date=None, script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "宿迁", line=1)
p.ent("ADMIN", "沭阳", line=1)

# ---- line 3: lead paragraph
p.ent("ADMIN", "宿迁市", line=3)
p.ent("ADMIN", "沭阳县", line=3)
p.ent("ADMIN", "庙头镇", line=3)
p.ent("ADMIN", "聚贤村", line=3)
p.ent("ADMIN", "沭阳县", line=3)                 # second chain: 沭阳县|庙头镇|聚贤村有着…
p.ent("ADMIN", "庙头镇", line=3)
p.ent("ADMIN", "聚贤村", line=3)
p.ent("ADMIN", "中国", line=3)                   # “中国淘宝村”: a title; the unit inside is ADMIN (decision 2)
p.ent("ADMIN", "江苏", line=3)                   # “江苏最具魅力休闲乡村”
p.ent("ADMIN", "江苏", line=3)                   # “江苏最美乡村”
#   该村: deictic, no span

# ---- line 5
p.ent("ADMIN", "聚贤村", line=5)

# ---- line 7
p.ent("ADMIN", "聚贤村", line=7)
p.ent("ADMIN", "聚贤村", line=7)
p.ent("ORG", "农业农村部", line=7)
#   一家一户: an idiom for household farming, no formula; 联业联责联心 / 共享共进共富: no numeral

# ---- line 9
p.ent("ADMIN", "聚贤村", line=9)                 # 聚贤村牵头成立电商志愿服务队 (the team is unnamed: no ORG)
p.ent("ADMIN", "聚贤村", line=9)                 # 2022年聚贤村成功入选… (十佳案例: an award list, no formula)

# ---- line 14: the page's labelled reporter credit under the article (decision 12)
p.byline("BYLINE", "记者丨沭阳县融媒体中心 孙正", line=14)
p.ent("ORG", "沭阳县融媒体中心", line=14)
p.ent("PERSON", "孙正", line=14)

# ---- lines 15-16: editor lines (PAGE), names still PERSON
p.ent("PERSON", "叶梦圆", line=15)
p.ent("PERSON", "陈驰骋", line=16)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BODY", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "BODY", article=1)
p.block(11, 11, "BODY", article=1)
p.block(14, 14, "BYLINE", article=1)
p.block(15, 16, "PAGE")

p.save()
