"""page-5003: 株洲日报 (株洲日报讯; copy in the 株洲市图书馆 e-paper archive bk.zzlib.net:88, 2024-02 issue),
one article: 市委市政府举行2024年春节团拜会. Text as returned by the `pages` store, from its title; the
last stored paragraph (曹慧泉说,今年是新中国成立75周年,是大力…) is cut mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5003", "corpus/raw/pages/5003_zhuzhou_chunjie_tuanbaihui.txt",
         publisher="株洲日报", date=None, script="simplified", origin="pages")

# ---- line 1: headline 市委市政府举行…
p.ent("ORG", "市委", line=1)
p.ent("ORG", "市政府", line=1)

# ---- line 5: source tag + byline opening the body paragraph
p.byline("BYLINE", "株洲日报讯(全媒体记者/陈正明)")
p.ent("ORG", "株洲日报", line=5)                   # the paper in its own source tag
p.ent("PERSON", "陈正明", line=5)
p.ent("ORG", "市委", line=5, nth=1)                # 市委、市政府举行
p.ent("ORG", "市政府", line=5)
p.ent("ORG", "市委", line=5, nth=1)                # 市委书记 (title outside)
p.ent("PERSON", "曹慧泉", line=5)
p.ent("ORG", "市委", line=5, nth=1)                # 市委副书记
p.ent("PERSON", "陈恢清", line=5)                  # 市长陈恢清

# ---- line 7: the guests
for name in ["王卫安", "刘光跃", "聂方红", "薛厚民", "邓德芳", "刘力量", "曾雨农", "赵占一", "蔡溪"]:
    p.ent("PERSON", name, line=7)
#   中央、省在株机构: 中央 as the first of levels (no body); 在株/驻株: one-character short form (no ADMIN)
#   小青桔: the city's volunteer brand, no ORG; 城管、交警、学校、医院: generic

# ---- line 9: 天台开元大酒店和谐厅 is the venue (decision 14): no span

# ---- line 11
p.ent("PERSON", "曹慧泉", line=11)
p.ent("ORG", "市委", line=11)
p.ent("ORG", "市人大常委会", line=11)
p.ent("ORG", "市政府", line=11)
p.ent("ORG", "市政协", line=11)
p.ent("ORG", "株洲军分区", line=11)
p.ent("ADMIN", "株洲", line=11, after="关心支持")

# ---- line 13
p.ent("PERSON", "曹慧泉", line=13)
p.ent("ADMIN", "株洲", line=13, nth=1)             # 是株洲发展进程中
p.slogan("COUNT", "三个高地", line=13)              # no items spelled out in the article
#   “第一方阵”: a ranking, not a formula; 17个百亿项目: prose count
p.ent("ORG", "三一硅能", line=13)                  # the company; its 光伏制造基地 is a facility
p.ent("ORG", "中车株洲所", line=13)                # 中车株洲电力机车研究所 by its short form, acting (营收突破)
p.slogan("PARALLEL", "三微六位", line=13)           # two numeral-led parts, no items in the article
p.ent("ADMIN", "清水塘", line=13)                  # 清水塘大桥: unit (石峰区清水塘街道) inside a facility name
p.ent("ADMIN", "石峰", line=13)                    # 石峰大桥: 石峰区 inside a facility name (decision 2)
#   厂BA, 航空嘉年华, 轨博会, 北斗峰会: events
p.ent("ADMIN", "株洲", line=13, after="幸福")

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 4, "PAGE")              # • 上一篇 / • 下一篇 (e-paper navigation)
p.block(5, 13, "BODY", article=1)

p.save()
