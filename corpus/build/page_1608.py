import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1608", "corpus/raw/pages/1608_puyan_township_preface.txt",
         publisher="埔鹽鄉公所", date="2022-09-21", script="traditional", origin="pages")
if "--show" in sys.argv:
    p.show(); sys.exit()

# ---- lines 1-2: e-book title and breadcrumb (site furniture); the township inside the title is ADMIN
p.ent("ADMIN", "埔鹽鄉", line=1)
p.ent("ADMIN", "埔鹽鄉", line=2)
# ---- line 12: author line under the preface's title
p.ent("ADMIN", "埔鹽鄉", line=12)          # 埔鹽鄉鄉長 -> the township, 鄉長 is a title
p.ent("PERSON", "許文萍", line=12)
# ---- body
p.ent("ADMIN", "埔鹽", line=14)            # 「幸福埔鹽」 (vision slogan naming the township)
p.ent("PERSON", "文萍", line=14, every=True)  # twice: the mayor refers to herself by her given name
p.ent("ADMIN", "埔鹽", line=16)            # 為埔鹽服務
p.ent("PERSON", "文萍", line=16)
p.ent("ADMIN", "埔鹽", line=26)            # 展現埔鹽之美
# 本鄉 (x2): deictic, no span; 本鄉第二公墓, 大學社會責任計畫, 「蔬菜的故鄉」, 「糯米原鄉」: no span

p.byline("BYLINE", "埔鹽鄉鄉長 許文萍")

p.block(1, 8, "PAGE")
p.block(10, 10, "HEADLINE", article=1)
p.block(12, 12, "BYLINE", article=1)
p.block(14, 38, "BODY", article=1)
p.save()
