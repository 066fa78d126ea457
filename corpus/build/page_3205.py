"""page-3205: 舒城县融媒体中心 (scgdj.com, 时政要闻), 2020-02-08, one article:
张秀萍主持召开县长办公会 (舒城县, 六安市, 安徽). Text as returned by the `pages` store,
from its title; the site footer (主办单位:舒城县融媒体中心 … 网), cut off mid-line, is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3205", "corpus/raw/pages/3205_shucheng_xianzhang_bangonghui.txt",
         publisher="舒城县融媒体中心", date="2020-02-08", script="simplified", origin="pages")

# ---- line 1: headline (县长办公会 is a meeting: no ORG)
p.ent("PERSON", "张秀萍", line=1)

# ---- line 2: 发布时间:… 来源:(empty) 阅读数:… -> PAGE, no byline span

# ---- line 4
p.ent("PERSON", "张秀萍", line=4)                   # 县长张秀萍: title outside
for name in ["杨丙红", "姚平松", "刘浦生", "张志存", "傅代智"]:
    p.ent("PERSON", name, line=4)
p.ent("ORG", "县政府办", line=4)

# ---- line 6
p.ent("PERSON", "习近平", line=6)
p.ent("ORG", "中央政治局", line=6)                  # 中央政治局常委会议: the committee's meeting -> the organ only (25NN rule)
p.ent("ORG", "中央应对疫情工作领导小组", line=6)     # organ named inside a meeting's name
#   省、市 (level words): no span

# ---- line 8
p.ent("ORG", "党中央", line=8)
p.ent("ORG", "国务院", line=8)
p.slogan("COUNT", "四个意识", line=8)
p.slogan("COUNT", "四个自信", line=8)
p.slogan("COUNT", "两个维护", line=8)

# ---- line 10
p.slogan("GROUP", "六稳", line=10)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")            # publication time + empty 来源: + counter
p.block(4, 10, "BODY", article=1)

p.save()
