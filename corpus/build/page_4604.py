"""page-4604: 湖南政协新闻网 (xiangshengnet.com), 2023-02-18, one article: 廉洁润民心 衡东县扎实推进廉洁文化建设.
Text as returned by the `pages` store, from its title (the section name 综合新闻 above it dropped);
the last stored paragraph (洣水悠悠天际来…相关示范), cut off mid-sentence, was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4604", "corpus/raw/pages/4604_hengdong_lianjie_wenhua.txt",
         publisher="湖南政协新闻网", date="2023-02-18", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "衡东县", line=1)

# ---- line 2: meta line; the site credits itself (编辑:) -> the page's source, date outside
p.byline("BYLINE", "编辑:湖南政协新闻网")
p.ent("ORG", "湖南政协新闻网", line=2)

# ---- line 5: lead paragraph with two formulas whose items are printed before them
p.ent("ADMIN", "衡阳市", line=5)
p.ent("ADMIN", "衡东县", line=5)
L5 = p.line_bounds[4]
def items(words, lo):
    out = []
    for w in words:
        a, b = p.find_all(w, lo, L5[1])[0]
        out.append([a, b]); lo = b
    return out
g1 = p.slogan("GROUP", "六大工程", line=5)[0]
g1["expansion"] = items(["政治生态净化", "权力运行规范", "风气教化引领", "营商环境优化",
                         "民生监督拓展", "清廉单元建设"], L5[0])
g2 = p.slogan("GROUP", "六清", line=5)[0]
g2["expansion"] = items(["政治清明", "政府清廉", "干部清正", "政商清亲", "百姓清爽", "社会清朗"], g1["end"])

# ---- line 11: 衡东县廉洁文化园 is a park (venue): the unit inside it
p.ent("ADMIN", "衡东县", line=11)

# ---- line 14: historical figures; 衡东籍 -> the county
p.ent("PERSON", "罗荣桓", line=14)
p.ent("PERSON", "何克明", line=14)
p.ent("PERSON", "彭浚", line=14)
p.ent("ADMIN", "衡东", line=14)
p.ent("PERSON", "陈嘉言", line=14)

# ---- line 17: 衡东县吴集镇党委书记刘武扬 -> one ORG with its admin prefix, then the person
p.ent("ORG", "衡东县吴集镇党委", line=17)
p.ent("PERSON", "刘武扬", line=17)

# ---- line 20
p.ent("ORG", "衡东县纪委监委", line=20)        # one joint office, as the corpus writes it (docs/annotation.md, session 15)
p.slogan("PER_UNIT", "一地一品", line=20)
p.slogan("PARALLEL", "一园(廉洁文化园)一路(罗荣桓元帅故居红色旅游路线)", line=20,
         expansion=["廉洁文化园", "罗荣桓元帅故居红色旅游路线"], exp_after="一园(")
p.ent("PERSON", "罗荣桓", line=20)             # 罗荣桓元帅故居: a real person inside a site's name
p.ent("ADMIN", "仙楠村", line=20)              # “花奇里”: a scenic spot, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(3, 3, "PAGE")                          # 分享 (share button)
p.block(5, 5, "BODY", article=1)
p.block(8, 8, "CROSSHEAD", article=1)
p.block(11, 20, "BODY", article=1)
p.block(23, 23, "CROSSHEAD", article=1)

p.save()
