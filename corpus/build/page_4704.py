"""page-4704: 沧州市海洋和港航管理局 (hyhyyj.cangzhou.gov.cn, 政务公开 > 公告公示), 2025-10-30,
one notice: …第三轮河北省生态环境保护督察反馈意见整改任务(序号1)整改验收公示. Text as returned by the
`pages` store, from its title (the breadcrumb 您当前的位置: 首页 - 政务公开 - 公告公示 above it is left
out); the paragraph under 三、整改情况 was cut off mid-sentence by the store and is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4704", "corpus/raw/pages/4704_cangzhou_haiyang_zhenggai.txt",
         publisher="沧州市海洋和港航管理局", date="2025-10-30", script="simplified", origin="pages")

# ---- line 1: title
p.ent("ORG", "沧州市海洋和港航管理局", line=1)
p.ent("ADMIN", "河北省", line=1)                     # 第三轮河北省生态环境保护督察: unit inside a campaign's name

# ---- line 5
p.ent("ADMIN", "河北省", line=5)
p.ent("ORG", "沧州市生态环境保护委员会办公室", line=5)
p.ent("ADMIN", "沧州市", line=5, after="通信地址:")   # address 沧州市运河区御河西路54号
p.ent("ADMIN", "运河区", line=5, after="通信地址:")
p.ent("ORG", "沧州市海洋和港航管理局安全生产生态环境保护委员会办公室", line=5)  # the bureau's committee's office
p.ent("ADMIN", "沧州市", line=5, after="czgk2024")   # address 沧州市运河区九河西路42号
p.ent("ADMIN", "运河区", line=5, after="czgk2024")

# ---- line 9
p.ent("PERSON", "习近平", line=9)                    # 习近平生态文明思想
#   县(市、区): level words, no span

# ---- line 13: 牵头单位
p.ent("ORG", "市委办公室", line=13)
p.ent("ORG", "市政府办公室", line=13)

# ---- line 15: 责任单位
p.ent("ORG", "沧州渤海新区党工委", line=15)
p.ent("ORG", "管委会", line=15, nth=1)               # 党工委和管委会: coordinated, the zone's 管委会
p.ent("ORG", "黄骅市委", line=15)
p.ent("ORG", "市政府", line=15)                      # 黄骅市委和市政府
#   各县(市、区)党委和人民政府: generic, no span
p.ent("ADMIN", "沧州开发区", line=15)                # 沧州开发区、沧州高新区党工委和管委会
p.ent("ORG", "沧州高新区党工委", line=15)
p.ent("ORG", "管委会", line=15, after="沧州高新区党工委")
p.ent("ORG", "市生态环境保护委员会", line=15)        # …成员单位: the members are generic

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")            # 发布日期:2025-10-30   来源: (empty source: a date-only meta line)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "CROSSHEAD", article=1)
p.block(9, 9, "BODY", article=1)
p.block(11, 11, "CROSSHEAD", article=1)
p.block(13, 15, "BODY", article=1)
p.block(17, 17, "CROSSHEAD", article=1)

p.save()
