import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

# 长白朝鲜族自治县人民政府 (changbai.gov.cn, 吉林省白山市长白县): county government news item on the
# 县政府十八届五次全体（扩大）会议. Stored opening from the `pages` store, which begins at the first
# body paragraph (no title stored); the last paragraph (会议要求，… cut off at "奋战下半年、打好")
# is dropped. Date 2021-09-22 from the page's URL (t20210922), none printed in the text.
p = Page("page-1702", "corpus/raw/pages/1702_changbai_zhengfu_quanti.txt",
         publisher="长白朝鲜族自治县人民政府", date="2021-09-22", script="simplified", origin="pages")

if "--show" in sys.argv:
    p.show()
    raise SystemExit

# ------------------------------------------------------------------ spans
# line 1
p.ent("ORG", "县委", line=1, nth=1)                 # 县委常委 -> 县委
p.ent("ORG", "县政府", line=1, nth=1)               # 县政府副县长
p.ent("PERSON", "李启龙", line=1)
p.ent("ORG", "县政府", line=1, after="李启龙在")    # 县政府十八届五次全体(扩大)会议: organ in a meeting name
p.ent("ORG", "县委", line=1, after="贡献力量")      # second 县委常委
p.ent("ORG", "县政府", line=1, after="贡献力量")    # second 县政府副县长
p.ent("PERSON", "付永亮", line=1)
# line 2
p.ent("ORG", "县政府", line=2)                      # 会议总结县政府上半年工作
p.ent("ADMIN", "长白", line=2)                      # 奋力开创长白…新局面: the county by its short form
# line 3
p.ent("PERSON", "习近平", line=3, every=True)      # ideology name and 习近平总书记
p.ent("ADMIN", "吉林", line=3)                      # 视察吉林
# line 4
p.ent("ORG", "市委", line=4)
p.ent("ORG", "市政府", line=4)
p.ent("ORG", "县委", line=4)                        # 围绕县委生态强县建设

# ------------------------------------------------------------------ slogans
p.slogan("GROUP", "六稳", line=3)                   # items not spelled out on the page
p.slogan("GROUP", "六保", line=3)
p.slogan("GROUP", "两山", line=4)                   # “两山”理论
p.slogan("PARALLEL", "一山两江", line=4)           # 市委、市政府“一山两江”经济带
p.slogan("PARALLEL", "一体两翼", line=4)           # “一体两翼”发展格局

# ------------------------------------------------------------------ bylines
# none printed.

# ------------------------------------------------------------------ blocks
p.block(1, 4, "BODY", article=1)                    # no title in the stored page: no HEADLINE block

p.save()
