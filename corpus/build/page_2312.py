"""page-2312: 曲靖日报 (republished on ylcnw.com with 来源:曲靖日报), date not printed (11月11日;
二十届三中全会 and 省委十一届六次全会 point to 2024), one article: 曲靖高质量发展主题采访活动启动.
Text as returned by the `pages` store, from its title; the article is complete (closing credit)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2312", "corpus/raw/pages/2312_qujing_caifang_qidong.txt",
         publisher="曲靖日报", date=None, script="simplified", origin="pages")

# ---- line 1: headline (an event's name: the unit inside is ADMIN, decision 2)
p.ent("ADMIN", "曲靖", line=1)

# ---- line 3: source line of the page (decision 12)
p.byline("BYLINE", "来源:曲靖日报", line=3)
p.ent("ORG", "曲靖日报", line=3)                     # a paper named after its city: one ORG

# ---- line 7
p.ent("ORG", "曲靖市委宣传部", line=7)
for m in ["人民日报", "新华社云南分社", "中国新闻社", "工人日报", "新华网", "中国网",
          "兵团日报", "广州日报", "苏州广电总台", "扬州日报"]:
    p.ent("ORG", m, line=7)
p.ent("ADMIN", "曲靖", line=7, every=True)            # 走进曲靖、宣传曲靖,为曲靖 (after the ORG above)

# ---- line 9
#   党的二十届三中全会: an event, no span
p.ent("ORG", "省委", line=9)                         # 省委十一届六次全会: the organ inside a meeting name
p.ent("ORG", "市委", line=9)                         # 市委六届五次全会
p.slogan("COUNT", "五张名片", line=9)                # a quoted count with a measure word (cf. “三条底线”)
p.slogan("GROUP", "三大优势", line=9)                # N大 + category naming the parts of the report's focus
#   “传统产业+新兴产业+未来产业”: no numeral, no formula

# ---- line 11: 各县(市、区)新闻办: generic, no span

# ---- line 13
p.ent("ADMIN", "曲靖", line=13, every=True)          # 感知曲靖 / 见证曲靖 / 奋进中的曲靖 / 理解曲靖
p.byline("CREDIT", "(张锦文 李书明 钱东秀 甘鹤)", line=13)
for n in ["张锦文", "李书明", "钱东秀", "甘鹤"]:
    p.ent("PERSON", n, line=13)

# ---- expansions: the items are printed before their formula (docs/annotation.md, 12NN/14NN)
def items(names, lo, hi):
    out, pos = [], lo
    for s in names:
        a, b = p.find_all(s, pos, hi)[0]
        out.append([a, b]); pos = b
    return out
five = next(x for x in p.slogans if x["label"] == "COUNT")
three = next(x for x in p.slogans if x["label"] == "GROUP")
lo9 = p.line_bounds[8][0]
five["expansion"] = items(["珠江源头", "世界最大自然天成花园", "古鱼王国", "红色沃土", "爨文化故乡"],
                          p.find_all("报道将突出", lo9)[0][1], five["start"])
three["expansion"] = items(["区位优势", "资源优势", "产业优势"], five["end"], three["start"])

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(7, 13, "BODY", article=1)

p.save()
