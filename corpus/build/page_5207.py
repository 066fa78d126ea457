"""page-5207: 德化县农业农村局 on the 德化县人民政府 portal (dehua.gov.cn, 政府信息公开 > 部门信息公开 >
农业农村局), 2023-06-13, one public notice: 关于2023年省级农业绿色发展先行区建设资金分配方案的公示.
Text as returned by the `pages` store, from its title (the record fields 索引号/发布机构/公文生成日期 printed
above the title were left out with the rest of what precedes it); the last paragraph (现按要求进行公示…向德化县农业),
cut off mid-sentence by the store, was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5207", "corpus/raw/pages/5207_dehua_nongye_zijin_gongshi.txt",
         publisher="德化县农业农村局", date="2023-06-13", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- lines 1 and 4: the title, printed twice; no entity in it (省级 is a level word)
# ---- line 2: 时间:2023-06-13 17:39 (a date-only meta line, PAGE)

# ---- line 6: the notice's basis
p.ent("ORG", "省财政厅", line=6)                    # the two issuers, written with a space between them
p.ent("ORG", "省农业农村厅", line=6)
#   《关于下达2023年农业资源和生态保护专项资金的通知》: no unit inside; (闽财农指〔2023〕18号): an issuer's
#   code inside a document number is no ORG (17NN), and 闽 is a one-character abbreviation; 我县: no span

# ---- lines 14-18: item 3, the machinery grants
p.ent("ORG", "县农业机械化发展中心", line=14)        # a level word plus a named institution, like 县人社局
p.ent("ORG", "市局", line=14)                       # 泉州市农业农村局 by its short form (level + organ), co-organiser
p.ent("ADMIN", "泉州市", line=14)                   # inside the contest's name “泉州市水稻机收减损技能竞赛” (decision 2)
p.ent("ORG", "德化县农优产业发展有限公司", line=16)  # “智慧农机” after it is a project, no span
p.ent("ORG", "德化县宇星农机专业合作社", line=18)

# ---- lines 26-44: item 5, the ten recipients of the leisure-farming grants (enterprises, cooperatives,
#      family farms and one village committee), each one ORG with its admin prefix attached (§2)
p.ent("ORG", "福建省德化县广善茶业有限公司", line=26)
p.ent("ORG", "德化乐仙谷家庭农场", line=28)
p.ent("ORG", "德化县儒园种养殖专业合作社", line=30)
p.ent("ORG", "小杨家庭农场", line=32)                # 小杨 is part of the farm's name, no PERSON inside an ORG
p.ent("ORG", "福建佳禾时光农业发展有限公司", line=34)
p.ent("ORG", "德化县芳芳家庭农场", line=36)
p.ent("ORG", "泉州市书香百合农旅有限公司", line=38)
p.ent("ORG", "德化县渔乐园养殖专业合作社", line=40)
p.ent("ORG", "葛坑镇蓝田村民委员会", line=42)        # 蓝田村's committee as a grant recipient: one ORG with its prefix
p.ent("ORG", "德化县葛坑龙远柑桔家庭农场", line=44)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "PAGE")                 # 时间:… (a date-only line)
p.block(4, 4, "HEADLINE", article=1)  # the title printed again over the text (a web page's title printed twice)
p.block(6, 44, "BODY", article=1)     # the numbered allocation list is the notice's text, no crossheads

p.save()
