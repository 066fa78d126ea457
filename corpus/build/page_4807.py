"""page-4807: 内蒙古晨报 (nmgcb.com.cn, 盟市 news section), 2018-06-29 (from the URL), one article
on 扎赉特旗纪委监委's 明察暗访 of 升学宴/谢师宴. Text as returned by the `pages` store; the stored
page opens with the lead photo's caption (no title line is stored)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4807", "corpus/raw/pages/4807_nmgcb_zhalaite_shengxueyan.txt",
         publisher="内蒙古晨报", date="2018-06-29", script="simplified", origin="pages")

# ---- line 1: lead photo caption with its credit
p.ent("ORG", "纪委", line=1)                 # 纪委工作人员: the banner's 纪委, one specific body (decision 13)
p.byline("PHOTO", "通讯员 韩文斌摄影", line=1)
p.ent("PERSON", "韩文斌", line=1)

# ---- line 2
#   中央八项规定: 中央 as a modifier, no ORG (fresh-batch decision)
p.slogan("COUNT", "八项规定", line=2)         # N项 + content (26NN decision)
p.slogan("GROUP", "四风", line=2)
p.ent("ORG", "兴安盟扎赉特旗纪委监委", line=2)  # joint office, one ORG with its admin prefix

# ---- line 3
p.ent("ORG", "扎赉特旗纪委监委党风政风监督室", line=3)   # sub-unit with its parent
p.ent("ADMIN", "扎赉特旗", line=3, after="《")           # inside the notice's title (decision 2)
p.ent("ORG", "旗政府", line=3)                          # 旗政府所在地: the banner government
p.ent("ADMIN", "音德尔镇", line=3)
#   苏木乡镇: level words, no span

# ---- line 4
p.ent("ORG", "扎赉特旗纪委监委", line=4, every=True)     # twice
#   党委(党组)主体责任, 纪委(纪检监察组)监督责任: generic kinds of bodies, no span
p.byline("CREDIT", "韩文斌", line=4)                     # reporter's name run on after the last sentence
p.ent("PERSON", "韩文斌", line=4)

# ---- blocks
p.block(1, 1, "CAPTION", article=1)
p.block(2, 4, "BODY", article=1)

p.save()
