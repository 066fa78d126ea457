"""page-3811: 西乌珠穆沁旗人民政府 (xwq.gov.cn, 政务公开 > 大事记), 2024-02-04, one web article:
西乌珠穆沁旗2024年壹周大事记(第四期). Text as returned by the `pages` store, from its title;
the last paragraph (1月24日下午…, cut off mid-sentence in the store) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3811", "corpus/raw/pages/3811_xiwuqi_dashiji.txt",
         publisher="西乌珠穆沁旗人民政府", date="2024-02-04", script="simplified", origin="pages")

# ---- line 1: title
p.ent("ADMIN", "西乌珠穆沁旗", line=1)

# ---- line 3: web meta line (来源 credit; timestamp and 字体 furniture outside)
p.byline("BYLINE", "来源:  档案史志馆", line=3)
p.ent("ORG", "档案史志馆", line=3)               # the banner's archives and gazetteer office, as source

# ---- line 5: CPPCC standing committee meeting
p.ent("ORG", "政协西乌珠穆沁旗第十三届委员会", line=5)          # formal CPPCC name with its term: one ORG
#   常务委员会第九次会议: the committee's own meeting, no span (like 常委会议)
p.ent("ORG", "旗政协", line=5, after="第九次会议")                # 旗政协主席 -> ORG + title
p.ent("PERSON", "巴根那", line=5)
p.ent("ORG", "旗政协资源环境和经济委员会", line=5)               # sub-unit with its parent
p.ent("ORG", "提案管理委员会", line=5)                           # the same CPPCC's committee, coordinated
p.ent("ORG", "旗委组织部", line=5)
p.ent("ORG", "统战部", line=5)                                    # 旗委组织部、统战部 (decision 13)
p.ent("ORG", "内蒙古自治区党委办公厅", line=5)                   # issuer inside a document title
p.ent("ORG", "政协西乌珠穆沁旗第十三届委员会", line=5, after="《关于召开")   # inside 《…的决定(草案)》
p.ent("ORG", "政协西乌珠穆沁旗第十三届委员会", line=5, after="(草案)》及")  # …第三次会议议程

# ---- line 7: key-projects meeting
p.ent("ORG", "旗委", line=7)                      # 旗委副书记
p.ent("PERSON", "姚宏刚", line=7, every=True)      # 旗长姚宏刚, 姚宏刚指出

# ---- line 9: talks with a company
p.ent("ORG", "西乌旗委", line=9)                  # 西乌旗委副书记 -> ORG 西乌旗委
p.ent("PERSON", "姚宏刚", line=9)
p.ent("ORG", "骐骥(深圳)国际马术俱乐部有限公司", line=9)   # enterprise named in full
p.ent("PERSON", "周坤", line=9)                    # 董事长周坤
p.ent("ADMIN", "深圳", line=9, after="首批运送至")  # 骐骥(深圳)马场: a venue, the city inside it (decision 2)
#   乌珠穆沁白马: a horse breed named after the historical region, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)      # meta line with a labelled source (decision 12)
p.block(5, 9, "BODY", article=1)

p.save()
