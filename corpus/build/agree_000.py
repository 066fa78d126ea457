import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-000", "corpus/raw/000_783b6a23179f669e.txt",
         publisher="阜新日报", date=None, script="simplified")
if "--show" in sys.argv:
    p.show(); sys.exit()

# ---------------------------------------------------------------- entities
# Article 1 (清扫日)
p.ent("PERSON", "何振明", line=1)
p.ent("ORG", "城乡环境综合治理攻坚行动前线指挥部")
p.ent("ORG", "县住建局")
p.ent("ORG", "县应急局")
p.ent("ORG", "县民政局")
p.ent("ADMIN", "阜新镇", every=True)          # lines 37, 45
p.ent("ORG", "县信访局")
# Article 2 (妇联)
p.ent("PERSON", "王梦迪")
p.ent("PERSON", "安 珊")
p.ent("ORG", "县妇联", every=True)            # lines 64, 83, 182
p.ent("ORG", "县人民检察院")
p.ent("ORG", "县阳光社会工作服务中心", every=True)  # lines 65, 182
p.ent("ORG", "县检察院", line=182)
# Article 3 (人社局)
p.ent("ORG", "县人社局", every=True)          # 92, 98, 105, 111, 114, 120
p.ent("ADMIN", "阜新", after="分别开往")       # 阜新氟化工产业园区
# Article 4 (农行)
p.ent("ORG", "县农业银行")
p.ent("ORG", "中国农业银行阜新蒙古族自治县支行")
p.ent("ORG", "县农行")
p.ent("ADMIN", "辽宁", after="清风")
p.ent("PERSON", "白俊成")
p.ent("PERSON", "杨 爽")
# Article 5 (红帽子镇)
p.ent("ORG", "红帽子镇机关党支部", every=True)  # lines 154, 158
p.ent("PERSON", "习近平")
p.ent("ORG", "中央政治局")
p.ent("ADMIN", "红帽子镇", line=173)          # credit （红帽子镇）
# Article 6 (人民日报 commentary)
p.ent("ADMIN", "重庆")
p.ent("ADMIN", "永川区")
p.ent("ADMIN", "中山路街道")
p.ent("ADMIN", "云南", after="游")            # “游云南” app
p.ent("ORG", "人民日报")

# ---------------------------------------------------------------- slogans
p.slogan("GROUP", "两头难")
p.slogan("GROUP", "三心", expansion=["爱心", "耐心", "细心"])
p.slogan("GROUP", "三性", expansion=["安全性", "便捷性", "专业性"])
p.slogan("PARALLEL", "两学一做")
p.slogan("PER_UNIT", "一周一擦")
p.slogan("PER_UNIT", "一天一擦")
p.slogan("PLAN", "十四五")
p.slogan("ONE", "一表通")

# ---------------------------------------------------------------- bylines
p.byline("BYLINE", "本报讯（记者 何振明）")
p.byline("BYLINE", "本报讯 （记者 王梦迪 见习 记者 安 珊）")
p.byline("BYLINE", "本报讯", line=98)
p.byline("CREDIT", "（县人社局）")
p.byline("BYLINE", "本报讯", line=127)
p.byline("CREDIT", "（白俊成 杨 爽）")
p.byline("BYLINE", "本报讯", line=158)
p.byline("CREDIT", "（红帽子镇）")
p.byline("CREDIT", "（人民日报）")

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
p.block(180, 180, "COLUMN", article=None)
p.block(182, 182, "KICKER", article=2)
p.block(184, 184, "HEADLINE", article=2)
p.block(186, 186, "COLUMN", article=None)
p.block(188, 290, "BODY", article=6)
p.block(292, 292, "HEADLINE", article=6)
p.block(294, 294, "COLUMN", article=None)

p.save()
