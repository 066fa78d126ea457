import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1503", "corpus/raw/pages/1503_xiaogan_baisha_xiaoyi.txt",
         publisher="孝感晚报", date="2021-06-28", script="simplified", origin="pages")

# ---- line 5: e-paper navigation (PAGE), media names are ORG
p.ent("ORG", "孝感网", line=5)
p.ent("ORG", "孝感日报", line=5)
p.ent("ORG", "孝感晚报", line=5)
p.ent("ORG", "槐荫论坛", line=5)

# ---- line 9: headline
p.ent("ADMIN", "孝昌", line=9)
p.ent("ADMIN", "白沙镇", line=9)

# ---- line 11: web meta line (作者 / 来源), one BYLINE per labelled credit
p.byline("BYLINE", "作者: 记者杨勘 徐文 通讯员何浩 陈英明", line=11)
p.byline("BYLINE", "来源:孝感晚报", line=11)
for name in ("杨勘", "徐文", "何浩", "陈英明"):
    p.ent("PERSON", name, line=11)
p.ent("ORG", "孝感晚报", line=11)

# ---- line 12: body, opening 本报讯 byline
p.byline("BYLINE", "本报讯(记者杨勘  徐文  通讯员何浩  陈英明)", line=12)
for name in ("杨勘", "徐文", "何浩", "陈英明"):
    p.ent("PERSON", name, line=12)
p.ent("ADMIN", "孝昌县", line=12)
p.ent("ADMIN", "白沙镇", line=12, every=True)   # 孝昌县白沙镇镇区; 当天,白沙镇举行; 暨白沙镇第四届
p.ent("ADMIN", "孝感市", line=12)
p.slogan("COUNT", "四个自信", line=12)

# ---- line 13
p.ent("ADMIN", "白沙镇", line=13)
# ---- line 14: 在白沙
p.ent("ADMIN", "白沙", line=14)
# ---- line 15
p.ent("ADMIN", "白沙镇", line=15)
# ---- line 16
p.slogan("COUNT", "三项行动", line=16)
p.ent("ADMIN", "白沙镇", line=16)
p.ent("ADMIN", "柳山村", line=16)
p.ent("ADMIN", "李山村", line=16)
# ---- line 17
p.ent("ORG", "卓豪生态有限公司", line=17)
p.ent("ADMIN", "白沙镇", line=17)

# ---- blocks
p.block(1, 7, "PAGE")              # 返回/上一版/下一版; site navigation; 出版日期; 版次
p.block(9, 9, "HEADLINE", article=1)
p.block(11, 11, "BYLINE", article=1)
p.block(12, 17, "BODY", article=1)

p.save()
