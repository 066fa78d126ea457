"""page-5108: 萍乡经济技术开发区管委会 (the text's closing credit (萍鄉經開區管委會)); copy stored on the
mirror shichangwuliu.com, converted to traditional script; no date printed beyond 3月10日 (2020 from the
text). The stored page has no title: it opens with the body. One article on a 廉洁萍乡 supervision visit."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5108", "corpus/raw/pages/5108_pingxiang_jingkaiqu_lianjie.txt",
         publisher="萍乡经济技术开发区管委会", date=None, script="traditional", origin="pages")

# ---- line 1
p.ent("ORG", "萍鄉市委廉潔辦第三督查組", line=1)   # a team an organ sends out: one ORG with the organ
p.ent("PERSON", "張廣萍", line=1)
p.ent("ORG", "區黨工委", line=1, nth=1)
p.ent("ORG", "管委會", line=1)                    # the zone's 管委会 (bare, one specific body: like a bare 党工委)
p.ent("PERSON", "譚其林", line=1)
p.ent("ORG", "區黨工委", line=1, nth=1)          # 區黨工委委員、紀檢監察工委書記
p.ent("ORG", "紀檢監察工委", line=1, after="區黨工委委員")
p.ent("PERSON", "鄧自強", line=1)
p.ent("ORG", "區黨工委", line=1, nth=1)          # 區黨工委委員、黨政辦主任
p.ent("ORG", "黨政辦", line=1, nth=1)
p.ent("PERSON", "李寶仔", line=1)
p.ent("ORG", "區紀檢監察工委", line=1)
p.ent("ORG", "黨政辦", line=1, nth=1)            # in the list of units
p.ent("ORG", "黨群工作部", line=1)
p.ent("ORG", "區委督查室", line=1)

# ---- line 2
p.ent("PERSON", "張廣萍", line=2)

# ---- line 3
p.ent("PERSON", "張廣萍", line=3)
p.ent("ORG", "市委", line=3)                      # 市委廉潔萍鄉會議: the organ inside a meeting's name
p.slogan("GROUP", "四清", line=3)                 # “四清”目標: items not spelled out

# ---- line 4
p.ent("PERSON", "譚其林", line=4)
p.ent("ORG", "市委", line=4)                      # 按照市委統一部署
p.byline("CREDIT", "(萍鄉經開區管委會)", line=4)
p.ent("ORG", "萍鄉經開區管委會", line=4)

# ---- every remaining mention of the zone and of 萍鄉 (in the campaign name 廉潔萍鄉, decision 2)
p.ent("ADMIN", "經開區", every=True)             # the zone by its kind word, one specific zone (decision 3)
p.ent("ADMIN", "萍鄉", every=True)

# ---- blocks
p.block(1, 4, "BODY", article=1)
p.block(5, 5, "PAGE")                             # 請輸入驗證碼 (a comment widget's prompt)

p.save()
