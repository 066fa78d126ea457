"""page-3804: 安徽日报 (text on 中安在线 ah.anhuinews.com, 安徽要闻; 来源: 安徽日报), 2024-04-15,
one article, a report of the 安徽日报报业集团 research team on 凤阳县. The `pages` store keeps no
title line: the page opens with its breadcrumb. Its last paragraph (谋事是支撑。凡突…) was cut
off mid-sentence by the store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3804", "corpus/raw/pages/3804_anhui_fengyang_xianyu.txt",
         publisher="安徽日报", date="2024-04-15", script="simplified", origin="pages")

# ---- line 1: breadcrumb 安徽新闻 > 安徽要闻 (section names: the province inside, decision 2)
p.ent("ADMIN", "安徽", line=1, every=True)

# ---- lines 3-5: web meta lines (date-only line is PAGE; the two labelled credits are BYLINEs)
p.byline("BYLINE", "来源: 安徽日报", line=4)
p.ent("ORG", "安徽日报", line=4)
p.byline("BYLINE", "作者: 王弘毅 丰静 宣岚 罗宝", line=5)
for name in ["王弘毅", "丰静", "宣岚", "罗宝"]:
    p.ent("PERSON", name, line=5)

# ---- line 7: photo caption with its credit
p.ent("ADMIN", "凤阳", line=7)
p.byline("PHOTO", "邱传斌 摄", line=7)
p.ent("PERSON", "邱传斌", line=7)

# ---- line 9
p.ent("ADMIN", "中国", line=9)                # 中国 as a place

# ---- line 13
p.ent("ADMIN", "安徽", line=13, every=True)   # ×2

# ---- line 21
p.ent("ORG", "安徽日报报业集团调研组", line=21)  # a named team with its parent (区委第三巡察组)
p.ent("ADMIN", "滁州市", line=21)
p.ent("ADMIN", "凤阳县", line=21)             # 该县: deictic, no span

# ---- line 23
p.ent("ADMIN", "凤阳", line=23)

# ---- line 25 (沿淮地区: a region; 朱皇帝: surname + title, no PERSON)
for u in ["定远", "凤阳", "嘉山", "明光市", "安徽"]:
    p.ent("ADMIN", u, line=25)

# ---- line 27 (“第三城”: an epithet, no span; 四个百亿元台阶: a count in prose)
p.ent("ADMIN", "安徽", line=27)
p.ent("ADMIN", "滁州市", line=27)

# ---- line 29
p.ent("ADMIN", "凤阳", line=29)
p.ent("ADMIN", "滁州", line=29)

# ---- blocks
p.block(1, 1, "PAGE")
p.block(3, 3, "PAGE")                       # • 2024-04-15 03:58 (date only)
p.block(4, 5, "BYLINE", article=1)          # • 来源: … / • 作者: …
p.block(7, 7, "CAPTION", article=1)
p.block(9, 35, "BODY", article=1)

p.save()
