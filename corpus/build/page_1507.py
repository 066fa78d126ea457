"""page-1507: 基隆市政府 news release (klcg.gov.tw), traditional script.

Annotated by strings with spanlib; offsets are computed by code.
"""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1507", "corpus/raw/pages/1507_keelung_zhixiashi.txt",
         publisher="基隆市政府", date="2022-12-27", script="traditional", origin="pages")

# ---------------------------------------------------------------- spans
# ORG first (longest names), so that the bare 基隆 / 新北市 hits below skip them
p.ent("ORG", "基隆市政府觀光及城市行銷處新聞科")          # line 12, 發布單位
p.ent("ORG", "新北市民政局")                            # line 7, 曾任新北市民政局主秘
p.ent("ORG", "民政處", every=True)                      # 民政處長 (lines 3, 7): contracted title keeps the organ
p.ent("ORG", "工務處", every=True)                      # 工務處長 (lines 3, 7)

# PERSON
p.ent("PERSON", "謝國樑", every=True)                   # lines 1, 3
p.ent("PERSON", "張淵翔", every=True)                   # lines 3, 7
p.ent("PERSON", "陳耀川", every=True)                   # lines 3, 7
p.ent("PERSON", "林右昌")                               # line 5, 前市長林右昌

# ADMIN: 基隆市 (in 基隆市民, 基隆市長) before the bare 基隆
p.ent("ADMIN", "基隆市", every=True)                    # lines 3, 7, 9 (x2)
p.ent("ADMIN", "基隆", every=True)                      # every remaining 基隆
p.ent("ADMIN", "新北市", every=True)                    # lines 3, 7 (the one inside 新北市民政局 is skipped)

# ---------------------------------------------------------------- bylines
p.byline("BYLINE", "發布單位:基隆市政府觀光及城市行銷處新聞科")

# ---------------------------------------------------------------- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 9, "BODY", article=1)       # four paragraphs, split by blank lines
p.block(11, 11, "PAGE")                # 發布日期 (date only)
p.block(12, 12, "BYLINE", article=1)   # 發布單位 (labelled source)
p.block(13, 15, "PAGE")                # 最後更新時間, 點閱次數, 回頁首

p.save()
