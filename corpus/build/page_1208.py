"""page-1208: 绥化日报 article on 绥化新闻网 (东北网), 2022-01-25 -- annotated by strings via spanlib."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1208", "corpus/raw/pages/1208_suihua_daily.txt", publisher="绥化日报",
         date="2022-01-25", script="simplified", origin="pages")

# ---------------------------------------------------------------- entities
# lines 1-2: site navigation
p.ent("ORG", "绥化晚报", line=1)          # 绥化晚报新媒体: the evening paper (a medium)
p.ent("ADMIN", "绥化", line=2)            # 绥化直播: the city inside a channel name
# line 3: breadcrumb
p.ent("ORG", "东北网", line=3)
p.ent("ORG", "绥化新闻网", line=3)
# line 5: headline
p.ent("ADMIN", "北林", line=5)
# line 7: source line
p.ent("ORG", "绥化日报", line=7)
# line 9: byline + body
p.ent("ORG", "东北网", line=9)
p.ent("ADMIN", "绥化", line=9)
p.ent("PERSON", "杨晶", line=9)
p.ent("PERSON", "蒋宝栋", line=9)
p.ent("PERSON", "刘峰", line=9)
p.ent("ADMIN", "北林区", line=9)
p.ent("ORG", "太平川镇政府", line=9)     # …镇政府会议室: the organ, 会议室 a common noun
p.ent("PERSON", "王志强", line=9)
# line 11
p.ent("ADMIN", "太平川镇", line=11)
p.ent("PERSON", "王志强", line=11)
p.ent("ORG", "二排村党支部", line=11)
p.ent("PERSON", "黎志平", line=11)
p.ent("ORG", "市委", line=11)

# ---------------------------------------------------------------- slogans
# 五个优势: its five items are printed before its first mention (spanlib's expansion= only
# looks after the formula, so the items are located with find_all, offsets by code).
items = ["厚植国家粮食安全‘压舱石’基础优势", "厚植现代产业体系后发优势", "厚植县域经济板块集群优势",
         "厚植融入城市群经济圈区域优势", "厚植寒地黑土核心区生态优势"]
first = p.slogan("COUNT", "五个优势", line=11, nth=1)[0]
exp, pos = [], p.line_bounds[10][0]
for it in items:
    a, b = p.find_all(it, pos, first["start"])[0]
    exp.append([a, b]); pos = b
first["expansion"] = exp
p.slogan("COUNT", "五个优势", line=11)          # “五个优势” (second mention)

# ---------------------------------------------------------------- bylines
p.byline("BYLINE", "来源:绥化日报", line=7)
p.byline("BYLINE", "东北网绥化1月25日讯 (杨晶 特约记者 蒋宝栋 刘峰)", line=9)

# ---------------------------------------------------------------- blocks
p.block(1, 3, "PAGE")                 # navigation and breadcrumb
p.block(5, 5, "HEADLINE", article=1)
p.block(7, 7, "BYLINE", article=1)    # 来源:绥化日报 2022-01-25 字体:
p.block(9, 11, "BODY", article=1)

p.save()
