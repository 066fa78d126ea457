"""page-4516: 星報 (澳門, sengpou.com, 本報新聞 section; 當前報章 2025-04-23), one article:
好家園座談收集居民施政意見. Text as returned by the `pages` store, from its title (the site's
greeting, bookmark and font-size lines above the title left out); the stored text breaks off
mid-sentence in its sixth paragraph (亦有其他與會者就醫療、人口老齡…), which was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4516", "corpus/raw/pages/4516_sengpou_haojiayuan_zuotan.txt",
         publisher="星報", date="2025-04-23", script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ORG", "好家園", line=1)                      # short form of 共建好家園協會, which holds the 座談

# ---- line 2: source tag + first paragraph
p.byline("BYLINE", "【特訊】")                      # the paper's source tag, like 【本報消息】
p.ent("ORG", "特區政府", line=2)                    # the Macao SAR government issuing the report
#   《二〇二五年財政年度施政報告》, 《施政報告》: document titles naming no unit
p.ent("ORG", "共建好家園協會", line=2)
#   水坑尾婦聯大廈二樓禮堂: a building (decision 14), no ORG for 婦聯 inside its name
#   立法議員: title (a member of the Legislative Assembly), no ORG
p.ent("ORG", "共建好家園協會", line=2, after="立法議員")
p.ent("PERSON", "黃潔貞", line=2)

# ---- line 3
p.ent("PERSON", "黃潔貞", line=3)
p.slogan("PARALLEL", "一老一少")                    # two numeral-led parts (the old and the young); no items listed
#   澳琴一體化: one-character short forms (澳, 琴), no ADMIN
#   青年大灣區就業計劃: 大灣區 is a region, not a unit; no span
#   提升特區效能, 特區發展: level word, no span; 行政長官: title
p.ent("ADMIN", "澳門", line=3)                      # 共建澳門美好家園

# ---- lines 4-5: no entities (當局, 政府 generic)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 5, "BODY", article=1)        # opens with the source tag 【特訊】

p.save()
