"""page-2802: 东丰县融媒体中心 (the county media centre's site on 吉林广播电视台's plus.jlntv.cn
platform, folder /dongfeng/), 2025-06-27, one article on the county government's 8th executive
meeting of 2025. The `pages` store keeps the page from its first body sentence (no title stored);
the text is complete down to the three-review editor lines."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2802", "corpus/raw/pages/2802_dongfeng_changwu_huiyi.txt",
         publisher="东丰县融媒体中心", date="2025-06-27", script="simplified", origin="pages")

# ---- line 1
p.ent("ORG", "东丰县人民政府", line=1)              # 第十九届 before the organ stays outside (六届市纪委 -> 市纪委)
#   2025年度第八次常务会议: the meeting, outside

# ---- line 3
p.ent("PERSON", "习近平", line=3)
p.slogan("PLAN", "十五五", line=3)
p.ent("ADMIN", "中华人民共和国", line=3)             # law title (decision 2)
p.ent("ADMIN", "吉林省", line=3)                    # 《吉林省违反中央八项规定…典型案例》
p.slogan("COUNT", "八项规定", line=3)               # N项 + content (26NN decision); 中央 as modifier: no span
p.ent("ORG", "中央", line=3, after="典型案例》")      # 传达了中央近期关于…的通报: the centre issuing
p.ent("ADMIN", "内蒙古", line=3)
p.ent("ADMIN", "东丰县", line=3)                    # 《东丰县加大推进招商引资工作实施方案…》
p.ent("ADMIN", "东丰", line=3, after="讨论稿)》")     # 《东丰梅花鹿鹿茸价格…实施方案》
p.ent("ORG", "县消防大队", line=3)

# ---- line 5
p.ent("ORG", "县委", line=5)                        # 县委副书记
p.ent("PERSON", "王东", line=5)                     # 县长王东
p.ent("PERSON", "习近平", line=5)
p.slogan("COUNT", "八项规定", line=5)               # 中央八项规定: 中央 as modifier, no span

# ---- lines 7-9
p.ent("PERSON", "王东", line=7)
p.ent("PERSON", "王东", line=8)
p.ent("ORG", "鹿业局", line=8)                      # bare organ meaning one body (decision 13)
p.ent("ORG", "县政府", line=9)                      # 县政府常务会组成人员: 常务会 is the meeting (25NN: 县委常委会议 -> 县委)

# ---- editor lines (PAGE, names are PERSON)
p.ent("PERSON", "张桂静", line=11)
p.ent("PERSON", "沈英冬", line=11)
p.ent("PERSON", "王晓萍", line=12)
p.ent("PERSON", "李世颖", line=13)

# ---- blocks
p.block(1, 1, "BODY", article=1)
p.block(3, 3, "BODY", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 9, "BODY", article=1)
p.block(11, 13, "PAGE")          # 初审/复审/终审 editor lines

p.save()
