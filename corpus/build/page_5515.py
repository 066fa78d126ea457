"""page-5515: 886.news (Taiwan news site; site name not printed on the stored page), report on
花蓮縣政府's March flag-raising ceremony: 花蓮縣長徐榛蔚宣示「往幸福新時代大邁進!」. Text as returned
by the `pages` store, from its title; its last paragraph (徐榛蔚叮嚀…, cut mid-sentence) dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5515", "corpus/raw/pages/5515_886news_hualien_shengqi.txt",
         publisher="886.news", date=None, script="traditional", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "花蓮縣", line=1)                  # 花蓮縣長 -> ADMIN 花蓮縣 + title (decision 15)
p.ent("PERSON", "徐榛蔚", line=1)

# ---- line 3: byline
p.byline("BYLINE", "記者 蘇盈華/整理報導")
p.ent("PERSON", "蘇盈華", line=3)

# ---- line 5
p.ent("ORG", "花蓮縣政府", line=5)
p.ent("PERSON", "徐榛蔚", line=5)                 # 由縣長徐榛蔚主持
p.ent("PERSON", "蔡運煌", line=5)                 # 副縣長
p.ent("PERSON", "顏新章", line=5)                 # 秘書長
p.ent("PERSON", "張逸華", line=5)                 # 副秘書長
p.ent("ORG", "縣府", line=5)                      # 縣府各局、處首長: parent organ before a generic word
p.ent("PERSON", "徐榛蔚", line=5)                 # 徐榛蔚表示
p.ent("PERSON", "楊仲鯨", line=5)                 # 前縣長
p.ent("ADMIN", "花蓮", line=5)                    # 再創新花蓮

# ---- line 7
p.ent("PERSON", "徐榛蔚", line=7)
p.ent("ORG", "警察局", line=7)                    # the county's police bureau (decision 13/15)

# ---- line 9
p.ent("PERSON", "徐榛蔚", line=9)
p.ent("ADMIN", "山東", line=9)                    # 山東─花蓮復航 (flight route between two units)
p.ent("ADMIN", "花蓮", line=9)
p.ent("ORG", "縣府", line=9)                      # 縣府各局、處同仁
p.ent("ADMIN", "花蓮", line=9, after="才能讓")      # 花蓮觀光大縣

# ---- line 11
p.ent("ADMIN", "花蓮縣", line=11)                 # 「花蓮縣往幸福新時代大邁進」
p.ent("PERSON", "徐榛蔚", line=11)
p.ent("ADMIN", "花蓮", line=11)                   # 「幸福花蓮•花園城市」 (a unit inside a slogan's name)
p.ent("ORG", "環保局", line=11)                   # bare functional department meaning one body
p.ent("ORG", "縣府", line=11)                     # 縣府各局處全體同仁
p.ent("ORG", "衛生局", line=11)
# 「背舒包上學趣」、「老人健檢」及婦幼三大福利政策: items printed before the count (decision 16NN / 6NN)
g = p.slogan("GROUP", "三大福利政策", line=11)[0]
lo, hi = p.line_bounds[10]
items = []
pos = lo
for it in ["背舒包上學趣", "老人健檢", "婦幼"]:
    h = [x for x in p.find_all(it, pos, hi) if x[1] <= g["start"]][0]
    items.append([h[0], h[1]])
    pos = h[1]
g["expansion"] = items

# ---- line 13
p.ent("PERSON", "徐榛蔚", line=13)
p.ent("ORG", "縣府教育處", line=13)               # sub-unit written after its organisation: one ORG
#   「智慧教育中心」: a facility unveiled, named by no unit: no span
p.ent("ORG", "社會處", line=13)
p.ent("ADMIN", "鳳林", line=13)                   # 鳳林 (鳳林鎮) as a place
p.ent("ADMIN", "花蓮", line=13, after="第一座")     # 花蓮公托示範點: unit inside a facility's name
p.ent("ADMIN", "花蓮市", line=13)                 # 花蓮市公托示範點

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 13, "BODY", article=1)                 # five paragraphs, split at the blank lines

p.save()
