"""page-5411: 阳光报 (阳光网 iygw.cn), 2025-03-07, one article: 宜君县开展2025年学雷锋志愿服务活动
(county news of 宜君县, 铜川市, 陕西). Text as returned by the `pages` store, from its title; the site's
licence/hotline lines above the title are left out, and the stored opening's last paragraph (学雷锋、做…,
cut off mid-sentence) is dropped together with the picture file name printed just above it."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-5411", "corpus/raw/pages/5411_yijun_xueleifeng_zhiyuan.txt",
         publisher="阳光报", date="2025-03-07", script="simplified", origin="pages")

# ---- line 1: headline
p.ent("ADMIN", "宜君县", line=1)
p.ent("PERSON", "雷锋", line=1)                     # 学雷锋 -> 雷锋 (real person inside an activity name)

# ---- line 3: web meta line, source credit (decision 12); timestamp outside
p.byline("BYLINE", "来源:阳光网-阳光报", line=3)
p.ent("ORG", "阳光网", line=3)                      # two media joined in one source: two ORG
p.ent("ORG", "阳光报", line=3)

# ---- line 5: source tag + first paragraph
p.byline("BYLINE", "阳光讯(记者 严利君 通讯员 薛凯岳)", line=5)
p.ent("ORG", "阳光", line=5)                         # 阳光讯: the paper's short name as the tag's source (like 甘州融媒讯)
p.ent("PERSON", "严利君", line=5)
p.ent("PERSON", "薛凯岳", line=5)
p.ent("ORG", "宜君县委宣传部", line=5)
p.ent("ORG", "宜君县委社会工作部", line=5)
p.ent("ORG", "共青团宜君县委", line=5)               # the Youth League's county committee, 团 kept
p.ent("ADMIN", "宜君县", line=5, every=True)         # 2025年宜君县学雷锋…活动 (event), 宜君县休闲广场 (venue): decision 2
p.ent("PERSON", "雷锋", line=5)                      # 学雷锋志愿服务活动
p.ent("ORG", "县委", line=5, after="出席活动并致辞。")  # 县委常委 -> ORG 县委
p.ent("ORG", "县委", line=5)                         # 县委副书记 (first free 县委 on the line)
p.ent("PERSON", "金光明", line=5)
p.ent("ORG", "县委宣传部", line=5)                    # 县委宣传部部长张闯
p.ent("PERSON", "张闯", line=5)
p.ent("ORG", "县人大常委会", line=5)
p.ent("PERSON", "王忠炎", line=5)
p.ent("PERSON", "王小会", line=5)                    # 副县长: title, no span
p.ent("ORG", "县政协", line=5)
p.ent("PERSON", "白会川", line=5)
p.ent("ORG", "县委社会工作部", line=5)
p.ent("PERSON", "查军立", line=5)
#   各乡镇(综合服务中心)、街道办、各部门志愿服务队, 各志愿服务社会组织: generic, no span

# ---- line 9: two document titles
p.ent("ADMIN", "宜君县", line=9, every=True)         # 《宜君县2025年志愿服务倡议书》, 《关于宜君县…表彰通报》
p.slogan("COUNT", "四个最美(佳)", line=9)             # the four 最美/最佳 categories of the province's volunteer awards; items not listed
#   西部计划志愿者研究生支教团: a national volunteer programme's team, no span (see notes)

# ---- line 17: speech
p.ent("PERSON", "金光明", line=17)
p.ent("PERSON", "雷锋", line=17)                     # 雷锋精神
p.ent("ADMIN", "宜君", line=17)                      # 宜君新篇章; 中国式现代化: fixed term, no span

# ---- blocks
p.block(1, 1, "HEADLINE", article=1)
p.block(3, 3, "BYLINE", article=1)        # timestamp + 来源: the article's meta line (decision 12)
p.block(5, 5, "BODY", article=1)
p.block(7, 7, "PAGE")                     # picture file name
p.block(9, 9, "BODY", article=1)
p.block(11, 11, "PAGE")                   # picture file name
p.block(13, 13, "BODY", article=1)
p.block(15, 15, "PAGE")                   # picture file name
p.block(17, 17, "BODY", article=1)

p.save()
