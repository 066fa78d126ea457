"""page-4505: 景东彝族自治县人民政府 (jingdong.gov.cn, 县政府信息 section), 2023-02-13, one article:
景东彝族自治县第十八届人民代表大会第二次会议隆重开幕. Text as returned by the `pages` store, from the
site's section line; the last paragraph (报告指出,一年来,主要做了以下工作:…交通、) was cut off
mid-sentence by the store and is left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4505", "corpus/raw/pages/4505_jingdong_renda_kaimu.txt",
         publisher="景东彝族自治县人民政府", date="2023-02-13", script="simplified", origin="pages")

# ---- line 1: the site's section name; line 3: breadcrumb
p.ent("ORG", "县政府", line=1)                       # 县政府信息: the organ inside a section name
p.ent("ORG", "县政府", line=3)

# ---- line 5: headline. A people's congress of a numbered term is one ORG with its term;
#      the session (第二次会议) is the event and stays outside (decision of batch 21NN)
p.ent("ORG", "景东彝族自治县第十八届人民代表大会", line=5)

# ---- line 7: 信息来源: (empty) 发布日期:… -> PAGE, no byline

# ---- line 9
p.ent("ORG", "景东彝族自治县第十八届人民代表大会", line=9)
#   县人民会堂: a venue, no span (decision 14)

# ---- line 13: the executive chairs of the session
for name in ["何献春", "张泽忠", "李八一", "汪明", "张海荣", "罗成海", "黄培春", "王云",
             "谢安全", "董世尧", "郑国春", "李妍", "杨中林"]:
    p.ent("PERSON", name, line=13)

# ---- line 15: 会议主席团常务主席 is a title (the session's presidium, no named body)
p.ent("PERSON", "何献春", line=15)

# ---- line 17
p.ent("ORG", "县人大常委会", line=17)
p.ent("PERSON", "何献春", line=17)
p.ent("ADMIN", "中华人民共和国", line=17)            # 中华人民共和国国歌: the state named in the anthem's title (decision 2)

# ---- line 19
p.ent("ORG", "县委", line=19)
p.ent("PERSON", "李八一", line=19)
p.ent("ORG", "县人民政府", line=19)

# ---- line 21
p.ent("ORG", "县委", line=21)
p.ent("ORG", "县人民政府", line=21)
#   “疫情要防住、经济要稳住、发展要安全”: no numeral, no formula

# ---- blocks
p.block(1, 1, "COLUMN")        # 县政府信息: the site's section named alone
p.block(3, 3, "PAGE")          # breadcrumb
p.block(5, 5, "HEADLINE", article=1)
p.block(7, 7, "PAGE")          # 信息来源: (empty) 发布日期: -> a date-only meta line
p.block(9, 21, "BODY", article=1)

p.save()
