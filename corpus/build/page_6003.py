"""page-6003: 映象网 (河南广播电视台's news site, 驻马店 channel zmd.hnr.cn, 精品原创), 2020-09-18, one
article: 平舆县老记者协会和诗词学会老干部到万金店镇进行采风 (a township item, 平舆县万金店镇, 河南).
Text as returned by the `pages` store, from its title; the last stored paragraph (cut off mid-word:
"…以及光大垃圾发电项") was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-6003", "corpus/raw/pages/6003_pingyu_wanjindian_caifeng.txt",
         publisher="映象网", date="2020-09-18", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "平舆县老记者协会", line=1)
p.ent("ORG", "诗词学会", line=1)            # 平舆县老记者协会和诗词学会: the shared county prefix is elided (cf. 县财政局、交通局)
p.ent("ADMIN", "万金店镇", line=1)

# ---- line 3: web meta line (date + source) above the article
p.byline("BYLINE", "来源:映象网", line=3)
p.ent("ORG", "映象网", line=3)

# ---- line 5: source tag + first paragraph
p.byline("BYLINE", "映象网讯(记者 王东红 通讯员 杜宁)", line=5)
p.ent("ORG", "映象网", line=5)
p.ent("PERSON", "王东红", line=5)
p.ent("PERSON", "杜宁", line=5)
p.ent("ORG", "平舆县老记者协会", line=5)
p.ent("ORG", "诗词学会", line=5)
p.ent("ADMIN", "平舆县", line=5, after="会员到")
p.ent("ADMIN", "万金店镇", line=5, after="会员到")
p.ent("ORG", "万金店镇党委", line=5)        # 万金店镇党委书记 -> ORG + title
p.ent("PERSON", "辛长松", line=5)

# ---- line 7
p.ent("ORG", "万金店镇党委", line=7)
p.ent("PERSON", "辛长松", line=7)
p.ent("ADMIN", "万金店镇", line=7)          # 近年来万金店镇在…
p.ent("ORG", "县委", line=7)
p.ent("ORG", "县政府", line=7)

# ---- line 9
p.ent("ADMIN", "平舆县", line=9)            # 平舆县万金店镇新时代文明实践所: a township's 实践所 is a venue (no ORG)
p.ent("ADMIN", "万金店镇", line=9, nth=1)
p.ent("ADMIN", "黄庄村", line=9)            # 黄庄村新时代文明实践站: venue, the village inside it
p.ent("ADMIN", "余庄村", line=9)
p.ent("ADMIN", "新周村", line=9)            # 余庄村和新周村两个新建村室
p.ent("ADMIN", "万金店镇", line=9, after="老干部们对")
p.ent("ADMIN", "万金店镇", line=9, after="美丽乡村建设中")
p.slogan("PER_UNIT", "一村一策", line=9)
p.ent("ORG", "新周村党支部", line=9)        # 新周村党支部书记 -> ORG + title
p.ent("PERSON", "刘金锋", line=9)
p.ent("ORG", "村委会", line=9)              # 新建了村委会上千平米的广场: 新周村's committee (its square; cf. 县委|会议室)

# ---- line 11
p.ent("ADMIN", "宋刘村", line=11)
#   刘保寨 (twice): a hamlet of 宋刘村 (自然村), below village level -> no span
#   全国文明村镇: an award title; 一砖一瓦、一花一草: idioms, no formula

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)           # 2020-09-18 17:28:23  来源:映象网
p.block(5, 11, "BODY", article=1)

p.save()
