"""agree-page-4407 (second pass): 山西政协报 story as reposted on a CPPCC news site
(file name icppcc), 2023-02-02, one article: 山西省政协主席吴存荣调研太原市政协工作."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("agree-page-4407", "corpus/raw/pages/4407_icppcc_wucunrong_taiyuan_zhengxie.txt",
         publisher="山西政协报", date="2023-02-02", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("ORG", "山西省政协", line=1)                 # 山西省政协主席 -> ORG + title
p.ent("PERSON", "吴存荣", line=1)
p.ent("ORG", "太原市政协", line=1)

# ---- line 2: the medium alone over its timestamp: the page's source line
p.byline("BYLINE", "山西政协报", line=2)
p.ent("ORG", "山西政协报", line=2)

# ---- line 4
L = 4
p.ent("ORG", "山西省政协", line=L)
p.ent("PERSON", "吴存荣", line=L)
p.ent("ORG", "太原市政协机关", line=L)             # the CPPCC's office organ, whole name as written
p.ent("ADMIN", "迎泽区", line=L)                   # “欢迎来协商”总平台: a platform, no ORG
p.ent("ADMIN", "万柏林区", line=L)                 # 中海国际政协委员工作室: a studio/venue, no ORG
p.ent("ORG", "省委", line=L)                       # 省委常委 -> ORG 省委 (shortened title)
p.ent("ORG", "太原市委", line=L)
p.ent("PERSON", "韦韬", line=L)
p.ent("ORG", "省政协", line=L, after="一同调研")    # 省政协秘书长
p.ent("PERSON", "张岐云", line=L)
p.ent("ORG", "省政协", line=L, after="张岐云")      # 省政协副秘书长
p.ent("ORG", "调研和委员工作室", line=L)            # 调研和委员工作室主任 -> the office (decision 13/15)
p.ent("PERSON", "蒋福新", line=L)
p.ent("ORG", "省政协提案委", line=L)               # sub-unit with its parent
p.ent("PERSON", "刘志杰", line=L)
p.ent("ORG", "经济委", line=L)                     # bare committee of the same 省政协 (decision 13)
p.ent("PERSON", "刘海芸", line=L)
p.ent("ORG", "省政协", line=L, after="刘海芸")      # 省政协有关部门 -> parent before generic word

# ---- line 5
L = 5
p.ent("PERSON", "吴存荣", line=L)
p.ent("ORG", "太原市政协", line=L)
p.ent("ORG", "中共", line=L)                       # 中共二十大: the party inside an event name; 二十大 nothing
p.ent("ORG", "省委", line=L)                       # 按照省委要求 (acts)
#   省“两会”: level word + a count of meetings, no span
#   中国特色社会主义: fixed political term, no ADMIN
p.slogan("COUNT", "两个确立", line=L)
p.slogan("COUNT", "四个意识", line=L)
p.slogan("COUNT", "四个自信", line=L)
p.slogan("COUNT", "两个维护", line=L)
p.slogan("GROUP", "两大任务", line=L)
p.slogan("PARALLEL", "三区三地", line=L)
#   团结和民主两大主题: items printed before the formula are its expansion
item = p.slogan("GROUP", "两大主题", line=L)[0]
lo = p.find_all("要坚持团结和民主", *p.line_bounds[L - 1])[0][0]
tuanjie = p.find_all("团结", lo, item["start"])[0]
minzhu = p.find_all("民主", tuanjie[1], item["start"])[0]
item["expansion"] = [list(tuanjie), list(minzhu)]
#   双向发力: 双向 is an ordinary word; “专”出…: no numeral

# ---- line 6
L = 6
p.ent("PERSON", "吴存荣", line=L)
p.ent("ORG", "宝武太钢集团", line=L)
p.ent("ORG", "冷轧硅钢厂", line=L)
p.ent("ORG", "东杰智能科技", line=L)
p.ent("ORG", "长城计算机系统有限公司", line=L)
#   汾河四期: a river project/site, no span

# ---- line 7: (原题为《…》) note closing the article
p.ent("PERSON", "吴存荣", line=7)
p.ent("ORG", "太原市政协", line=7)

# ---- line 8: editor line (PAGE), the name is PERSON
p.ent("PERSON", "杨骁希", line=8)

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)     # 山西政协报 (medium alone, timestamp on the next line)
p.block(3, 3, "PAGE")                  # 2023-02-02 12:16 字号 (date + font widget)
p.block(4, 7, "BODY", article=1)       # line 7 (原题为…) stays in the body: it credits no one
p.block(8, 10, "PAGE")                 # 责任编辑, 转载请注明来源, • 点赞

p.save()
