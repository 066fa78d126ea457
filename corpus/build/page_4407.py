"""page-4407: 山西政协报 (copy on 人民政协网 icppcc.cn), 2023-02-02, one article:
山西省政协主席吴存荣调研太原市政协工作 (a city-level CPPCC's work). Text as returned by the
`pages` store, from its title."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4407", "corpus/raw/pages/4407_icppcc_wucunrong_taiyuan_zhengxie.txt",
         publisher="山西政协报", date="2023-02-02", script="simplified", origin="pages")

SHOW = "--show" in sys.argv
if SHOW:
    p.show(); sys.exit()

# ---- line 1: headline
p.ent("ORG", "山西省政协", line=1)
p.ent("PERSON", "吴存荣", line=1)
p.ent("ORG", "太原市政协", line=1)

# ---- line 2: the medium alone under the title (source line)
p.ent("ORG", "山西政协报", line=2)
p.byline("BYLINE", "山西政协报", line=2)

# ---- line 4
L = 4
p.ent("ORG", "山西省政协", line=L)
p.ent("PERSON", "吴存荣", line=L)
p.ent("ORG", "太原市政协机关", line=L)          # the organ's offices, one ORG (as 县政协机关, 市政协机关)
p.ent("ADMIN", "迎泽区", line=L)                 # 迎泽区“欢迎来协商”总平台: a platform, unit inside
p.ent("ADMIN", "万柏林区", line=L)               # 万柏林区中海国际政协委员工作室: a venue, unit inside
p.ent("ORG", "省委", line=L)                     # 省委常委 -> the committee
p.ent("ORG", "太原市委", line=L)
p.ent("PERSON", "韦韬", line=L)
p.ent("ORG", "省政协", line=L, after="一同调研")  # 省政协秘书长
p.ent("PERSON", "张岐云", line=L)
p.ent("ORG", "省政协", line=L, after="张岐云")    # 省政协副秘书长
p.ent("ORG", "调研和委员工作室", line=L)          # an office of the 省政协 named bare (decision 13)
p.ent("PERSON", "蒋福新", line=L)
p.ent("ORG", "省政协提案委", line=L)              # a committee after its organ: one ORG
p.ent("PERSON", "刘志杰", line=L)
p.ent("ORG", "经济委", line=L)                    # 省政协's economic committee named bare
p.ent("PERSON", "刘海芸", line=L)
p.ent("ORG", "省政协", line=L, after="刘海芸")    # 等省政协有关部门

# ---- line 5
L = 5
p.ent("PERSON", "吴存荣", line=L)
p.ent("ORG", "太原市政协", line=L)
p.ent("ORG", "中共", line=L)                      # 中共二十大 (as page-4110)
p.ent("ORG", "省委", line=L)                      # 按照省委要求
#   省“两会”: 两会 is a count of meetings, not a formula; 省 a level word
#   中国特色社会主义: fixed political term, no ADMIN
p.slogan("COUNT", "两个确立", line=L)
p.slogan("COUNT", "四个意识", line=L)
p.slogan("COUNT", "四个自信", line=L)
p.slogan("COUNT", "两个维护", line=L)
#   第二个百年奋斗目标: an ordinal, not a formula
p.slogan("GROUP", "两大任务", line=L)
p.slogan("PARALLEL", "三区三地", line=L)
# 团结和民主两大主题: the items printed before the count are its expansion (as page-3909)
(two,) = p.slogan("GROUP", "两大主题", line=L)
phrase = p.find_all("团结和民主两大主题", *p.line_bounds[L - 1])[0]
item1 = p.find_all("团结", *phrase)[0]
item2 = p.find_all("民主", item1[1], phrase[1])[0]
two["expansion"] = [list(item1), list(item2)]

# ---- line 6
L = 6
p.ent("PERSON", "吴存荣", line=L)
p.ent("ORG", "宝武太钢集团", line=L)
p.ent("ORG", "冷轧硅钢厂", line=L)               # a named plant (an enterprise)
p.ent("ORG", "东杰智能科技", line=L)              # a company by its short name
p.ent("ORG", "长城计算机系统有限公司", line=L)
#   汾河四期: a project site, no span

# ---- line 7: (原题为《吴存荣调研太原市政协工作》)
p.ent("PERSON", "吴存荣", line=7)
p.ent("ORG", "太原市政协", line=7)

# ---- line 8: editor line
p.ent("PERSON", "杨骁希", line=8)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)      # the medium alone under the title
p.block(3, 3, "PAGE")                   # 2023-02-02 12:16 字号
p.block(4, 6, "BODY", article=1)
p.block(7, 7, "HEADLINE", article=1)    # the original title printed again (原标题 precedent)
p.block(8, 11, "PAGE")                  # 责任编辑, 转载请注明来源, • 点赞

p.save()
