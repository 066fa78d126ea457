"""page-2814: 兰州日报 report as republished by 中国甘肃网 (gansu.gscn.com.cn, 市州播报 > 兰州),
2018-01-11: 西果园镇 (七里河区, 兰州) receives a banner for rebuilding the 西湖公路. Text as returned
by the `pages` store from the title on; the breadcrumb above the title is dropped, and the last
line (a 精彩推荐 link cut off mid-title: 兰州市安宁区努…) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2814", "corpus/raw/pages/2814_lanzhou_xiguoyuan_jinqi.txt",
         publisher="兰州日报", date="2018-01-11", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "兰州", line=1)

# ---- line 3: web meta line (source + editor)
p.byline("BYLINE", "来源:中国甘肃网-兰州日报", line=3)
p.ent("ORG", "中国甘肃网", line=3)
p.ent("ORG", "兰州日报", line=3)
p.ent("PERSON", "张文良", line=3)                    # editor: PERSON, no byline span

# ---- line 5: 原标题 (no entities)

# ---- line 7: source tag + first paragraph
p.byline("BYLINE", "中国甘肃网111日讯 据兰州日报报道 (记者 王忠德)", line=7)
p.ent("ORG", "中国甘肃网", line=7)
p.ent("ORG", "兰州日报", line=7)
p.ent("PERSON", "王忠德", line=7)
p.ent("ADMIN", "西果园镇", line=7)
p.ent("ADMIN", "湖滩村", line=7)
p.ent("ORG", "雲霖寺管委会", line=7)                 # the temple's management committee, acting
p.ent("ORG", "镇党委", line=7)
p.ent("ORG", "镇政府", line=7)

# ---- line 9
p.ent("ORG", "西果园镇党委", line=9)                 # 西果园镇党委书记 -> ORG + title
p.ent("ADMIN", "后山村", line=9, nth=1)
p.ent("ADMIN", "后山村", line=9)                     # 制约后山村发展
p.ent("ADMIN", "西果园镇", line=9, nth=1)            # 西果园镇主要领导
p.ent("ADMIN", "西果园镇", line=9)                   # 西果园镇多次召开…
p.slogan("COUNT", "一条主线", line=9)                # “抓一条主线,办好十二项实事”: split at the comma
p.slogan("COUNT", "十二项实事", line=9)              #   (decision 10); only one 实事 named: no expansion

# ---- line 11
p.ent("ADMIN", "西果园镇", line=11)                  # 西果园镇党政班子: a leadership group, no ORG
p.ent("ORG", "镇党委", line=11, nth=1)
p.ent("ORG", "镇政府", line=11)
p.ent("ORG", "镇党委", line=11)                      # 镇党委负责人

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)                   # time + 来源 + 编辑 (decision 12)
p.block(5, 5, "HEADLINE", article=1)                 # 原标题: the title printed again
p.block(7, 11, "BODY", article=1)
p.block(13, 13, "PAGE")                              # 精彩推荐 (site furniture)

p.save()
