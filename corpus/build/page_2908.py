"""page-2908: 长沙晚报 (hbj.icswb.com, 长沙晚报掌上长沙), 2021-02-23, one article:
长沙县:1455名乡村振兴“领头雁”奋力飞起来 (the 2021 村(社区)“两委” elections in 长沙县).
Text as returned by the `pages` store, from its title. The store's last paragraph
(“制定一份五年发展规划、…”今年年初,长沙县以“履新八件事,实干展作为”活动为) breaks off
mid-sentence and was dropped."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2908", "corpus/raw/pages/2908_changsha_lingtouyan_huanjie.txt",
         publisher="长沙晚报", date="2021-02-23", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "长沙县", line=1)                     # 领头雁: metaphor, no span

# ---- line 3: photo caption with its credit
p.ent("ADMIN", "安沙镇", line=3)
p.ent("ADMIN", "新华村", line=3)                     # 新上任的党总支书记: bare 党总支, a title here, no ORG
p.ent("PERSON", "黄治国", line=3)
p.byline("PHOTO", "长沙晚报通讯员 聂芬 摄", line=3)   # a medium's correspondent in a photo credit: one PHOTO
p.ent("ORG", "长沙晚报", line=3)
p.ent("PERSON", "聂芬", line=3)

# ---- line 5: source tag + opening quote
p.byline("BYLINE", "长沙晚报掌上长沙2月23日讯(全媒体记者 颜家文 通讯员 杨芷姮 余亮华)", line=5)
p.ent("ORG", "长沙晚报", line=5)
p.ent("ORG", "掌上长沙", line=5)                     # the paper's news client: a medium, one ORG (no ADMIN inside)
p.ent("PERSON", "颜家文", line=5)
p.ent("PERSON", "杨芷姮", line=5)
p.ent("PERSON", "余亮华", line=5)
p.ent("PERSON", "田汉", line=5)                      # 田汉文化园: a site named after the playwright

# ---- line 9
p.ent("ADMIN", "长沙县", line=9)
p.ent("ADMIN", "果园镇", line=9)
p.ent("ADMIN", "田汉社区", line=9)                   # 长公塘组: a villagers' group, below village level, no span
p.ent("PERSON", "詹应林", line=9)
p.ent("ORG", "田汉社区党总支", line=9)               # a named community's body (decision 5, 党总支)
p.ent("PERSON", "张自强", line=9)

# ---- line 11
p.ent("ADMIN", "长沙县", line=11)                    # 215个村(社区): a count, no span

# ---- line 13
p.ent("ADMIN", "长沙县", line=13)
#   “两委” (three times): a count of bodies in general, no ORG and no formula
p.slogan("COUNT", "四个一批", line=13)
items = ["从原任“两委”干部中“留”一批", "从后备干部中“转”一批",
         "从致富能手和退役军人中“选”一批", "从外出经商人员及高校毕业生中“用”一批"]
four = p.slogans[-1]
pos, pairs = p.line_bounds[12][0], []
for it in items:                                   # items printed BEFORE the formula (spanlib searches after)
    st, en = p.find_all(it, pos, four["start"])[0]
    pairs.append([st, en]); pos = en
four["expansion"] = pairs
p.slogan("PARALLEL", "一降一升", line=13)
two = p.slogans[-1]
lo, pairs = p.find_all("较上届比重增加", p.line_bounds[12][0])[0][1], []
for it in ["年龄", "学历"]:                          # 年龄、学历实现“一降一升”: the items right before it
    st, en = p.find_all(it, lo, two["start"])[0]
    pairs.append([st, en]); lo = en
two["expansion"] = pairs

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "CAPTION", article=1)
p.block(5, 15, "BODY", article=1)

p.save()
