"""page-3904: 开封市文化广电和旅游局 (wgl.kaifeng.gov.cn, section 互动交流 > 媒体看开封), one
article: 开封市副市长刘震到清明上河园景区调研 (10月11日; year not printed), followed by the
site's footer. Text as returned by the `pages` store, from its title (the lines above it,
关注微博 / 关注微信 / 当前位置: 首页 - 互动交流 - 媒体看开封, are left out as the brief asks)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3904", "corpus/raw/pages/3904_kaifeng_wgl_qingmingshanghe.txt",
         publisher="开封市文化广电和旅游局", date=None, script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "开封市", line=1)                    # 开封市副市长: contracted title -> the unit (decision 15)
p.ent("PERSON", "刘震", line=1)
#   清明上河园景区: a scenic site (decision 14), no span

# ---- line 3
p.ent("ORG", "开封市人民政府", line=3)
p.ent("PERSON", "刘震", line=3)
p.ent("ORG", "市政府", line=3)                       # 市政府副秘书长
p.ent("PERSON", "王亚文", line=3)

# ---- line 5
#   清明上河园三期建设工地: 三期 is a construction phase, no formula
p.ent("PERSON", "刘震", line=5, every=True)          # 刘震听取, 刘震指出, 刘震强调
p.ent("PERSON", "宋慈", line=5)                      # 宋慈奇幻漂流VR: a real (historical) person in an attraction's name
p.ent("ADMIN", "开封", line=5, every=True)           # 开封特色, 记住开封, 宣传开封
#   宋文化: a dynasty, no unit; 双过关: ordinary prose (the two things are named just before it)

# ---- footer (PAGE): host lines keep their bodies' spans
p.ent("ORG", "开封市文化广电和旅游局", line=9)
p.ent("ORG", "开封微众", line=9)                     # the site's technical-support company
p.ent("ORG", "开封市文化广电和旅游局", line=11)
p.ent("ADMIN", "开封市", line=13)                    # 开封市黄河大街北段27号 (address)
#   局机关, 局办公室: the bureau referred to by its type word alone (like 该局), no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 5, "BODY", article=1)
p.block(7, 13, "PAGE")

p.save()
