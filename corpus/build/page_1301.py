"""page-1301: 青岛西海岸报 e-paper article page (2024-06-03, T07版), 海青镇 decade review.

Source: pages store, https://epaper.xihaiannews.com/epaper/h5/qdxhab/content/20240603/ArticelT07001SR.htm
The stored opening ends in a paragraph cut off mid-sentence ("…为乡村全面振兴积势蓄"); it was dropped.
"""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1301", "corpus/raw/pages/1301_qdxhab_haiqing.txt", publisher="青岛西海岸报",
         date="2024-06-03", script="simplified", origin="pages")

# ---- entities, line by line
# L1-2 headline "海青镇——/绘就幸福美好宜居新画卷"
p.ent("ADMIN", "海青镇", line=1)
# L3-6 edition lines (paper name, date twice, page)
p.ent("ORG", "青岛西海岸报", line=3)
p.ent("ADMIN", "西海岸新区", line=6)            # inside the special-issue title (decision 2)
# L7 lead paragraph
p.ent("ADMIN", "西海岸新区", line=7)
p.ent("ADMIN", "海青镇", line=7)
p.ent("ORG", "工委", line=7)                    # 工委区委: two organs written one after the other
p.ent("ORG", "区委", line=7)
p.ent("ORG", "管委", line=7)                    # 管委区政府: likewise two
p.ent("ORG", "区政府", line=7)
p.ent("ADMIN", "新区", after="做美建强")          # 新区 standing as the name of 西海岸新区 (decision 3)
p.ent("ADMIN", "海青", after="宜居新")            # 新海青 -> 海青 (the town, decision 2)
# L10
p.ent("ORG", "海青镇党委", line=10)
# L11
p.ent("ORG", "青岛西海岸新区海青镇党委党校", line=11)   # (党员教育中心) left out: bare institution type
p.ent("ORG", "镇党委", line=11)                  # 镇党委获评…: the town's Party committee
p.ent("ADMIN", "青岛市", line=11)                 # inside an award title
p.ent("ADMIN", "山东省", line=11)                 # inside an award title
p.ent("ORG", "央视", line=11)
# L12
p.ent("PERSON", "习近平", line=12)

# ---- slogans
p.slogan("PARALLEL", "四化四有")                 # items not spelled out on the page
p.slogan("PLUS", "1+3+N")

# ---- bylines: none (the e-paper gives no author; 青岛西海岸报 / dates / 版 are edition lines, PAGE)

# ---- blocks
p.block(1, 2, "HEADLINE", article=1)
p.block(3, 6, "PAGE")
p.block(7, 7, "BODY", article=1)
p.block(8, 9, "CROSSHEAD", article=1)
p.block(10, 13, "BODY", article=1)
p.block(14, 15, "CROSSHEAD", article=1)

p.save()
