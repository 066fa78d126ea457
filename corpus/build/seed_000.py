"""seed-000: county newspaper page of 阜新蒙古族自治县 (Liaoning), Feb 2025, six articles."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("seed-000", "corpus/raw/000_783b6a23179f669e.txt",
         publisher="阜新蒙古族自治县报", date=None, script="simplified")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---------------------------------------------------------------- article 1 (清扫日), lines 1-61
p.byline("BYLINE", "本报讯（记者 何振明）")
p.ent("PERSON", "何振明")
p.ent("ORG", "城乡环境综合治理攻坚行动前线指挥部")
p.ent("ORG", "县住建局")                       # 县住建\n局
p.ent("ORG", "县应急局")
p.ent("ORG", "县民政局")
# 凯旋国际, 县西门木器厂小区, 阜新镇住宅楼, 电业局住宅楼: residential compounds -> no span
p.ent("ORG", "县信访局")
p.ent("ADMIN", "阜新镇", after="此外，")          # line 45 (阜新镇等乡镇)

# ---------------------------------------------------------------- article 2 (县妇联), lines 63-90
p.byline("BYLINE", "本报讯 （记者 王梦迪 见习\n记者 安 珊）")
p.ent("PERSON", "王梦迪")
p.ent("PERSON", "安 珊")
p.ent("ORG", "县妇联", line=64)
p.ent("ORG", "县人民检察院")
p.ent("ORG", "县阳光社会工作服务中心", after="县人民检察院")  # 服务\n中心
p.ent("ORG", "县妇联", line=83)
# line 86 "与人民检察院紧密协作": bare institution type (decision 13) -> no span

# ---------------------------------------------------------------- article 3 (县人社局), lines 92-120
p.ent("ORG", "县人社局", line=92)
p.slogan("GROUP", "两头难")
p.byline("BYLINE", "本报讯", line=98)
p.ent("ORG", "县人社局", line=98)
p.ent("ADMIN", "阜新", line=100)                 # 阜新氟化工产业园区 -> 阜新 (decision 2)
p.ent("ORG", "县人社局", after="特殊原因，")       # 县人社\n局
p.ent("ORG", "县人社局", line=111)
p.ent("ORG", "县人社局", line=114)
p.byline("CREDIT", "（县人社局）")
p.ent("ORG", "县人社局", line=120)

# ---------------------------------------------------------------- article 4 (县农业银行), lines 122-152
p.ent("ORG", "县农业银行")
p.byline("BYLINE", "本报讯", line=127)          # bare source tag (added in review: missed in the first pass)
p.ent("ORG", "中国农业银行阜新蒙古族自治县支行")
p.ent("ORG", "县农行")
p.slogan("GROUP", "三心", expansion=["爱心", "耐心", "细心"])
p.slogan("GROUP", "三性", expansion=["安全性", "便捷性", "专业性"])
p.ent("ADMIN", "辽宁")                           # 清风辽宁政务窗口 (decision 2)
p.byline("CREDIT", "（白俊成 杨 爽）")
p.ent("PERSON", "白俊成")
p.ent("PERSON", "杨 爽")

# ---------------------------------------------------------------- article 5 (红帽子镇), lines 154-173
p.ent("ORG", "红帽子镇机关党支部", line=154)       # 主题\n党日 follows; name is on one line
p.byline("BYLINE", "本报讯", line=158)
p.ent("ORG", "红帽子镇机关党支部", line=158)
p.ent("PERSON", "习近平")
p.ent("ORG", "中央政治局")                        # 中央\n\n政治局民主生活会 (decision 2)
p.slogan("PARALLEL", "两学一做")
p.byline("CREDIT", "（红帽子镇）")
p.ent("ADMIN", "红帽子镇", line=173)

# ---------------------------------------------------------------- headlines at the page end
p.ent("ORG", "县妇联", line=182)
p.ent("ORG", "县检察院", line=182)
p.ent("ORG", "县阳光社会工作服务中心", line=182)

# ---------------------------------------------------------------- article 6 (人民日报 commentary), lines 188-290
p.slogan("PER_UNIT", "一周一擦")
p.slogan("PER_UNIT", "一天一擦")
p.slogan("PLAN", "十四五")
p.ent("ADMIN", "重庆", line=232)
p.ent("ADMIN", "永川区")                          # 永川\n区
p.slogan("ONE", "一表通")
p.ent("ADMIN", "中山路街道")
p.ent("ADMIN", "云南")                            # 游云\n南 (app name, decision 2)
p.byline("CREDIT", "（人民日报）")
p.ent("ORG", "人民日报")

# ---------------------------------------------------------------- blocks
p.block(1, 61, "BODY", article=1)
p.block(63, 90, "BODY", article=2)
p.block(92, 93, "KICKER", article=3)
p.block(95, 96, "HEADLINE", article=3)
p.block(98, 120, "BODY", article=3)
p.block(122, 122, "KICKER", article=4)
p.block(124, 125, "HEADLINE", article=4)
p.block(127, 152, "BODY", article=4)
p.block(154, 155, "KICKER", article=5)
p.block(157, 157, "HEADLINE", article=5)
p.block(158, 173, "BODY", article=5)
p.block(175, 175, "KICKER", article=1)
p.block(177, 177, "HEADLINE", article=1)
p.block(178, 178, "SUBHEAD", article=1)
p.block(180, 180, "COLUMN")
p.block(182, 182, "KICKER", article=2)
p.block(184, 184, "HEADLINE", article=2)
p.block(186, 186, "COLUMN")
p.block(188, 290, "BODY", article=6)
p.block(292, 292, "HEADLINE", article=6)
p.block(294, 294, "COLUMN")

p.save()
