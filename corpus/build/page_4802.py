"""page-4802: 菏泽日报's site 中国菏泽网 (source tag 中国菏泽网消息), copied on hezeshi.com
(a site titled 荷泽市-中国菏泽市-菏泽新闻网, 县区新闻 section), 2024-02-16, one article:
“村晚”大联欢 共享幸福年. Text as returned by the `pages` store, from its title (the
breadcrumb above it left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4802", "corpus/raw/pages/4802_heze_cunwan_lianhuan.txt",
         publisher="菏泽日报 (中国菏泽网)", date="2024-02-16",
         script="simplified", origin="pages")

# ---- line 3: 作者/来源 hold only the copying site's account 荷泽小编 (names no one): PAGE, no span

# ---- line 5: source tag + first paragraph
p.byline("BYLINE", "中国菏泽网消息(记者 郭卫东)", line=5)
p.ent("ORG", "中国菏泽网", line=5)
p.ent("PERSON", "郭卫东", line=5)
p.ent("ADMIN", "山东", line=5)                    # 2024春节山东乡村文化旅游节: unit inside an event name
p.ent("ADMIN", "牡丹区", line=5, nth=1)           # 牡丹区皇镇街道首届农民“村晚大联欢”: units inside the event name
p.ent("ADMIN", "皇镇街道", line=5)
#   黄河大集: a market event named after the river, no span
p.ent("ADMIN", "牡丹区", line=5)                  # 在牡丹区|皇镇办事处|夹河赵村举行: a chain of places
p.ent("ADMIN", "皇镇办事处", line=5)              # 办事处 standing for the sub-district in the chain (decision 3)
p.ent("ADMIN", "夹河赵村", line=5)

# ---- lines 7-13: no names (牡丹系列产品 is the flower; 五谷丰登 an idiom)

# ---- lines 15-19: site furniture
#   荷泽小编: the site's editor account, no PERSON; 鲁ICP: one-character short form, no span
p.ent("ORG", "中国菏泽网", line=19)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")              # 作者: 荷泽小编 来源: 荷泽小编 发表时间:… (a site account and a date)
p.block(5, 13, "BODY", article=1)
p.block(15, 19, "PAGE")            # 责任编辑:, 荷泽小编, contact, ICP and copyright lines

p.save()
