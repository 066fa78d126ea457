"""page-5413: 中山市政协 (its site 中山政协, zszx.zsnews.cn, 政协动态), 2012-03-19, one article:
丘树宏韩泽生率团赴香港拜访历届中山政协委员和在港知名乡彦. Text as returned by the `pages` store, from
its title; the stored last paragraph (市政协秘书长林艳芬、副秘书长欧万洪, ...) is cut off mid-sentence and dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5413", "corpus/raw/pages/5413_zhongshan_zhengxie_xianggang.txt",
         publisher="中山市政协", date="2012-03-19", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: headline
p.ent("PERSON", "丘树宏", line=1)
p.ent("PERSON", "韩泽生", line=1)
p.ent("ADMIN", "香港", line=1)
p.ent("ORG", "中山政协", line=1)                  # the CPPCC of 中山 by its short name (prefix inside, §2)
#   在港知名乡彦: 港 is a one-character short form, no span

# ---- line 4
p.ent("ORG", "市政协", line=4)                    # 市政协主席
p.ent("PERSON", "丘树宏", line=4)
p.ent("PERSON", "韩泽生", line=4)
p.ent("ORG", "市政协", line=4, after="韩泽生率")   # 率市政协及有关部门负责人
p.ent("ADMIN", "香港", line=4)                    # 来到香港
p.ent("ADMIN", "香港", line=4, after="先后拜访")   # 香港历届政协委员 (bare 政协 of several levels: no span)

# ---- line 5
p.ent("PERSON", "丘树宏", line=5)
p.ent("PERSON", "孙中山", line=5)                 # 孙中山先生后裔
p.ent("ORG", "全国政协", line=5)                  # 全国政协委员
p.ent("PERSON", "孙必达", line=5)
p.ent("ADMIN", "中山市", line=5)                  # 中山市荣誉市民
p.ent("ORG", "香港广东社团总会", line=5)
p.ent("ORG", "香港中山社团联合会", line=5)
p.ent("PERSON", "苏计成", line=5)
p.ent("ADMIN", "中山市", line=5, after="苏计成")
p.ent("ORG", "香港中山社团联合会", line=5, after="苏计成")
p.ent("PERSON", "林中翘", line=5)
p.ent("ADMIN", "香港", line=5, after="35位")      # 35位香港历届中山政协委员
p.ent("ORG", "中山政协", line=5)                  # 历届中山政协委员
p.ent("ORG", "中山政协", line=5, after="新一届")   # 新一届中山政协
p.ent("ADMIN", "香港", line=5, after="充分肯定了")  # 香港政协委员们
#   爱国爱港爱乡: 港 one character, no span
p.ent("ADMIN", "香港", line=5, after="维护")       # 维护香港繁荣稳定
p.ent("ADMIN", "香港", line=5, after="新老")       # 新老香港政协委员
p.ent("ORG", "市政协", line=5)                    # 配合市政协新的专委会
p.ent("ORG", "市委", line=5)                      # 市委市政府 -> two ORG
p.ent("ORG", "市政府", line=5)
p.ent("ADMIN", "翠亨新区", line=5, every=True)    # named 新区 (decision 3), three mentions
#   珠三角地区规划纲要: a region, no unit; 粤港澳: one-character short forms, no span

# ---- line 6
p.ent("PERSON", "丘树宏", line=6)
p.ent("ORG", "香港中山社团联合会", line=6)
p.ent("ADMIN", "中山", line=6, after="拜访了")     # 中山乡彦: the place's short form before 乡彦
p.ent("PERSON", "赵曾学韫", line=6)               # “慈善皇后”赵曾学韫女士
p.ent("ADMIN", "香港", line=6, after="参观了")     # 香港孙中山纪念馆: a venue, units/persons inside
p.ent("PERSON", "孙中山", line=6)

# ---- line 7
p.ent("ORG", "全国政协", line=7)
p.ent("ADMIN", "香港", line=7)                    # 香港知名中山乡彦
p.ent("ADMIN", "中山", line=7)                    # 中山乡彦
p.ent("ORG", "香港中华总商会", line=7)
p.ent("PERSON", "蔡冠深", line=7)
p.ent("ORG", "新华集团", line=7)                  # an enterprise (where they met)
p.ent("ORG", "市政协访问团", line=7)              # a team an organ sends out: one ORG with the organ
p.ent("ADMIN", "翠亨新区", line=7, every=True)
p.ent("PERSON", "孙中山", line=7)                 # 孙中山品牌

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 3, "PAGE")                  # 发布时间: / 2012年03月19日 (a date-only meta field)
p.block(4, 7, "BODY", article=1)

p.save()
