"""page-3110: 攀枝花日报 (the paper's article as reprinted on 攀枝花市人民政府's site,
panzhihua.gov.cn, 部门要闻, with 来源:攀枝花日报), 2025-12-30, one article: 鼓起精气神 干好关键事.
Text as returned by the `pages` store, from its title; its last paragraph (生态环境是高质量发展
的底色,…贯穿发展各领域全) is cut off mid-sentence in the store and is left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-3110", "corpus/raw/pages/3110_panzhihua_quanhui_jingqishen.txt",
         publisher="攀枝花日报", date="2025-12-30", script="simplified", origin="pages")

# ---- line 3: the article's source line (decision 12: one BYLINE per labelled credit, date outside)
p.byline("BYLINE", "来源:攀枝花日报", line=3)
p.ent("ORG", "攀枝花日报", line=3)

# ---- line 5
p.ent("ORG", "市委", line=5)                          # 市委十一届十次全会: the organ of the meeting
p.ent("ORG", "中共攀枝花市委", line=5)                # organ inside a document title
p.ent("ADMIN", "攀枝花市", line=5)                    # unit inside a document title (decision 2)
#   第十五个五年规划: an ordinal, written out: no PLAN span
p.ent("ADMIN", "攀枝花", line=5, after="中国式现代化")  # 中国式现代化: fixed term, no ADMIN

# ---- line 7
p.ent("ORG", "团市委", line=7)
p.ent("PERSON", "吴嵩", line=7)
p.ent("ORG", "团市委", line=7, after="吴嵩")
#   共同富裕试验区: a programme, not a government-run zone: no span
p.slogan("PLUS", "1+5+N", line=7)
p.ent("ADMIN", "攀枝花", line=7)                      # 中国式现代化攀枝花建设
# 五大工作品牌: the five brands are printed before it (expansion, as 六大文化名片 on seed-004)
items = ["“共同富裕·青年有声”基层宣讲", "“建圈强链·青年有为”岗位建功", "“逐梦乡野·青春笃行”乡村振兴",
         "“共富花开·青创未来”青年创新创业", "“暖暖花城·青春有爱”青年志愿"]
lo = p.line_bounds[6][0]
exp = []
for it in items:
    st, en = p.find_all(it, lo)[0]
    exp.append([st, en]); lo = en
(sl,) = p.slogan("GROUP", "五大工作品牌", line=7)
assert exp[-1][1] == sl["start"], "last item must run up to the formula"
sl["expansion"] = exp
#   N项活动, N项平台: the N of 1+5+N, no formula of their own

# ---- line 9
p.slogan("PLAN", "十五五", line=9)
p.ent("ADMIN", "攀枝花", line=9)
p.ent("ORG", "市民政局", line=9)
p.ent("PERSON", "苗新艳", line=9)
p.ent("ORG", "市民政局", line=9, after="苗新艳")

# ---- line 11
p.ent("ADMIN", "攀枝花", line=11)                     # brand “阳光花果城 康养攀枝花” (decision 2)
p.ent("ADMIN", "攀枝花", line=11, after="康养攀枝花")  # 是攀枝花“十五五”期间
p.slogan("PLAN", "十五五", line=11)
p.ent("ORG", "市文广旅局党组", line=11)                # 党组 kept inside the ORG (rules, 26NN recount)
p.ent("PERSON", "凌永航", line=11)
#   三线文化: the Third Front, a historical name, no formula
p.slogan("PARALLEL", "一带一廊引领、两区四线支撑", line=11)
#   金沙江大峡谷: a place; 10类精品文旅场景, N场主题活动: counts, no formula

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)
p.block(5, 11, "BODY", article=1)

p.save()
