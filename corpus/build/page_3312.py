"""page-3312: 铜仁市政协 (trszx.gov.cn, 政协铜仁市委员会, 贵州省铜仁市), 2026-02-12 (from the url),
one article: 市政协委员分组讨论政府工作报告等. Text as returned by the `pages` store, from its
title; the store's last paragraph (文旅产业提质升级也是讨论热点。…中南门历史文化) is cut off
mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3312", "corpus/raw/pages/3312_tongren_zhengxie_fenzu_taolun.txt",
         publisher="铜仁市政协", date="2026-02-12", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "市政协", line=1)                      # 市政协委员: ORG + title (like 阿右旗人大代表)

# ---- line 2
p.ent("ORG", "市政协", line=2, nth=1)               # 市政协三届五次会议: the organ; the session is an event
p.ent("ORG", "市政协", line=2, nth=1)               # 市政协委员
p.ent("ADMIN", "铜仁", line=2)

# ---- line 4
p.slogan("PLAN", "十五五", line=4, nth=1)
p.slogan("PLAN", "十四五", line=4)
p.slogan("PLAN", "十五五", line=4, nth=1)           # second “十五五” (first already taken)
p.ent("ADMIN", "铜仁", line=4)                      # “十四五”时期铜仁经济社会发展

# ---- line 6
p.ent("ADMIN", "铜仁", line=6, nth=1)               # 契合铜仁发展实际
p.ent("ORG", "市政协", line=6)                      # 市政协委员田涛
p.ent("PERSON", "田涛", line=6)
#   “旅游+”: no numeral, no PLUS formula
p.ent("ADMIN", "德江", line=6, every=True)          # 德江文旅融合宣传, 德江故事 (德江县)
p.ent("ADMIN", "铜仁", line=6, nth=1)               # 绿色铜仁现代化建设 (unit inside a brand, decision 2)

# ---- line 7
p.ent("ORG", "市政协", line=7)                      # 市政协委员李陈
p.ent("PERSON", "李陈", line=7)
p.ent("ORG", "市委", line=7)
p.ent("ORG", "市政府", line=7)
p.ent("ADMIN", "铜仁", line=7)                      # 健康铜仁建设
#   政府工作报告 (lines 1, 2, 4): a kind of document, no ORG for the bare 政府

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 7, "BODY", article=1)

p.save()
