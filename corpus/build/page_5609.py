"""page-5609: 遵义日报 (its site 遵义网, zunyiol.com, 遵义新闻 section), 2020-06-04, one article:
“葡萄之乡”隆兴镇:产业革命突重围 (习水县隆兴镇). Text as returned by the `pages` store, from its
title; the store's last paragraph (cut mid-sentence at 不仅改变了以往品种单一) was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5609", "corpus/raw/pages/5609_zunyi_longxing_putao.txt",
         publisher="遵义日报", date="2020-06-04", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "隆兴镇", line=1)                    # “葡萄之乡” is an epithet, no span

# ---- line 3: web meta line (date, 来源, counter)
p.byline("BYLINE", "来源:遵义网", line=3)            # labelled source credit (decision 12)
p.ent("ORG", "遵义网", line=3)                      # the paper's site, as a byline's source

# ---- lines 5-6: product-sales contact lines (PAGE, decision of 12NN: contact lines)
p.ent("ORG", "淋滩农副产品有限公司", line=5)          # an enterprise named in full
p.ent("ORG", "淋滩村集体经济合作组织", line=5)        # the village's collective economic organisation
p.ent("PERSON", "刘光尤", line=5)
p.ent("ORG", "习水神授酒业", line=6)                 # a liquor company; 习水 stays inside the ORG
p.ent("PERSON", "雷平", line=6)

# ---- lines 7-10, 12: photo captions
p.ent("ADMIN", "隆兴镇", line=7)
p.ent("ADMIN", "新光村", line=7)
p.byline("PHOTO", "(王鸿 摄)", line=7)
p.ent("PERSON", "王鸿", line=7)
p.ent("ADMIN", "隆兴镇", line=8)                    # 永胜…安置点: a resettlement site's name, no unit
p.byline("PHOTO", "(王鸿 摄)", line=8)
p.ent("PERSON", "王鸿", line=8)
p.ent("ADMIN", "淋滩", line=9)                      # 淋滩渡口: the village (淋滩村, line 5) inside a site's name
p.byline("PHOTO", "(资料图片)", line=9)              # decision 9: 资料图 as a photo's attribution
p.ent("ADMIN", "隆兴镇", line=10)
p.ent("ADMIN", "新光村", line=10)
p.byline("PHOTO", "(王鸿 摄)", line=10)
p.ent("PERSON", "王鸿", line=10)
p.ent("ADMIN", "淋滩", line=12)                     # 淋滩红糖: the village inside a product's name
p.ent("ADMIN", "遵义", line=12)                     # 首届遵义城市生活节: the city inside an event's name
p.byline("PHOTO", "(王鸿 摄)", line=12)
p.ent("PERSON", "王鸿", line=12)

# ---- line 13: byline under the captions
p.byline("BYLINE", "本报记者 周俊南 袁航 杜贵荣 赵婧耘", line=13)
for name in ["周俊南", "袁航", "杜贵荣", "赵婧耘"]:
    p.ent("PERSON", name, line=13)

# ---- body
p.ent("ADMIN", "习水县", line=15)                   # 赤水河 is a river, no span
p.ent("ADMIN", "隆兴镇", line=15)
p.ent("ADMIN", "隆兴", line=17)                     # 隆兴的脱贫攻坚: bare name of the township
#   四渡赤水: the Red Army's campaign (a historical event), neither a formula nor a unit
p.ent("ADMIN", "隆兴镇", line=19, nth=1)
p.ent("ORG", "隆兴镇党委", line=19)                  # the township's Party committee, acting (获…称号)
p.ent("ADMIN", "隆兴镇", line=23)
p.ent("ADMIN", "新光村", line=25)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)        # 日期 来源:遵义网 访问次数: a meta line with a source credit
p.block(5, 6, "PAGE")                     # 产品销售 … 联系人 …: contact lines
p.block(7, 10, "CAPTION", article=1)
p.block(12, 12, "CAPTION", article=1)
p.block(13, 13, "BYLINE", article=1)
p.block(15, 19, "BODY", article=1)
p.block(21, 21, "CROSSHEAD", article=1)   # “葡萄沟”里绿意浓: a heading inside the one article
p.block(23, 25, "BODY", article=1)

p.save()
