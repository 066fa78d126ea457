import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1408", "corpus/raw/pages/1408_taitungnews_toad.txt", publisher="台東電子報",
         date=None, script="traditional", origin="pages")

# line 1: author-archive heading (PAGE), no entity

# ---- article 1
# line 3 headline: no entity
# line 5 byline: source tag with the paper's name, reporter, dateline place
p.byline("BYLINE", "[ 台東電子報 ] 記者 陳維玠 / 台東報導", line=5)
p.ent("ORG", "台東電子報", line=5)
p.ent("PERSON", "陳維玠", line=5)
p.ent("ADMIN", "台東", line=5, after="陳維玠")  # the first 台東 is inside 台東電子報
# line 7
p.ent("ORG", "農委會", line=7)
p.ent("ORG", "臺東縣政府農業處", line=7)
# line 9
p.ent("ORG", "臺東縣政府", line=9)
p.ent("ADMIN", "臺灣", line=9)                  # Taiwan page: 臺灣 used as a place
p.ent("ADMIN", "南投", line=9)
p.ent("ADMIN", "草屯", line=9)
# line 11: 澳洲、菲律賓及日本 are foreign countries; 全球百大入侵種 is a list, not a formula
# line 13
p.ent("ORG", "農業處畜產保育科", line=13)      # longer span first
p.ent("ORG", "農業處", line=13)                # 農業處指出
p.ent("ADMIN", "臺東縣", line=13)
# line 15
p.ent("ORG", "縣府", line=15)
p.ent("ADMIN", "臺東", line=15)

# ---- article 2: only its title is stored (its cut-off byline line "[ " was dropped)
p.ent("ADMIN", "臺東", line=17)
p.ent("PERSON", "饒慶鈴", line=17)

# ---- blocks
p.block(1, 1, "PAGE")
p.block(3, 3, "HEADLINE", article=1)
p.block(5, 5, "BYLINE", article=1)
p.block(7, 15, "BODY", article=1)
p.block(17, 17, "HEADLINE", article=2)

p.save()
