"""page-3613: 万荣县 预防腐败"免疫工程" (discipline inspection, 山西 运城), a periodical article
reprinted on fx361.cc (2018-10-15). Text as returned by the `pages` store, from its title;
the last stored paragraph (伴随着《铁汉公薛瑄》的成功演出…“廉进千家·清风万荣”) is cut off
mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3613", "corpus/raw/pages/3613_wanrong_lianzheng_mianyi.txt",
         publisher="fx361.cc", date="2018-10-15", script="simplified", origin="pages")

# ---- line 1: headline (title and its —— subtitle printed on one line)
p.ent("ADMIN", "万荣县", line=1)                    # "免疫工程": a programme, no formula

# ---- line 2: the site's meta line: date + authors (glued names)
p.byline("BYLINE", "■王燕廉瑞", line=2)             # date outside (decision 12)
p.ent("PERSON", "王燕", line=2)
p.ent("PERSON", "廉瑞", line=2)

# ---- line 3: the article's own byline, spaced
p.byline("BYLINE", "■ 王 燕 廉 瑞", line=3)
p.ent("PERSON", "王 燕", line=3)
p.ent("PERSON", "廉 瑞", line=3)

# ---- lines 4-5: photo captions (no credit)
p.ent("ORG", "万荣县委中心组", line=4)               # the committee's (theory-study) centre group, one ORG
p.ent("ADMIN", "万荣县", line=5)                    # 以案明纪,警钟长鸣: no numeral

# ---- line 6
p.ent("ORG", "万荣县委", line=6)
p.ent("ORG", "县纪委", line=6)                      # 崇廉风、正党风、兴家风、淳社风: no numeral, no formula

# ---- line 8
p.ent("ADMIN", "山西", line=8)                      # 首届山西文化艺术节: unit inside an event name
p.ent("ORG", "万荣县纪委监委", line=8)
p.ent("PERSON", "薛瑄", line=8)                     # 《铁汉公薛瑄》: a real person inside a title
p.ent("ADMIN", "太原", line=8)                      # 太原南宫剧院: a venue, unit inside it

# ---- line 9
p.ent("PERSON", "薛瑄", line=9, nth=1)
p.ent("ADMIN", "万荣", line=9, nth=1)               # 万荣人的骄傲
p.ent("ADMIN", "山西", line=9)                      # 山西古代廉吏
p.ent("ORG", "县纪委监委", line=9)
p.ent("PERSON", "薛瑄", line=9, after="县纪委监委决定")
p.slogan("COUNT", "五个一", line=9, nth=1)          # items not spelled out in the kept text
p.ent("PERSON", "薛瑄", line=9, after="“《铁汉公")
p.slogan("COUNT", "五个一", after="是‘")
p.ent("ADMIN", "太原", line=9)
p.ent("ORG", "中央电视台", line=9)
p.ent("ORG", "万荣县委", line=9)                    # 万荣县委常委: contracted title keeps the organ
p.ent("PERSON", "陈小光", line=9)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 3, "BYLINE", article=1)
p.block(4, 5, "CAPTION", article=1)
p.block(6, 6, "BODY", article=1)
p.block(7, 7, "CROSSHEAD", article=1)
p.block(8, 9, "BODY", article=1)

p.save()
