"""page-3501: 大连日报 (e-paper of 大连新闻传媒集团, szb.dltv.cn/epaper/dlrb), 2025-03-22, one article:
旅顺口区: 加快工业强区 海洋富区 文旅活区 实干兴区建设步伐. Text as returned by the `pages` store, from its
title; its last paragraph (全力以赴抓改革、优环境。…做) was cut off mid-sentence and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3501", "corpus/raw/pages/3501_dalian_lvshunkou_fabuhui.txt",
         publisher="大连日报", date="2025-03-22", script="simplified", origin="pages")

# ---- line 1: title, place part (旅顺口区: / title)
p.ent("ADMIN", "旅顺口区", line=1)
# line 3: 工业强区 海洋富区 文旅活区 实干兴区 -- no numeral, no formula

# ---- line 7: byline + lead
p.byline("BYLINE", "本报讯(大连新闻传媒集团记者祝福)")
p.ent("ORG", "大连新闻传媒集团", line=7)          # the byline's source: a media group (ORG)
p.ent("PERSON", "祝福", line=7)                   # the reporter's name
p.ent("ORG", "旅顺口区委", line=7)                 # 旅顺口区委常委: title contracted, organ kept
p.ent("ORG", "区政府", line=7)                    # 区政府副区长
p.ent("PERSON", "马明", line=7)
p.ent("ADMIN", "旅顺口区", line=7)                 # 今年,旅顺口区要…
p.ent("ADMIN", "大连", line=7)                    # 推动大连经济社会高质量发展

# ---- line 9
p.ent("ADMIN", "旅顺口区", line=9)
#   “全区一盘棋”: 一盘棋 is no formula (docs/annotation.md); 中央预算内投资: 中央 as a modifier, no span

# ---- line 11
p.ent("ADMIN", "旅顺口区", line=11)
p.ent("ORG", "大连中远海运川崎", line=11)          # the shipyard (大连中远海运川崎船舶工程有限公司) naming its project
p.ent("ORG", "中石化", line=11)                   # 中石化分子原子水平分析表征平台: the company naming a platform
#   “开门红”: no formula

# ---- line 13
p.ent("ADMIN", "旅顺口区", line=13)
for org in ["中车大连机车车辆有限公司", "大连今冈船务工程有限公司", "韩伟集团有限公司",
            "中石化催化剂大连有限公司", "大连德迈仕精密科技股份有限公司"]:
    p.ent("ORG", org, line=13)
p.ent("ADMIN", "大连市", line=13)                  # “2024大连市企业100强”: unit inside an award list (decision 2)
p.ent("ORG", "中国联通", line=13)                  # 中国联通(大连)智算中心项目: the company naming its project
p.ent("ADMIN", "大连", line=13, after="中国联通")    # (大连): the place of the centre
p.ent("ADMIN", "旅顺", line=13)                    # 落户旅顺: short form of 旅顺口区

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)    # 旅顺口区: (place part of a "Place：title" headline)
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "PAGE")                   # date-only line
p.block(7, 13, "BODY", article=1)

p.save()
