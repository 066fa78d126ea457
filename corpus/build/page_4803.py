"""page-4803: 香格里拉市人民政府 (xianggelila.gov.cn, 乡镇动态 section), 2025-04-02 (from the URL), one
article from 小中甸镇: its cadres' meeting on 习近平's inspection of 云南. Text as returned by the
`pages` store (which holds no title for this page: it opens with the first body sentence)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4803", "corpus/raw/pages/4803_xiaozhongdian_xuexi.txt",
         publisher="香格里拉市人民政府", date="2025-04-02", script="simplified", origin="pages")

# ---- line 1
p.ent("ADMIN", "小中甸镇", line=1)
p.ent("PERSON", "习近平", line=1)
p.ent("ADMIN", "云南", line=1)
p.ent("ORG", "镇党委", line=1)            # 镇党委书记: level word + organ (like 县委), title outside
#   各村村“两委”成员: generic village bodies (各村), no ORG; 村“两委” is a count of bodies, no formula

# ---- line 2
p.ent("PERSON", "习近平", line=2)
p.ent("ADMIN", "云南", line=2)
#   省、州、市领导干部会议: level words, no span

# ---- line 4
p.ent("PERSON", "习近平", line=4, every=True)   # three times
p.ent("ADMIN", "云南", line=4, every=True)      # 亲临云南, 对云南改革发展, 中国式现代化云南实践, 考察云南 x2
#   中国式现代化: fixed political term, no ADMIN (decision 2)

# ---- line 6
p.ent("PERSON", "习近平", line=6, every=True)   # three times
p.ent("ADMIN", "云南", line=6)
p.ent("ADMIN", "小中甸镇", line=6)

# ---- blocks (no title in the stored text; one article)
p.block(1, 2, "BODY", article=1)
p.block(4, 4, "BODY", article=1)
p.block(6, 6, "BODY", article=1)

p.save()
