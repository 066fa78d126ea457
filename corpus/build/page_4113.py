"""page-4113: 中共常州市委统战部 (tzb.changzhou.gov.cn), 2020-11-30, one article:
中共常州市委举行党外人士调研协商座谈会. Text as returned by the `pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4113", "corpus/raw/pages/4113_changzhou_tzb_dangwai_xieshang.txt",
         publisher="中共常州市委统战部", date="2020-11-30", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "中共常州市委", line=1)               # party name joins its organ: one ORG

# ---- line 2: web meta line (发布日期 … 来源:市委统战部 …)
p.byline("BYLINE", "来源:市委统战部", line=2)      # labelled credit; date, counter, font switch outside
p.ent("ORG", "市委统战部", line=2)

# ---- line 3
p.ent("ORG", "中共常州市委", line=3, nth=1)
p.ent("ORG", "中共常州市委", line=3, nth=1)        # 2020年度中共常州市委委托 (second, first now taken)
#   各民主党派市委会: generic (各), no span; 无党派人士: no body
p.ent("ORG", "市工商联", line=3)
p.ent("ORG", "市委", line=3, after="交流协商。")     # 市委常委 -> ORG 市委 (contracted title)
p.ent("ORG", "统战部", line=3)                      # 统战部部长 -> ORG 统战部
p.ent("ORG", "科教城党工委", line=3)                # a zone's committee by the zone's name
p.ent("PERSON", "韩九云", line=3)
p.ent("PERSON", "陈正春", line=3)                   # 副市长: title, no span

# ---- line 4
p.ent("PERSON", "韩九云", line=4)
p.ent("ORG", "市工商联", line=4)
p.slogan("GROUP", "五大明星城", line=4)              # 常州's 建设"五大明星城" programme; items not listed
p.ent("ADMIN", "常州", line=4)

# ---- line 5
p.ent("PERSON", "韩九云", line=5)
p.ent("ORG", "中共中央", line=5)                    # 统一到中共中央决策部署上来
p.ent("PERSON", "习近平", line=5)
p.ent("ADMIN", "江苏", line=5)
#   "争当表率、争做示范、走在前列": no numeral, no formula; 我国: no span

# ---- line 6
p.ent("PERSON", "陈正春", line=6)
#   政府各有关部门: generic, no span
p.ent("ADMIN", "常州", line=6)

# ---- line 7: the speakers
for org, person in [("民革常州市委会", "卢明康"), ("民盟常州市委会", "许峥"),
                    ("民建常州市委会", "唐华新"), ("民进常州市委会", "蒋必彪"),
                    ("农工党常州市委会", "祝正庆"), ("致公党常州市委会", "蒋鹏举"),
                    ("九三学社常州市委会", "孙秀峰"), ("市工商联", "陆强")]:
    p.ent("ORG", org, line=7)
    p.ent("PERSON", person, line=7)
p.ent("PERSON", "杨伟红", line=7)                   # 无党派人士代表 杨伟红

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)                  # meta line with a labelled credit (decision 12)
p.block(3, 7, "BODY", article=1)

p.save()
