"""page-4514: 中共绵阳市委统战部 (tzb.my.gov.cn, 专题专栏 > 党史学习教育专栏), 2021-06-29, one article:
绵阳市召开统一战线庆祝中国共产党成立100周年座谈会. Text as returned by the `pages` store, from its
title (the breadcrumb above it left out); the last paragraph (经大忠指出,…他强调,全市统一战线要坚定不移走
中国特色社会主义道) was cut off mid-sentence by the store and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4514", "corpus/raw/pages/4514_mianyang_tzb_zuotanhui.txt",
         publisher="中共绵阳市委统战部", date="2021-06-29", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "绵阳市", line=1)
p.ent("ORG", "中国共产党", line=1)                    # an organisation inside an event's name

# ---- line 3: web meta line (decision 12): one BYLINE per labelled credit, the date outside
p.byline("BYLINE", "来源: 市委统战部", line=3)
p.ent("ORG", "市委统战部", line=3)
p.byline("BYLINE", "作者:统战部", line=3)
p.ent("ORG", "统战部", line=3, after="作者")          # the bureau as author (decision 13)

# ---- line 5
p.ent("ADMIN", "绵阳市", line=5)
p.ent("ORG", "中国共产党", line=5)
#   各民主党派市(工)委: a generic class of bodies, no span
p.ent("ORG", "市工商联", line=5)
p.ent("ORG", "市委", line=5, after="参加会议")         # 市委常委 -> the committee (decision 15)
p.ent("ORG", "统战部", line=5)                        # 统战部部长 -> the bureau
p.ent("PERSON", "经大忠", line=5)

# ---- line 7
p.ent("ORG", "民革绵阳市委", line=7)
p.ent("PERSON", "贺勋", line=7)
p.ent("ORG", "市工商联", line=7)
p.ent("PERSON", "徐长法", line=7)
p.ent("ORG", "中国共产党", line=7)
p.ent("ORG", "中共绵阳市委", line=7)

# ---- line 9
p.ent("ORG", "中国共产党", line=9, every=True)        # 庆祝中国共产党100周年…, 对中国共产党…, 与中国共产党…
p.ent("ADMIN", "中国", line=9, after="全面建设")       # 中国科技城: the title 绵阳 carries (decision 2)
p.ent("ADMIN", "绵阳", line=9)
p.ent("ORG", "市委", line=9)
p.ent("ORG", "市政府", line=9)
#   中国特色社会主义, 马克思主义: fixed political terms, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 9, "BODY", article=1)

p.save()
