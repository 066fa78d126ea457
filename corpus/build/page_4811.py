"""page-4811: 北仑新闻网 (blnews.com.cn, 宁波市北仑区's news site), 2021-09-07, one article:
“银辉”党建为美丽家园添辉. Text as returned by the `pages` store, from its title; the store's
last paragraph (在东升社区,…吸纳“银辉) was cut mid-sentence and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4811", "corpus/raw/pages/4811_blnews_qijiashan_yinhui.txt",
         publisher="北仑新闻网", date="2021-09-07", script="simplified", origin="pages")

# ---- line 1: headline (“银辉”党建 is a brand: no span, no formula)

# ---- line 2: web meta line, date outside, the reporters' credits as one span (decision 12)
p.byline("BYLINE", "记者 沈焰焰 通讯员 曹琭 李明", line=2)
for name in ["沈焰焰", "曹琭", "李明"]:
    p.ent("PERSON", name, line=2)

# ---- line 4: source tag opening the body
p.byline("BYLINE", "本网讯(记者 沈焰焰 通讯员 曹琭 李明)", line=4)
for name in ["沈焰焰", "曹琭", "李明"]:
    p.ent("PERSON", name, line=4)
p.ent("ADMIN", "戚家山街道", line=4)

# ---- line 6: the five branches
p.ent("ADMIN", "戚家山街道", line=6)
p.ent("ORG", "机关退休“银辉”党支部", line=6)          # one named branch (quotes wrap part of the name)
p.ent("ORG", "北仑区新四军历史研究会戚家山分会“银辉”党支部", line=6)  # branch of an association's branch: one ORG
for c in ["蔚斗", "东升", "渡头"]:                       # communities listed before 三个社区
    p.ent("ADMIN", c, line=6)
#   三个社区“银辉”党支部: a count of bodies, no ORG

# ---- line 8
p.ent("ADMIN", "渡头社区", line=8)
p.ent("ADMIN", "戚家山街道", line=8)
p.ent("ORG", "社区党委", line=8)                        # 渡头社区's committee (decision 5)
p.ent("ORG", "“睦邻送馨”党员志愿服务队", line=8)        # a named team that is set up and acts

# ---- line 10
p.ent("PERSON", "牟士珍", line=10, every=True)          # three mentions
p.ent("PERSON", "吴翠娥", line=10)
p.ent("PERSON", "阿珍", line=10)                        # 她叫阿珍: 牟士珍's familiar name
p.ent("ORG", "“睦邻送馨”党员志愿服务队", line=10)

# ---- line 12
p.ent("PERSON", "乐国平", line=12)                      # 乐叔叔: surname + kinship word, no span
p.ent("ORG", "“先锋护埠”联盟", line=12)                 # a newly set-up alliance he joined

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(4, 12, "BODY", article=1)

p.save()
