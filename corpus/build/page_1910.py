"""page-1910: 赤水市融媒体中心 (丹青赤水, webtv.i2863.com/dqcs/), 2019-05-29: a compilation page
【媒体聚焦】遵义日报连发六条“轰炸”赤水! of which the store keeps items 01 and 02 (the last stored
paragraph of item 02, cut off mid-sentence, was dropped). Text as returned by the `pages` store."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1910", "corpus/raw/pages/1910_chishui_zunyi_ribao_liutiao.txt",
         publisher="赤水市融媒体中心", date="2019-05-29", script="simplified", origin="pages")

# ---- line 1: page title over the items (COLUMN block)
p.ent("ORG", "遵义日报", line=1)
p.ent("ADMIN", "赤水", line=1)                     # “轰炸”赤水

# ---- item 01 -------------------------------------------------------------------
# line 5: headline; 两不愁三保障 first mention carries the expansion spelled out on line 11
p.ent("ADMIN", "赤水", line=5)
p.slogan("PARALLEL", "两不愁三保障", line=5,
         expansion=["吃", "穿", "义务教育", "基本医疗", "住房安全"], exp_after="生活变化以及")

# line 7
p.ent("ORG", "国务院扶贫办", line=7)
p.ent("ORG", "新华通讯社", line=7)
p.ent("ORG", "中央广播电视总台央广台", line=7)        # sub-unit with its parent: one ORG
p.ent("ORG", "《求是》杂志社", line=7)                # marks wrap part of the name: inside
p.ent("ORG", "光明日报", line=7)
p.ent("ORG", "中国青年报", line=7)
p.ent("ADMIN", "赤水市", line=7)
p.slogan("PARALLEL", "两不愁三保障", line=7)

# line 9: the places visited
p.ent("ADMIN", "赤水市", line=9, nth=1)
p.ent("ADMIN", "赤水", line=9, nth=1)               # 在赤水采访期间 (first 赤水 of the line)
for s in ["两河口镇", "大荣村", "黎明村", "复兴镇", "凯旋村", "旺隆镇", "红花村"]:
    p.ent("ADMIN", s, line=9)
#   石斛科技示范园: a park, no span
p.ent("ORG", "旺隆小学", line=9)                    # a school (§2 ORG)
p.ent("ADMIN", "天台镇", line=9)
#   易地扶贫安置点: no span
p.ent("ADMIN", "天苑社区", line=9)
p.ent("ADMIN", "元厚镇", line=9)
p.ent("ADMIN", "石梅村", line=9)
#   五星苗寨: a hamlet below village level, no span
p.ent("ADMIN", "大同镇", line=9)
p.ent("PERSON", "杨昌芹", line=9)                   # 杨昌芹竹编展示中心: a person inside a venue's name
p.ent("ORG", "赤天化纸业公司", line=9)
p.ent("ORG", "竹韵公司", line=9)
p.ent("ORG", "新锦公司", line=9)
p.slogan("PARALLEL", "两不愁三保障", line=9)
p.ent("ADMIN", "赤水市", line=9)                    # 对赤水市特色产业发展 (remaining 赤水市)

# line 11
p.slogan("PARALLEL", "两不愁三保障", line=11)

# line 13
p.ent("ADMIN", "天台镇", line=13)
p.ent("ADMIN", "天苑社区", line=13)
p.ent("ORG", "光明日报", line=13)
p.ent("PERSON", "张云", line=13)
p.ent("ADMIN", "赤水", line=13)                     # 在赤水,真的可以…
p.slogan("PARALLEL", "两不愁三保障", line=13)        # inside ‘’, marks outside

# line 15: closing credit of item 01
p.byline("CREDIT", "记者 / 黄立飞", line=15)
p.ent("PERSON", "黄立飞", line=15)

# ---- item 02 -------------------------------------------------------------------
p.ent("ADMIN", "赤水", line=19)                     # 三级综治中心: a count of levels, no formula
p.ent("ORG", "赤水市政法委", line=21)

# ---- blocks
p.block(1, 1, "COLUMN")                  # the compilation's title over several items
p.block(2, 2, "PAGE")                    # date/time line
p.block(3, 3, "PAGE")                    # • 01 (item number)
p.block(5, 5, "HEADLINE", article=1)
p.block(7, 15, "BODY", article=1)        # line 15 holds only the CREDIT: stays in BODY
p.block(17, 17, "PAGE")                  # 02 (item number)
p.block(19, 19, "HEADLINE", article=2)
p.block(21, 21, "BODY", article=2)

p.save()
