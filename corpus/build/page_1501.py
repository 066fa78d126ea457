"""page-1501: 太仓日报 e-paper (360elib reader), 2025-10-24 story on 城厢镇 (date not printed with a year)."""
import sys; from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from spanlib import Page

p = Page("page-1501", "corpus/raw/pages/1501_taicang_chengxiang.txt", publisher="太仓日报",
         date=None, script="simplified", origin="pages")

# ---------------------------------------------------------------- spans
# line 4: e-paper navigation naming the paper (media name is ORG)
p.ent("ORG", "太仓日报", line=4)
# line 12
p.ent("PERSON", "顾嘉乐", line=12)
p.ent("ADMIN", "城厢镇", line=12)
p.ent("ORG", "市委", line=12)            # 市委常委 (title) -> the organ 市委
p.ent("ORG", "组织部", line=12)          # 组织部部长: the city's organisation department
p.ent("PERSON", "倪嘉臻", line=12)
# line 14
p.ent("ORG", "上海连成集团苏州股份有限公司", line=14)   # 三期项目 outside
p.ent("ORG", "亿迈齿轮(太仓)有限公司", line=14)        # 太仓 inside the company name: no separate ADMIN
p.ent("ORG", "城厢镇企业服务中心", line=14)
p.ent("ADMIN", "城厢镇", line=14)                        # 感受城厢镇先进制造业
p.ent("ADMIN", "电站村", line=14)
# line 16: 城厢镇 five times, 太仓 inside the slogan 幸福金太仓
p.ent("ADMIN", "城厢镇", line=16, every=True)
p.ent("ADMIN", "太仓", line=16)

# ---------------------------------------------------------------- bylines
p.byline("BYLINE", "本报讯(记者 顾嘉乐)")

# ---------------------------------------------------------------- blocks
p.block(1, 4, "PAGE")            # reader banner, reader date, weekday, 当前报纸名称
p.block(6, 6, "HEADLINE", article=1)
p.block(8, 10, "PAGE")           # 日期, 字号, 版面 / 上一篇 下一篇
p.block(12, 16, "BODY", article=1)

if __name__ == "__main__":
    if "--show" in sys.argv:
        p.show()
    p.save()
