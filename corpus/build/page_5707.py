"""page-5707: 广闲网 (gyxsx.com, 杂谈 channel), 2025-12-14: an aggregator's copy of news from 恩平市
(广东 江门, a county-level city): 聚焦“百千万工程”,恩平组织媒体走乡村探产业. Text as returned by the
`pages` store, from its title (the breadcrumb 广闲网 > 杂谈 > 正文 above it left out); the last
paragraph, cut off mid-sentence by the store (恩平乡村全面振兴的动人故事,…这座曾经), dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5707", "corpus/raw/pages/5707_enping_baiqianwan_caifang.txt",
         publisher="广闲网", date="2025-12-14", script="simplified", origin="pages")

# ---- line 1: headline (the page title)
p.slogan("PARALLEL", "百千万工程", line=1)          # 百县千镇万村 (decision: PARALLEL); no item list
p.ent("ADMIN", "恩平", line=1)                      # 恩平组织媒体: the county-level city

# ---- line 3: web meta line (date, labelled source, empty counter)
p.byline("BYLINE", "来源:广闲网", line=3)
p.ent("ORG", "广闲网", line=3)                      # a byline's source naming a medium is ORG

# ---- line 5: the title printed again
p.slogan("PARALLEL", "百千万工程", line=5)
p.ent("ADMIN", "恩平", line=5)

# ---- line 7: first paragraph
p.ent("ORG", "恩平市委宣传部", line=7)
p.ent("ADMIN", "恩平市", line=7, after="主办的")       # 恩平市“百千万工程”典型村媒体采访行: an event, unit inside (decision 2)
p.slogan("PARALLEL", "百千万工程", line=7)
p.ent("ORG", "南方日报", line=7)
p.ent("ORG", "江门日报", line=7)
p.ent("ORG", "恩平市融媒体中心", line=7)
p.ent("ORG", "恩平发布", line=7)                    # the city's release account, listed among the media
p.ent("ORG", "恩平文明网", line=7)                  # a site
p.ent("ADMIN", "恩平", line=7, after="深入走访")
p.slogan("PARALLEL", "百县千镇万村", line=7)        # the long form of the same formula; 高质量发展工程 outside
p.slogan("PARALLEL", "百千万工程", line=7, after="下称")
p.ent("ADMIN", "恩平", line=7, after="感受")
p.ent("ORG", "恩平市委", line=7, after="焕新发展")     # 恩平市委常委: title contracted with its committee
p.ent("ORG", "宣传部", line=7, after="常委、")         # 宣传部部长: the department, title outside
p.ent("PERSON", "吴炳琼", line=7)

# ---- line 9: photo caption with its credit
p.ent("ADMIN", "恩平市", line=9)
p.slogan("PARALLEL", "百千万工程", line=9)
p.byline("PHOTO", "恩平市委宣传部提供", line=9)       # decision 9: (X提供) as a photo's attribution
p.ent("ORG", "恩平市委宣传部", line=9)

# ---- line 11
for v in ["米仓村", "昌梅村", "南塘村"]:
    p.ent("ADMIN", v, line=11)
p.ent("ADMIN", "恩平", line=11, after="涵盖")
p.slogan("PARALLEL", "百千万工程", line=11)
p.ent("ADMIN", "恩平", line=11, after="记录")
p.slogan("PARALLEL", "百千万工程", line=11, after="记录")
p.ent("ADMIN", "恩平", line=11, after="讲好")
#   沾泥土、带露珠、冒热气: no numeral, no formula

# ---- line 13
p.ent("ADMIN", "米仓村", line=13)

# ---- line 15
p.ent("ADMIN", "米仓村", line=15)
# 簕菜种植、加工、农文旅三产融合: the three industries, listed just before the count (like 户、卡、机三对照)
t = p.text
items3 = []
lo = p.line_bounds[14][0]
for it in ["簕菜种植", "加工", "农文旅"]:
    a, b = p.find_all(it, lo)[0]
    items3.append([a, b]); lo = b
g = p.slogan("GROUP", "三产融合", line=15)
g[0]["expansion"] = items3
p.slogan("COUNT", "六个一", line=15, expansion=[
    "一带:新平南路风貌带整体提升", "一路:新平南路到响水龙潭道路提升", "一心:核心片区建设",
    "一楼:米仓共富楼", "一园:簕菜文化创意园", "一基地:果蔬产业基地"])
p.ent("ADMIN", "米仓", line=15, after="一楼:")          # 米仓共富楼: the village's short name inside a building's name
#   新平南路 (a road), 响水龙潭 (a site), 簕菜文化创意园 (a park): no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # 日期 + 来源:广闲网 + empty 点击: a meta line with a labelled source
p.block(5, 5, "HEADLINE", article=1)   # a web page's title printed twice: HEADLINE both times
p.block(7, 7, "BODY", article=1)
p.block(9, 9, "CAPTION", article=1)
p.block(11, 15, "BODY", article=1)

p.save()
