"""page-2606: 广西日报 (text credited 来源:广西日报、广西民族报, as stored on gxtzb.cn, 广西统一战线),
2022-11-11: 凌云县举办享受自治县待遇30周年纪念活动. Text as returned by the `pages` store, from its
title; the last stored paragraph, cut mid-sentence (…民生持续改善、), is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2606", "corpus/raw/pages/2606_gxrb_lingyun_30zhounian.txt",
         publisher="广西日报", date="2022-11-11", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "凌云县", line=1)

# ---- line 3: web meta line: time + source (decision 12)
p.byline("BYLINE", "来源:广西日报、广西民族报", line=3)
p.ent("ORG", "广西日报", line=3)
p.ent("ORG", "广西民族报", line=3)

# ---- line 5
p.ent("ADMIN", "凌云县", line=5)
#   自治区祝贺团: a delegation, no ORG; 自治区 alone is a level word
p.ent("ADMIN", "百色市", line=5)                      # 百色市代表团: delegation, unit ADMIN
p.ent("ADMIN", "凌云", line=5, after="嘉宾与")
p.ent("PERSON", "习近平", line=5, nth=1)
p.ent("ADMIN", "广西", line=5)                        # 广西代表团: delegation, unit ADMIN
p.ent("ADMIN", "凌云", line=5, after="十八大以来")
p.ent("PERSON", "习近平", line=5, after="按照")
p.slogan("COUNT", "五个更大", line=5)
p.ent("ADMIN", "凌云", line=5, after="中国式现代化")    # 中国式现代化: fixed term, no ADMIN

# ---- line 9
p.ent("ORG", "自治区党委", line=9, nth=1)             # 自治区党委、政府: bare 政府 no span (糜镇党委政府 rule)
p.ent("ORG", "自治区党委", line=9, after="受")
p.ent("PERSON", "黄俊华", line=9)                     # 自治区副主席、自治区祝贺团团长: titles
p.ent("ADMIN", "凌云", line=9, every=True)            # 向凌云发来贺电, 向凌云赠送, 推动凌云… (plaque, decision 2),
                                                      # 与凌云党员干部, 就凌云请求: five mentions

# ---- line 13
p.ent("PERSON", "黄俊华", line=13)
p.ent("ADMIN", "凌云", line=13)                       # "生态立县、绿色崛起": no numeral, no formula

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "CAPTION", article=1)                  # 座谈会现场 (photo caption)
p.block(9, 9, "BODY", article=1)
p.block(11, 11, "CAPTION", article=1)                # 赠送贺匾
p.block(13, 13, "BODY", article=1)
p.block(15, 19, "CAPTION", article=1)                # 参观成就展 / 民族音乐会 / 民族音乐会 (three captions)

p.save()
