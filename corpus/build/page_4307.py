"""page-4307: 尼勒克县人民政府 (xjnlk.gov.cn, 工作动态), 2024-04-28, one article:
树牢安全责任 强化督促检查 (a safety inspection, source 尼勒克县应急管理局).
Text as returned by the `pages` store, from the site's top furniture; the last line
(尼勒克县政, cut off mid-word in the stored opening) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4307", "corpus/raw/pages/4307_nileke_anquan_jiancha.txt",
         publisher="尼勒克县人民政府", date="2024-04-28", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    raise SystemExit

# ---- lines 1-4: site furniture
p.ent("ORG", "尼勒克县政府", line=1)                 # 欢迎访问尼勒克县政府!
p.ent("ADMIN", "尼勒克", line=3)                     # menu item 走进尼勒克 (unit in a title, decision 2)
p.slogan("GROUP", "三农", line=3)                    # menu item 三农服务 (农业、农村、农民)

# ---- line 6: dated unit under the title = the page's byline
p.byline("BYLINE", "尼勒克县应急管理局", line=6)
p.ent("ORG", "尼勒克县应急管理局", line=6)

# ---- line 8
#   乡镇场党委、政府, 县直单位: generic, no span
p.ent("ORG", "县委", line=8)                         # 县委常委 -> ORG 县委 (contracted title)
p.ent("PERSON", "刘兴茂", line=8)
p.ent("ORG", "县安委会", line=8)
p.ent("ORG", "消防大队", line=8)                     # the county's fire brigade, one specific body (decision 13)
p.ent("ORG", "住建局", line=8)
p.ent("ORG", "商务工信局", line=8)
p.ent("ADMIN", "乌赞镇", line=8)
p.ent("ADMIN", "尼勒克镇", line=8)
p.ent("ORG", "县文旅局", line=8)
p.ent("ORG", "卫健委", line=8)

# ---- line 10
p.ent("ADMIN", "乌赞镇", line=10)
p.ent("ADMIN", "尼勒克镇", line=10)
p.slogan("GROUP", "九小", line=10)                   # “九小”场所
#   各村、社区: generic, no span
p.ent("ORG", "县文旅局", line=10)
p.slogan("GROUP", "六小", line=10)                   # “六小”场所
p.ent("ADMIN", "尼勒克县", line=10)                  # 尼勒克县安全生产治本攻坚3年行动方案 (document title)
#   3年行动: a count of years, no formula; 一是…五是: ordinals

# ---- lines 19, 21: host lines (PAGE), their bodies ORG
p.ent("ORG", "新疆尼勒克县人民政府", line=19)
p.ent("ORG", "新疆尼勒克县人民政府办公室", line=21)

# ---- blocks
p.block(1, 1, "PAGE")           # 欢迎访问…
p.block(2, 2, "PAGE")           # 无障碍
p.block(3, 3, "PAGE")           # navigation bar
p.block(4, 4, "PAGE")           # 当前位置: 工作动态 (breadcrumb)
p.block(5, 5, "HEADLINE", article=1)
p.block(6, 6, "BYLINE", article=1)
p.block(8, 8, "BODY", article=1)
p.block(10, 10, "BODY", article=1)
p.block(14, 14, "PAGE")         # 关闭窗口
p.block(19, 19, "PAGE")         # Copyright / 主办
p.block(21, 21, "PAGE")         # 承办单位 / ICP

p.save()
