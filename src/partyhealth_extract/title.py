"""The report's headline, when it has one.

Reports copied from the web and from PDFs start with furniture before the
headline: a site or newspaper name, a breadcrumb (`首页 > 新闻中心`), a WeChat
header (`点击蓝字 关注我们`, `… 发表于湖北`), a masthead (`2023年6月9日 星期五 第3版`),
a dateline, a list of the page's stories. The headline is the first line after
that furniture, when it is headline-like: short, without sentence punctuation
(a line with a comma or an exclamation mark counts only when it stands alone
in its paragraph or has a subtitle). When
the first line after the furniture is body text (a PDF page that starts in the
middle of a sentence), the report has no headline: None.

A subtitle that starts with a dash (`——某某医院……纪实`) is joined to it, even
across a blank line; so is a second short line in the same paragraph (a kicker
and its main headline, or `（第12期）`).
"""

from __future__ import annotations

import regex

from .normalize import fold

MAX_TITLE_CHARS = 80
MIN_TITLE_CHARS = 6      # shorter lines are column labels or account names (综合新闻, 营口三院)
SCAN_CHARS = 3000        # the headline stands near the top
_SUBTITLE_DASH = ("——", "—", "--")

_FURNITURE = regex.compile(
    r"""
      首页 | 当前位置 | 您的位置 | 现在的位置 | 您当前的位置 | 网站首页 | 导航 | 导读 | 编印 | 热线 | 电话 | 内部资料 | 准印 | 内字
    | [>»›]                                     # a breadcrumb arrow
    | 点击.{0,4}蓝字 | 关注我们 | 关注[“"] | 发表于 | ^原创 | 阅读原文 | 阅读量 | 浏览次数 | 浏览量 | 点击数 | 点击量 | 访问量
    | 字号 | 字体 | 打印 | 关闭窗口 | 分享到 | 上一篇 | 下一篇 | 上一版 | 下一版 | 往期
    | (?:来源|作者|编辑|责编|责任编辑|美术编辑|美编|审核|校对|主办|主编|发布时间|发布日期|文|图|摄影|版式)\s*[:/|]
    | 第\s*[\d一二三四五六七八九十]+\s*版 | 星期[一二三四五六日天] | 总第\s*\d+\s*期
    | ^\d{4}\s*[-年/.]\s*\d{1,2}                 # a line that starts with a date: a dateline
    | \s\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?$   # ... or ends with one after a space
    | ^[·•●▪◆■\-*]                              # a list of the page's stories
    | ^本报讯 | ^本报记者
    | 报\s+\d{4}\s*年                            # a masthead: 某某日报　2023年8月24日 …
    | \|.*\|                                    # a navigation bar: 首页 | 医院概况 | …
    """,
    regex.X,
)
# A line that is only a site, newspaper or institution name: the page's header.
_SITE_NAME = regex.compile(
    r"^[\p{Han}A-Za-z0-9·]{2,24}?(?:日报|晚报|数字报|健康报|医院报|新闻网|融媒体中心|人民政府|"
    r"卫生健康委员会|卫健委|卫健局|门户网站|网站|医院|中医院|卫生院|保健院|服务中心)$"
)
_PARAGRAPHS = regex.compile(r"(?:\r\n|\r|\n)[ \t\u3000]*(?:\r\n|\r|\n)")
_SENTENCE_END = regex.compile(r"[。；;]")
_COMMA = regex.compile(r"[，,！!？?]")  # in a headline only when it stands alone (48小时！56.3万人次！)
_HAN = regex.compile(r"\p{Han}")
_LATIN = regex.compile(r"[A-Za-z]")
_INNER_SPACE = regex.compile(r"[ \t\u3000]+")


def _clean(line: str) -> str:
    return line.strip(" \t\u3000\r\ufeff\u00a0")


def _is_furniture(line: str) -> bool:
    line = fold(line)  # full-width forms and traditional characters, as the rules are written
    compact = _INNER_SPACE.sub("", line)
    han = len(_HAN.findall(line))
    return (
        len(compact) < MIN_TITLE_CHARS
        or han < 4
        or len(_LATIN.findall(line)) > han  # QIJIANG DISTRICT PEOPLE'S HOSPITAL
        or bool(_FURNITURE.search(line))
        or bool(_SITE_NAME.match(compact))
    )


def _headline_like(line: str, alone: bool) -> bool:
    if len(line) > MAX_TITLE_CHARS or _SENTENCE_END.search(line):
        return False
    return alone or not _COMMA.search(line)


def find_title(source: str) -> str | None:
    paragraphs = [
        lines for lines in (
            [_clean(x) for x in para.splitlines() if _clean(x)]
            for para in _PARAGRAPHS.split(source[:SCAN_CHARS])
        ) if lines
    ]
    for p, lines in enumerate(paragraphs):
        for i, line in enumerate(lines):
            if _is_furniture(line):
                continue
            rest = lines[i + 1:]
            following = rest[0] if rest else (paragraphs[p + 1][0] if p + 1 < len(paragraphs) else "")
            subtitle = following.startswith(_SUBTITLE_DASH)
            if not _headline_like(line, alone=not rest or subtitle):
                return None  # body text comes first: no headline
            if subtitle:
                return line + following
            if len(rest) == 1 and not _is_furniture(rest[0]) and _headline_like(rest[0], alone=False):
                return line + rest[0]  # kicker + main headline, or an issue number
            return line
    return None
