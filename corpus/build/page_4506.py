"""page-4506: 中国西藏新闻网 (西藏日报社's site), 2024-06-04, as reposted on the site of the 西藏自治区党委网信办
(wxb.xzdw.gov.cn, 工作之窗>地市动态; 文章来源: 中国西藏新闻网). One article: 阿里地委宣传部、网信办驻革吉县羌麦村工作队:
扎根基层一线 助力乡村振兴. Text as returned by the `pages` store, from its breadcrumb; the last paragraph
(火车跑得快,全靠车头带。…“感) was cut off mid-sentence by the store and is left out."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-4506", "corpus/raw/pages/4506_ali_gerji_qiangmai_zhucun.txt",
         publisher="中国西藏新闻网", date="2024-06-04", script="simplified", origin="pages")

# ---- lines 3-4: the title, one sentence across two lines (the colon after the team's name)
p.ent("ORG", "阿里地委宣传部", line=3)
#   网信办驻革吉县羌麦村工作队: a team an organ sends out is one ORG with the organ
#   (国家林草局包片蹲点指导组; 外交部驻澳特派员公署 for 驻); the first conjunct 阿里地委宣传部 is its own ORG
p.ent("ORG", "网信办驻革吉县羌麦村工作队", line=3)

# ---- line 6: web meta line: one BYLINE span for the labelled source, timestamp outside
p.byline("BYLINE", "文章来源: 中国西藏新闻网", line=6)
p.ent("ORG", "中国西藏新闻网", line=6)

# ---- line 8
p.ent("ORG", "羌麦村党支部", line=8)                 # a named village's Party branch
p.ent("PERSON", "斯努", line=8)
p.ent("ORG", "阿里地委宣传部", line=8)
p.ent("ORG", "网信办", line=8)                       # 阿里地委宣传部、网信办: coordinated organs, bare 网信办 = one body (decision 13)
#   驻村工作队 (bare, after 派出的): a kind of team, no span

# ---- line 10
p.ent("ADMIN", "羌麦村", line=10)
p.ent("ADMIN", "阿里地区", line=10)
p.ent("ADMIN", "革吉县", line=10)
p.ent("ADMIN", "盐湖乡", line=10)
p.ent("ADMIN", "阿里地区", line=10)

# ---- line 12
p.ent("ORG", "羌麦村益民合作社", line=12)            # second sentence: the cooperative with its village prefix
p.ent("ADMIN", "羌麦村", line=12)                    # 羌麦村集体经济
p.ent("ORG", "益民商店", line=12)                    # the village's collective shop (an enterprise)
#   盐巴加工厂, 砂石材加工场: unnamed kinds of works, no span
p.ent("ORG", "益民合作社", line=12)

# ---- line 14
p.ent("PERSON", "斯努", line=14)
p.ent("ORG", "阿里地委宣传部", line=14)
p.ent("ORG", "网信办", line=14)
p.ent("ADMIN", "羌麦村", line=14)

# ---- line 16
p.ent("ORG", "阿里地委宣传部", line=16)
p.ent("ORG", "网信办驻村工作队", line=16)             # the same team, named by its organ, acting
p.ent("ORG", "村党支部", line=16)                    # the Party branch of 羌麦村, the one village the team serves
#   “永不走的工作队”, “我为党旗添光彩”: no numeral, no formula

# ---- blocks
p.block(1, 1, "PAGE")          # breadcrumb
p.block(3, 4, "HEADLINE", article=1)
p.block(6, 6, "BYLINE", article=1)
p.block(8, 16, "BODY", article=1)

p.save()
