"""page-5904: 温州市应急管理局 (text credited 来源:温州应急管理, the bureau's own account; copy stored on the
浙江省化学品安全协会 site zjhxpxh.org.cn, 行业动态 > 行业监管), 2024-09-14, one article: 王炯赴永嘉开展节前
安全生产检查. Text as returned by the `pages` store, from its title; the site's banner and breadcrumb above the
title were left out, and the stored last paragraph (一要抓好基层应消体系建设,… 二要抓好重点领域), cut off
mid-sentence, was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5904", "corpus/raw/pages/5904_wenzhou_yingji_yongjia.txt",
         publisher="温州市应急管理局", date="2024-09-14", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "温州市应急管理局党委", line=1)        # a known organ's 党委 belongs to it; 书记、局长 titles
p.ent("PERSON", "王炯", line=1)
p.ent("ADMIN", "永嘉", line=1)

# ---- line 3: source line (decision 12), timestamp outside
p.byline("BYLINE", "来源:温州应急管理")
p.ent("ORG", "温州应急管理", line=3)               # the bureau's news account, a medium

# ---- line 5
p.ent("ORG", "温州市应急管理局党委", line=5)
p.ent("PERSON", "王炯", line=5)
p.ent("ADMIN", "永嘉", line=5)

# ---- line 9
p.ent("ADMIN", "永嘉县", line=9)
p.ent("ADMIN", "乌牛街道", line=9, nth=1)
p.ent("PERSON", "王炯", line=9)
p.ent("ORG", "乌牛街道应消管理站", line=9)          # the sub-district's station, one ORG with its unit
#   专职消防队: a bare institution type (decision 13), no span
p.ent("ADMIN", "乌牛街道", line=9)                 # 乌牛街道基层应急消防治理体系

# ---- line 11: a speech's lead line (BODY)
p.ent("PERSON", "王炯", line=11)

# ---- line 13
p.slogan("PARALLEL", "141", line=13)              # “141”基层治理体系: a quoted code of digits; items not given

# ---- line 17
p.ent("ADMIN", "瓯北街道", line=17)
p.ent("PERSON", "王炯", line=17)

# ---- line 19
p.ent("PERSON", "王炯", line=19)

# ---- line 21
p.ent("ADMIN", "瓯北街道", line=21)
p.ent("ADMIN", "永嘉", line=21)
p.ent("ADMIN", "温州市", line=21)
p.slogan("PARALLEL", "三场所三企业", line=21)      # two numeral-led parts; items not given
p.ent("ADMIN", "瓯北", line=21, after="夯实")      # 瓯北企业: the sub-district by its short name

# ---- line 25
p.ent("PERSON", "王炯", line=25)
p.ent("ORG", "永嘉县应急管理局", line=25)
p.ent("ADMIN", "瓯北街道", line=25, nth=1)         # a party to the talks, named as the unit (no 办事处)
p.ent("ADMIN", "瓯北街道", line=25)
p.ent("ADMIN", "永嘉县", line=25)                  # 永嘉县应急管理相关工作: the county's work, no organ

# ---- line 27
p.ent("PERSON", "王炯", line=27)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "PAGE")                # picture file name
p.block(9, 13, "BODY", article=1)
p.block(15, 15, "PAGE")
p.block(17, 21, "BODY", article=1)
p.block(23, 23, "PAGE")
p.block(25, 27, "BODY", article=1)

p.save()
