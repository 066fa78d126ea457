"""page-5213: 开江县人民政府 (kaijiang.gov.cn, 信息公开 section), 2019-11-15, one item:
第十八届人民政府第65次常务会议 (county government standing meeting of 2019-11-12).
Text as returned by the `pages` store, from its title; its last paragraph (会前,专…) was cut
mid-sentence by the store and is left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5213", "corpus/raw/pages/5213_kaijiang_changwu_huiyi.txt",
         publisher="开江县人民政府", date="2019-11-15", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: title. 第十八届人民政府 has no level word: a bare institution type (decision 13), no span
# ---- line 2: source meta line (decision 12)
p.byline("BYLINE", "来源:县政府办公室")
p.ent("ORG", "县政府办公室", line=2)
# ---- lines 3-4: date-only line and click counter -> PAGE, no spans

# ---- line 6
p.ent("ORG", "县委", line=6)                         # 县委副书记 -> ORG 县委 + title
p.ent("PERSON", "周建平", line=6)                    # 县长 is a title
p.ent("ORG", "县第十八届人民政府", line=6)            # term inside the name (as 酒泉市第四届人民代表大会); 第65次常务会议 is the event
p.ent("ORG", "县政府", line=6)                       # 县政府领导班子分工
p.ent("ADMIN", "达州市", line=6)                     # 达州市第3期“阳光问廉” (a programme; unit inside it, decision 2)
p.ent("ORG", "县自然资源局", line=6)
p.ent("ADMIN", "开江县", line=6, nth=1)              # 《开江县现代农业园区建设推进方案…》 (document title, decision 2)
p.ent("ADMIN", "开江县", line=6, nth=1)              # 《开江县乡镇集镇规划区内…管理办法(试行)》
p.ent("ADMIN", "开江", line=6, after="(试行)》")     # 《开江微田园综合体项目投资协议书》
p.ent("ADMIN", "开江县", line=6, after="投资协议书》")  # 《开江县宝石湖湖滨生态建设项目实施方案…》; 宝石湖 is a lake

# ---- line 8
p.ent("PERSON", "周忠平", line=8)
p.ent("PERSON", "黄橹洁", line=8)
p.ent("PERSON", "余学海", line=8)
p.ent("ORG", "市委组织部", line=8)
p.ent("ORG", "县政府", line=8)                       # 以“县政府”名义: quotes wrap the whole name -> outside

# ---- line 10
p.ent("ORG", "开江生态环境局", line=10, nth=1)
p.ent("PERSON", "周建平", line=10)
p.slogan("GROUP", "三大攻坚战", line=10)              # 污染防治三大攻坚战: only one of the three is named -> no expansion
#   长江上游生态屏障: 长江 is a river, no span
p.ent("ORG", "开江生态环境局", line=10)
p.ent("ORG", "县住建局", line=10)
p.ent("ORG", "县农业农村局", line=10)
p.ent("ORG", "县自然资源局", line=10)
p.ent("ORG", "县水务局", line=10)

# ---- line 12
p.ent("ORG", "县财政局", line=12)

# ---- line 14
p.ent("ORG", "县农业农村局", line=14)
p.ent("ADMIN", "开江县", line=14)                    # 《开江县现代农业园区建设推进方案(2019-2023年)》
p.ent("ORG", "县委", line=14)
#   以“两办”名义: a count of bodies (县委办、县政府办), like 两院/四大班子 -> no slogan, no ORG

# ---- line 16
p.ent("ORG", "县脱贫攻坚办", line=16)
#   全县各乡镇、县级各部门(单位): generic
p.ent("ORG", "县委", line=16)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(3, 4, "PAGE")                 # 发布日期:… (date only) / 点击数:人次 (counter)
p.block(6, 16, "BODY", article=1)

p.save()
