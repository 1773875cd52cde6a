"""Transaction dates and times, absolute or relative to the mail's Date, as ISO 8601."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from triage.extract.spans import Claims, Context, Hit

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAYS = {
    "mon": 0,
    "tue": 1,
    "wed": 2,
    "thu": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
    "一": 0,
    "二": 1,
    "三": 2,
    "四": 3,
    "五": 4,
    "六": 5,
    "日": 6,
    "天": 6,
}
_WEEKDAY_FULL = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# French, Spanish and German weekdays, Monday first
_FOREIGN_WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("lundi", "lunes", "montag"),
    ("mardi", "martes", "dienstag"),
    ("mercredi", "miércoles", "miercoles", "mittwoch"),
    ("jeudi", "jueves", "donnerstag"),
    ("vendredi", "viernes", "freitag"),
    ("samedi", "sábado", "sabado", "samstag"),
    ("dimanche", "domingo", "sonntag"),
)
_FOREIGN_WEEKDAY = "(?:" + "|".join(w for day in _FOREIGN_WEEKDAYS for w in day) + ")"
_WEEKDAY_ANY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)"
)
_ZH_DIGITS = {
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}
_SMALL_WORDS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "couple of": 2,
    "couple": 2,
}
_PM_WORDS = (
    *("afternoon", "evening", "night", "tonight"),
    *("下午", "晚上", "傍晚", "晚", "夜", "晏晝", "下晝"),
)


@dataclass(frozen=True)
class _DatePart:
    day: date
    start: int
    end: int
    pm_hint: bool  # "yesterday afternoon": a bare "3" means 15:00


def _zh_number(text: str) -> int | None:
    """Parse "3", "十二", "二十", "两" and similar small numbers."""
    if text.isdigit():
        return int(text)
    if not text or any(c not in _ZH_DIGITS for c in text):
        return None
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + _ZH_DIGITS[text[1]]
    if len(text) == 1:
        return _ZH_DIGITS[text]
    if len(text) == 2 and text[1] == "十":
        return _ZH_DIGITS[text[0]] * 10
    if len(text) == 3 and text[1] == "十":
        return _ZH_DIGITS[text[0]] * 10 + _ZH_DIGITS[text[2]]
    return None


_HOLIDAYS = (
    # days named by their holiday ("元旦", "on Christmas Eve")
    r"(?P<hol>元旦|圣诞节|圣誕節|平安夜|情人节|(?<![一二三四五六七八九十百千万\d])五一"
    r"(?![一二三四五六七八九十百千万\d])|劳动节|勞動節|勞动節|国庆節|国庆节?|國慶節?"
    r"|双十一|雙十一|双11|雙11|双十二|雙十二|双12|雙12|妇女节|婦女節|儿童节|兒童節"
    # lunar holidays, read through a table of years (_LUNAR_DAYS)
    r"|除夕|大年三十|年三十|春节|春節|大年初一|年初一|正月初一|元宵节|元宵節|端午節|端午节?"
    r"|中秋節|中秋节?|清明節|清明节?"
    r"|(?<![A-Za-z])(?:(?:chinese|lunar)\s+new\s+year['’]?s\s+eve"
    r"|(?:chinese|lunar)\s+new\s+year(?:['’]?s\s+day)?|spring\s+festival"
    r"|mid[\s-]?autumn(?:\s+festival)?|moon\s+festival|dragon\s+boat(?:\s+festival)?"
    r"|lantern\s+festival"
    r"|new\s+year['’]?s\s+(?:day|eve)|christmas\s+(?:day|eve)"
    r"|boxing\s+day|valentine['’]?s\s+day|halloween|(?<=on\s)christmas)(?![A-Za-z]))"
)


# Holiday names (lower-cased text, no flags): only a mail that has one pays for the longer
# pattern with every holiday in it.
_HOLIDAY_HINT = re.compile(
    r"元旦|圣诞|圣誕|平安夜|情人节|五一|劳动|勞動|勞动|国庆|國慶|双十|雙十|双1|雙1|妇女|婦女|儿童|兒童"
    r"|除夕|年三十|春节|春節|初一|元宵|端午|中秋|清明|new\s+year|christmas|boxing|valentine"
    r"|halloween|spring\s+festival|autumn|moon\s+festival|dragon\s+boat|lantern"
)


@cache
def _absolute_re(holidays: bool = True) -> re.Pattern[str]:
    # without holidays the group is kept and never matches, so every reader of "hol" works
    hol = _HOLIDAYS if holidays else r"(?P<hol>(?!))"
    return re.compile(
        "|".join(
            (
                r"(?P<iso>(?<![\d.])(?P<iy>(?:19|20)\d{2})(?P<isep>[-/.])(?P<im>\d{1,2})"
                r"(?P=isep)(?P<id>\d{1,2})(?!\d|\.\d))",
                r"(?P<zh>(?:(?P<zy>(?:19|20)?\d{2})\s*年\s*)?(?P<zm>\d{1,2}|[一二三四五六七八九十]{1,2})"
                r"\s*月\s*(?P<zd>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号號]?)",
                r"(?P<num>(?<![\d./\-])(?P<na>\d{1,2})(?P<nsep>[/.\-])(?P<nb>\d{1,2})(?P=nsep)"
                r"(?P<ny>\d{4}|\d{2})(?![\d/\-]|\.\d))",
                r"(?P<onnum>(?<![A-Za-z])on\s+(?P<oa>\d{1,2})/(?P<ob>\d{1,2})(?![\d/]))",
                # the European short form after a date word: "Überweisung vom 28.08.", "am 3.5."
                # (not after "on"/"since": "I'm on 6.1." is an app version)
                r"(?P<dotdm>(?<![A-Za-zäöü])(?:vom|am|seit|le|du|el|del)\s+"
                r"(?P<ga>\d{1,2})\.(?P<gb>\d{1,2})\.(?![\d.]))",
                hol,
                r"(?P<dmy>(?<![\d])(?P<dd>\d{1,2})(?:st|nd|rd|th)?\s*(?:of\s+)?"
                + _MONTH.replace("mon>", "dmon>")
                + r"(?![a-z])\.?(?:,?\s*(?P<dy>(?:19|20)\d{2})(?!\d))?)",
                # "on the 18th": a day of the mail's month (or the month before)
                r"(?P<dayonly>(?<![A-Za-z])(?:on|since|from|as\s+of|(?:morning|afternoon|evening"
                r"|night)\s+of)\s+the\s+(?P<od>\d{1,2})"
                r"(?:st|nd|rd|th)(?![A-Za-z])"
                r"(?!\s*(?:of\s+)?" + _MONTH.replace("(?P<mon>", "(?:") + r")"
                # "on the 1st of this month", "the 28th of last month"
                r"(?:\s+of\s+(?P<orel>this|last|the\s+last)\s+month(?![A-Za-z]))?"
                r"(?!\s+of\s+(?:next|this|the|every|each))"
                r"(?!\s+(?:time|attempt|try|day|week|page|floor|step|screen|one|payment|transfer"
                r"|version|update|release|level|row|item|line|place|position|person|customer"
                r"|transaction)s?\b))",
                # "我3号转的", "上个月15号", "这个月8号晚上": a day of the month in Chinese
                r"(?P<zday>(?<![\d月.\-/])(?P<zrel>上个?月|上個?月|这个?月|這個?月|本月)?\s*"
                r"(?P<zdd>\d{1,2}|(?<![一二三四五六七八九十两])[一二三四五六七八九十]{1,3})\s*(?:[号號](?![码碼线線楼樓门門机機床桌房窗口位键鍵卡店院馆館车車厅廳"
                r"柜櫃台场場文件码人箱])|日(?![内內以之后後前左]|元|币|幣|圆|圓)))",
                r"(?P<mdy>(?<![A-Za-z])"
                + _MONTH.replace("mon>", "mmon>")
                + r"\.?\s+(?P<md>\d{1,2})(?:st|nd|rd|th)?(?![\d:])"
                r"(?:,?\s*(?P<my>(?:19|20)\d{2})(?!\d))?)",
            )
        ),
        re.IGNORECASE,
    )


@cache
def _relative_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<![A-Za-z])(?P<en>today|tonight|yesterday|the\s+day\s+before\s+yesterday"
        # the words for yesterday and today in the languages mixed into English mails:
        # Spanish, French, Malay, Tagalog, Hinglish ("kal raat": last night)
        r"|(?P<fy>ayer|anoche|hier|semalam|kahapon|kal\s+raat|gestern|ontem|ieri|kemarin|dün"
        r"|hôm\s+qua)"
        r"|(?P<ft>hoy|aujourd'hui|aaj|heute|hoje|oggi|hari\s+ini|bugün|hôm\s+nay"
        # "depuis ce matin", "since this morning", "about an hour ago": today
        r"|(?:depuis\s+)?ce\s+matin|esta\s+mañana|since\s+(?:this\s+)?(?:morning|afternoon)"
        r"|(?:about\s+|around\s+|like\s+)?(?:an|one|two|three|a\s+couple\s+of|\d{1,2})\s+"
        r"(?:hours?|mins?|minutes?)\s+ago"
        r"|earlier\s+today|earlier(?=\s+(?:at|around|about)\s+\d))"
        r"|(?:depuis|desde|since|seit)\s+(?:el\s+|le\s+|dem\s+)?(?P<fwd>" + _FOREIGN_WEEKDAY + r")"
        r"|this\s+(?:morning|afternoon|evening)|last\s+night"
        # "3 days back": said for "ago" too
        r"|(?P<ago>\d{1,2}|a|one|two|three|four|five|six|seven|couple(?:\s+of)?)\s+days?\s+"
        r"(?:ago|back)"
        r"|(?P<wago>a|one|two|three|four|[1-4])\s+weeks?\s+(?:ago|back)"
        r"|(?P<wdlw>" + _WEEKDAY_FULL + r")\s+(?:of\s+)?last\s+week"
        r"|(?P<on>last|on|this\s+past|past)\s+(?P<lwd>" + _WEEKDAY_ANY + r")"
        r"|(?P<wd>" + _WEEKDAY_FULL + r")"
        # "Tues 10am": a short weekday alone only when a time follows it
        r"|(?-i:(?P<wdt>Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun))"
        r"(?=\.?\s*(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m|\d{1,2}:\d{2})))"
        # "on Mon. 10:30": the abbreviation's dot before a time
        r"(?:(?<=[a-z])\.(?=\s*\d))?"
        r"(?:\s+(?:morning|afternoon|evening|night))?(?![A-Za-z])"
        # 尋日/琴日: Cantonese for yesterday
        # "前晚": the night before last (not 之前晚上, 提前晚了)
        # 琴晚/尋晚: Cantonese for last night; 今朝: this morning; 刚才/剛才: just now
        r"|(?P<zh>大前天|前天|(?<![之提以先眼目从從此事空当當日])前晚(?![上了点點])|昨天|昨日|昨晚上|昨晚|昨夜|昨儿个|昨儿|尋日|寻日|琴日|琴晚|尋晚|寻晚|今天|今日|今早|今晨|今晚|今朝|刚才|剛才|刚刚|剛剛|頭先|头先"
        r"|(?P<zlast>上周|上星期|上礼拜|上個星期|上个星期|上个礼拜)(?P<zlwd>[一二三四五六日天])"
        r"|(?<![一上下])(?:本周|这周|周|星期|礼拜)(?P<zwd>[一二三四五六日天])"
        r"|(?P<zago>\d{1,2}|[一二三四五六七八九十两])天前"
        r"|(?P<zwago>(?P<zwn>[一两二三四1-4])(?:个|個)?(?:周|星期|礼拜|禮拜)前))",
        re.IGNORECASE,
    )


@cache
def _time_re() -> re.Pattern[str]:
    return re.compile(
        r"(?P<en>(?P<eh>\d{1,2})(?:[:.](?P<em>\d{2}))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)(?![A-Za-z])"
        r"|(?P<h24>\d{1,2}):(?P<m24>\d{2})(?::\d{2})?(?![\d:])"
        r"|(?P<noon>noon|midday|midnight)"
        # "às 14h20", "à 9h30": hours written with an h
        r"|(?P<hh>\d{1,2})h(?P<hm>\d{2})(?![\dA-Za-z])"
        # "gegen 18 Uhr": German hours
        r"|(?P<uhr>\d{1,2})(?::(?P<uhrm>\d{2}))?\s*Uhr(?![A-Za-z])"
        r"|(?:at|@)\s*(?P<hdot>\d{1,2})\.(?P<mdot>\d{2})(?![\d.,]|\s*[ap]\.?m\.?(?![A-Za-z])))"
        r"|(?P<zh>(?P<zp>凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜间|晏晝|晏昼|下晝|夜晚)?\s*"
        r"(?P<zhh>\d{1,2}|[零一二三四五六七八九十两]{1,3})\s*(?:[点點时時]\s*(?:(?P<zmm>\d{1,2}"
        r"|[一二三四五六七八九十]{1,3})\s*分?|(?P<half>半)|(?P<qtr>一刻))?|[:：]\s*(?P<zcm>\d{2})))"
        # a bare hour ("this morning around 7"): kept only after at/around and a part of day
        r"|(?P<bh>\d{1,2})(?![\d:\u4e00-\u9fff]|[.,]\d|\s*(?:%|[ap]\.?m\b|h\b|hrs?\b|hours?"
        r"|min|times|days?|weeks?|euros?|dollars?|pounds?|quid|bucks|[$€£¥]|\d))",
        re.IGNORECASE,
    )


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _infer_year(m: int, d: int, ref: date | None) -> date | None:
    if ref is None:
        return None
    found = _safe_date(ref.year, m, d)
    if found is not None and found > ref + timedelta(days=1):
        if found <= ref + timedelta(days=_AHEAD_DAYS):
            # "flying to Denpasar on 20 July", "还款日 7 月 18 日": a day coming up, no past day
            return None
        found = _safe_date(ref.year - 1, m, d)
    return found


# A date without a year up to this far ahead is one coming up; further is last year's
# ("on 28 December" in a January mail).
_AHEAD_DAYS = 62


def _day_of_recent_month(day: int, ref: date | None) -> date | None:
    """Day ``day`` of the reference month, or of the month before when that is in the future."""
    if ref is None:
        return None
    found = _safe_date(ref.year, ref.month, day)
    if found is None or found > ref + timedelta(days=1):
        year, month = (ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12)
        found = _safe_date(year, month, day)
    return found


def _day_month(a: int, b: int, y: int, ctx: Context, ref: date | None) -> date | None:
    """Resolve a numeric a/b/y date: the unambiguous reading, else the region's, else the past."""
    day_first = _safe_date(y, b, a)
    month_first = _safe_date(y, a, b)
    if day_first is None or month_first is None or day_first == month_first:
        return day_first or month_first
    preferred, other = (day_first, month_first) if ctx.day_first else (month_first, day_first)
    if ref is not None and preferred > ref + timedelta(days=1) and other <= ref:
        return other
    return preferred


def _absolute(m: re.Match[str], ctx: Context, ref: date | None) -> date | None:
    g = m.group
    if g("iso"):
        return _safe_date(int(g("iy")), int(g("im")), int(g("id")))
    if g("zh"):
        month, day = _zh_number(g("zm")), _zh_number(g("zd"))
        if month is None or day is None:
            return None
        if g("zy"):
            year = int(g("zy"))
            return _safe_date(year + 2000 if year < 100 else year, month, day)
        return _infer_year(month, day, ref)
    if g("num"):
        year = int(g("ny"))
        if year < 100:
            if g("nsep") == ".":
                return None  # "5.2.24" is more likely a version than a date
            year += 2000
        return _day_month(int(g("na")), int(g("nb")), year, ctx, ref)
    if g("onnum"):
        if ref is None:
            return None
        found = _day_month(int(g("oa")), int(g("ob")), ref.year, ctx, ref)
        if found is not None and found > ref + timedelta(days=1):
            # written without a year, so the last one ("on 12/29" in a January mail)
            found = _day_month(int(g("oa")), int(g("ob")), ref.year - 1, ctx, ref)
        return found
    if g("dotdm"):
        found = _safe_date(ref.year if ref else 1, int(g("gb")), int(g("ga")))
        return None if found is None else _infer_year(found.month, found.day, ref)
    if g("hol"):
        lunar = _lunar_holiday(g("hol"))
        if lunar is not None:
            return _lunar_day(lunar, ref)
        month, day = _holiday_day(g("hol"))
        return _infer_year(month, day, ref)
    if g("dayonly"):
        if g("orel") and ref is not None:
            if g("orel").lower() == "this":
                return _safe_date(ref.year, ref.month, int(g("od")))
            last = ref.replace(day=1) - timedelta(days=1)
            return _safe_date(last.year, last.month, int(g("od")))
        return _day_of_recent_month(int(g("od")), ref)
    if g("zday"):
        day = _zh_number(g("zdd"))
        if ref is None or day is None:
            return None
        rel = g("zrel") or ""
        if rel.startswith("上"):
            last = ref.replace(day=1) - timedelta(days=1)
            return _safe_date(last.year, last.month, day)
        if rel:
            return _safe_date(ref.year, ref.month, day)
        return _day_of_recent_month(day, ref)
    if g("dmy"):
        month = _MONTHS[g("dmon")[:3].lower()]
        if g("dy"):
            return _safe_date(int(g("dy")), month, int(g("dd")))
        return _infer_year(month, int(g("dd")), ref)
    month = _MONTHS[g("mmon")[:3].lower()]
    if g("my"):
        return _safe_date(int(g("my")), month, int(g("md")))
    return _infer_year(month, int(g("md")), ref)


@cache
def _awaited_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    before = re.compile(
        r"(?<![A-Za-z])(?:due(?:\s+(?:on|by|date\s+is))?|by|before|until|till|no\s+later\s+than"
        r"|deadline\s+is|scheduled\s+(?:it\s+)?(?:for|on)|must\s+arrive\s+(?:on|by))"
        r"\s+(?:the\s+)?$",
        re.IGNORECASE,
    )
    after = re.compile(r"\s*(?:之前|以前|前|为止|為止|到期)")
    return before, after


def _date_awaited(text: str, start: int, end: int) -> bool:
    """A calendar date the customer waits for or must meet is no transaction date."""
    before_re, after_re = _awaited_res()
    return bool(before_re.search(text, max(0, start - 30), start) or after_re.match(text, end))


def _holiday_not_a_day(text: str, start: int, end: int) -> bool:
    """A holiday waited for ("before Christmas", "圣诞节前"), wished ("元旦快乐") or meant as a
    season ("元旦假期") names no transaction day."""
    before_re, after_re = _deadline_res()
    if before_re.search(text[max(0, start - 24) : start]) or after_re.match(text, end, end + 16):
        return True
    if re.search(r"(?:happy|merry)\s+$", text[max(0, start - 8) : start], re.IGNORECASE):
        return True
    if re.search(
        r"(?<![A-Za-z])(?:after|since|during|over|throughout)\s+(?:the\s+)?$",
        text[max(0, start - 16) : start],
        re.IGNORECASE,
    ):
        return True  # "after Chinese New Year", "during Mid-Autumn": a stretch, not a day
    if re.match(
        r"\s*(?:holidays?|break|week|season|sales?|period|promo(?:tion)?s?|offers?|campaign"
        r"|deals?|events?|specials?|bonus|cashback|party|dinner|gifts?)(?![A-Za-z])",
        text[end : end + 12],
        re.IGNORECASE,
    ):
        return True  # "the Lunar New Year holiday", "Halloween sale"
    return (
        re.match(
            r"\s*(?:快乐|快樂|假期|期间|期間|放假|长假|長假|小长假|黄金周|黃金週|前后|前後|后|後"
            r"|以后|以後|之后|之後|过后|過後|这几天|這幾天|那几天|那幾天|活动|活動|大促|促销|促銷)",
            text[end : end + 4],
        )
        is not None
    )


# "中秋节前一天", "除夕后一天": the day before or after a holiday
_HOLIDAY_SHIFT = re.compile(r"(?:节|節)?(?:的)?(前一天|前一日|后一天|後一天|后一日|後一日|第二天)")

# Holidays that last a week or so: they name one day only with a day word after them
# ("五一那天", "国庆节当天", "春节那天晚上") or "on" before them ("on Chinese New Year").
_HOLIDAY_WEEKS = re.compile(
    r"五一|劳动节|勞動節|勞动節|国庆|國慶|春节|春節|年初一|(?i:(?:chinese|lunar)\s+new\s+year|spring\s+festival)$"
)
_HOLIDAY_DAY_AFTER = re.compile(
    r"[^\S\n]*(?:节|節)?(?:那天|那日|那一天|当天|當天|当日|當日|嗰日|嗰天|当晚|當晚|那晚|晚上|早上"
    r"|上午|下午|中午|凌晨|零点|零點|(?i:day|eve)(?![A-Za-z]))"
)


def _holiday_week_without_day(text: str, start: int, end: int) -> bool:
    """A week-long holiday named without a day word ("国庆去泰国玩"): no single day."""
    if not _HOLIDAY_WEEKS.match(text, start, end):
        return False
    if text[start].isascii() and re.search(
        r"(?<![A-Za-z])on\s+$", text[max(0, start - 4) : start], re.IGNORECASE
    ):
        return False
    return _HOLIDAY_DAY_AFTER.match(text, end) is None


# Lunar holidays by Gregorian year (public calendar facts); outside these years they give
# no date. 除夕 is the day before the Spring Festival, 元宵 the fifteenth day after it.
_SPRING_FESTIVAL = {
    2023: (1, 22),
    2024: (2, 10),
    2025: (1, 29),
    2026: (2, 17),
    2027: (2, 6),
    2028: (1, 26),
    2029: (2, 13),
    2030: (2, 3),
}
_LUNAR_DAYS: dict[str, dict[int, tuple[int, int]]] = {
    "spring": _SPRING_FESTIVAL,
    "dragon_boat": {
        2023: (6, 22),
        2024: (6, 10),
        2025: (5, 31),
        2026: (6, 19),
        2027: (6, 9),
        2028: (5, 28),
        2029: (6, 16),
        2030: (6, 5),
    },
    "mid_autumn": {
        2023: (9, 29),
        2024: (9, 17),
        2025: (10, 6),
        2026: (9, 25),
        2027: (9, 15),
        2028: (10, 3),
        2029: (9, 22),
        2030: (9, 12),
    },
    "qingming": {
        2023: (4, 5),
        2024: (4, 4),
        2025: (4, 4),
        2026: (4, 5),
        2027: (4, 5),
        2028: (4, 4),
        2029: (4, 4),
        2030: (4, 5),
    },
}


def _lunar_holiday(name: str) -> tuple[str, int] | None:
    """The table and the offset in days a lunar holiday's name refers to, else None."""
    word = " ".join(_fold_holiday(name).split())
    lunar_new_year = word.startswith(("chinese", "lunar"))
    if word in ("除夕", "大年三十", "年三十") or (lunar_new_year and word.endswith("eve")):
        return "spring", -1
    if (
        word in ("春节", "春節", "大年初一", "年初一", "正月初一", "spring festival")
        or lunar_new_year
    ):
        return "spring", 0
    if word.startswith(("元宵", "lantern")):
        return "spring", 14
    if word.startswith(("端午", "dragon")):
        return "dragon_boat", 0
    if word.startswith(("中秋", "mid", "moon")):
        return "mid_autumn", 0
    if word.startswith("清明"):
        return "qingming", 0
    return None


def _fold_holiday(name: str) -> str:
    """``name`` lower-cased with typographic apostrophes made plain."""
    return name.lower().replace("’", "'")


def _lunar_day(holiday: tuple[str, int], ref: date | None) -> date | None:
    """This year's day of a lunar holiday, or last year's when this year's is still ahead."""
    if ref is None:
        return None
    table, offset = _LUNAR_DAYS[holiday[0]], holiday[1]
    for year in (ref.year, ref.year - 1):
        if year in table:
            found = date(year, *table[year]) + timedelta(days=offset)
            if found <= ref + timedelta(days=1):
                return found
    return None


def _holiday_in_year(name: str, year: int) -> date | None:
    """The day of holiday ``name`` in ``year`` (None for a lunar one outside the table)."""
    lunar = _lunar_holiday(name)
    if lunar is None:
        return _safe_date(year, *_holiday_day(name))
    table, offset = _LUNAR_DAYS[lunar[0]], lunar[1]
    return date(year, *table[year]) + timedelta(days=offset) if year in table else None


def _holiday_day(name: str) -> tuple[int, int]:
    """Month and day of a fixed-date holiday."""
    word = " ".join(_fold_holiday(name).split())
    fixed = {
        "五一": (5, 1),
        "劳动节": (5, 1),
        "勞動節": (5, 1),
        "勞动節": (5, 1),
        "妇女节": (3, 8),
        "婦女節": (3, 8),
        "儿童节": (6, 1),
        "兒童節": (6, 1),
        "halloween": (10, 31),
    }
    if word in fixed:
        return fixed[word]
    if word.startswith(("国庆", "國慶")):
        return 10, 1
    if word.startswith(("双十一", "雙十一", "双11", "雙11")):
        return 11, 11
    if word.startswith(("双十二", "雙十二", "双12", "雙12")):
        return 12, 12
    if word in ("元旦", "new year's day", "new years day"):
        return 1, 1
    if word.startswith("new year"):
        return 12, 31
    if word in ("平安夜", "christmas eve"):
        return 12, 24
    if word.startswith(("圣诞", "圣誕", "christmas")):
        return 12, 25
    if word == "boxing day":
        return 12, 26
    return 2, 14  # Valentine's Day, 情人节


def _previous_weekday(ref: date, weekday: int, *, strictly: bool) -> date:
    back = (ref.weekday() - weekday) % 7
    if back == 0 and strictly:
        back = 7
    return ref - timedelta(days=back)


def _relative(m: re.Match[str], ref: date) -> date | None:
    g = m.group
    if g("fy"):
        return ref - timedelta(days=1)
    if g("ft"):
        return ref
    if g("fwd"):
        name = g("fwd").lower()
        weekday = next(i for i, day in enumerate(_FOREIGN_WEEKDAYS) if name in day)
        return _previous_weekday(ref, weekday, strictly=False)
    if g("en"):
        word = " ".join(g("en").lower().split())
        if g("wago"):
            weeks = _SMALL_WORDS.get(g("wago").lower()) or int(g("wago"))
            return ref - timedelta(days=7 * weeks)
        if g("wdlw"):
            monday = ref - timedelta(days=ref.weekday() + 7)
            return monday + timedelta(days=_WEEKDAYS[g("wdlw")[:3].lower()])
        if g("ago"):
            n = _SMALL_WORDS.get(g("ago").lower()) or int(g("ago"))
            return ref - timedelta(days=n)
        if g("lwd"):
            return _previous_weekday(ref, _WEEKDAYS[g("lwd")[:3].lower()], strictly=True)
        if g("wd") or g("wdt"):
            day = g("wd") or g("wdt")
            return _previous_weekday(ref, _WEEKDAYS[day[:3].lower()], strictly=False)
        if "before" in word:
            return ref - timedelta(days=2)
        if word.startswith(("yesterday", "last night")):
            return ref - timedelta(days=1)
        return ref
    word = g("zh")
    if g("zlwd"):
        this_week_monday = ref - timedelta(days=ref.weekday())
        return this_week_monday - timedelta(days=7) + timedelta(days=_WEEKDAYS[g("zlwd")])
    if g("zwd"):
        return _previous_weekday(ref, _WEEKDAYS[g("zwd")], strictly=False)
    if g("zwago"):
        return ref - timedelta(days=7 * (_zh_number(g("zwn")) or 1))
    if g("zago"):
        ago = _zh_number(g("zago"))
        return None if ago is None else ref - timedelta(days=ago)
    if word == "大前天":
        return ref - timedelta(days=3)
    if word in ("前天", "前晚"):
        return ref - timedelta(days=2)
    if word.startswith(("昨", "尋", "寻", "琴")):
        return ref - timedelta(days=1)
    return ref


def _time_value(m: re.Match[str], pm_hint: bool) -> tuple[int, int] | None:
    g = m.group
    if g("noon"):
        return (0, 0) if g("noon").lower() == "midnight" else (12, 0)
    if g("hh"):
        hour, minute = int(g("hh")), int(g("hm"))
        return (hour, minute) if hour < 24 and minute < 60 else None
    if g("uhr"):
        hour, minute = int(g("uhr")), int(g("uhrm") or 0)
        return (hour, minute) if hour < 24 and minute < 60 else None
    if g("bh"):
        hour = int(g("bh"))
        if not 1 <= hour <= 12:
            return None
        return (hour + 12 if pm_hint and hour < 12 else hour), 0
    if g("ap"):
        hour, minute = int(g("eh")), int(g("em") or 0)
        if not 1 <= hour <= 12:
            return None
        pm = g("ap").lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    elif g("h24") or g("hdot"):
        hour, minute = int(g("h24") or g("hdot")), int(g("m24") or g("mdot"))
        if pm_hint and hour < 12:
            hour += 12
    else:
        parsed_hour = _zh_number(g("zhh"))
        if parsed_hour is None:
            return None
        hour = parsed_hour
        minute = 0
        if g("zmm"):
            minute = _zh_number(g("zmm")) or 0
        elif g("zcm"):
            minute = int(g("zcm"))
        elif g("half"):
            minute = 30
        elif g("qtr"):
            minute = 15
        period = g("zp") or ""
        if (
            (
                period in ("下午", "傍晚", "晚上", "夜里", "夜间", "晏晝", "晏昼", "下晝", "夜晚")
                or (pm_hint and not period)
            )
            and 0 < hour < 12
        ) or (period == "中午" and hour < 11):
            hour += 12
    if hour > 23 or minute > 59:
        return None
    return hour, minute


@cache
def _joiner_after_re() -> re.Pattern[str]:
    return re.compile(
        r"(?:[\s,，]|at\b|@|around\b|about\b|approx\.?|approximately\b|~|左右|大概|大约|约|的|时间"
        r"|gegen\b|um\b|vers\b|à\b"
        # "the day before yesterday in the evening at 7"
        r"|in\s+the\s+(?:morning|afternoon|evening)\b"
        r"|T(?=\d{2}:))*",
        re.IGNORECASE,
    )


def _attach_time(
    text: str, part: _DatePart, claims: Claims
) -> tuple[tuple[int, int] | None, int, int]:
    """A time written right after (or right before) the date, with the combined span."""
    time_re = _time_re()
    j = _joiner_after_re().match(text, part.end, min(len(text), part.end + 24))
    pos = j.end() if j else part.end
    after = time_re.match(text, pos, min(len(text), pos + 30))
    if after is None:
        spaces = len(text[part.end : part.end + 4]) - len(text[part.end : part.end + 4].lstrip())
        after = time_re.match(text, part.end + spaces, min(len(text), part.end + 40))
    if after is not None and after.group("bh"):
        lead = text[part.end : after.start()].lower()
        said = text[part.start : after.start()].lower()
        if not re.search(r"\b(?:at|around|about|approx)\b|~", lead) or not re.search(
            r"morning|afternoon|evening|night", said
        ):
            after = None
    if after is not None and claims.is_free(after.start(), after.end()):
        value = _time_value(after, part.pm_hint)
        if value is not None and (after.group("zh") is None or _zh_time_ok(after)):
            return value, part.start, after.end()
    later = _later_time(text, part, claims)
    if later is not None:
        return later
    lo = max(0, part.start - 30)
    best: re.Match[str] | None = None
    for m in time_re.finditer(text, lo, part.start):
        gap = text[m.end() : part.start].strip().lower()
        if m.group("bh"):
            continue
        if gap in ("", "on", ",", "，", "on the") and claims.is_free(m.start(), m.end()):
            best = m
    if best is not None:
        value = _time_value(best, part.pm_hint)
        if value is not None and (best.group("zh") is None or _zh_time_ok(best)):
            return value, best.start(), part.end
    return None, part.start, part.end


@cache
def _later_time_re() -> re.Pattern[str]:
    # "on Tuesday night: $38.64 and $38.64, about 9pm", "today lang, around 9am": the hour
    # given later in the same sentence, after around/about ("it opens at 9am" is no such hour)
    return re.compile(
        r"(?<![A-Za-z])(?:around|about|approx\.?|approximately)\s+(?P<t>\d{1,2}(?::\d{2})?"
        r"\s*[ap]\.?m\.?)(?![A-Za-z])",
        re.IGNORECASE,
    )


def _later_time(
    text: str, part: _DatePart, claims: Claims
) -> tuple[tuple[int, int], int, int] | None:
    stop = min(len(text), part.end + 60)
    for c in ".!?。！？\n":
        cut = text.find(c, part.end, stop)
        if cut != -1 and not (c == "." and cut + 1 < len(text) and text[cut + 1].isdigit()):
            stop = cut
    m = _later_time_re().search(text, part.end, stop)
    if m is None or not claims.is_free(m.start("t"), m.end("t")):
        return None
    between = text[part.end : m.start()]
    if _relative_re().search(between) or _absolute_re(False).search(between):
        return None  # another day is named before the hour
    tm = _time_re().fullmatch(m.group("t"))
    value = _time_value(tm, part.pm_hint) if tm is not None else None
    return None if value is None else (value, part.start, part.end)


def _zh_time_ok(m: re.Match[str]) -> bool:
    # "3点" and "下午3:20" are times; a bare Chinese numeral must carry 点/时.
    return bool(m.group("zp")) or bool(re.search(r"[点點时時:：]", m.group()))


@cache
def _deadline_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    before = re.compile(
        r"(?:\b(?:by|before|until|till|til|next|coming|upcoming|due|no\s+later\s+than"
        r"|latest|expected|expect\s+it|arrive|arrives)\s+(?:this\s+|next\s+|the\s+)?"
        r"|下个?|下個|这个?|這個?)$",
        re.IGNORECASE,
    )
    after = re.compile(r"\s*(?:at\s+the\s+latest|之前|以前|前|为止|為止)", re.I)
    return before, after


@cache
def _today_is_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    before = re.compile(
        r"(?:\b(?:it'?s|it’s|it\s+is|today\s+is|now\s+it'?s)\s+|今天是|今天)$", re.I
    )
    after = re.compile(r"\s*(?:now|today|already)\b", re.I)
    return before, after


@cache
def _release_after_re() -> re.Pattern[str]:
    return re.compile(
        r"['’]s\s+(?:app\s+)?(?:update|upgrade|release|version|patch|build|outage|maintenance"
        r"|news|newsletter)(?![A-Za-z])",
        re.IGNORECASE,
    )


@cache
def _release_named_re() -> re.Pattern[str]:
    return re.compile(
        r"(?:['’]s)?\s*(?:app\s+)?(?:update|upgrade|release|patch|build)(?![A-Za-z])"
        r"|\s*的?(?:更新|升级|升級|新版)",
        re.IGNORECASE,
    )


_NOT_DONE = re.compile(
    r"(?<![A-Za-z])(?:did\s+not|didn'?t|didn’t|have\s+not|haven'?t|never)(?:\s+[A-Za-z']+){1,4}\s+$",
    re.IGNORECASE,
)


@cache
def _needs_today_re() -> re.Pattern[str]:
    # "by today", "due today", "I need to pay rent today" (a few words after the need)
    return re.compile(
        r"(?<![A-Za-z])(?:(?:by|until|till|before|due|latest|for)\s+"
        # "what is the exchange rate today": how something stands now
        r"|(?:rates?|prices?|fees?|limits?|cut-?off(?:\s+time)?)\s+(?:is\s+|are\s+)?"
        r"|(?:need|needs|have|has|want|wants)\s+to(?:\s+[A-Za-z']+){1,4}\s+"
        # "I need to send R$ 2.500 to a supplier tonight"
        r"|(?:need|needs|want|wants)\s+to\s+(?:send|pay|transfer)(?:\s+\S+){1,6}\s+"
        r"|must(?:\s+[A-Za-z']+){1,4}\s+)$",
        re.IGNORECASE,
    )


@cache
def _arrival_today_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    # what the customer hopes will happen: arrive, be credited, go through
    arrive = (
        r"(?:arrive|come\s+(?:in|through)|reach\s+\w+|land|clear|go\s+through|get\s+there"
        r"|be\s+(?:credited|there|back|processed|refunded|done|completed|received)|show\s+up)"
    )
    en_before = re.compile(
        r"(?<![A-Za-z])(?:will|would|can|could|should|might|is\s+it\s+going\s+to|going\s+to"
        r"|any\s+chance)(?:\s+(?!today)[A-Za-z']+){0,4}\s+" + arrive + r"\s+(?:by\s+)?$",
        re.IGNORECASE,
    )
    zh_after = re.compile(
        r"(?:之内|之內|内|內)?(?:就)?(?:能不能|能否|会不会|會不會|可不可以|能|会|會|可以)"
        r"[^\S\n]*(?:到|收到|退|入账|入賬|处理|處理|完成|成功|搞定|解决|解決)"
    )
    zh_before = re.compile(r"(?:能不能|能否|会不会|會不會|可不可以|是否|能|会|會|可以)[^\S\n]*$")
    return en_before, zh_after, zh_before


@cache
def _today_not_a_day_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    # "到今天也没退回来", "until today", "as of today": the end of a wait, not a day
    span_end = re.compile(
        r"(?:(?<![A-Za-z])(?:until|till|up\s+to|as\s+of|to\s+this)|直到|截至|截止到?|到)[^\S\n]*$",
        re.IGNORECASE,
    )
    # "if I send 1,000 USD today": a day only imagined
    if_clause = re.compile(r"(?<![A-Za-z])(?:if|whether)(?![A-Za-z])|如果|假如|要是", re.I)
    # "今天自动更新到 8.1.0", "今天转来得及吗": an update's day, a day asked about
    zh_after = re.compile(
        r"[^\S\n]*(?:自动|自動)?(?:更新|升级|升級)|[^，,。.!?！？]{0,6}(?:来得及|來得及|得及)"
    )
    return span_end, if_clause, zh_after


def _today_not_a_day(text: str, start: int, end: int) -> bool:
    """'today' that ends a wait, sits in an if-clause, or names an update's day."""
    span_end, if_clause, zh_after = _today_not_a_day_res()
    if span_end.search(text, max(0, start - 12), start):
        return True
    if zh_after.match(text, end, end + 16):
        return True
    # a clause ends at a stop or a comma before a space ("1,000" is no break)
    clause = max(
        text.rfind(c, 0, start)
        for c in (". ", "!", "?", ";", ", ", "，", "。", "！", "？", "；", "\n")
    )
    clause += 1
    return if_clause.search(text, max(clause, start - 60), start) is not None


def _arrival_asked_today(text: str, start: int, end: int) -> bool:
    """'today' as the day the customer hopes something arrives ("can it arrive today?",
    "请问今天能到吗", "能不能今天到账")."""
    en_before, zh_after, zh_before = _arrival_today_res()
    if text[start].isascii():
        return bool(en_before.search(text[max(0, start - 60) : start]))
    if zh_after.match(text, end, end + 12):
        return True
    return bool(zh_before.search(text[max(0, start - 6) : start])) and (
        re.match(r"[^\S\n]*(?:就)?(?:到|收到|退|入账|入賬|处理|處理|完成)", text[end : end + 6])
        is not None
    )


@cache
def _every_before_re() -> re.Pattern[str]:
    return re.compile(r"(?:\b(?:every|each)\s+|每个?|每個)$", re.IGNORECASE)


def _is_deadline(text: str, m: re.Match[str]) -> bool:
    """A day the customer waits for ("by Friday", "周五之前", "pay rent today") is no
    transaction date, nor the day the customer writes on ("it's Friday now") or a release
    day ("today's update")."""
    word = (m.group("en") or "").lower()
    if word in ("today", "yesterday") and _release_after_re().match(text, m.end()):
        return True  # "After today's update": the day of a release, not of a transaction
    today = word == "today" or m.group("zh") in ("今天", "今日")
    if today and _arrival_asked_today(text, m.start(), m.end()):
        return True  # "will it arrive today?", "今天能到吗": a day hoped for
    if today and _today_not_a_day(text, m.start(), m.end()):
        return True
    if word in ("today", "tonight"):
        # "I need to pay rent today", "please fix it by today": a day the customer needs;
        # "I did not top up today": a day nothing happened
        before = text[max(0, m.start() - 40) : m.start()]
        return bool(_needs_today_re().search(before) or _NOT_DONE.search(before))
    if not (m.group("wd") or m.group("lwd") or m.group("zwd")):
        return False
    if _every_before_re().search(text[max(0, m.start() - 12) : m.start()]):
        return True  # "every Friday", "每周五": a habit, not one transaction
    today_before, today_after = _today_is_res()
    said_today = today_before.search(text[max(0, m.start() - 16) : m.start()]) or today_after.match(
        text, m.end(), m.end() + 12
    )
    if (m.group("wd") or m.group("zwd")) and said_today:
        return True
    before_re, after_re = _deadline_res()
    before = text[max(0, m.start() - 24) : m.start()]
    return bool(before_re.search(before) or after_re.match(text, m.end(), m.end() + 16))


_PART_ENDS = {"morning": 12, "afternoon": 18}


def _part_of_today_passed(m: re.Match[str], ctx: Context) -> bool:
    """ "on Monday morning" written on a Monday afternoon is this morning: that part of the
    day is over, and a customer means last week's only with "last"."""
    if ctx.sent_at is None or not m.group("lwd") or (m.group("on") or "").lower() != "on":
        return False
    part = m.group().lower().split()[-1]
    ends = _PART_ENDS.get(part)
    weekday = _WEEKDAYS[m.group("lwd")[:3].lower()]
    return ends is not None and ctx.sent_at.weekday() == weekday and ctx.sent_at.hour >= ends


# Days that belong to something else than the transaction: when a password last worked, when
# a ticket was filed or a refund asked for, how a transfer still stands today.
_NOT_EVENT_BEFORE = re.compile(
    # a birthday, a day the customer will act: "my birthday 9 Nov", "I'll send on Wednesday"
    r"(?<![A-Za-z])(?:birthday|born(?:\s+on)?|i'?ll\s+\w+(?:\s+\w+)?|i\s+will\s+\w+(?:\s+\w+)?"
    r"|going\s+to\s+\w+|plan\s+to\s+\w+|today\s+is)\s*(?:on)?\s*$"
    # "Started after the update on Friday": the day of a release
    r"|(?<![A-Za-z])(?:after|since)\s+the\s+(?:app\s+)?update(?:\s+on)?\s*$"
    r"|(?<![A-Za-z])(?:worked(?:\s+fine)?|submitted|filed|opened\s+(?:a|the)\s+(?:ticket|case)"
    r"|raised|asked\s+for\s+(?:a|the)\s+refund(?:\s+\S+){0,6})(?:\s+back)?"
    r"(?:\s+(?:on|until|till))?\s*$",
    re.IGNORECASE,
)
_NOT_EVENT_AFTER = re.compile(
    r"[^\S\n]*(?:提的|報的|报的|反馈的|反饋的|开的单|開的單|还是|還是|仍然是|依然是|都还是|都還是"
    r"|还用过|還用過|还能用|還能用)"
)
# "today it's still pending", "今天显示“退回”": how things stand today, not when they happened
_STANDS_TODAY = re.compile(
    r"[^\S\n]*(?:还|還|仍|显示|顯示|看|查|发现|發現|(?i:it'?s\s+still|it\s+is\s+still|(?:it\s+)?still\s+"
    r"(?:shows|says)))"
)


_SUBMITTED_AFTER = re.compile(r"[^\S\n]*提交")
_TICKET_BEFORE = re.compile(r"工单|工單|投诉|投訴|反馈|反饋|ticket|case", re.IGNORECASE)
_BIRTHDAY_BEFORE = re.compile(r"生日[^\S\n]*(?:是)?[^\S\n]*$")


def _not_the_event(text: str, start: int, end: int) -> bool:
    if _NOT_EVENT_BEFORE.search(text, max(0, start - 70), start):
        return True
    if _NOT_EVENT_AFTER.match(text, end):
        return True
    if _SUBMITTED_AFTER.match(text, end) and _TICKET_BEFORE.search(text, max(0, start - 30), start):
        return True  # "工单上周一提交的": the day a ticket was filed (a withdrawal's stays)
    if _BIRTHDAY_BEFORE.search(text, max(0, start - 6), start):
        return True  # "生日 5月20日"
    word = text[start:end].strip().lower()
    if word in ("today", "今天", "今日") and _TODAY_IS.match(text, end):
        return True  # "Today is Tuesday": the mail's own day, said to count the wait
    return word in ("today", "今天", "今日") and _STANDS_TODAY.match(text, end) is not None


_TODAY_IS = re.compile(r"[^\S\n]+is[^\S\n]+(?:already[^\S\n]+)?\w+day\b", re.IGNORECASE)


def find_dates(text: str, claims: Claims, ctx: Context) -> list[Hit]:
    """Dates (``YYYY-MM-DD``) or date-times (``YYYY-MM-DDTHH:MM``) mentioned in ``text``."""
    ref = ctx.sent_at.date() if ctx.sent_at else None
    parts: list[_DatePart] = []
    for m in _absolute_re(_HOLIDAY_HINT.search(text.lower()) is not None).finditer(text):
        if not claims.is_free(m.start(), m.end()):
            continue
        day = _absolute(m, ctx, ref)
        if _release_named_re().match(text, m.end()):
            continue  # "since the May 3rd update": a release, not a transaction
        if not m.group("hol") and _date_awaited(text, m.start(), m.end()):
            continue  # "the invoice is due on 20 March", "3月15日前必须到账": a deadline
        shift = _HOLIDAY_SHIFT.match(text, m.end()) if m.group("hol") else None
        if (
            m.group("hol")
            and shift is None
            and (
                _holiday_not_a_day(text, m.start(), m.end())
                or _holiday_week_without_day(text, m.start(), m.end())
            )
        ):
            continue
        if m.group("hol"):
            year = re.search(
                r"((?:19|20)\d{2})\s*年(?:的)?\s*$", text[max(0, m.start() - 8) : m.start()]
            )
            if year is not None:
                # "2026年中秋节": the year is written, so that year's day
                day = _holiday_in_year(m.group("hol"), int(year.group(1)))
        end = m.end()
        if shift is not None and day is not None:
            # "端午節前一天": the day before the holiday
            day += timedelta(days=-1 if shift.group(1)[0] == "前" else 1)
            end = shift.end()
        if day is not None and 1990 <= day.year <= 2100:
            tail = text[end : end + 12].lower()
            parts.append(_DatePart(day, m.start(), end, any(w in tail for w in _PM_WORDS)))
    if ref is not None:
        for m in _relative_re().finditer(text):
            if not claims.is_free(m.start(), m.end()) or _is_deadline(text, m):
                continue
            day = _relative(m, ref)
            if day is not None and ctx.sent_at is not None and _part_of_today_passed(m, ctx):
                day = ref
            if day is not None:
                around = text[m.start() : m.end() + 16].lower()
                parts.append(
                    _DatePart(day, m.start(), m.end(), any(w in around for w in _PM_WORDS))
                )
    parts = [p for p in parts if not _not_the_event(text, p.start, p.end)]
    parts.sort(key=lambda p: p.start)
    hits: list[Hit] = []
    for part in parts:
        if not claims.is_free(part.start, part.end):
            continue
        time_of_day, start, end = _attach_time(text, part, claims)
        if time_of_day is None:
            value = part.day.isoformat()
        else:
            value = datetime(part.day.year, part.day.month, part.day.day, *time_of_day).strftime(
                "%Y-%m-%dT%H:%M"
            )
        claims.claim(start, end)
        hits.append(Hit("transaction_date", value, start, end))
    return hits
