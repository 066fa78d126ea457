"""page-4212: 防城港日报 (text credited 来源:防城港市新闻网-防城港日报; copy on the 东兴 news site
zw.dongxingnet.com), 2023-09-11, one feature of the series 【辉煌三十年 奋进新征程】 on 防城港市's
民族团结 work. Text as stored, from its title; its last paragraph (cut off mid-sentence) dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4212", "corpus/raw/pages/4212_fangchenggang_bianjiang_anning.txt",
         publisher="防城港日报", date="2023-09-11", script="simplified", origin="pages")

# ---- line 1: headline with its series banner: no entity, 辉煌三十年 counts years (no formula)

# ---- line 3: source line (date outside the span, 【字体: is site furniture)
p.byline("BYLINE", "来源:防城港市新闻网-防城港日报", line=3)
p.ent("ORG", "防城港市新闻网", line=3)
p.ent("ORG", "防城港日报", line=3)

# ---- line 5
p.ent("ADMIN", "防城港市", line=5)

# ---- line 7
p.ent("ADMIN", "防城港市", line=7)
#   “海边山”: three features named without a numeral, no formula; 港城 is an epithet

# ---- line 13: caption with its photo credit
p.ent("ADMIN", "防城港", line=13)
p.byline("PHOTO", "(资料图)", line=13)

# ---- line 19
p.ent("ADMIN", "防城港市", line=19)                 # 防城港市第七次党代会: the congress is an event

# ---- line 21
p.ent("ORG", "防城港市委", line=21)
p.ent("ORG", "市政府", line=21)
p.slogan("PARALLEL", "1条主线、1个目标、7项重点工作", line=21)   # one quoted framework (工作格局), items not spelled out

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 7, "BODY", article=1)
p.block(11, 11, "PAGE")               # 图片 (picture placeholder)
p.block(13, 13, "CAPTION", article=1)
p.block(17, 17, "CROSSHEAD", article=1)
p.block(19, 21, "BODY", article=1)

p.save()
