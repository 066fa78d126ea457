"""page-4605: 乌拉特中旗人民政府 (inferred; copy stored at lxtdedu.com whose path mirrors the banner
portal's 专题专栏/两会专题 > 政务公开/新闻动态/政务要闻 sections, t20171207_46229), 2017-12-07 (from the
URL), one article: the opening of 政协乌拉特中旗第十四届委员会第一次会议. Text as returned by the `pages`
store (no title stored); the last paragraph, cut mid-sentence (徐茂龙指出:刚刚闭幕的旗委十四届三次全委(扩),
was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4605", "corpus/raw/pages/4605_wulatezhongqi_zhengxie.txt",
         publisher="乌拉特中旗人民政府", date="2017-12-07", script="simplified", origin="pages")

# ---- line 1: photo caption 开幕会会场 (no entity)

# ---- line 2
p.ent("ORG", "政协乌拉特中旗第十四届委员会", line=2)     # CPPCC committee by its formal name, term inside;
                                                          # 第一次会议 is the event, outside

# ---- line 3
p.ent("ORG", "市纪检委派驻市委组织部纪检组", line=3)     # a team stationed in another organ: one ORG with its parent
p.ent("PERSON", "刘智文", line=3)
p.ent("ORG", "市委第六换届指导督查组", line=3)          # a team an organ sends out: one ORG with the organ
p.ent("ORG", "市卫计委党组", line=3)                    # 党组 of a known organ belongs to it; 成员 is the title
p.ent("PERSON", "高伍良", line=3)
#   指导组成员: back-reference to the team above, generic, no span
for name in ["刘强", "白金光", "孔令贵", "海笑榕", "刘洋"]:
    p.ent("PERSON", name, line=3)

# ---- lines 4 and 5 (the stored page prints the same paragraph twice)
for ln in (4, 5):
    p.ent("ORG", "市政协", line=ln, nth=1)               # 市政协副主席 -> ORG 市政协 + title
    p.ent("ORG", "旗委", line=ln, nth=1)                 # 旗委书记
    p.ent("PERSON", "徐茂龙", line=ln)
    p.ent("ORG", "旗委", line=ln, nth=1)                 # 旗委副书记
    #   政府旗长: bare 政府 as part of the title (a bare institution type), no span
    p.ent("PERSON", "闫永春", line=ln)
    p.ent("ORG", "旗人大常委会", line=ln)
    p.ent("PERSON", "佟格日乐", line=ln)
    p.ent("ORG", "政协", line=ln, after="佟格日乐")       # 政协主席: the banner CPPCC, named after 旗人大常委会
    p.ent("PERSON", "辛耀雄", line=ln)
    p.ent("ORG", "市政协", line=ln, after="驻旗")         # 驻旗市政协委员 -> ORG 市政协
    #   历届市旗政协委员: 市、旗 contracted before one organ word, names no one body: no span
    #   各苏木镇场, 旗直, 驻旗单位: generic
    p.ent("ORG", "旗纪检委派驻政协办纪检组", line=ln)    # as line 3's 市纪检委派驻…纪检组

# ---- line 6: the session's executive chairs
for name in ["辛耀雄", "敖登其其格", "李贤", "崔忠义", "何志坤", "杨东伟"]:
    p.ent("PERSON", name, line=6)

# ---- line 8: photo caption
p.ent("ORG", "市政协", line=8)
p.ent("ORG", "旗委", line=8)
p.ent("PERSON", "徐茂龙", line=8)

# ---- line 9
p.ent("ORG", "市政协", line=9)
p.ent("ORG", "旗委", line=9, nth=1)
p.ent("PERSON", "徐茂龙", line=9, nth=1)
p.ent("PERSON", "徐茂龙", line=9, nth=1)              # 徐茂龙指出
p.ent("ORG", "旗政协", line=9)
p.ent("ORG", "旗委", line=9, after="始终与")
#   全旗 (twice): level word, no span

# slogans: the CPPCC's two themes and three functions, items printed before each count
lo, hi = p.line_bounds[8]
def items(*words):
    out, pos = [], lo
    for w in words:
        st, en = p.find_all(w, pos, hi)[0]
        out.append([st, en]); pos = en
    return out
s = p.slogan("GROUP", "两大主题", line=9)[0]
s["expansion"] = items("团结", "民主")
s = p.slogan("GROUP", "三大职能", line=9)[0]
s["expansion"] = items("政治协商", "民主监督", "参政议政")
assert s["expansion"][0][0] > p.find_all("两大主题", lo, hi)[0][1]

# ---- blocks (no title is stored; no byline)
p.block(1, 1, "CAPTION", article=1)
p.block(2, 6, "BODY", article=1)
p.block(8, 8, "CAPTION", article=1)
p.block(9, 9, "BODY", article=1)

p.save()
