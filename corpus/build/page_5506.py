"""page-5506: 张家界日报 (湖南 张家界市): a 掌上张家界 item (the news client of 张家界日报社; source tag
掌上张家界讯) on the 黄蜀葵 industry meeting in 桑植县陈家河镇岩屋口村, text as returned by the `pages` store
from news.517lj.net (a site carrying the paper's client copy). The stored page opens at the byline (no
title) and ends with the cut fragment 掌, which was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5506", "corpus/raw/pages/5506_zhangjiajie_chenjiahe_huangshukui.txt",
         publisher="张家界日报", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: byline + lead
p.byline("BYLINE", "掌上张家界讯(记者 向文 通讯员 邱德帅 张帆)", line=1)
p.ent("ORG", "掌上张家界", line=1)                  # the paper's news client as source (掌中安徽 precedent)
p.ent("PERSON", "向文", line=1)
p.ent("PERSON", "邱德帅", line=1)
p.ent("PERSON", "张帆", line=1)
p.ent("ADMIN", "桑植县", line=1)
p.ent("ADMIN", "陈家河镇", line=1)
p.ent("ADMIN", "岩屋口村", line=1)
#   镇、村干部: level words, no span

# ---- line 2
p.ent("ADMIN", "陈家河镇", line=2)                  # 陈家河镇相关负责人
p.slogan("PARALLEL", "一花两叶", line=2, expansion=["黄蜀葵", "粽叶", "茶叶"])
p.ent("ADMIN", "下洞街村", line=2)
p.ent("ADMIN", "蔡家坪村", line=2)

# ---- line 3
p.ent("ORG", "镇党委", line=3)                      # 该镇党委、政府: deictic 该 outside; bare 政府 no span
p.ent("ORG", "县集体经济产业办", line=3)
#   村民李大爷: surname + address word, no PERSON

# ---- line 4
p.ent("ORG", "陈家河镇党委", line=4)               # 陈家河镇党委书记黄道波
p.ent("PERSON", "黄道波", line=4)
p.ent("ADMIN", "陈家河镇", line=4)                  # 在陈家河镇的广袤山村
#   黄蜀葵、粽叶、茶叶 repeated here: the items already sit on the formula's first mention

# ---- blocks
p.block(1, 4, "BODY", article=1)

p.save()
