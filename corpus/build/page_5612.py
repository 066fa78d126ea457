"""page-5612: 奈曼党建 (account of 中共奈曼旗委组织部, inferred; 奈曼旗, 通辽, 内蒙古), 2021-01-27, one notice:
关于对沙日浩来镇党委、政府予以表扬的通报, copied on a 网易号 page (m.163.com). Text as returned by the
`pages` store, from its title, whole (nothing cut)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5612", "corpus/raw/pages/5612_naiman_sharihaolai_tongbao.txt",
         publisher="奈曼党建", date="2021-01-27", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: title
p.ent("ORG", "沙日浩来镇党委", line=1)               # 沙日浩来镇党委、政府: bare 政府 gets no span (糜镇党委政府 rule)

# ---- line 3: salutation (BODY)
#   各苏木乡镇党委政府: a generic class of bodies, no span
p.ent("ORG", "大沁他拉街道党工委", line=3)          # 大沁他拉街道党工委、办事处: bare 办事处 no span, as bare 政府

# ---- line 5
p.ent("ORG", "沙日浩来镇党委", line=5)
#   嘎查村“两委”: a count of bodies in general, no formula, no ORG

# ---- line 7: the formula and its four items (after 即)
p.slogan("COUNT", "4个100%", line=7,
         expansion=["100%书记、主任“一肩挑”", "100%至少1名女性委员",
                    "100%一名35岁以下年轻干部", "100%一名大专及以上学历人员"])
p.slogan("ONE", "一肩挑", line=7)
#   党委政府攻坚克难: bare 党委 (no place), left without span

# ---- line 9
p.slogan("PLAN", "十四五", line=9)
p.ent("ADMIN", "沙日浩来镇", line=9)                # 沙日浩来镇新当选的嘎查村“两委”班子
p.ent("ORG", "镇党委", line=9)                      # 在镇党委、政府的领导下 (level word + organ, like 县委)

# ---- line 11
p.ent("ORG", "沙日浩来镇党委", line=11)
p.ent("ADMIN", "沙日浩来镇", line=11, after="街道以")   # 以沙日浩来镇为榜样

# ---- line 13: the signing unit under the last sentence, over the date line: closing CREDIT
p.byline("CREDIT", "奈曼旗嘎查村、社区“两委”换届选举工作领导小组办公室", line=13)
p.ent("ORG", "奈曼旗嘎查村、社区“两委”换届选举工作领导小组办公室", line=13)

# ---- line 17: source line under the article (decision 12)
p.byline("BYLINE", "来源:奈曼党建", line=17)
p.ent("ORG", "奈曼党建", line=17)                   # the 组织部's account, a medium

# ---- lines 19-25: editor lines: PAGE, names PERSON, no byline span
p.ent("PERSON", "韩牧仁", line=19)
p.ent("PERSON", "李文静", line=21)
p.ent("PERSON", "于洪峰", line=23)
p.ent("PERSON", "王爱国", line=25)                   # bare name closing the editor chain

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BODY", article=1)         # salutation
p.block(5, 11, "BODY", article=1)
p.block(13, 13, "BODY", article=1)       # a line holding only a CREDIT stays in BODY
p.block(15, 15, "PAGE")                  # 2021年1月27日: a date-only line
p.block(17, 17, "BYLINE", article=1)
p.block(19, 25, "PAGE")                  # 编辑:/审核:/终审: and the closing name

p.save()
