"""page-3707: 通江县人民政府 (tjxzf.gov.cn, 政府信息公开 > 常务会议), one article: the county government's
first executive meeting of its 19th term (2021-12-22). Text as returned by the `pages` store; the stored
opening has no title line; its last paragraph (副县长王良双、刘长平…) is cut off mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3707", "corpus/raw/pages/3707_tongjiang_changwu_huiyi.txt",
         publisher="通江县人民政府", date="2021-12-22", script="simplified", origin="pages")

# ---- line 1
p.ent("PERSON", "谭青松", line=1)                 # 县长 谭青松: title outside
p.ent("ORG", "县人民政府", line=1)                # 县人民政府|十九届第1次常务会议: the term and meeting stay outside

# ---- line 2: documents studied
p.ent("PERSON", "习近平", line=2, nth=1)          # 习近平总书记
p.ent("ADMIN", "中华人民共和国", line=2)          # law title (decision 2)
p.ent("ORG", "四川省禁毒委员会", line=2)          # issuer inside a document title
p.ent("PERSON", "习近平", line=2, after="四川省禁毒委员会")
p.ent("ORG", "中共巴中市委", line=2)
p.ent("ORG", "巴中市人民政府", line=2)
p.ent("ORG", "巴中市发展和改革委员会", line=2)

# ---- line 3: meetings relayed
p.ent("ORG", "中国共产党四川省第十一届委员会", line=3)   # party's name + organ + term: one ORG; 第十次全体会议 outside
#   全国公安禁毒工作会议, 全省老龄工作电视电话会议: events; 县“两会”: count of meetings, no formula
p.ent("ADMIN", "兰溪市", line=3)
p.ent("ADMIN", "内江市", line=3)

# ---- line 4: items reviewed
for org in ["县文广旅局", "县消防救援大队", "县退役军人事务局", "县交通运输局", "县经信局",
            "县农业农村局", "县民政局"]:
    p.ent("ORG", org, line=4)
p.ent("ADMIN", "巴中市", line=4)                  # 巴中市通江县县域内片区划分方案
p.ent("ADMIN", "通江县", line=4, every=True)      # 9 document titles
p.slogan("PLAN", "十四五", line=4, nth=1)
p.slogan("PLAN", "十四五", line=4, nth=1)         # second free occurrence after the first is taken

# ---- blocks: one article, no title in the stored text
p.block(1, 5, "BODY", article=1)

p.save()
