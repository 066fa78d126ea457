"""page-1511: 延安日报 e-paper, 2018-10-15, 02版: one article on a reporting trip to 子长县安定镇.

Source: http://paper.yanews.cn/yarb/20181015/html/content_20181015002008.htm (pages store),
taken from its title; e-paper navigation above the title (通版阅读请点击 / 展开通版 / 收缩通版 /
当前版:02版 / 发布日期:) left out as the brief asks ("from its title").
"""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1511", "corpus/raw/pages/1511_yanan_zichang_anding.txt",
         publisher="延安日报", date="2018-10-15", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ------------------------------------------------------------------ spans
# organisations first, so that the bare unit names added with every=True skip them
p.ent("ORG", "子长县委通讯组", every=True)        # lines 3 (twice): sub-unit of 县委, one ORG
p.ent("ORG", "作家协会", line=3)                  # 子长县委通讯组、作家协会: the county's writers' association (shared prefix)
p.ent("ADMIN", "子长县", every=True)              # line 2 (the two others sit inside the ORG spans)
p.ent("ADMIN", "安定镇", every=True)              # lines 3 (x3, one inside the quoted event name), 5 (x2)
p.ent("ADMIN", "安定", every=True)                # 最美安定 (l.1), 安定文化旅游名镇 (l.4 x2), 安定美丽 / 安定经济 (l.5)
p.ent("ADMIN", "廖公桥村", every=True)            # line 4 (x3)
p.ent("ADMIN", "白杨树坪村")                      # line 5
p.ent("PERSON", "叶树峰")
p.ent("PERSON", "穆小娟")
p.ent("PERSON", "闫爱萍", every=True)             # line 4 (x2): 贫困户闫爱萍

# ------------------------------------------------------------------ slogans: none
# 多层次、多形式、多角度 has no numeral; 66个 / 33个 are counts in prose.

# ------------------------------------------------------------------ bylines
p.byline("BYLINE", "本报讯(记者 叶树峰 通讯员 穆小娟)")

# ------------------------------------------------------------------ blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "SUBHEAD", article=1)   # factual line printed under the catchy title (decision 1)
p.block(3, 5, "BODY", article=1)

p.save()
