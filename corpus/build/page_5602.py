"""page-5602: 营口之窗 (ykwin.com, a city news site of 营口, 辽宁), 2017-08-14, one article:
营口市西市区把人大换届选举真正做到家喻户晓. Text as returned by the `pages` store, from the
site's navigation bar above the title; the last paragraph, cut mid-sentence in the store, is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5602", "corpus/raw/pages/5602_yingkou_xishi_renda_huanjie.txt",
         publisher="营口之窗", date="2017-08-14", script="simplified", origin="pages")

# ---- line 1: the site's navigation bar (PAGE); 营口 inside the section names is the city (decision 2)
p.ent("ADMIN", "营口", line=1, every=True)          # 营口资讯, 营口民声, 营口社区, 营口人才, 营口房产

# ---- line 3: headline
p.ent("ADMIN", "营口市", line=3)
p.ent("ADMIN", "西市区", line=3)
#   人大换届选举: the congress election; a bare 人大 is an institution type, no span (all mentions)

# ---- line 5: a name line under the title -> BYLINE (the author field; see notes)
p.byline("BYLINE", "苄 记", line=5)
p.ent("PERSON", "苄 记", line=5)

# ---- line 7: meta line; the labelled source is the BYLINE, the timestamp and the counter stay outside
p.byline("BYLINE", "来源:营口之窗", line=7)
p.ent("ORG", "营口之窗", line=7)

# ---- line 9: first paragraph, opened by the site's source tag
p.byline("BYLINE", "(营口之窗网讯)", line=9)
p.ent("ORG", "营口之窗", line=9)
p.ent("ADMIN", "营口市", line=9)
p.ent("ADMIN", "西市区", line=9)                    # 营口市西市区人大换届选举工作
p.ent("ORG", "西市区委", line=9)
p.ent("ORG", "区政府", line=9)                      # 西市区委、区政府
#   各街道办事处及社区: generic

# ---- line 11
p.ent("ORG", "营口市西市区滨海街道办事处", line=11)  # the sub-district office acting (开展活动), one ORG with its prefix
p.ent("ORG", "金牛山社区选举委员会", line=11)        # the community's election committee
p.ent("ORG", "西市区政府", line=11)                  # 西市区政府领导
#   办事处书记: a bare 办事处 (institution type), no span
p.ent("ORG", "社区党委", line=11)                    # the (金牛山) community's Party committee (decision 5)

# ---- line 13
p.ent("ORG", "西市区得胜办事处", line=13)            # 得胜(街道)办事处副书记 -> ORG + title
p.ent("PERSON", "张建军", line=13)
#   办事处各社区书记: generic
p.ent("ADMIN", "西市区", line=13, after="宣传")       # 宣传西市区人大换届选举工作

# ---- line 15
p.ent("ADMIN", "新腾达社区", line=15)
p.ent("ADMIN", "西市区", line=15)                    # inside the quoted meeting title (decision 2)

# ---- lines 17-21
p.ent("ADMIN", "红运社区", line=17)
p.ent("ADMIN", "发明社区", line=19)                  # 社区文艺队: an unnamed team, no span
p.ent("ADMIN", "得胜社区", line=21)

# ---- blocks
p.block(1, 1, "PAGE")                  # navigation bar
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)     # 苄 记
p.block(7, 7, "BYLINE", article=1)     # 2017-08-14 07:26:00 来源:营口之窗 阅读:
p.block(9, 21, "BODY", article=1)

p.save()
