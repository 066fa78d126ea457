"""page-3206: 农民日报 (as republished on 022net.com, 来源:农民日报), 2023-08-29, one article:
“被遗忘的村庄”变网红打卡地 (安远县凤山乡井坵村, 赣州, 江西). Text as returned by the `pages`
store, from its title; the last paragraph (近年来,…组建了红色党员、…银色五老五支党员服务队),
cut off mid-sentence, is dropped, and with it the items of “五色”."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3206", "corpus/raw/pages/3206_anyuan_jingqiu_shanzhi.txt",
         publisher="农民日报", date="2023-08-29", script="simplified", origin="pages")

# ---- line 1: headline
for u in ["江西", "安远县", "凤山乡", "井坵村"]:
    p.ent("ADMIN", u, line=1)

# ---- line 3: web meta line: timestamp + 来源:农民日报 -> BYLINE block, one BYLINE span
p.byline("BYLINE", "来源:农民日报", line=3)
p.ent("ORG", "农民日报", line=3)

# ---- line 5
for u in ["江西省", "安远县", "凤山乡", "井坵村"]:
    p.ent("ADMIN", u, line=5)
#   紫参小镇 (a 小镇: place), 紫艺工坊, 紫艺乐园, 紫参长廊: sites, no span

# ---- line 7
p.ent("ADMIN", "井坵村", line=7, every=True)        # 2 mentions

# ---- line 9: crosshead
p.slogan("GROUP", "五色", line=9)                    # “五色”服务: its items were in the dropped paragraph

# ---- line 12: (资料图片仅供参考) alone where a picture stood -> CAPTION with PHOTO (decision 9, 23NN 【资料图】)
p.byline("PHOTO", "(资料图片仅供参考)", line=12)

# ---- line 14
p.ent("ADMIN", "井坵村", line=14)
p.ent("PERSON", "陈水才", line=14, every=True)      # 2 mentions
p.ent("ORG", "紫色产业服务队", line=14)              # the village's named team, acting (派出6名志愿者)

# ---- line 16
#   陈队长: surname + title, no PERSON
p.ent("PERSON", "陈水才", line=16)
p.ent("ORG", "井坵村紫色产业服务队", line=16)         # one ORG with its village prefix
p.ent("PERSON", "陈文敏", line=16)                   # 队长陈文敏: title outside

# ---- line 18
p.ent("PERSON", "陈文敏", line=18)
p.ent("ORG", "紫色产业服务队", line=18)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 7, "BODY", article=1)
p.block(9, 9, "CROSSHEAD", article=1)
p.block(12, 12, "CAPTION", article=1)
p.block(14, 18, "BODY", article=1)

p.save()
