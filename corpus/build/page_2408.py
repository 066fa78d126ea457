"""page-2408: 衡水日报 (hsrb.com.cn), one article on 饶阳县饶阳镇故城村 as a "五好" rural
revitalisation model village. Text as returned by the `pages` store; it holds no title line
and no byline."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2408", "corpus/raw/pages/2408_hengshui_raoyang_guchengcun.txt",
         publisher="衡水日报", date=None, script="simplified", origin="pages")

# ---- line 1
p.ent("ADMIN", "衡水市", line=1)
p.ent("ADMIN", "饶阳县", line=1)
p.ent("ADMIN", "饶阳镇", line=1)
p.ent("ADMIN", "故城村", line=1)
p.ent("ADMIN", "饶阳县", line=1)          # 饶阳县城 -> ADMIN 饶阳县
#   东外环, 滹沱河大堤: places, no span
p.ent("ADMIN", "故城村", line=1)
p.ent("ADMIN", "饶阳县", line=1)          # 汉、魏时期的饶阳县城 (the old county of that name)
p.ent("ADMIN", "故城村", line=1)          # 得名故城村

# ---- line 4
p.ent("ORG", "饶阳镇党委", line=4)        # 饶阳镇党委、政府: bare 政府 gets no span
p.ent("ORG", "故城村村两委", line=4)      # one named village's bodies (decision 5)
p.ent("ORG", "县委", line=4)
p.ent("ORG", "县政府", line=4)
#   “水木古城、葡萄小镇”: a theme, no numeral
five = ["基础设施好", "人居环境好", "党建工作好", "法治建设好", "特色产业好"]
s5 = p.slogan("GROUP", "五好", line=4)[0]
pos = p.line_bounds[3][0]
pairs = []
for it in five:                            # items printed before the formula
    st, en = p.find_all(it, pos, s5["start"])[0]
    pairs.append([st, en]); pos = en
s5["expansion"] = pairs

# ---- line 7
p.ent("ADMIN", "故城村", line=7)

# ---- line 10: “六位一体” with its six items printed before it
six = ["绿化", "美丽庭院", "城乡环卫一体化", "厕所革命", "污水治理", "坑塘治理"]
s6 = p.slogan("GROUP", "六位一体", line=10)[0]   # N位一体, like N合一 (GROUP)
pos = p.find_all("打造集", p.line_bounds[9][0])[0][1]
pairs = []
for it in six:
    st, en = p.find_all(it, pos, s6["start"])[0]
    pairs.append([st, en]); pos = en
s6["expansion"] = pairs

# ---- line 13
p.ent("ADMIN", "故城村", line=13)
p.slogan("PLUS", "1+10", line=13)          # “1+10”党员联系户制度
#   “一带十,十带百”的…效应: a cascading ratio describing an effect, not a formula (see notes)
p.ent("ADMIN", "故城村", line=13, after="千年古邑")
#   (视频、图片均为无人机拍摄): says how the pictures were taken, no credit

# ---- blocks (no title or byline stored)
p.block(1, 13, "BODY", article=1)

p.save()
