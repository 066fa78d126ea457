"""agree-page-5602: 营口之窗 (city news site), 2017-08-14, one article:
营口市西市区把人大换届选举真正做到家喻户晓. Second-pass annotation."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-5602", "corpus/raw/pages/5602_yingkou_xishi_renda_huanjie.txt",
         publisher="营口之窗", date="2017-08-14", script="simplified", origin="pages")
if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- line 1: site navigation (PAGE); the city inside the section names (营口资讯 …) is ADMIN (decision 2)
for sec in ["营口资讯", "营口民声", "营口社区", "营口人才", "营口房产"]:
    [h] = p.find_all(sec, *p.line_bounds[0])
    p.ent("ADMIN", "营口", at=h[0])

# ---- line 3: headline
p.ent("ADMIN", "营口市", line=3)
p.ent("ADMIN", "西市区", line=3)
#   人大换届选举: the election of people's congress deputies, an event named by the kind of body: no ORG
#   (as 来苏镇第十一届村民委员会换届选举 gives ADMIN for the unit and no ORG)

# ---- line 5: "苄 记" under the title: the author line, garbled; BYLINE, no PERSON (no recognisable name)
p.byline("BYLINE", "苄 记", line=5)

# ---- line 7: meta line, one labelled credit
p.byline("BYLINE", "来源:营口之窗", line=7)
p.ent("ORG", "营口之窗", line=7)

# ---- line 9
p.byline("BYLINE", "(营口之窗网讯)", line=9)
p.ent("ORG", "营口之窗", line=9)                   # the site, as its meta line names it; 网讯 is the tag
p.ent("ADMIN", "营口市", line=9)
p.ent("ADMIN", "西市区", line=9)                   # 西市区人大换届选举工作: the district's election
p.ent("ORG", "西市区委", line=9)
p.ent("ORG", "区政府", line=9)                     # 西市区委、区政府
#   宪法: a law, no span; 各街道办事处及社区: generic

# ---- line 11
p.ent("ORG", "营口市西市区滨海街道办事处", line=11)  # the office acts (开展…活动): ORG with its prefix
p.ent("ORG", "金牛山社区选举委员会", line=11)       # the community's election committee
p.ent("ORG", "西市区政府", line=11)                # 西市区政府领导
#   办事处书记: a bare institution type, no span
p.ent("ORG", "社区党委", line=11)                  # 金牛山社区's Party committee (decision 5)

# ---- line 13
p.ent("ORG", "西市区得胜办事处", line=13)          # 得胜(街道)办事处; 副书记 a title
p.ent("PERSON", "张建军", line=13)
#   办事处各社区书记: generic
p.ent("ADMIN", "西市区", line=13)                  # 宣传西市区人大换届选举工作

# ---- line 15
p.ent("ADMIN", "新腾达社区", line=15)
p.ent("ADMIN", "西市区", line=15)                  # “西市区人大换届选举工作”新闻发布会

# ---- lines 17-21
p.ent("ADMIN", "红运社区", line=17)
p.ent("ADMIN", "发明社区", line=19)                # 社区文艺队: generic
p.ent("ADMIN", "得胜社区", line=21)

# ---- blocks
p.block(1, 1, "PAGE")                    # site navigation
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)
p.block(7, 7, "BYLINE", article=1)       # date 来源: 阅读: (decision 12)
p.block(9, 21, "BODY", article=1)

p.save()
