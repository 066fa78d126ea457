"""agree-page-3602: 天津日报 (e-paper reader page, issue 20210606), one article:
海棠街道办事处揭牌. Second, independent annotation pass."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-3602", "corpus/raw/pages/3602_tianjin_haitang_jiedao.txt",
         publisher="天津日报", date="2021-06-06", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ORG", "海棠街道办事处", line=1)            # the office receives its plaque (decision 3: acting as an office)

# ---- line 3: e-paper source line "20210606期来自:天津日报" (one article: BYLINE block, issue number outside)
p.byline("BYLINE", "来自:天津日报", line=3)
p.ent("ORG", "天津日报", line=3)

# ---- line 5
p.byline("BYLINE", "本报讯(记者 刘静男)", line=5)
p.ent("PERSON", "刘静男", line=5)
p.ent("ORG", "天津市津南区海棠街道办事处", line=5)   # acting (举行揭牌仪式): one ORG with its admin prefixes (§2)
p.ent("ORG", "津南区民政局", line=5)
p.ent("ORG", "海棠街道办事处", line=5, after="津南区民政局和")
p.ent("ORG", "街道党工委", line=5)               # level word + organ of this one sub-district
p.ent("ORG", "人大街道工委", line=5)
p.ent("ORG", "街道办事处", line=5, after="人大街道工委、")
p.ent("ORG", "街道纪工委", line=5)
p.ent("ORG", "街道武装部", line=5)
p.ent("ORG", "海棠街道办事处", line=5, after="至此,")

# ---- line 7
p.ent("ORG", "海棠街道办事处", line=7, nth=1)      # 成立海棠街道办事处
p.ent("ORG", "市委", line=7)
p.ent("ORG", "市政府", line=7)
#   海河教育园区: an education park, a place (decision 3), no span
p.ent("ORG", "区委", line=7)
p.ent("ORG", "区政府", line=7)
p.ent("ORG", "海棠街道办事处", line=7, after="有力尝试。")  # 驻地设置在…: the office's seat
p.ent("ADMIN", "津南区", line=7)                  # 津南区同砚路50号
#   roads and rivers: 雅正路, 津港高速, 宁静高速, 月牙河, 津沽公路, 雅润路, 金华路, 同德路,
#   同砚路, 津晋高速, 大沽排污河: no span (one-character 津/港/晋/宁/静 are never ADMIN)
p.ent("ADMIN", "天津", line=7, after="匝道与")       # 天津大道 (decision 2: a unit inside a place's name)
p.ent("ADMIN", "天津", line=7, after="交汇点,沿")          # 沿天津大道南侧
p.ent("ORG", "天津海河教育园区投资开发有限公司", line=7)  # an enterprise named in full
#   静怡里、金旭里小区: residential compounds, no span
p.ent("ADMIN", "咸水沽镇", line=7)

# ---- line 9
p.ent("ORG", "海棠街道办事处", line=9)
p.slogan("PARALLEL", "一委八办三中心一个执法队", line=9)   # numeral-led parts of the office's structure; items not listed
p.ent("ORG", "街道武装部", line=9)
p.ent("ORG", "妇联", line=9)                      # 街道武装部、妇联、工会、团委: like 县财政局、交通局 (decision 13)
p.ent("ORG", "工会", line=9)
p.ent("ORG", "团委", line=9)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 9, "BODY", article=1)
p.block(11, 11, "PAGE")                            # powered by 闻道 (site furniture)

p.save()
