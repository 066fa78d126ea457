"""agree-page-4704 (second pass): a public notice of 沧州市海洋和港航管理局 (Hebei), dated
发布日期:2025-10-30; the 来源: field is empty, so the publisher (the bureau's own site) is inferred
from the issuing unit in the title. The text ends after the third heading (三、整改情况)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-4704", "corpus/raw/pages/4704_cangzhou_haiyang_zhenggai.txt",
         publisher="沧州市海洋和港航管理局", date="2025-10-30", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ORG", "沧州市海洋和港航管理局", line=1)   # department with 和 in its name: one ORG
p.ent("ADMIN", "河北省", line=1)                 # 第三轮河北省生态环境保护督察: unit inside a campaign name (decision 2)
#   第三轮, (序号1): ordinals, no formula

# ---- line 3: 发布日期:2025-10-30   来源: (empty source): PAGE, no byline span

# ---- line 5: the notice paragraph
p.ent("ADMIN", "河北省", line=5)
p.ent("ORG", "沧州市生态环境保护委员会办公室", line=5)   # sub-unit with its parent, one ORG
p.ent("ADMIN", "沧州市", line=5, after="通信地址")       # 沧州市运河区御河西路54号
p.ent("ADMIN", "运河区", line=5, after="通信地址")
p.ent("ORG", "沧州市海洋和港航管理局安全生产生态环境保护委员会办公室", line=5)
p.ent("ADMIN", "沧州市", line=5, after="czgk2024")       # 沧州市运河区九河西路42号
p.ent("ADMIN", "运河区", line=5, after="czgk2024")
#   emails, phone numbers, roads (御河西路, 九河西路): no span

# ---- line 7: 一、整改任务 (crosshead)
# ---- line 9
p.ent("PERSON", "习近平", line=9)                # 习近平生态文明思想
#   县(市、区), 有的部门: generic

# ---- line 11: 二、整改实施主体 (crosshead)
# ---- line 13
p.ent("ORG", "市委办公室", line=13)
p.ent("ORG", "市政府办公室", line=13)

# ---- line 15
p.ent("ORG", "沧州渤海新区党工委", line=15)       # a zone's name opens its organ; 和管委会: bare 管委会, no span
p.ent("ORG", "黄骅市委", line=15)
p.ent("ORG", "市政府", line=15)                  # 黄骅市委和市政府 -> 黄骅市委 | 市政府
#   各县(市、区)党委和人民政府: generic
p.ent("ADMIN", "沧州开发区", line=15)             # 沧州开发区、沧州高新区党工委和管委会: the first zone stands by its name
p.ent("ORG", "沧州高新区党工委", line=15)
p.ent("ORG", "市生态环境保护委员会", line=15)      # …成员单位: generic member units outside

# ---- line 17: 三、整改情况 (crosshead)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                # 发布日期:… 来源: (date only, source empty)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "CROSSHEAD", article=1)
p.block(9, 9, "BODY", article=1)
p.block(11, 11, "CROSSHEAD", article=1)
p.block(13, 13, "BODY", article=1)
p.block(15, 15, "BODY", article=1)
p.block(17, 17, "CROSSHEAD", article=1)

p.save()
