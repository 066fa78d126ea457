"""page-1512: 苏尼特左旗党务公开网 (sntzqdwgkw.gov.cn), news item on the 旗委书记's border tour.

Source: http://www.sntzqdwgkw.gov.cn/news/show-14427.html (pages store), taken from its title;
the stored page ends with a whole sentence, nothing cut. No date is printed (3月28日至29日 only).
"""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1512", "corpus/raw/pages/1512_sntzq_wangyongjun_bianjing.txt",
         publisher="苏尼特左旗党务公开网", date=None, script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ------------------------------------------------------------------ spans
p.ent("PERSON", "王永军", every=True)             # title + lines 2, 3 (x3), 4: six mentions
p.ent("ORG", "旗委", every=True)                  # 旗委书记 (l.2), 旗委常委 (l.5); 驻旗 is a level word, no span
# line 2: 赛罕高毕苏木、洪格尔苏木边境派出所 -- the tail 边境派出所 is shared; flat spans cannot be
# discontinuous, so the first sumu is ADMIN and the named station after the second is one ORG
p.ent("ORG", "洪格尔苏木边境派出所")
p.ent("ADMIN", "赛罕高毕苏木", every=True)        # lines 2, 4
p.ent("ADMIN", "洪格尔苏木", every=True)          # line 4 (line 2's is inside the ORG)
p.ent("ORG", "组织部", line=5)                    # 旗委常委、组织部部长: the banner's 旗委组织部 (decision 13)
p.ent("PERSON", "吴建军")

# ------------------------------------------------------------------ slogans: none
# 党政军警民 (x2) has no numeral; 嘎查“两委” is a count of bodies (村“两委”, docs/annotation.md);
# 苏木、嘎查两级党组织 counts levels.

# ------------------------------------------------------------------ bylines: none printed

# ------------------------------------------------------------------ blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 5, "BODY", article=1)

p.save()
