"""``article_splitter``: block roles for every line, and lines grouped into articles.

A newspaper page arrives as one OCR stream.  This component (1) cuts it into
paragraphs at blank lines, (2) gives every non-blank line a role from the
signals the genre is consistent about (title-like lines carry no sentence
punctuation; —— opens a subhead; 本报讯 and bylines open an article; 摄 closes a
caption; spaced characters and 新闻速递-style names are columns; dates and
editor lines are page furniture), (3) reads title decks as KICKER → HEADLINE
→ SUBHEAD, and (4) groups paragraphs into articles.  A title deck that no
article follows (headlines printed at the end of the page) is matched to the
article whose body shares most character bigrams with it.

Output: ``doc.spans["blocks"]`` (label = role, ``span._.article``); the
``doc._.articles`` getter reads them as a list of :class:`Article`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions
from .bylines import CLOCK, DATE, DATE_PREFIX, STAMP

SOURCE_OPEN = re.compile(r"^[□■]?\s*(?:本\s*报|新华社|[\u4e00-\u9fff]{2,8}(?:网|报|台|社)\s*[\u4e00-\u9fff]{0,4}\s*讯)")
# a newspaper's page banner: its date line and page number
BANNER_LINE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日\s*[（(]?(?:星期|周)[一二三四五六日天]?[）)]?$|^第\s*[A-Z]?[0-9一二三四五六七八九十]+\s*版")
# where a web page's picture stood (图片, 标题图): furniture, and the line under it its caption
PICTURE_PLACEHOLDERS = r"标题图|图片|图"
PAGE_LINE = re.compile(BANNER_LINE.pattern + r"|责任编辑|^(?:责\s*编|编\s*辑|组\s*稿)[:：丨｜|]|^校\s*对[:：]|^审\s*核[:：]|^总?监\s*制[:：]|"
                       r"^(?:编\s*校|审\s*[发签])[:：丨｜|]|^编\s*辑\s+[\u4e00-\u9fff]{2,4}\s+(?:审\s*核|校\s*对)|^旗下栏目|"   # 编辑 昌慧  审核 麦苗茵
                       r"^美编|^版式|^《[^》]+》[（(]\d{4}年|"
                       r"^(?:发布|发稿|更新)?(?:日\s*期|时\s*间)[:：]?\s*\d|^(?:类\s*别|分\s*类|栏\s*目|内\s*容)[:：]\s*\S{0,8}$|"
                       r"(?:浏览|点击|阅读|访问)人数|许可证\s*[A-Za-z0-9\u4e00-\u9fff]*\d|banner$|"
                       r"^(?:进入|跳到|前往)?(?:中央|主要|主)?内容区块?$|^分隔线$|^[A-Za-z][A-Za-z ]{2,30}$|"
                       r"^(?:发稿|发布|更新)(?:时间|日期)[:：]|^(?:联络|联系)电话[:：]|"
                       # web furniture: date banners, breadcrumbs, counters, navigation, sharing, copyright
                       r"^今天是[^。，,]{0,24}$|^今天是\s*\d|^[您你]?(?:当前)?(?:所在)?的?位置[:：]?|^跳过导航|^跳到主要内容|^无障碍|^首页\s*[>＞»]|^(?:浏览|点击|阅读|访问)(?:量|次数|数)[:：]?|"
                       r"^上一[条篇]|^下一[条篇]|^分享到|^打印本?页|^关闭(?:本页|窗口)|^返回(?:顶部|首页)|^【?字体|"
                       r"^©|版权所有|版权(?:为|归)|^[Cc]opy[Rr]ight|分享(?:至|到)(?:好友和)?朋友圈|^打开微信|天气预报[:：]|免责声明|欢迎转载|如涉及(?:作品|版权)|^投稿|邮箱[:：是为]?\s*[A-Za-z0-9._-]+@|^↑\s*TOP|技术支持[:：]|[Ii][Cc][Pp]备|^\d{1,7}$|^欢迎您?(?:访问|光临|来到)|友善列印|^列印|^【?打印】?$|^主办(?:单位)?[:：]|"
                       r"^(?:文章|站内|全文)?搜索[:：]|^扫一扫|下载.{0,12}(?:APP|App|app|客户端)$|^体验更多|最后一期|^我知道了$|^内容详情$|字数[:：]\s*\d|^[（(]?编\s*辑[:：]|的全部文章$|^建设与维护[:：]|^[\u4e00-\u9fff]{1,3}(?:、[\u4e00-\u9fff]{1,3}){3,}$|^[\u4e00-\u9fff ]{0,16}搜索$|通版|^当前版[:：]|^[上下前后]一版|^版面导航|^版\s*面[:：]|^\d{1,2}\s*版\s*[:：]|"
                       r"^当前报纸|电子报阅读|^字\s*号[:：]|^星期[一二三四五六日天]$|^(?:异动|修改|更新)时间[:：]|"
                       r"^广告(?:\s|$)|继续往下阅读|[>＞»]{2}|^放大\s*缩小|^[初复终一二三]\s*审[:：]|^地\s*点[:：]|^详情$|备案号|公网安备|网站标识码|"
                       r"电子报|^image(?=\S)|欢迎您$|欢迎光临|^用户名[:：]|^密\s*码[:：]|找回密码|^\[?注册\]?$|^今日\s+首页|"
                       r"^(?:[\u4e00-\u9fff]{2,12}(?:网|政府|门户网站)\s+){2,}[\u4e00-\u9fff]{2,12}(?:网|政府|门户网站)$|"  # link bar
                       r"^(?:香港|澳门|北京|台北)?时间\s*\d{1,2}[时:]\d{1,2}分?$|^[^\w\u4e00-\u9fff]+$|"
                       r"^[\u4e00-\u9fff]{0,4}地址[:：].{0,40}电话|"
                       r"^(?:地\s*址|邮编|邮政编码|承办|协办|主管|链接|网址|传真|电子邮箱|邮箱|联系方式)(?:单位)?[:：]|"   # site footer
                       r"^(?:活动|新闻资料|新闻|媒体)?(?:联络|联系)(?:人|单位)[:：]|^(?:联络|联系)?电话[:：]|"   # a release's contacts
                       r"^[-—–]?\s*\d{2,4}[年/.-]\d{1,2}[月/.-]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$|"   # 2011年04月18日, 108年08月04日, - 2018-02-08
                       r"^[\[【(（]\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[\]】)）]\s*[-—]?$|"      # [2025-10-23] - (a link list's dates)
                       # an open-government record's fields: 索引号: 发文字号: 主题分类: 成文日期:
                       r"^[•·●-]?\s*(?:索\s*引\s*号|信息索引|编辑人|发文字号|文\s*号|主题分类|主\s*题\s*词|有\s*效\s*性|标\s*题|成文日期|发文日期|生效日期|生成日期|"
                       r"公开(?:方式|范围|时限|日期|目录|形式)|信息分类|组配分类|体\s*裁|所属专题|文件编号|关\s*键\s*词|分\s*类\s*号|是否有效|时\s*效)(?:[:：]|\s|$)|"
                       r"^[•·●-]\s*(?:名\s*称|分\s*类|发布机构)[:：]|"      # (- 名称:…, bulleted: a record, not a sentence)
                       # sharing buttons, picture counters and file names, short codes (Z04, P:03, X)
                       r"^(?:微信|微博|QQ空间|QQ|朋友圈|分享|收藏)[:：]?$|^\d{1,3}\s*张$|^点击查看|截图\d{6,}|"
                       r"^[A-Za-z]{1,2}\d{0,4}$|^[A-Za-z]{1,2}[:：]\s*\d{1,4}$|^[A-Za-z ]{2,20}[:：]$|"
                       # a site's or paper's name alone (新北市政府, A004雅安日报), links joined by |, app prompts
                       r"^[A-Z]?\d{0,4}[\u4e00-\u9fff]{2,10}(?:日报|晚报|网|政府|平台|客户端|电视台)$|[^|｜]{1,16}(?:\s*[|｜]\s*[^|｜]{1,16}){2,}$|"
                       r"(?:打开|下载)\s*(?:APP|App|app|客户端)|^回页首$|点阅次数|点阅率|^[•·]?\s*点击右上角|用浏览器.{0,10}打开|"
                       # a calendar widget, copyright and host lines, calls to follow or comment
                       r"^[\d\s]{6,}$|^(?:周[一二三四五六日]){3,}|^选择年月$|^<\d{4}年\d{1,2}月>$|^版权声明|主办\s+承办[:：]|"
                       # browser notices and a site's mail contact (为达至最佳浏览效果，请更新…浏览器, 欢迎电邮至…查询)
                       r"浏览器(?:版本)?(?:过低|太旧|不支持|不兼容)|(?:更新|升级|更换|使用)[^。，,]{0,12}浏览器|支援[^。]{0,12}浏览器|最佳浏览效果|"
                       r"(?:电邮|邮件|来信)至\s*\S+@\S+|"
                       # a link list's items with their times (- 贞丰县…部署 2015-02-26 13:00:20), picture file names,
                       # an account's greeting and weather line, a platform's credit, a record's bare field label
                       r"^[-•·]\s*\S.{3,80}\s\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$|\.(?:jpg|jpeg|png|gif)$|"
                       r"点蓝字|关注我们|^[\u4e00-\u9fff]{0,6}天气[:：]|^[Pp]owered by|^内\s*容$|^(?:频道|相关|热门|精彩|新闻)推荐$|"
                       # a paper archive's record fields (【报纸名称】:张家口日报, 【版次】第A1版, 【全文】)
                       r"^【(?:报纸名称|刊名|版次|版名|版面|入库时间|出版日期|刊期|期号|全文)】|"
                       r"^[^。，,]{0,10}请关注[^。，,]{0,10}$|^热门评论$|^(?:进入|切换到?)移动版|"
                       # breadcrumbs (您在此: 主頁 > 新聞), visitor counters, IPv6 badges, 首 页 alone
                       r"^您在此[:：]|^[^。，,]{1,20}\s[>＞»]\s[^。，,]{1,20}\s[>＞»]\s|^当前在线|IPv6|^首\s*页$|"
                       # record numbers and document numbers alone (620724001/2020-00144, 镇政发〔2024〕7号)
                       r"^[0-9A-Z]{6,}/\d{4}-\d{3,}$|^[\u4e00-\u9fff]{1,10}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号$|"
                       r"^[•·●-]\s*(?:名\s*称|分\s*类|发布机构|来\s*源|内容概述)(?:[:：]|\s)|"
                       # page and issue navigation, font buttons, app and account prompts, imprint lines
                       r"上一[期篇版条].{0,8}下一[期篇版条]|[【\[]字\s*号|^往期回顾|高级检索|出版日期[:：]|放大\s*(?:正常|缩小)|"
                       r"(?:打开|下载).{0,8}(?:APP|App|app|客户端)$|公众号$|^[•·]?\s*(?:头条号|手机版|数字报|抖音号|视频号)$|"
                       r"[\u4e00-\u9fff]{2,8}APP$|统一刊号|新闻线索[:：]|网络辟谣|^\d+\s*期\s*/\s*第|"
                       r"^\d{2}[:：]\s*[一二三四五六七八九十\d]+版|本版列表|举报专区|举报渠道|Read More$|张(?:相片|照片|图片)$|"
                       # site statements (豫都网版权与免责声明), a site's hosts (南漳县人民政府办公室主办), an empty author
                       # beside the editor, jump lines, pictures' file names
                       r"^(?:网站|免责|版权)声明$|^[\u4e00-\u9fff]{0,10}版权与免责声明$|[（(]以下简称本[网站台报][）)]|网站识别码|"
                       r"^[\u4e00-\u9fff]{4,24}(?:主办|承办|协办|主管)$|未经.{0,6}(?:允许|授权|许可).{0,4}(?:不得|严禁|禁止)转载|转载(?:务必|请)注明|并不代表本网|"
                       r"^作者[:：]\s+编\s*辑[:：]|^[（(][上下][转接]第?[一二三四五六七八九十\d]+版[）)]$|"
                       r"^(?:微信图片|QQ图片|IMG|DSC|mmexport)_?\d{6,}|"
                       # a deck of links (title and date run together, or ~~~ after each), picture and code prompts
                       r"[\u4e00-\u9fff]\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}$|~{2,}$|^标题导航$|^放大图片$|^返回上一[页頁]|"
                       r"二维码$|^扫码|^\[字体|^责\s*编[:：]|^关注[\u4e00-\u9fff]{2,8}(?:网|热线|公众号|微信|微博|客户端)$|"
                       # a one-step breadcrumb (巫山网 > 巫山新闻), picture placeholders, dated and published notes
                       r"^[\u4e00-\u9fff]{2,10}(?:网|首页)\s*[>＞»]\s*[\u4e00-\u9fff]{2,10}$|"
                       rf"^(?:{PICTURE_PLACEHOLDERS})$|"
                       r"^新闻日期[:：]|^往期(?:阅读|回顾)$|^相关(?:链接|新闻|阅读|文章)[:：]$|"
                       r"网站主办单位[:：]|^搜\s*索$|隐私权?(?:保护)?政策|^Designed by|"
                       # empty labelled fields, comment boxes, section names alone, reader prompts, source links
                       r"^(?:标\s*签|验证码|分享至|作\s*者|来\s*源)[:：]\s*$|^留言与评论|评论\s*[(（]共有|"
                       r"^(?:全站热点|热点推荐|头\s*版|要\s*闻)$|阅读器.{0,6}下载|^原始(?:连接|链接|連接|鏈接)[:：]|"
                       # comment widgets, account dialogs (注销须知 ×), visitor counts, site credits
                       r"^评论一下$|^(?:最热|最新|热门|全部)评论$|\d+\s*人参与|抢沙发|\s×$|^确定$|^取消$|"
                       r"^(?:注销|登录|登入|注册|身份验证|确认注销|请谨慎操作).{0,12}$|图像验证码|"
                       r"位访问者|网站制作[:：]|站点地图|网站地图|"
                       # search boxes, folds, print links, editor lines in brackets, a dated line in brackets,
                       # record counts, spaced field labels alone (名    称 :), link bars joined by " - "
                       r"^站内检索$|^展开$|^【?打印正文】?$|^[【\[]编\s*辑[:：]|^[（(]\d{4}年\d{1,2}月\d{1,2}日[）)]$|"
                       r"^\d+\s*条记录|^[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,5}\s*[:：]$|信息时间[:：]|"
                       r"^[^-\s]{1,8}(?:\s+-\s+[^-\s]{1,8}){3,}|"
                       # a feed's loading placeholders and link buttons (Loading..., 查看原始文章)
                       r"^Loading\.{0,3}$|^(?:查看(?:原始文章|更多|原文)|阅读原文|閱讀原文)$|"
                       # a site's greeting (您好,欢迎来到准旗人大!)
                       r"^(?:您好[,，!！]?\s*)?欢迎(?:来到|访问|光临)[^。，,]{2,24}[!！]?$")
# a bar of site navigation: four or more links of mostly four or more characters, no sentence
# (国内要闻 省内要闻 本地要闻 精彩点击), or a site's name with its address (…网站 www.zhangwan.gov.cn)
NAV_ITEM = re.compile(r"[\u4e00-\u9fff]{2,8}")
SITE_LINE = re.compile(r"(?:www\.|https?://)[A-Za-z0-9.-]+|电话[:：]\s*[0-9]{3,4}-?[0-9]{7,8}")


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (outside groups and classes)."""
    out, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":
                i += 1                      # (a class opened by ]: its first member)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return out + [pattern[start:]]


# PAGE_LINE split for speed (one line at a time, a search tries every position with every
# alternative): the alternatives anchored at the line's start are matched there only
_PAGE_ALTS = _alternatives(PAGE_LINE.pattern)
PAGE_LINE_START = re.compile("|".join(a[1:] for a in _PAGE_ALTS if a.startswith("^")))
PAGE_LINE_ANYWHERE = re.compile("|".join(a for a in _PAGE_ALTS if not a.startswith("^")))


# a bracketed note closing a paragraph, the last thing on its line
GLUED_NOTE = re.compile(r"[（(][^（()）]{4,60}[）)]\s*$")


@lru_cache(maxsize=4096)
def is_furniture(s: str) -> bool:
    """Page furniture by its text: ``PAGE_LINE``, a navigation bar, a short line naming a site's
    address or telephone (cached: the line splitter and the line classifier both ask)."""
    if PAGE_LINE_START.match(s):
        return True
    found = PAGE_LINE_ANYWHERE.search(s)
    if found and not (found.start() >= 30 and "。" in s[:found.start()] and (
            found.group() == "责任编辑" or GLUED_NOTE.search(s, found.start() - 12))):
        return True                 # (…工作机制。(责任编辑:王严), …乡村。 (本条新闻版权归滨海日报所有…): a paragraph, a note glued on)
    if SITE_LINE.search(s) and len(s) <= 60 and not re.search(r"[。！？!?]", s):
        return True
    if TRUNCATED_LINK.search(s) and len(s) <= 40 and not re.search(r"[。！？!?]", s[:-3]):
        return True                 # 金山区出席虹桥国际开...: a link's title cut short by the site
    items = s.split()
    return (len(items) >= 4 and all(NAV_ITEM.fullmatch(i) for i in items)
            and (sum(len(i) >= 4 for i in items) >= 3 or items[0] == "首页" and len(items) >= 6))   # 首页 国内 时评 党建 …


# a link's title the site cut short with three dots (not the body's ……)
TRUNCATED_LINK = re.compile(r"(?<![.…])(?:\.\.\.|…)$")
BULLETS = "•·●◦▪∙ \u3000"
# a web meta label (作者：, 来源：) opening a byline span
META_LABEL = re.compile(r"^[\u4e00-\u9fff/]{1,4}[:：]")
STAMPED = re.compile(rf"[ \u3000]+{STAMP}[ \u3000]*")
# a speech's salutation (各位代表:, 同志们:): a line of the body
SALUTATION = re.compile(r"^(?:各位|尊敬的|亲爱的)[^。]{0,20}[:：]$|同志们[:：]$|^各[^。]{1,40}[:：]$|"   # 各片、办、局…单位:
                        r"^[\u4e00-\u9fff]{2,6}(?:强调|指出|表示|要求)[:：]?$|"          # 林大茂强调: a speech's lead
                        r"^[\u4e00-\u9fff]{0,16}[ \u3000]+[\u4e00-\u9fff]{2,4}[:：]$")   # 社区居民 刘大弟: a speaker's tag
PICTURE_PLACEHOLDER = re.compile(PICTURE_PLACEHOLDERS)
# a sentence that leads into what follows it (一年来,我们主要抓好以下工作:): body, never a title
LEAD_IN = re.compile(r"^[\u4e00-\u9fff][^:：]{7,}[:：]$")
# a numbered heading (一、活动名称, (二)座谈交流(11:20—12:00)): a crosshead
NUMBERED_HEAD = re.compile(r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^。，,；;！？]{2,20}")
# a web page's summary under its title (摘要:3月19日至20日…)
ABSTRACT_LINE = re.compile(r"^(?:摘\s*要|内容摘要|导\s*读|核心提示)[:：]")
# a picture's place in web text: 【资料图】, [图片]
PICTURE_MARK = re.compile(r"[【\[](?:资料图片?|图片?|配图)[】\]]|(?:集体)?合影(?:留念)?")     # (合影: a group photo's caption)
# a picture's file name printed as its caption (南周村_600.jpg)
IMAGE_LINE = re.compile(r"\.(?:jpe?g|png|gif|bmp)\s*$", re.I)
# a record's keywords field after a labelled credit (发布机构:…关 键 词:党员,志愿服务)
KEYWORDS_FIELD = re.compile(r"\s*关\s*键\s*[词字]\s?[:：]")
# a meta line opened by its timestamp (2021-08-28 16:50 来源：浙江日报 作者：刘乐平 余勤)
META_DATED = re.compile(rf"^\s*{DATE}(?:\s*{CLOCK})?"
                        r"(?:\s+\S|\s*(?:来源|作者|发布|编辑|信息来源)[:：])")
# a short web meta line holding a publication time (来源: 发布时间:2020-04-11)
META_TIME = re.compile(r"(?:发稿|编稿|发布|发表|更新|加入)(?:时间|日期)\s?[:：]|(?:^|\s)(?:时\s*间|日\s*期)\s?[:：]")
# a series or sidebar marker: 系列：前沿观察…, ■链接
COLUMN_LINE = re.compile(r"^(?:系列|专栏|栏目)[:：]|^[■□◆●◎]?\s*(?:链接|相关链接|新闻链接|延伸阅读|背景链接|记者手记|编者按)$|"
                         r"^[■□◆●◎]?\s*[\u4e00-\u9fff]{0,4}相关(?:新闻|报道)[:：]?$|^本期(?:主题|导读|要目|关注)$|"
                         r"^[□■]\s*(?!本报|记者|通讯员|新华社)[\u4e00-\u9fff]{4,12}$|"   # □师者之尊缘自用心: a section
                         # a site's section named alone: 今日永吉, 市政新闻, 乡镇动态, 本地要闻
                         r"^(?:今日[\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff]{2,4}(?:要闻|新闻|动态|资讯))$")
# the header of a web page's list of links after its article
LINK_LIST = re.compile(r"^[■□◆●◎【\[]?\s*(?:相关(?:新闻|阅读|文章|推荐|信息)|新闻推荐|推荐阅读|为您推荐|精彩推荐|热点推荐|热门推荐|"
                       r"猜你喜欢|友情链接|往期回顾|更多新闻|热点新闻|热门新闻|最新新闻|最新文章|热门文章)[】\]]?[:：]?\s*$")
COLUMN_WORDS = re.compile(r"(?:新闻速递|图说新闻|图片新闻|基层行|进行时|走基层|News|专栏|快讯|时评|视窗|广角|纵横)")
SENT_END = "。！？!?”’）)…"
CAPTION_OPENERS = ("图为", "圖為", "上图", "下图", "左图", "右图")


def said_of_picture(s: str) -> bool:
    """A short line that says what a picture shows (圖為精雕細琢大型佛像。, 图为临县城庄镇一角。刘亮亮 摄):
    a caption, whatever the line classifier reads."""
    return s.startswith(CAPTION_OPENERS) and len(s) <= 80 and s.count("。") <= 1
SENT_PUNCT = "。！？!?；;"
LEADING_DATE = re.compile(DATE_PREFIX)
# a photo named by its scene alone (会议现场, 慰问现场): a caption, no crosshead
SCENE_CAPTION = re.compile(r"[\u4e00-\u9fff“”]{2,12}现场(?:图|照片)?")
# where a person stands in a photo (右二, 前排左三, 后): only captions say it
POSITION_MARK = re.compile(r"[（(](?:前排|后排|中排|前|后)?[左右中][前后]?[一二三四五六七八九十\d]{0,2}[）)]|[（(][前后中][）)]")
# a caption ending in the mark (石录明(右一))
POSITION_MARK_AT_END = re.compile(f"(?:{POSITION_MARK.pattern})$")
# a short line marked ▲ that is no dated list entry (▲调研六米桥社区新时代文明实践站): a photo's caption
TRIANGLE_CAPTION = re.compile(r"^[▲△](?![0-9０-９一二三四五六七八九十]{1,2}月)[^\n]{4,60}$")
# a caption in brackets under its picture: (图为:者腊乡第十三届人民代表大会第一次全体会议现场)
BRACKETED_CAPTION = re.compile(r"^[（(](?:图为|圖為|图片|上图|下图)[:：]?[^\n]{2,80}[）)]$")
CAPTION_END = re.compile(r"(?:摄|摄影|提供|资料图|资料照片)[）)]?\s*$")


@dataclass
class Line:
    start: int
    end: int
    text: str
    para: int
    role: str = "BODY"
    article: int | None = None
    closing: bool = False       # a credit that closes an article (it never opens one)
    furniture: bool = False     # page furniture by its text (``PAGE_LINE``), asked once per line


@dataclass
class Article:
    """One article of the page: its blocks and text in reading order."""

    number: int
    blocks: list = field(default_factory=list)   # spaCy Spans with role labels

    @property
    def headline(self):
        heads = [b for b in self.blocks if b.label_ == "HEADLINE"]
        return heads[0] if heads else None

    @property
    def text(self) -> str:
        order = {"KICKER": 0, "HEADLINE": 1, "SUBHEAD": 2, "BYLINE": 3}
        ranked = sorted(self.blocks, key=lambda b: (order.get(b.label_, 4), b.start_char))
        return "\n".join(b.text for b in ranked)

    @property
    def start(self) -> int:
        return min(b.start_char for b in self.blocks)

    @property
    def end(self) -> int:
        return max(b.end_char for b in self.blocks)

    def to_dict(self) -> dict:
        return {"number": self.number, "headline": self.headline.text if self.headline else None,
                "blocks": [{"label": b.label_, "start": b.start_char, "end": b.end_char} for b in self.blocks]}


def articles_of(doc: Doc, spans_key: str = "blocks") -> list[Article]:
    """The articles of a processed doc, from its block spans (``doc._.articles``)."""
    arts: dict[int, Article] = {}
    for sp in doc.spans.get(spans_key, []):
        if sp._.article is not None:
            arts.setdefault(sp._.article, Article(sp._.article)).blocks.append(sp)
    return [arts[k] for k in sorted(arts)]


# a list item's number opening its line (2.举报电话:…, 3、)
LIST_NUMBER = re.compile(r"(\d{1,2})[.、．]")


def _continues_list(prev: str, s: str) -> bool:
    """Whether ``s`` opens with the number after the one opening ``prev``."""
    a, b = LIST_NUMBER.match(prev), LIST_NUMBER.match(s)
    return bool(a and b) and int(b.group(1)) == int(a.group(1)) + 1


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their paragraph numbers.  A blank line, a line opening with
    a source tag (本报讯…) or with a full-width indent (\u3000\u3000) starts a paragraph;
    on a page of long lines with no blank line at all (web text saved one paragraph
    per line), every line does."""
    raws = text.split("\n")
    one_per_line = not re.search(r"\n[ \t\r\u3000]*\n", text) and len(raws) > 2 and (
        sum(len(r.strip()) > 40 for r in raws) >= 0.3 * sum(bool(r.strip()) for r in raws)
        or sum(len(r.strip()) > 50 and r.strip()[-1] in "。！？!?" for r in raws) >= 2)   # a few paragraphs among short lines
    lines, pos, para, blank = [], 0, 0, True
    for raw in raws:
        s = raw.strip()
        if s:
            if lines and (blank or one_per_line or SOURCE_OPEN.match(s) or raw.startswith("\u3000")):
                para += 1
            lead = len(raw) - len(raw.lstrip())
            furniture = is_furniture(s.lstrip(BULLETS))
            if furniture and lines and not lines[-1].furniture and _continues_list(lines[-1].text, s):
                furniture = False       # 1.巡察信箱:…⏎2.举报电子邮箱:…: a list's next item, not the site's footer
            lines.append(Line(pos + lead, pos + lead + len(s), s, para, furniture=furniture))
            blank = False
        else:
            blank = True
        pos += len(raw) + 1
    return lines


def column_width(lines: list[Line]) -> int | None:
    """The page's typical line length when it is printed in narrow columns (OCR pages),
    None for web text with long lines."""
    from collections import Counter

    lines = [l for l in lines if not l.furniture]     # navigation and furniture are no columns
    lengths = Counter(len(l.text) for l in lines if 8 <= len(l.text) <= 30)
    if not lengths or sum(lengths.values()) < 0.5 * len(lines):
        return None
    width = lengths.most_common(1)[0][0]
    if sum(len(l.text) > 2 * width + 4 for l in lines) > 0.25 * len(lines):
        return None                     # short headings between long paragraphs: web text
    return width


def title_like(text: str) -> bool:
    """No sentence punctuation inside and short: a title, column or crosshead line (not a
    speech's salutation, 各位代表:, nor a lead-in, 一年来,我们主要抓好以下工作:)."""
    return (len(text) <= 40 and not any(p in text for p in SENT_PUNCT) and not SALUTATION.search(text)
            and not LEAD_IN.search(text)
            and text.count("，") + text.count(",") <= 1 and not CAPTION_END.search(text))


def doubled(text: str) -> bool:
    """李县长与乡亲面对面互动李县长与乡亲面对面互动: one caption printed twice (alt text + caption)."""
    n = len(text)
    return n >= 8 and n % 2 == 0 and text[: n // 2] == text[n // 2:]


def spaced_chars(text: str) -> bool:
    """新 春 走基层, 城 乡 环 境: characters spaced out for display."""
    return len(re.findall(r"(?:^|\s)[\u4e00-\u9fff](?=\s)", text)) >= 2


def tab_runs(lines: list[Line]) -> set[int]:
    """Starts of the lines in runs of three or more one-word lines (概要 / 內容 / 市長說 / 聯絡人):
    a web page's tabs and menus, page furniture."""
    short = [bool(re.fullmatch(r"[\u4e00-\u9fff]{1,4}", ln.text.strip())) for ln in lines]
    out: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and short[j]:
            j += 1
        if j - i >= 3:
            out.update(ln.start for ln in lines[i:j])
        i = max(j, i + 1)
    return out


def bigrams(s: str) -> set[str]:
    s = re.sub(r"[^\u4e00-\u9fff0-9A-Za-z]", "", s)
    return {s[i:i + 2] for i in range(len(s) - 1)}


class ArticleSplitter:
    def __init__(self, nlp: Language, name: str = "article_splitter", spans_key: str = "blocks",
                 min_body_chars: int = 60, line_classifier: bool = False):
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.min_body_chars = min_body_chars
        # with ``line_classifier``, a softmax over line features and the rule role (govnlp.line_roles,
        # trained by ``python -m govnlp train``) gives each line its final role; without weights, the rules
        self.line_classifier = line_classifier
        self.line_model = None

    # ------------------------------------------------------------ roles
    def assign_roles(self, text: str, byline_spans: list[tuple[int, int, str]]) -> list[Line]:
        lines = split_lines(text)
        paras: dict[int, list[Line]] = {}
        for ln in lines:
            paras.setdefault(ln.para, []).append(ln)
        byl = [(a, b) for a, b, lab in byline_spans if lab == "BYLINE"]
        credits = [(a, b) for a, b, lab in byline_spans if lab == "CREDIT"]
        photo = [(a, b) for a, b, lab in byline_spans if lab == "PHOTO"]
        width = column_width(lines)
        tabs = tab_runs(lines)
        full = lambda ln: width is not None and width - 1 <= len(ln.text) <= width + 2
        prev_plines: list[Line] | None = None
        for pid, plines in paras.items():
            ptext = "".join(l.text for l in plines)
            # OCR column breaks put blank lines inside sentences: a paragraph that follows a
            # full-width body line with no sentence end continues that body
            continues = (prev_plines is not None and full(prev_plines[-1])
                         and prev_plines[-1].text[-1] not in SENT_END
                         and all(l.role in ("BODY", "CAPTION") for l in prev_plines))
            body_shape = (len(plines) >= 2 and all(full(l) for l in plines[:-1])
                          and width is not None and len(plines[-1].text) <= width + 2
                          and any(c in ptext for c in "，,、"))
            whole_title = (all(title_like(l.text) for l in plines) and len(ptext) <= 60 and not continues
                           and not body_shape and not SOURCE_OPEN.match(plines[0].text))
            prev_plines = plines
            for ln in plines:
                # a line holding only a byline, or a web meta line opening with one (作者：…)
                dated = LEADING_DATE.match(ln.text)     # 2022-03-08　新聞及國際關係處…
                bare = ln.text.lstrip(BULLETS)          # • 發布單位:新聞科: a web list's bullet
                own_start = ln.start + (dated.end() if dated else len(ln.text) - len(bare))
                # or a line opened by a byline with only furniture after it (作者：… 来源：…,
                # 本报记者 吴储岐《人民日报》（2025年04月01日第 19 版）)
                covered = any(a <= own_start and ln.end <= b for a, b in byl) or any(
                    a == own_start and META_LABEL.search(text[a:b]) and KEYWORDS_FIELD.match(text, b) for a, b in byl) or (
                    any(a == own_start and (META_LABEL.search(text[a:b]) or text[b:ln.end].lstrip().startswith("《")
                                            or STAMPED.fullmatch(text, b, ln.end))    # 达州日报 2020-03-24 08:46
                        for a, b in byl)
                    and not any(p in ln.text for p in SENT_PUNCT + "，,") and len(ln.text) <= 60)
                if not covered and len(ln.text) <= 120 and (META_TIME.search(ln.text) or META_DATED.match(ln.text)) \
                        and not any(p in ln.text for p in SENT_PUNCT):
                    # 发布时间:… 来源:定远先锋网 作者:…: a meta line holding credits is a byline line
                    covered = any(ln.start <= a and b <= ln.end for a, b in byl)
                if covered:
                    ln.role = "BYLINE"
                elif any(a <= ln.start and ln.end <= b for a, b in credits):
                    ln.role = "BODY"            # a closing credit line stays in its article's body
                    ln.closing = True
                elif ln.furniture or ((META_TIME.search(ln.text) or META_DATED.match(ln.text))
                                                  and len(ln.text) <= 60 and not any(p in ln.text for p in SENT_PUNCT)) \
                        or ln.start in tabs:
                    ln.role = "PAGE"
                elif COLUMN_LINE.search(ln.text):
                    ln.role = "COLUMN"
                elif any(a <= own_start and ln.end <= b for a, b in photo):
                    ln.role = "CAPTION"     # a line that is a photo credit alone (截取自臉書/賴坤成)
                elif ABSTRACT_LINE.match(ln.text):
                    ln.role = "SUBHEAD"     # 摘要:…, a web page's summary under its title
                elif IMAGE_LINE.search(ln.text) or doubled(ln.text) or TRIANGLE_CAPTION.match(ln.text) \
                        or BRACKETED_CAPTION.match(ln.text) or SCENE_CAPTION.fullmatch(ln.text) or said_of_picture(ln.text) \
                        or PICTURE_MARK.fullmatch(ln.text) or (
                        POSITION_MARK.search(ln.text) and len(ln.text) <= 100
                        and (ln.text[-1] not in SENT_END or POSITION_MARK_AT_END.search(ln.text))):
                    ln.role = "CAPTION"     # a file name, web alt text and caption run together, 吴达立(右二)…, 石录明(右一)
                elif whole_title:
                    if ln.text.startswith(("——", "--", "—")):
                        ln.role = "SUBHEAD"
                    elif ln.text.startswith(("◆", "■", "●", "▲", "★")) or re.match(r"^[一二三四五六七八九十]+、", ln.text):
                        ln.role = "CROSSHEAD"
                    elif spaced_chars(ln.text) or (COLUMN_WORDS.search(ln.text) and len(ln.text) <= 14):
                        ln.role = "COLUMN"
                    else:
                        ln.role = "TITLE"   # decided below: HEADLINE / KICKER / SUBHEAD / CROSSHEAD
                elif title_like(ln.text) and len(plines) > 1 and len(ln.text) <= 24 and ln is not plines[0] \
                        and not SOURCE_OPEN.match(ln.text) and self._inside_long_para(ln, plines):
                    ln.role = "CROSSHEAD"
            credited = [b for a, b in photo if a < plines[-1].end and b > plines[0].start]
            if credited and not whole_title:
                # the caption runs to its photo credit; web text goes on with the body.  A
                # caption opened by 图为 starts there: the lines above it are the body the
                # picture follows (随州日报: the article's paragraphs, then 图为大会会场。(…摄))
                before = [ln for ln in plines if ln.start < max(credited)]
                k = max((j for j, ln in enumerate(before) if ln.text.startswith(CAPTION_OPENERS)), default=0)
                for ln in before[k:]:
                    if ln.role == "BODY":
                        ln.role = "CAPTION"
        self._web_titles(lines)
        self._page_banner(lines)
        self._first_title(lines)
        self._link_lists(lines)
        self._repeated_titles(lines)
        self._bulleted_links(lines)
        self._placeholder_captions(lines)
        self._framed_lists(lines)
        return lines

    @staticmethod
    def _framed_lists(lines: list[Line]) -> None:
        """Three or more short lines with no sentence punctuation framed by page furniture
        on both sides (an e-paper's list of the edition's titles between 第02版:要闻 and
        版面导航) are page furniture too."""
        k = 0
        while k < len(lines):
            j = k
            while j < len(lines) and lines[j].role not in ("PAGE", "BYLINE") and len(lines[j].text) <= 40 \
                    and not any(p in lines[j].text for p in SENT_PUNCT + "，,"):
                j += 1
            if j - k >= 3 and k > 0 and lines[k - 1].role == "PAGE" and j < len(lines) and lines[j].role == "PAGE":
                for ln in lines[k:j]:
                    ln.role = "PAGE"
            k = j + 1

    @staticmethod
    def _placeholder_captions(lines: list[Line]) -> None:
        """A short line right under a picture's placeholder (图片) is that picture's caption."""
        for k in range(1, len(lines)):
            if PICTURE_PLACEHOLDER.fullmatch(lines[k - 1].text) and lines[k].role in ("TITLE", "HEADLINE", "SUBHEAD", "KICKER",
                                                                                     "CROSSHEAD", "BODY") \
                    and len(lines[k].text) <= 40 and lines[k].text[-1] not in "。！？!?":
                lines[k].role = "CAPTION"

    @staticmethod
    def _bulleted_links(lines: list[Line]) -> None:
        """Three or more bulleted short lines in a row, none a sentence, are a list of links."""
        run: list[Line] = []
        for ln in lines + [None]:
            if ln is not None and ln.text[:1] in "•●◦▪" and len(ln.text) <= 24 and ln.text[-1] not in SENT_END:
                run.append(ln)
                continue
            if len(run) >= 3:
                for r in run:
                    if r.role != "BYLINE":      # (• 发文机构: a record's byline field stays one)
                        r.role = "PAGE"
            run = []

    @staticmethod
    def _repeated_titles(lines: list[Line]) -> None:
        """The title printed again below the body's start is a picture's alt text (web pages
        repeat it under every photo): a caption, not a new article."""
        titles, body, again = set(), False, []
        for ln in lines:
            if ln.role == "BODY":
                body = True
            elif not body and ln.role in ("TITLE", "HEADLINE"):
                titles.add(ln.text)
            elif body and ln.text in titles and ln.role != "PAGE":
                again.append(ln)
        texts = [ln.text for ln in again]
        for ln in again:
            if texts.count(ln.text) >= 2:       # (printed once more: a second deck or a signature)
                ln.role = "CAPTION"
        for k in range(1, len(lines) - 1):     # a short line between two such captions is one too
            if lines[k].role in ("TITLE", "HEADLINE", "KICKER") and lines[k - 1].role == lines[k + 1].role == "CAPTION" \
                    and lines[k - 1].text in titles:
                lines[k].role = "CAPTION"

    @staticmethod
    def _link_lists(lines: list[Line]) -> None:
        """In web text (long lines), a list of links under 相关新闻, 新闻推荐 or 友情链接 after the
        article is page furniture down to the page's end, or to a line that opens a new article."""
        if column_width(lines) is not None:
            return                      # OCR columns: ■相关新闻 opens a sidebar article
        body = False
        for k, ln in enumerate(lines):
            if ln.role == "BODY":
                body = True
            elif body and LINK_LIST.match(ln.text):
                for l in lines[k:]:
                    if l.role == "BYLINE" or SOURCE_OPEN.match(l.text):
                        break
                    l.role = "PAGE"
                return

    @staticmethod
    def _first_title(lines: list[Line]) -> None:
        """In web text (long lines), the page's first lines of text with no sentence
        punctuation are its title deck however long (a deck run into one line, or a title
        and its subtitle above the date and the body): up to three of them, before body,
        byline or page furniture."""
        if column_width(lines) is not None:
            return                      # OCR columns: short unpunctuated lines are body fragments
        first = next((k for k, ln in enumerate(lines) if ln.role not in ("PAGE", "COLUMN")), None)
        if first is None:
            return
        deck = []
        for ln in lines[first:first + 3]:
            if (ln.role in ("BODY", "TITLE") and len(ln.text) <= (160 if not deck else 40)
                    and not SOURCE_OPEN.match(ln.text) and not any(p in ln.text for p in SENT_PUNCT + "，,")):
                deck.append(ln)
            else:
                break
        nxt = first + len(deck)
        if deck and nxt < len(lines) and lines[nxt].role in ("BODY", "BYLINE", "PAGE", "CAPTION"):
            for k, ln in enumerate(deck):
                # a web title, then its subtitles; a title printed twice is a title both times
                ln.role = "TITLE" if k == 0 or ln.text == deck[0].text else "SUBHEAD"

    @staticmethod
    def _web_titles(lines: list[Line]) -> None:
        """A web article's title sits in one paragraph with its dated source or meta
        lines: a title-like first line followed by a byline line is a title."""
        for k, ln in enumerate(lines[:-1]):
            first = k == 0 or lines[k - 1].para != ln.para
            if (first and ln.role == "BODY" and title_like(ln.text) and lines[k + 1].role == "BYLINE"
                    and lines[k + 1].para == ln.para):
                ln.role = "TITLE"

    @staticmethod
    def _page_banner(lines: list[Line]) -> None:
        """Title-like lines above a page date line at the top of the page are furniture."""
        for k, ln in enumerate(lines[:6]):
            if ln.role == "PAGE":
                if BANNER_LINE.search(ln.text) and all(l.role in ("TITLE", "COLUMN") for l in lines[:k]):
                    for l in lines[:k]:
                        l.role = "PAGE"
                break

    @staticmethod
    def _inside_long_para(ln: Line, plines: list[Line]) -> bool:
        """A short unpunctuated line between long lines of a web-style paragraph."""
        i = plines.index(ln)
        prev_long = i > 0 and len(plines[i - 1].text) >= 40
        next_long = i + 1 < len(plines) and len(plines[i + 1].text) >= 40
        return prev_long and next_long

    # ------------------------------------------------------------ articles
    def group(self, lines: list[Line]) -> None:
        # paragraph units: consecutive lines of one paragraph and one role
        units: list[list[Line]] = []
        for ln in lines:
            if units and units[-1][-1].para == ln.para and units[-1][-1].role == ln.role:
                units[-1].append(ln)
            else:
                units.append([ln])
        role = lambda u: u[0].role
        # a paper whose articles open with source tags or bylines: there, a short two-line
        # title before untagged body text is a crosshead, not a new article's headline
        openers = sum(1 for u in units if role(u) == "BYLINE" or (role(u) == "BODY" and SOURCE_OPEN.match(u[0].text) and not u[0].closing))
        tagged = openers >= 2
        # web text (long lines) with at most one byline is one article: its later title
        # decks are crossheads, unless a column marker (■链接) opens a sidebar
        one_web_article = column_width(lines) is None and openers <= 1
        n_art = 0
        current = None
        has_body: dict[int, int] = {}
        pending: list[list[Line]] = []      # a title deck waiting for its article
        orphans: list[list[list[Line]]] = []

        def flush_deck(article: int | None):
            nonlocal pending
            if pending:
                self._label_deck(pending)
                if article is None:
                    orphans.append(pending)
                else:
                    for u in pending:
                        for ln in u:
                            ln.article = article
            pending = []

        for k, u in enumerate(units):
            r = role(u)
            if r in ("COLUMN", "PAGE"):
                continue
            if r in ("TITLE", "SUBHEAD"):
                if (one_web_article and r == "TITLE" and current is not None and not pending
                        and has_body.get(current, 0) >= self.min_body_chars and units[k - 1][0].role != "COLUMN"
                        and self._body_follows(units, k)):
                    for v in self._deck(units, k):
                        for ln in v:
                            ln.role = "CROSSHEAD"
                            ln.article = current
                    continue
                if units[k][0].role == "CROSSHEAD":          # taken by the deck before it
                    continue
                # a lone title line inside a running article, followed by its body, is a crosshead
                nxt = units[k + 1] if k + 1 < len(units) else None
                if (r == "TITLE" and not pending and current is not None and has_body.get(current, 0)
                        >= self.min_body_chars and nxt is not None and role(nxt) == "BODY"
                        and (k == 0 or units[k - 1][0].role != "COLUMN")        # ■链接 opens a sidebar
                        and not SOURCE_OPEN.match(nxt[0].text)
                        and (len(u) == 1 or (tagged and len(u) == 2 and sum(len(l.text) for l in u) <= 30))
                        and not self._deck_follows(units, k)):
                    for ln in u:
                        ln.role = "CROSSHEAD"
                        ln.article = current
                    continue
                pending.append(u)
                continue
            if r == "CROSSHEAD":
                if pending:
                    flush_deck(None)
                if current is None:
                    n_art += 1
                    current = n_art
                for ln in u:
                    ln.article = current
                continue
            starts = (r == "BYLINE" or (r == "BODY" and SOURCE_OPEN.match(u[0].text) and not u[0].closing)
                      or (r == "CAPTION" and not (one_web_article and current is not None))
                      or pending or current is None)
            if r == "BODY" and (not SOURCE_OPEN.match(u[0].text) or u[0].closing) and not pending \
                    and current is not None:
                starts = False
            if r == "BYLINE" and not pending and current is not None and self._prev_role(units, k) == "BYLINE":
                starts = False      # several credit lines, maybe with a date line between
            if r == "BODY" and starts and not pending and current is not None and not has_body.get(current) \
                    and self._prev_role(units, k) == "BYLINE":
                starts = False      # □通讯员李继敏报道, then 本报讯 近日…: one article's byline and body
            if starts:
                n_art += 1
                current = n_art
                flush_deck(current)
            for ln in u:
                ln.article = current
            if r in ("BODY", "CAPTION"):
                has_body[current] = has_body.get(current, 0) + sum(len(l.text) for l in u)
            if r == "CAPTION":
                current = None if k + 1 < len(units) and role(units[k + 1]) != "BODY" else current
        flush_deck(None)
        self._attach_orphans(lines, orphans)

    @staticmethod
    def _prev_role(units, k) -> str | None:
        """Role of the nearest earlier unit that is not page furniture or a column name."""
        for u in reversed(units[:k]):
            if u[0].role not in ("PAGE", "COLUMN"):
                return u[0].role
        return None

    @staticmethod
    def _deck(units, k) -> list:
        """The title units from ``k`` up to the next non-title unit."""
        out = []
        for u in units[k:]:
            if u[0].role not in ("TITLE", "SUBHEAD"):
                break
            out.append(u)
        return out

    @classmethod
    def _body_follows(cls, units, k) -> bool:
        nxt = k + len(cls._deck(units, k))
        return nxt < len(units) and units[nxt][0].role == "BODY" and not SOURCE_OPEN.match(units[nxt][0].text)

    @staticmethod
    def _deck_follows(units, k) -> bool:
        return k + 1 < len(units) and units[k + 1][0].role in ("TITLE", "SUBHEAD", "BYLINE")

    @staticmethod
    def _label_deck(deck: list[list[Line]]) -> None:
        """KICKER* HEADLINE SUBHEAD*: the last plain title before a subhead is the headline."""
        titles = [u for u in deck if u[0].role == "TITLE"]
        if not titles:
            return
        head = titles[-1]
        # a factual line after the headline with figures is a subhead (decision 1)
        last_text = "".join(l.text for l in titles[-1]).strip()
        first_text = "".join(l.text for l in titles[0]).strip()
        if re.search(r"\d", last_text) and (len(titles) >= 3 or len(last_text) < len(first_text)):
            # (of two, a shorter line of figures under the headline: 一年完成招投标300宗)
            for ln in titles[-1]:
                ln.role = "SUBHEAD"
            head = titles[-2]
        head_text = "".join(l.text for l in head).strip()
        seen_head = False
        for u in titles:
            repeated = u is head or "".join(l.text for l in u).strip() == head_text   # a title printed twice
            for ln in u:
                if repeated:
                    ln.role = "HEADLINE"
                elif ln.role == "TITLE":
                    ln.role = "SUBHEAD" if seen_head else "KICKER"
            seen_head = seen_head or u is head

    @staticmethod
    def _attach_orphans(lines: list[Line], orphans) -> None:
        if not orphans:
            return
        bodies: dict[int, set] = {}
        headed = set()
        for ln in lines:
            if ln.article is not None and ln.role in ("BODY", "CAPTION", "CROSSHEAD"):
                bodies.setdefault(ln.article, set()).update(bigrams(ln.text))
            if ln.article is not None and ln.role == "HEADLINE":
                headed.add(ln.article)
        for deck in orphans:
            grams = bigrams("".join(ln.text for u in deck for ln in u))
            best, best_score = None, 0.0
            for art, bg in bodies.items():
                score = len(grams & bg) / (len(grams) or 1) + (0.25 if art not in headed else 0.0)
                if score > best_score:
                    best, best_score = art, score
            if best is None:
                best = max(bodies, default=0) + 1
            for u in deck:
                for ln in u:
                    ln.article = best
            headed.add(best)

    # ------------------------------------------------------------ pipeline
    def __call__(self, doc: Doc) -> Doc:
        norm = doc._.norm_text or doc.text
        byl = [(s.start_char, s.end_char, s.label_) for s in doc.spans.get("bylines", [])]
        lines = self.assign_roles(norm, byl)
        self.group(lines)
        for ln in lines:
            if ln.role == "TITLE":
                ln.role = "HEADLINE"
            if ln.role in ("COLUMN", "PAGE"):
                ln.article = None
            elif ln.article is None:
                ln.article = 0
        if self.line_classifier and self.line_model is not None and lines and self._one_article(lines):
            self._classify(norm, lines)
        spans = []
        run: list[Line] = []

        def close():
            if run:
                sp = doc.char_span(run[0].start, run[-1].end, label=run[0].role, alignment_mode="expand")
                if sp is not None:
                    sp._.article = run[0].article
                    spans.append(sp)

        for ln in lines:
            if run and (ln.para != run[-1].para or ln.role != run[-1].role or ln.article != run[-1].article):
                close()
                run = []
            run.append(ln)
        close()
        doc.spans[self.spans_key] = spans
        return doc

    @staticmethod
    def _one_article(lines: list[Line]) -> bool:
        """A page with at most one byline or source tag (a web page of one article): there the
        classifier beats the rules held out; on a newspaper page of several tagged articles the
        rules do (docs/design.md, "Line roles")."""
        return sum(1 for ln in lines if ln.role == "BYLINE" or SOURCE_OPEN.match(ln.text)) <= 1

    def _classify(self, text: str, lines: list[Line]) -> None:
        """The trained classifier's role for every line, from its features and the rule role;
        a line taken out of the furniture joins the article of the content before it.  Furniture
        known by its text (``is_furniture``: 索引号:, 首页 >, a copyright line) stays PAGE, a line
        saying where people stand in a photo (石录明(右一)) a caption; a
        salutation, a speaker's tag or a lead-in (各位代表:, 居民 陈代贵:, …主要抓好以下工作:) stays in
        the body, and a numbered heading (一、活动名称) is a crosshead."""
        from ..line_roles import ROLES, page_features

        X = page_features(text, [ln.role for ln in lines], lines)
        predicted = [ROLES[i] for i in self.line_model.predict(X).argmax(axis=1)]
        titles = ("HEADLINE", "KICKER", "SUBHEAD", "CROSSHEAD")
        predicted = ["PAGE" if ln.role == "PAGE" and ln.furniture
                     else "CAPTION" if ln.role == "CAPTION" and (POSITION_MARK.search(ln.text) or SCENE_CAPTION.fullmatch(ln.text)
                                                                 or said_of_picture(ln.text))
                     else "SUBHEAD" if ln.role == "SUBHEAD" and ABSTRACT_LINE.match(ln.text)
                     else "BODY" if r in titles and (SALUTATION.search(ln.text) or LEAD_IN.search(ln.text))
                     else "CROSSHEAD" if r == "BODY" and NUMBERED_HEAD.fullmatch(ln.text)
                     else r for ln, r in zip(lines, predicted)]
        last = None
        for ln, role in zip(lines, predicted):
            ln.role = role
            if role in ("COLUMN", "PAGE"):
                ln.article = None
            elif ln.article is None:
                ln.article = last if last is not None else next(
                    (l.article for l in lines if l.article is not None), 0)
            if ln.article is not None:
                last = ln.article

    def to_disk(self, path, *, exclude=()):
        import json
        from pathlib import Path

        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.line_model is not None:
            (path / "line_classifier.bin").write_bytes(self.line_model.to_bytes())
            (path / "line_classifier.json").write_text(json.dumps({"n_features": self.line_model.get_dim("nI")}))

    def from_disk(self, path, *, exclude=()):
        import json
        from pathlib import Path

        from ..line_roles import LineRoleClassifier

        path = Path(path)
        if (path / "line_classifier.bin").exists():
            n = json.loads((path / "line_classifier.json").read_text())["n_features"]
            model = LineRoleClassifier(n).model
            self.line_model = model.from_bytes((path / "line_classifier.bin").read_bytes())
        return self

    def score(self, examples, **kwargs):
        from ..scoring import score_block_examples
        return score_block_examples(examples)


@Language.factory("article_splitter", assigns=["doc.spans"],
                  default_config={"spans_key": "blocks", "min_body_chars": 60, "line_classifier": False},
                  default_score_weights={"blocks_role_acc": 0.5, "blocks_article_f": 0.5})
def make_article_splitter(nlp: Language, name: str, spans_key: str, min_body_chars: int,
                          line_classifier: bool) -> ArticleSplitter:
    return ArticleSplitter(nlp, name, spans_key, min_body_chars, line_classifier)
