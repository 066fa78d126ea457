"""page-3011: 石柱土家族自治县人民政府 (cqszx.gov.cn, 政府常务会议 section), 2023-02-20, one article:
十九届县政府第26次常务会召开. Text as returned by the `pages` store, from its title (complete)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3011", "corpus/raw/pages/3011_shizhu_xianzhengfu_changwuhui.txt",
         publisher="石柱土家族自治县人民政府", date="2023-02-20", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ORG", "县政府", line=1)                      # 十九届县政府: a term written before the organ stays out

# ---- line 4: byline + first paragraph
p.byline("BYLINE", "本网讯(记者 王秦)")              # 本网 is never ORG
p.ent("PERSON", "王秦", line=4)
p.ent("ORG", "县委", line=4)                        # 县委副书记 -> ORG + title
p.ent("PERSON", "郭小萍", line=4)                   # 县长 is a title
p.ent("ORG", "县政府", line=4)                      # 县政府第26次常务会议: the organ inside its meeting

# ---- line 6: meetings and documents
p.ent("ADMIN", "重庆市", line=6)                    # 重庆市建设成渝地区双城经济圈工作推进会: unit inside an event
#   成渝地区: one-character short forms, no ADMIN; 全市: level word
p.ent("ORG", "县政府", line=6)                      # <2023年县政府工作报告…>: rules follow page-1604 (ORG)
p.ent("ADMIN", "石柱县", line=6, nth=1)             # 石柱县妇女发展规划 (document title, decision 2)
p.ent("ADMIN", "石柱县", line=6)                    # 石柱县儿童发展规划

# ---- line 8
p.ent("PERSON", "习近平", line=8)
p.ent("ORG", "党中央", line=8)
#   全市, 全县, 我县: level words / deictic, no span

# ---- line 10
#   政府工作报告: generic 政府, no span; 巩固脱贫攻坚成果后评估检查组: a visiting check team named
#   by its task, no ORG (like 雄县考察团 on page-1601; see notes); 全国“两会”: no formula (两会 rule)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(4, 4, "BODY", article=1)
p.block(6, 6, "BODY", article=1)
p.block(8, 8, "BODY", article=1)
p.block(10, 10, "BODY", article=1)
p.block(14, 14, "PAGE")        # 扫一扫在手机打开当前页 (app prompt, site furniture)

p.save()
