"""page-4109: 重庆市人民政府 portal (cq.gov.cn, 乡村振兴 column), 2024-08-07: 北碚区's “三村”书记
(village secretaries sent to villages). Text as returned by the `pages` store, from its start:
three photo captions, then the title line “三村”书记 and the opening of the article."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4109", "corpus/raw/pages/4109_beibei_sancun_shuji.txt",
         publisher="重庆市人民政府", date="2024-08-07", script="simplified", origin="pages")

# ---- line 1: caption
p.ent("ADMIN", "北碚区", line=1)
p.ent("ADMIN", "柳荫镇", line=1)
p.ent("ADMIN", "东升村", line=1)
p.byline("PHOTO", "特约摄影 秦廷富\\视觉重庆", line=1)
p.ent("PERSON", "秦廷富", line=1)
p.ent("ORG", "视觉重庆", line=1)          # 重庆日报's picture desk / platform: a medium in a credit

# ---- line 2: caption
p.ent("ADMIN", "北碚区", line=2)
p.ent("ADMIN", "天府镇", line=2)
p.ent("ADMIN", "文星村", line=2)
#   缙云甜茶: a product named after 缙云山 (a mountain, no unit): no span
p.byline("PHOTO", "北碚区委宣传部供图", line=2)
p.ent("ORG", "北碚区委宣传部", line=2)

# ---- line 3: caption
p.ent("ADMIN", "北碚区", line=3)
p.ent("ADMIN", "水土街道", line=3)
p.ent("ADMIN", "大地村", line=3)
p.ent("PERSON", "毛晏飞", line=3)          # “安村”书记毛晏飞: the title is outside
p.byline("PHOTO", "记者 左黎韵 摄\\视觉重庆", line=3)
p.ent("PERSON", "左黎韵", line=3)
p.ent("ORG", "视觉重庆", line=3)

# ---- line 4: title; 三村 = 兴村/富村/安村 (line 5): GROUP, expansion on this first mention
p.slogan("GROUP", "三村", line=4, expansion=["兴村", "富村", "安村"])

# ---- line 5
p.ent("ADMIN", "北碚区", line=5)
p.slogan("GROUP", "三村", line=5)
#   机关企事业单位, 金融机构, 高校院所: generic; 驻村书记, “兴村”书记…: titles

# ---- line 6
p.ent("ORG", "北碚区澄江镇柏林村村委会", line=6)   # one village body with its admin prefix (§2, decision 5)
p.ent("PERSON", "余贵府", line=6)          # 余书记 (surname + title) gets no span

# ---- line 7
p.ent("PERSON", "余贵府", line=7, nth=1)
p.ent("ORG", "北碚区文旅委", line=7)
p.ent("ADMIN", "柏林村", line=7, every=True)   # 选派到柏林村, 柏林村利用古院落
p.ent("PERSON", "余贵府", line=7)          # 转眼间,余贵府任期将满

# ---- line 8
p.ent("ADMIN", "重庆", line=8)             # 重庆各地

# ---- line 9
p.ent("ADMIN", "北碚区", line=9)
p.slogan("GROUP", "三村", line=9, every=True)
p.ent("ADMIN", "北碚", line=9)             # 北碚乡村

# ---- line 12
p.ent("ADMIN", "柏林村", line=12)

# ---- blocks
p.block(1, 3, "CAPTION", article=1)   # three photo captions that illustrate the article
p.block(4, 4, "HEADLINE", article=1)
p.block(5, 9, "BODY", article=1)
p.block(10, 11, "CROSSHEAD", article=1)  # 撬动资源下沉 / 破败古村重获“新生”: a two-line section title
p.block(12, 12, "BODY", article=1)

p.save()
