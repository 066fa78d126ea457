"""page-2903: 北京市大兴区人民政府 (bjdx.gov.cn, 政务公开 > 政府文件 > 镇街文件), 2021-03-16:
the opening of 北京市大兴区西红门镇政府工作报告 (the town's government work report, 2021-02-26).
Text as returned by the `pages` store, from the open-government record fields that carry
the title; the last stored paragraph (“(一)集中“全员+全力”…坚持把保障人”) is cut off
mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2903", "corpus/raw/pages/2903_daxing_xihongmen_baogao.txt",
         publisher="北京市大兴区人民政府", date="2021-03-16", script="simplified", origin="pages")

# ---- lines 1-9: open-government record fields (PAGE); 发文单位 is the issuing unit (BYLINE)
p.byline("BYLINE", "发文单位:西红门镇", line=2)
p.ent("ADMIN", "西红门镇", line=2)                    # a unit's own release field: ADMIN (like 【新北市訊】)
# line 3: 信息名称:北京市大兴区西红门镇政府工作报告 -> the government inside a work report's
# title is ORG (page-1604's rule), with its whole admin prefix
p.ent("ORG", "北京市大兴区西红门镇政府", line=3)

# ---- line 13: headline
p.ent("ORG", "北京市大兴区西红门镇政府", line=13)
# ---- line 15: link to the report's graphic interpretation (PAGE)
p.ent("ORG", "北京市大兴区西红门镇政府", line=15)

# ---- lines 17/19: the deck's subtitle, broken over two lines by a blank line:
# 在北京市大兴区西红门镇 / 第四届人民代表大会第八次会议上 -> the congress of a numbered term is
# one ORG with its prefix; the session (第八次会议) stays outside
p.ent("ORG", "北京市大兴区西红门镇第四届人民代表大会")

# ---- line 21: speaker line (BYLINE); 西红门镇镇长 -> ADMIN + title
p.byline("BYLINE", "大兴区西红门镇镇长 赵传富", line=21)
p.ent("ADMIN", "大兴区", line=21)
p.ent("ADMIN", "西红门镇", line=21)
p.ent("PERSON", "赵传富", line=21)

# ---- line 25
p.ent("ORG", "西红门镇人民政府", line=25)

# ---- line 29
p.slogan("PLAN", "十三五", line=29)
p.ent("ORG", "区委", line=29)                          # 区委区政府 -> 区委 | 区政府
p.ent("ORG", "区政府", line=29)
p.ent("ORG", "镇党委", line=29)
p.ent("ORG", "镇人大", line=29)
p.ent("PERSON", "习近平", line=29)                     # 中国 in 中国特色社会主义: no span
p.ent("ORG", "镇四届人大", line=29)                    # 镇四届人大六次会议: the session outside

# ---- line 31
p.slogan("GROUP", "两手抓", line=31)                   # 疫情防控和复工复产“两手抓” (like 两头难)

# ---- blocks
p.block(1, 1, "PAGE")          # 索引号
p.block(2, 2, "BYLINE", article=1)   # 发文单位:西红门镇
p.block(3, 9, "PAGE")          # 信息名称 … 发布日期 (record fields)
p.block(11, 11, "PAGE")        # 展开 (a button)
p.block(13, 13, "HEADLINE", article=1)
p.block(15, 15, "PAGE")        # 一图读懂:… (link to the companion graphic)
p.block(17, 17, "SUBHEAD", article=1)
p.block(19, 19, "SUBHEAD", article=1)
p.block(21, 21, "BYLINE", article=1)
p.block(23, 23, "BODY", article=1)   # 各位代表: (salutation)
p.block(25, 25, "BODY", article=1)
p.block(27, 27, "CROSSHEAD", article=1)
p.block(29, 31, "BODY", article=1)

p.save()
