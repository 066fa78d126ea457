"""page-3907: 达州市纪委 site (dzjw.gov.cn, 党风廉政 > 党风政风), 2015-11-13, one article:
宣汉县:保障群众主体地位 构建和谐开放纪委 (来源: 宣汉县纪委). Text as returned by the `pages`
store, from its title; the breadcrumb above the title and the last paragraph (cut off
mid-sentence: 坚持每半年向新闻媒体、…党风廉政建) are left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3907", "corpus/raw/pages/3907_xuanhan_jiwei_kaimen.txt",
         publisher="达州市纪委 (dzjw.gov.cn)", date="2015-11-13", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "宣汉县", line=1)
#   构建和谐开放纪委: the kind of commission to be built, not an acting body: no span

# ---- lines 3-4: 来源: / 宣汉县纪委 (the article's source, decision 12)
p.byline("BYLINE", "来源:\n宣汉县纪委")
p.ent("ORG", "宣汉县纪委", line=4)

# ---- line 5
p.ent("ORG", "县纪委", line=5)                       # “县纪委今天在召开会议…” (王书记: title, no PERSON)
p.ent("ORG", "纪委", line=5, after="王书记在讲话")     # “纪委又在电视上通报…”: the county's commission acting
p.ent("ADMIN", "宣汉县", line=5)
p.ent("ADMIN", "东乡镇", line=5)
p.ent("ADMIN", "花园社区", line=5)                   # 张大爷: address form, no PERSON
p.ent("ADMIN", "宣汉", line=5, after="《")            # 《宣汉新闻》: a TV programme (no ORG), unit inside its name
p.ent("ORG", "宣汉县纪委监察局", line=5)              # the joint 纪委监察局 (委局), one body
#   开门反腐: no numeral, no formula

# ---- line 8
p.ent("ORG", "宣汉县纪委监察局", line=8, every=True)   # twice
#   零距离 (decision 10), 心贴心: no formula

# ---- line 11
p.ent("ORG", "县纪委监察局", line=11)
p.ent("ORG", "县电视台", line=11)
p.slogan("COUNT", "两个责任", line=11)                # ‘两个责任’ (items not spelled out)
#   “一把手”: a title word, no formula; 每周一期: prose
p.ent("ADMIN", "宣汉", line=11, after="每周四晚")      # “宣汉新闻” again

# ---- line 14
p.ent("ORG", "县纪委监察局", line=14)
#   “百名纪检干部进万家”: an activity named by counts of people and homes, no formula
p.ent("ADMIN", "宣汉县", line=14)                    # inside the leaflet's title 《宣汉县…宣传卡》
p.slogan("GROUP", "四风", line=14)
#   委局机关: generic, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")                  # 发布时间: date only
p.block(3, 4, "BYLINE", article=1)     # 来源: / 宣汉县纪委
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "CROSSHEAD", article=1)
p.block(8, 8, "BODY", article=1)
p.block(10, 10, "CROSSHEAD", article=1)
p.block(11, 11, "BODY", article=1)
p.block(13, 13, "CROSSHEAD", article=1)
p.block(14, 14, "BODY", article=1)
p.block(16, 17, "CROSSHEAD", article=1)  # a repeated heading and the heading of the dropped, cut paragraph

p.save()
