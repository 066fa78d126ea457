"""page-5908: 深圳特区报, text on its client 读特 (dutenews.com), 2022-05-13, one article of the
column 黄贝之声: 多级联动共商文华社区睦邻友好街区建设. Text as returned by the `pages` store,
from its title (the stored page is complete, down to the client's footer)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5908", "corpus/raw/pages/5908_dute_huangbei_wenhua.txt",
         publisher="深圳特区报", date="2022-05-13", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    sys.exit()

# ---- line 1: column name and title on one line
p.ent("ADMIN", "黄贝", line=1)                      # 黄贝之声: the column named after 黄贝街道 (decision 2)
p.ent("ADMIN", "文华社区", line=1)

# ---- line 2: byline under the title
p.byline("BYLINE", "深圳特区报记者 杜澎 通讯员 钟林 罗婷媚", line=2)
p.ent("ORG", "深圳特区报", line=2)
p.ent("PERSON", "杜澎", line=2)
p.ent("PERSON", "钟林", line=2)
p.ent("PERSON", "罗婷媚", line=2)

# ---- line 5: the participants
p.ent("ORG", "文锦渡边检站", line=5)                 # 站长: title
p.ent("PERSON", "吕平", line=5)
p.ent("ORG", "罗湖区民政局", line=5)                 # 局长
p.ent("PERSON", "杨文秀", line=5)
p.ent("ORG", "黄贝街道党工委", line=5)               # 书记
p.ent("PERSON", "丘志", line=5)
p.ent("ORG", "罗湖区民政局", line=5)                 # 副局长
p.ent("PERSON", "蓝茜", line=5)
p.ent("ORG", "罗湖区妇联", line=5)                   # 副主席
p.ent("PERSON", "田林", line=5)
p.ent("ORG", "黄贝街道办事处", line=5)               # 副主任: the office acting (decision 3)
p.ent("PERSON", "刘洁", line=5)
p.ent("ORG", "文华社区党委", line=5)                 # 书记
p.ent("PERSON", "何文胜", line=5)
p.ent("ADMIN", "罗湖", line=5)                      # 罗湖社会创新空间多功能室: a venue, the unit inside (decision 2, 14)
p.ent("ADMIN", "文华社区", line=5)

# ---- line 7
p.ent("PERSON", "丘志", line=7)
p.ent("ADMIN", "文华社区", line=7, every=True)       # twice
p.ent("ADMIN", "文华", line=7)                      # “文华一条街”: the community named again (no formula)

# ---- line 9
p.ent("ADMIN", "文华", line=9)                      # “文华一条街”; 深南东路: a road, no span

# ---- line 11
p.ent("ADMIN", "黄贝街道", line=11)
p.ent("ADMIN", "文华社区", line=11)

# ---- line 13: editor line (PAGE), its names are people
p.ent("PERSON", "昌慧", line=13)
p.ent("PERSON", "麦苗茵", line=13)

# ---- line 15: closing credit in brackets
p.byline("CREDIT", "(作者:深圳特区报记者 杜澎 通讯员 钟林 罗婷媚)", line=15)
p.ent("ORG", "深圳特区报", line=15)
p.ent("PERSON", "杜澎", line=15)
p.ent("PERSON", "钟林", line=15)
p.ent("PERSON", "罗婷媚", line=15)

# ---- lines 16-23: the client's footer
p.ent("ORG", "读特", line=17)                       # 读特客户端: the paper's news client, named by the rights line
p.ent("ORG", "读特", line=19)                       # 读特热榜: the same medium's list

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(2, 2, "BYLINE", article=1)
p.block(3, 3, "PAGE")            # date-only line
p.block(5, 11, "BODY", article=1)
p.block(13, 13, "PAGE")          # editor line
p.block(15, 15, "BODY", article=1)   # a line holding only a CREDIT stays in its article's BODY
p.block(16, 23, "PAGE")          # disclaimer, links, navigation

p.save()
