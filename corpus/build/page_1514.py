import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1514", "corpus/raw/pages/1514_czwenming_xueleifeng.txt",
         publisher="常州文明网", date="2023-03-01", script="simplified", origin="pages")

# ---------------------------------------------------------------- spans
# line 3: web meta line, source of this one article
p.ent("ORG", "常州日报", line=3)

# line 6
p.ent("ORG", "市委", line=6)                 # 市委常委 (contracted title keeps the organ)
p.ent("ORG", "宣传部", line=6)               # the city's propaganda department (decision 13)
p.ent("PERSON", "陈志良", line=6)
p.ent("PERSON", "习近平", line=6)

# line 8
p.ent("PERSON", "陈志良", line=8)
p.ent("ADMIN", "常州", line=8, nth=1)         # 常州|经开区
p.ent("ADMIN", "经开区", line=8)
p.ent("ADMIN", "江苏", line=8)                # 江苏好人 (title: unit inside -> ADMIN)
p.ent("ADMIN", "常州市", line=8, nth=1)       # 第八批常州市岗位学雷锋标兵
p.ent("PERSON", "蒋明峰", line=8)
p.ent("ADMIN", "常州", line=8, after="蒋明峰")  # 常州好人
p.ent("ADMIN", "常州市", line=8, after="常州好人")   # 常州市百佳市民
p.ent("ADMIN", "常州市", line=8, after="百佳市民")   # 常州市优秀志愿者
p.ent("PERSON", "胡世明", line=8)

# line 9
p.ent("ADMIN", "中国", line=9)                # 中国好人 (award title)

# line 10
p.ent("ORG", "常州市志愿服务发展中心", line=10)
p.ent("ADMIN", "常州市", line=10)             # 《常州市志愿者礼遇办法》
p.ent("PERSON", "朱雅萍", line=10)
p.ent("PERSON", "王锐", line=10)
# 文明 in (朱雅萍 文明 王锐): read as the 文明办 correspondents' collective pen name -> no PERSON

# 雷锋 in 学雷锋 / 雷锋精神 / 雷锋广场活动: a real person's name wherever it stands
p.ent("PERSON", "雷锋", every=True)

# footer
p.ent("ORG", "常州市精神文明建设指导委员会办公室", line=12)
p.ent("ORG", "常州风讯网络科技有限公司", line=13)

# ---------------------------------------------------------------- slogans
p.slogan("GROUP", "三级中心", line=10)
p.slogan("GROUP", "四级网络", line=10)

# ---------------------------------------------------------------- bylines
p.byline("BYLINE", "来源:常州日报", line=3)
p.byline("CREDIT", "(朱雅萍 文明 王锐)", line=10)

# ---------------------------------------------------------------- blocks
p.block(1, 1, "PAGE")                  # breadcrumb
p.block(2, 2, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)     # 发布日期 / 来源 meta line of the one article
p.block(6, 10, "BODY", article=1)      # blank lines split it into blocks
p.block(12, 13, "PAGE")                # site footer

p.save()
