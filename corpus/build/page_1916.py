"""page-1916: 香港懲教署 (Correctional Services Department, csd.gov.hk, 新聞 > 新聞稿), 2018-07-07,
one press release: 懲教署舉辦「更生廿載繽FUN日」暨「更生先鋒領袖」成立典禮.
Text as returned by the search tool's `pages` store, from its title; the site navigation above
the title (跳至主要內容 / 香港品牌形象-亞洲國際都會 / English 網頁指南 聯絡我們 / Search / 新聞)
is left out, and the last paragraph (是次活動還包括由生生慈善基金資助的…), cut off mid-sentence
by the store, is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1916", "corpus/raw/pages/1916_csd_gengsheng_fun.txt",
         publisher="香港懲教署", date="2018-07-07", script="traditional", origin="pages")

# ---- ORG: the department and its sub-unit (longer span first, then every bare 懲教署)
p.ent("ORG", "懲教署更生事務處", line=5)          # sub-unit with its parent: one span (decision 13)
p.ent("ORG", "懲教署", every=True)                 # lines 1, 3 (x2), 7 (x2)
p.ent("ORG", "更生事務處", line=3)                  # 參與更生事務處成立二十周年誌慶活動
p.ent("ORG", "更生事務處", line=5, after="適逢")     # 適逢更生事務處成立二十周年
#   署方 (line 5): deictic for the department, no span (decision 4)

# ---- ORG: the uniformed youth team set up that day (named team, §2 ORG); the quotes wrap
#      the whole name and stay outside the span
p.ent("ORG", "更生先鋒領袖", every=True)             # lines 1, 3, 7, 9 (x2)
#   「更生先鋒計劃」, 「更生廿載繽FUN日」: a programme and an event, no span
#   赤柱職員訓練院 (line 3): the venue of the ceremony (decision 14); 赤柱 is not one of
#   Hong Kong's 18 districts, so no ADMIN either (decision 15)

# ---- line 3: the guest of honour
p.ent("ORG", "保安局", line=3)                       # 保安局局長 -> ORG + title
p.ent("PERSON", "李家超", every=True)                # lines 3, 9 (x2)

# ---- no slogans: 「奉公守法、遠離毒品、支持更生」 has no numeral; 更生廿載 counts years
# ---- no bylines: the release carries no source tag, author or credit

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 9, "BODY", article=1)                     # four paragraphs (blank lines split blocks)

p.save()
