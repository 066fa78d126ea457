"""page-5901: 长春市南关区人民政府 (nanguan.changchun.gov.cn, 要闻动态 > 街乡动态), one item:
吉林日报“彩练进万家”社区联络点挂牌仪式 in 自强街道自强社区. Text as returned by the `pages` store;
the stored page starts with the lead (no title) and ends with the review line. No date printed
(URL t20251031)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5901", "corpus/raw/pages/5901_nanguan_caolian_lianluodian.txt",
         publisher="长春市南关区人民政府", date=None, script="simplified", origin="pages")

# ---- line 1: lead
p.ent("ORG", "吉林日报", line=1)                       # 吉林日报“彩练进万家”社区联络点: the paper; the 联络点 is a service point, no ORG
p.ent("ADMIN", "自强街道", line=1)                      # ...在自强街道自强社区隆重举行: chain, two units
p.ent("ADMIN", "自强社区", line=1)
p.ent("ORG", "吉林日报社会部", line=1)                  # a paper's department written after it: one ORG
p.ent("PERSON", "李抑嫱", line=1)                       # ...社会部主任李抑嫱
p.ent("ADMIN", "自强街道", line=1)                      # 自强街道|社区书记|李文静
p.ent("PERSON", "李文静", line=1)

# ---- line 2
p.ent("ORG", "吉林日报", line=2)                        # 既是吉林日报深入基层…
p.ent("ADMIN", "自强街道", line=2)
p.ent("ADMIN", "自强社区", line=2)

# ---- line 3
p.ent("PERSON", "李抑嫱", line=3)                       # 李抑嫱主任为活动致辞

# ---- line 4
p.ent("PERSON", "李抑嫱", line=4)
p.ent("PERSON", "李文静", line=4)                       # 李文静书记

# ---- line 5
p.ent("PERSON", "李文静", line=5)
p.ent("ADMIN", "自强社区", line=5)                      # 自强社区对联络点的未来规划: the community named again
p.ent("ORG", "吉林日报", line=5)                        # 与吉林日报紧密合作

# ---- line 6
p.ent("ORG", "吉林彩练", line=6)                        # 吉林彩练APP: the paper's news client, a medium by its channel (APP outside)
p.ent("ORG", "吉林日报", line=6)                        # 标志着吉林日报“彩练进万家”服务模式…

# ---- line 7: review line (page furniture), names are people
p.ent("PERSON", "王洪", line=7)                         # 初审:王洪
p.ent("PERSON", "徐贺", line=7)                         # 复审:徐贺
p.ent("PERSON", "孙理", line=7)                         # 终审:孙理

# ---- blocks
p.block(1, 6, "BODY", article=1)          # no title stored; one item
p.block(7, 7, "PAGE")                     # 初审/复审/终审 editor line

p.save()
