"""page-4910: 太行日报 (晋城市委机关报), article reposted on the aggregator yuhaojiang.com
(来源:太行日报), 2026-01-19, one article: 党建领航聚合力 铸魂固本启新程——晋城市党的建设综述.
Text as returned by the `pages` store, from its title; its last stored paragraph
(扎实开展深入贯彻中央八项规定精神学习教育,… 坚持领) was cut mid-sentence and is left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4910", "corpus/raw/pages/4910_jincheng_dangjian_zongshu.txt",
         publisher="太行日报", date="2026-01-19", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "晋城市", line=1)

# ---- line 5: source meta line
p.byline("BYLINE", "来源:太行日报", line=5)
p.ent("ORG", "太行日报", line=5)

# ---- line 7: byline under the title
p.byline("BYLINE", "□本报记者 闫妮莎", line=7)
p.ent("PERSON", "闫妮莎", line=7)

# ---- line 13
p.ent("PERSON", "习近平", line=13)                     # 习近平新时代中国特色社会主义思想

# ---- line 19
p.ent("PERSON", "习近平", line=19, every=True)          # 习近平总书记 x3
p.slogan("COUNT", "两个确立", line=19)
p.slogan("COUNT", "两个维护", line=19)
p.ent("ORG", "市委常委会", line=19)                      # acts: 市委常委会坚持…落实“第一议题”制度
p.ent("ORG", "市委理论学习中心组", line=19)              # as 区委理论学习中心组 (seed-002)
#   “第一议题”, “第一任务”: ordinals, no formula; “立项、交办、落实、反馈、销号”: no numeral

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 3, "PAGE")            # aggregator's author field 创始人 + repost timestamp
p.block(5, 5, "BYLINE", article=1)
p.block(7, 7, "BYLINE", article=1)
p.block(9, 13, "BODY", article=1)
p.block(15, 15, "CROSSHEAD", article=1)
p.block(17, 19, "BODY", article=1)

p.save()
