import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1605", "corpus/raw/pages/1605_liuzhou_xingguangtun.txt",
         publisher="柳州日报", date="2016-01-13", script="simplified", origin="pages")

# line 1: the host site's section bar (PAGE); units inside section names are ADMIN (decision 2)
for s in ["柳州", "柳江", "柳城", "鹿寨", "融安", "融水", "三江"]:
    p.ent("ADMIN", s, line=1)
# line 2: breadcrumb (PAGE); 地方网 (the portal's home crumb) left without a span
p.ent("ADMIN", "广西", line=2)
p.ent("ADMIN", "柳州市", line=2)
p.ent("ADMIN", "柳江", line=2)
# line 6: web meta line naming the article's source: BYLINE span for the labelled credit, time and URL outside
p.byline("BYLINE", "来源:柳州日报", line=6)
p.ent("ORG", "柳州日报", line=6)
# line 8
p.ent("ADMIN", "基隆开发区", line=8)   # named 开发区 = ADMIN (decision 3)
p.ent("ADMIN", "进德镇", line=8)
p.ent("ADMIN", "槎山村", line=8)       # 星光屯 (natural village, below village level): no span
# line 12
p.ent("ORG", "镇党委", line=12)        # 镇党委宣传、统战委员 -> the organ of the contracted title
p.ent("PERSON", "韦啸风", line=12)
# line 18: 自治区 (level word), 曾家大院, “九厅十八井” (a building's name holding numbers): no spans

p.block(1, 2, "PAGE")
p.block(4, 4, "HEADLINE", article=1)
p.block(6, 6, "BYLINE", article=1)
p.block(8, 18, "BODY", article=1)
p.save()
