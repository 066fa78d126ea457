"""page-3614: 交城县人民政府 (Shanxi, 吕梁), open-government page 政府信息公開 > 政府工作報告:
2018年政府工作報告, published 2018-05-16, as stored on a mirror of the county portal
(traditional script with pinyin glosses glued into some characters: 現(xiàn), 創(chuàng)…).
Text as returned by the `pages` store, from its opening; the last stored paragraph
(——發(fā)展質量穩…) is cut off mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3614", "corpus/raw/pages/3614_jiaocheng_zhengfu_baogao.txt",
         publisher="交城县人民政府", date="2018-05-16", script="traditional", origin="pages")

# ---- line 7: meta line: time, font switch, source
p.byline("BYLINE", "來源: 交城縣人民政府辦公室", line=7)     # labelled credit; time and 大中小 outside
p.ent("ORG", "交城縣人民政府辦公室", line=7)

# ---- line 11: the report's occasion
p.ent("ORG", "交城縣第十六屆人民代表大會", line=11)          # congress of a numbered term; 第三次會議 is the event

# ---- line 15
p.ent("ORG", "縣人民政府", line=15)
p.ent("ORG", "縣政協", line=15)                          # 縣政協委員: membership title, organ ORG

# ---- line 19
p.slogan("PLAN", "十三五", line=19)
p.ent("ORG", "縣委", line=19)
p.ent("ORG", "縣人大", line=19)
p.ent("ORG", "縣政協", line=19)
p.ent("PERSON", "習近平", line=19, nth=1)                   # inside the ideology's name
p.ent("PERSON", "習近平", line=19, nth=1)                   # 習近平總書記 (second hit, first now taken)
p.ent("ADMIN", "山西", line=19)                             # 視察山西
p.slogan("GROUP", "六城同創", line=19)                     # N + category + 同創, like 三警融合
p.slogan("GROUP", "十大行動", line=19)
p.slogan("GROUP", "五大突破", line=19)
p.ent("ADMIN", "交城", line=19, every=True)                 # 生態交城、活力交城、宜居交城 (like 春满泽州)

# ---- blocks
p.block(1, 1, "PAGE")            # 今天是 (date banner, empty)
p.block(3, 3, "PAGE")            # breadcrumb
p.block(5, 5, "HEADLINE", article=1)
p.block(7, 7, "BYLINE", article=1)
p.block(9, 9, "HEADLINE", article=1)     # the report's own title, printed again under the meta line
p.block(11, 11, "SUBHEAD", article=1)    # ——date and occasion
p.block(13, 13, "BODY", article=1)       # salutation 各位代表:
p.block(15, 15, "BODY", article=1)
p.block(17, 17, "CROSSHEAD", article=1)  # 一、2017年工作回顧
p.block(19, 21, "BODY", article=1)

p.save()
