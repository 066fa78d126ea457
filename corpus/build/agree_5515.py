"""agree-page-5515: 886.news, 花蓮縣政府 三月份升旗典禮 (徐榛蔚), one article, traditional script.
Second-pass annotation (independent)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-5515", "corpus/raw/pages/5515_886news_hualien_shengqi.txt",
         publisher="886.news", date=None, script="traditional", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ADMIN", "花蓮縣", line=1)                 # 花蓮縣長 -> ADMIN 花蓮縣 (decision 15)
p.ent("PERSON", "徐榛蔚", line=1)
#   「往幸福新時代大邁進!」: a motto, no formula

# ---- line 3: byline line
p.byline("BYLINE", "記者 蘇盈華/整理報導")         # Taiwan reporter line with its desk, one BYLINE
p.ent("PERSON", "蘇盈華", line=3)

# ---- line 5
p.ent("ORG", "花蓮縣政府", line=5)
p.ent("PERSON", "徐榛蔚", line=5)                 # 縣長徐榛蔚: title outside
p.ent("PERSON", "蔡運煌", line=5)                 # 副縣長
p.ent("PERSON", "顏新章", line=5)                 # 秘書長
p.ent("PERSON", "張逸華", line=5)                 # 副秘書長
p.ent("ORG", "縣府", line=5)                      # 縣府各局、處首長: 縣府 = 縣政府 (Taiwan 市府 rule); 各局、處 generic
p.ent("PERSON", "徐榛蔚", line=5, after="首長")
p.ent("PERSON", "楊仲鯨", line=5)                 # 前縣長
p.ent("ADMIN", "花蓮", line=5)                    # 再創新花蓮: the county by its bare name

# ---- line 7
p.ent("PERSON", "徐榛蔚", line=7)
p.ent("ORG", "警察局", line=7)                    # 所有警察局同仁: the county's police bureau (decision 13/15)
#   228連假: a holiday, no formula

# ---- line 9
p.ent("PERSON", "徐榛蔚", line=9)
p.ent("ADMIN", "山東", line=9)                    # 山東─花蓮復航: the province (Chinese unit)
p.ent("ADMIN", "花蓮", line=9)
p.ent("ORG", "縣府", line=9)                      # 縣府各局、處同仁
p.ent("ADMIN", "花蓮", line=9, after="才能讓")    # 花蓮觀光大縣

# ---- line 11
p.ent("ADMIN", "花蓮縣", line=11)                 # 「花蓮縣往幸福新時代大邁進」
p.ent("PERSON", "徐榛蔚", line=11)
p.ent("ADMIN", "花蓮", line=11, after="幸福")      # 「幸福花蓮•花園城市」 brand -> unit inside (decision 2)
p.ent("ORG", "環保局", line=11)                   # bare functional department meaning one body (decision 13)
p.ent("ORG", "縣府", line=11)                     # 縣府各局處
p.ent("ORG", "衛生局", line=11)
p.slogan("GROUP", "三大福利政策", line=11)         # 婦幼三大福利政策: a named package of three policies; items not listed

# ---- line 13
p.ent("PERSON", "徐榛蔚", line=13)
p.ent("ORG", "縣府教育處", line=13)               # sub-unit after its organisation: one ORG
#   「智慧教育中心」: a facility unveiled, no place prefix -> no span
p.ent("ORG", "社會處", line=13)                   # bare functional department (社會局 example)
p.ent("ADMIN", "鳳林", line=13)                   # 鳳林 township
p.ent("ADMIN", "花蓮", line=13, after="第一座")    # 花蓮公托示範點: unit inside a facility/brand name
p.ent("ADMIN", "花蓮市", line=13)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 13, "BODY", article=1)

p.save()
