import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1209", "corpus/raw/pages/1209_ntpc_news.txt", publisher="新北市政府",
         date="2025-07-30", script="traditional", origin="pages")
if "--show" in sys.argv:
    p.show(); raise SystemExit

# 新北市政府 市政新聞 release (ntpc.gov.tw), stored page taken from the site title on;
# the skip link 進入內容區塊 before it is dropped, list bullets (markup) stripped.

# ------------------------------------------------------------------ spans
p.ent("ORG", "新北市政府", line=1)                         # site banner
p.ent("ORG", "新北市政府新聞局", line=9)                   # 發佈單位 (source of the release)
p.ent("PERSON", "侯友宜", line=11)                         # headline
p.ent("ADMIN", "新北市", line=12, nth=1)                   # 【新北市訊】 source tag: unit in the tag
p.ent("ADMIN", "新北市", line=12, nth=1)                   # 新北市長 -> contracted title (decision 15)
p.ent("PERSON", "侯友宜", line=12)
p.ent("ADMIN", "新北市", line=12, after="讓")              # 讓新北市變得更好
p.ent("PERSON", "侯友宜", line=14)
p.ent("ORG", "市府", line=14)                              # 市府 = 市政府 (Taiwan decision)
p.ent("ORG", "民政局", line=16)                            # bare organ meaning one body (decision 13)
p.ent("ORG", "市府", line=16)
p.ent("ADMIN", "新北市", line=16)                          # 幸福宜居的新北市
p.ent("PERSON", "秦昌慈", line=17)                         # contact person (PAGE line, name is PERSON)
p.ent("ORG", "新北市政府新聞局新聞聯繫科", line=18)        # sub-unit with its parent, one span

# ------------------------------------------------------------------ bylines
p.byline("BYLINE", "發佈單位:新北市政府新聞局", line=9)   # labelled source above the article (decision 12)
p.byline("BYLINE", "【新北市訊】", line=12)                # source tag opening the body, like 本報訊

# ------------------------------------------------------------------ blocks
p.block(1, 1, "PAGE")                 # site banner 新北市政府
p.block(3, 3, "COLUMN")               # section name 市政新聞
p.block(5, 8, "PAGE")                 # share links, print link, date-only meta line
p.block(9, 9, "BYLINE", article=1)    # 發佈單位:…
p.block(10, 10, "PAGE")               # 類 別:焦點新聞 (category meta)
p.block(11, 11, "HEADLINE", article=1)
p.block(12, 16, "BODY", article=1)    # three paragraphs (blank lines split the blocks)
p.block(17, 20, "PAGE")               # contact lines, gotop

p.save()
