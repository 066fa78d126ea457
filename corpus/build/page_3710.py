"""page-3710: 西安市生态环境局 (xaepb.xa.gov.cn, 党风廉政 column), one article: the bureau's
局党委扩大会议 and half-year review of 2023-08-17. Text as returned by the `pages` store, from its
title; the stored text's last paragraph (根据当前形势任务,…认清形势、) is cut off mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3710", "corpus/raw/pages/3710_xian_sthjj_dangwei_kuoda.txt",
         publisher="西安市生态环境局", date=None, script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "西安市生态环境局", line=1)
p.ent("ORG", "局党委", line=1)                 # 局党委扩大会议: the committee's meeting -> ORG 局党委 only

# ---- line 3
#   全国生态环境保护大会, 全省生态环境保护大会, 秦岭生态环境保护会议: events (秦岭 is no unit)
p.ent("ORG", "西安市生态环境局", line=3)
p.ent("ORG", "局党委", line=3, every=True)     # 局党委扩大会议, 局党委书记, 局党委副书记 (3 hits)
p.ent("PERSON", "沈炳岗", line=3)
p.ent("PERSON", "李博", line=3)
p.ent("ORG", "驻局纪检监察组", line=3)          # the inspection group stationed in the bureau: one body
#   各分(县)局, 直属单位, 执法支队 (bare institution type), 局机关各处室: no span
p.ent("ORG", "市生态委办", line=3)             # 市生态环境保护委员会办公室, short form with its level
p.ent("ORG", "大气专项办", line=3)             # its other name in brackets: one specific office

# ---- line 5
p.ent("ORG", "中共西安市生态环境局委员会", line=5)   # issuer inside a document title: ORG, party name joined

# ---- line 7
p.ent("ORG", "局党委", line=7)
p.ent("PERSON", "沈炳岗", line=7)
p.ent("ORG", "市委", line=7)
p.ent("ORG", "市政府", line=7)
p.ent("ORG", "省生态环境厅", line=7)
p.ent("PERSON", "习近平", line=7, every=True)  # 习近平新时代…思想, 习近平生态文明思想
#   来陕: one-character short form, no ADMIN; 省、市: level words

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 7, "BODY", article=1)

p.save()
