"""page-2713: 汉阴县人民政府 (hanyin.gov.cn, 政务公开 notice), 2023-08-07, one article:
汉阴县人民政府办公室关于全县政务公开…2023年第三季度(第一批)自查情况的通报.
Text as returned by the `pages` store, from its title; the last paragraph (cut mid-sentence
at 仍有存量未主) is dropped, its crosshead 二、政府网站和政务新媒体 kept."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-2713", "corpus/raw/pages/2713_hanyin_zhengwu_gongkai.txt",
         publisher="汉阴县人民政府", date="2023-08-07", script="simplified", origin="pages")

# ---- line 1: title
p.ent("ORG", "汉阴县人民政府办公室", line=1)        # the county government's office, one ORG

# ---- line 4: 来源: 县政府办 (web meta line with a labelled source: BYLINE, decision 12)
p.byline("BYLINE", "来源: 县政府办", line=4)
p.ent("ORG", "县政府办", line=4)

# ---- line 5: 内容概述 (the summary field, repeating the title)
p.ent("ORG", "汉阴县人民政府办公室", line=5)

# ---- line 8: salutation
#   各镇人民政府: generic class of bodies, no span
p.ent("ORG", "县政府", line=8)                     # 县政府各工作部门 -> parent organ ORG

# ---- line 10
p.ent("ORG", "县政府办", line=10)

# ---- line 14: the departments
for org in ["县水利局", "县财政局", "县人社局", "县教体科技局"]:
    p.ent("ORG", org, line=14)
p.ent("ORG", "县人社局", line=14, after="县教体科技局")   # second mention
p.ent("ORG", "县卫健局", line=14)
p.ent("ORG", "民政局", line=14)                    # bare department in a list of 县 departments (decision 13)
p.slogan("PARALLEL", "三支一扶", line=14)            # 三支 + 一扶: two numeral-led parts
p.ent("ORG", "县乡村振兴局", line=14)
p.ent("ORG", "县行政审批局", line=14)
p.ent("ORG", "市生态环境局汉阴分局", line=14)        # branch written after its bureau: one ORG
p.ent("ORG", "县公安局", line=14)                  # (交警大队): bare institution type, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "PAGE")                 # 索引号 … 发布日期 (open-government record fields)
p.block(4, 4, "BYLINE", article=1)    # 来源: 县政府办
p.block(5, 5, "SUBHEAD", article=1)   # 内容概述: the page's summary field (23NN: 摘要 -> SUBHEAD)
p.block(6, 6, "PAGE")                 # 分享:
p.block(8, 8, "BODY", article=1)      # salutation
p.block(10, 10, "BODY", article=1)
p.block(12, 12, "CROSSHEAD", article=1)
p.block(14, 14, "BODY", article=1)
p.block(16, 16, "CROSSHEAD", article=1)

p.save()
