"""page-5214: 库尔勒市人民政府 (xjkel.gov.cn), 2025-12-30, one article:
共建“搭子”上线 城乡发展“双向共赢” (迎宾街道 and 托布力其乡, source 市融媒体中心).
Text as returned by the `pages` store, from its title; its last line, a photo caption cut
mid-credit by the store (农产品代销点。(通讯员木克热…), is left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5214", "corpus/raw/pages/5214_korla_yingbin_gongjian.txt",
         publisher="库尔勒市人民政府", date="2025-12-30", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: title. 双向共赢: 双向 is an ordinary word (decision 10), no formula
# ---- line 3: meta line 发布时间… 来源:市融媒体中心 点击数: [打印] (decision 12: timestamp outside)
p.byline("BYLINE", "来源:市融媒体中心")
p.ent("ORG", "市融媒体中心", line=3)

# ---- line 5
p.ent("ADMIN", "库尔勒市", line=5)
p.ent("ADMIN", "迎宾街道", line=5)
p.ent("ADMIN", "托布力其乡", line=5)

# ---- line 7: crosshead, no spans
# ---- line 9
p.ent("ADMIN", "迎宾街道", line=9, nth=1)            # 为迎宾街道与托布力其乡合作
p.ent("ADMIN", "托布力其乡", line=9)
p.ent("ORG", "迎宾街道党工委", line=9)               # 迎宾街道党工委书记 -> ORG + title
p.ent("PERSON", "许明强", line=9)
#   “社区+村”“小区+小组”: no numeral, no PLUS formula
p.slogan("PER_UNIT", "一对一", line=9)
p.slogan("PER_UNIT", "多对一", line=9)              # paired with 一对一 (open decision, see notes)

# ---- line 12: photo caption with its credit
p.ent("ADMIN", "迎宾街道", line=12)
p.ent("ADMIN", "托布力其乡", line=12)
p.byline("PHOTO", "(通讯员木克热木·库尔班摄)")
p.ent("PERSON", "木克热木·库尔班", line=12)

# ---- line 14
p.ent("ADMIN", "迎宾街道", line=14)
p.ent("ADMIN", "托布力其乡", line=14)
p.slogan("GROUP", "双报到", line=14)                 # decision 10
#   党员先锋队、志愿服务队: generic; “跟党走、感党恩、谋发展”: no numeral

# ---- line 16: crosshead, no spans
# ---- line 18
p.ent("ADMIN", "迎宾街道", line=18)
p.ent("ADMIN", "托布力其乡", line=18, nth=1)          # 两地迎宾街道托布力其乡
#   冠农邻里汇市场: a market (decision 14), no span
p.ent("ADMIN", "托布力其乡", line=18)                 # 托布力其乡农产品代销点
p.ent("ADMIN", "雅居社区", line=18)
p.ent("ADMIN", "上牙村", line=18)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "CROSSHEAD", article=1)
p.block(9, 9, "BODY", article=1)
p.block(12, 12, "CAPTION", article=1)
p.block(14, 14, "BODY", article=1)
p.block(16, 16, "CROSSHEAD", article=1)
p.block(18, 18, "BODY", article=1)

p.save()
