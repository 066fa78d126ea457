"""page-3208: 闽西日报 (龙岩's city daily), 2022-08-19, one article: 将军故乡的驻村书记 (作者:陈天长),
as reprinted by 福建三农网 (fujiansannong.com) with 来源:闽西日报. Text as returned by the `pages`
store, from its title; its last paragraph (长汀县重点办的刘日华…谋项) is cut off mid-sentence and
was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3208", "corpus/raw/pages/3208_minxi_zhucun_shuji.txt",
         publisher="闽西日报", date="2022-08-19", script="simplified", origin="pages")

# ---- line 2: meta line  2022-08-19   作者:陈天长   来源:闽西日报
p.byline("BYLINE", "作者:陈天长", line=2)                  # one BYLINE span per labelled credit (decision 12)
p.ent("PERSON", "陈天长", line=2)
p.byline("BYLINE", "来源:闽西日报", line=2)
p.ent("ORG", "闽西日报", line=2)

# ---- line 4: the chain 龙岩市|长汀县|宣成乡|中畲村
p.ent("ADMIN", "龙岩市", line=4)
p.ent("ADMIN", "长汀县", line=4)
p.ent("ADMIN", "宣成乡", line=4)
p.ent("ADMIN", "中畲村", line=4)
p.ent("PERSON", "钟仰轩", line=4)

# ---- line 6
p.ent("ADMIN", "宣成乡", line=6)
p.ent("ORG", "全国政协", line=6)                            # 全国政协原副主席: the organ, title outside
p.ent("PERSON", "杨成武", line=6)
#   “上畲下畲,没水煎茶”: a folk saying, its place words no span
p.ent("ADMIN", "宣成", line=6)                              # 宣成人: the township by its bare name
#   岭背迳水库, 余田坑水库: reservoirs (places, decision 14), no span
p.ent("ADMIN", "中畲村", line=6)                            # 中畲村人民

# ---- line 8
p.ent("ORG", "长汀县发改局党办", line=8)                    # 党办主任: sub-unit with its bureau, title outside
p.ent("ORG", "营商信用办", line=8)                          # one specific office (decision 13), 负责人 outside
p.ent("PERSON", "胡兵", line=8)
p.ent("ADMIN", "中畲村", line=8)
#   驻村第一书记: a title; “两条腿”走路: a set phrase, no formula (see notes)
#   同年山, 罗背坑: places below village level, no span

# ---- line 10
p.ent("ADMIN", "中畲村", line=10)                           # 中畲村淡口哩至横丘哩: hamlets get no span
p.ent("PERSON", "胡兵", line=10)
p.ent("ORG", "中畲小学", line=10)                           # a school (§2 ORG)
p.ent("ORG", "中畲村党支部", line=10)                       # one named village's branch (decision 5)
p.ent("PERSON", "钟梅华", line=10)                          # 村主任钟梅华
p.ent("PERSON", "胡兵", line=10, after="钟梅华")            # 胡兵书记
p.ent("ADMIN", "中畲", line=10, after="心中有")             # 中畲村民 = the villagers of 中畲

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)      # date + 作者 + 来源 meta line
p.block(4, 10, "BODY", article=1)

p.save()
