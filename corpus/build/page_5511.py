"""page-5511: 土默特左旗人大常委会 (tmtzqrd.gov.cn, 人大要闻), opening of the news item on the opening of
土默特左旗第十八届人民代表大会第三次会议 (1月5日, year 2024 by content; no year printed). The `pages` store
keeps the item without its title; its last paragraph (赵利民最后说,新时代呼唤新…) was cut mid-sentence
and is dropped. One article, no byline."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5511", "corpus/raw/pages/5511_tumotezuoqi_renda_kaimu.txt",
         publisher="土默特左旗人大常委会", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: the congress of a numbered term is one ORG; the session (第三次会议) stays outside
p.ent("ORG", "土默特左旗第十八届人民代表大会", line=1)

# ---- line 2: 大会主席团 (the session's presidium, named by its kind only) -> no span (decision 13);
#      常务主席 is a title; every name of the list is a PERSON
for name in ["海鹰", "贾晋峰", "赵利民", "吕文平", "汪真祥", "李瑞彪", "杨晓东", "杨建忠", "云舰峰"]:
    p.ent("PERSON", name, line=2)

# ---- line 3
p.ent("PERSON", "贾晋峰", line=3)

# ---- line 4
for name in ["陈喜乐", "刘少志", "王淑娅"]:
    p.ent("PERSON", name, line=4)

# ---- line 5: 旗长 is a title; 旗人民政府 (level word + organ) is ORG; 政府工作报告 is a document kind
p.ent("PERSON", "赵利民", line=5)
p.ent("ORG", "旗人民政府", line=5)

# ---- line 6
p.ent("PERSON", "赵利民", line=6)
p.ent("ADMIN", "土左旗", line=6)                  # short form of 土默特左旗
p.ent("PERSON", "习近平", line=6, nth=1)          # 习近平新时代中国特色社会主义思想
p.ent("PERSON", "习近平", line=6, nth=1)          # 习近平总书记 (second free hit)
p.ent("ADMIN", "内蒙古", line=6)
p.ent("ORG", "市委", line=6)
p.ent("ORG", "市政府", line=6)
p.ent("ORG", "旗委", line=6)
#   全旗: level word, no span; 六个方面 (line 7), 三个部分 (line 5): prose counts, no slogan

# ---- lines 7, 8
p.ent("PERSON", "赵利民", line=7)
p.ent("PERSON", "赵利民", line=8)

# ---- blocks: the stored item has no title; every line is body text of one article
p.block(1, 8, "BODY", article=1)

p.save()
