"""page-3303: 莒南县人民政府 (junan.gov.cn), a township page whose source field names
莒南县坪上镇: the township people's congress session of 2024-06-28. Text as returned by the
`pages` store, from its title (the site's banner 莒南县人民政府 / 朗读 above the title left out)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3303", "corpus/raw/pages/3303_junan_pingshang_renda.txt",
         publisher="莒南县人民政府", date=None, script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "坪上镇第十九届人民代表大会", line=1)   # congress of a numbered term; 第七次会议 is the event

# ---- line 3: source field (decision 12; 29NN/30NN: a unit in a source field is the place)
p.byline("BYLINE", "来源:莒南县坪上镇", line=3)
p.ent("ADMIN", "莒南县", line=3)
p.ent("ADMIN", "坪上镇", line=3)
#   打印: print link, no span

# ---- line 5
p.ent("ORG", "坪上镇第十九届人民代表大会", line=5)
p.ent("ORG", "镇党委", line=5)
p.ent("PERSON", "战晓明", line=5)
p.ent("ORG", "镇人大", line=5)                       # 镇人大代表: a shortened title keeps the organ

# ---- line 7: document titles (decision 2: units inside a document title are ADMIN)
p.ent("ADMIN", "莒南县", line=7)
for t in ["坪上镇", "壮岗镇", "团林镇", "朱芦镇"]:
    p.ent("ADMIN", t, line=7)
p.ent("ADMIN", "坪上镇", line=7, every=True)         # 坪上镇2024年上半年政府工作报告 / …报告 / 人大工作报告

# ---- line 9
p.ent("ORG", "坪上镇人大", line=9)
p.ent("ORG", "镇党委", line=9)
p.ent("ADMIN", "坪上", line=9, after="生态宜居新")    # 新坪上: the bare name of the unit

# ---- line 11
p.ent("ADMIN", "坪上镇", line=11)
p.ent("ORG", "镇党委", line=11)
p.ent("ADMIN", "坪上", line=11, after="宜居")         # “精钢重镇 宜居坪上”

# ---- line 15
p.ent("ADMIN", "坪上镇", line=15)

# ---- lines 21-22: host lines (PAGE), their bodies ORG (28NN)
p.ent("ORG", "莒南县人民政府办公室", line=22)
p.ent("ORG", "莒南县人民政府", line=21)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)        # 来源:… 打印: a meta line naming the article's source
p.block(5, 15, "BODY", article=1)
p.block(17, 19, "PAGE")                   # 扫一扫…, 我们期待与您沟通, comment prompt
p.block(21, 24, "PAGE")                   # 主办/承办/网站标识符/公网安备

p.save()
