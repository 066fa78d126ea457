"""page-5907: 兰考县人民政府 (lankao.gov.cn), 兰考大事月报 2021年8月 (总第149期), three items under
【领导调研.重要活动】. Text as returned by the `pages` store, from its title; the store's last
paragraph (cut mid-sentence: …中高风险地区来兰返) is dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5907", "corpus/raw/pages/5907_lankao_dashi_yuebao.txt",
         publisher="兰考县人民政府", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- lines 1-3: the digest's masthead, issue line and section banner
p.ent("ADMIN", "兰考", line=1)                      # 兰考大事月报: a bulletin's title, not a medium (decision 2)

# ---- article 1 (气象公园), lines 4-6
p.ent("PERSON", "李明俊", line=4)
p.ent("PERSON", "丁向东", line=4)                    # 市县领导: level words, no span
p.ent("ORG", "开封市委", line=5)                    # 开封市委常委 -> ORG + title
p.ent("ORG", "兰考县委", line=5)                    # 兰考县委书记
p.ent("PERSON", "李明俊", line=5)
p.ent("ORG", "县委", line=5, after="李明俊")          # 县委副书记
p.ent("PERSON", "丁向东", line=5)                    # 县长: title
p.ent("ORG", "气象局", line=5)                      # 到气象局调研: one specific bureau (decision 13)
p.ent("PERSON", "李明俊", line=6)
p.ent("ADMIN", "兰考", line=6)                      # 具有兰考特色
#   园林部门: a department described by its field, no name -> no span

# ---- article 2 (白云山村), lines 7-9
p.ent("ORG", "开封市委", line=7)
p.ent("ORG", "兰考县委", line=7)
p.ent("PERSON", "李明俊", line=7)
p.ent("ADMIN", "白云山村", line=7)                   # 白云山村村域提升项目 (decision 2)
p.ent("ORG", "开封市委", line=8)
p.ent("ORG", "兰考县委", line=8)
p.ent("PERSON", "李明俊", line=8)
p.ent("ADMIN", "三义寨乡", line=8)
p.ent("ADMIN", "白云山村", line=8, every=True)       # 三义寨乡白云山村; 了解白云山村
p.ent("PERSON", "魏随安", line=8)
p.ent("PERSON", "刘华文", line=8)
p.ent("PERSON", "李明俊", line=9)
p.ent("ADMIN", "白云山村", line=9)
#   乡村振兴五个方面: a count in prose; 少拆多改: no numeral
p.slogan("PARALLEL", "一宅变四园", line=9)           # 一宅 / 四园: two numeral-led parts, items not listed

# ---- article 3 (疫情防控), lines 10-11
p.ent("ORG", "开封市委", line=10)
p.ent("ORG", "兰考县委", line=10)
p.ent("PERSON", "李明俊", line=10)
p.ent("ORG", "开封市委", line=11)
p.ent("ORG", "兰考县委", line=11)
p.ent("PERSON", "李明俊", line=11)
p.ent("PERSON", "史献志", line=11)                   # 副县长: title
p.ent("ORG", "县委县政府督查局", line=11)             # the joint office of 县委 and 县政府: one organ
p.ent("ORG", "县卫健委", line=11)
p.ent("ORG", "城市管理局", line=11)                   # listed after 县卫健委: the county's bureaus (decision 13)
p.ent("ORG", "交通运输局", line=11)

# ---- blocks
p.block(1, 1, "PAGE")            # 兰考大事月报: the monthly's masthead over several items
p.block(2, 2, "PAGE")            # issue line
p.block(3, 3, "COLUMN")          # 【领导调研.重要活动】: section banner
p.block(4, 4, "HEADLINE", article=1)
p.block(5, 6, "BODY", article=1)
p.block(7, 7, "HEADLINE", article=2)
p.block(8, 9, "BODY", article=2)
p.block(10, 10, "HEADLINE", article=3)
p.block(11, 11, "BODY", article=3)

p.save()
