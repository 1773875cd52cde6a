"""Transaction dates: our hand rules against date libraries on the labelled details corpus.

Usage: ``python bench/dates_libraries.py [--corpus tests/data/details_corpus.jsonl]
[--examples 5] [--seed 7] [--only ours,dateparser,...]``. Needs ``dateparser`` for its rows
(skipped with a note when it is not installed); ``python-dateutil`` is a project dependency.

Each tool reads the whole mail. Its answer is a set of values in the labels' form (``YYYY-MM-DD``
when the matched text names no time of day, else ``YYYY-MM-DDTHH:MM``); a value is correct when
it equals a transaction_date label. A library finds every date, not only the transaction's, so
each row also says how many labels any of its hits equals ("generous" recall) and how many labels
have their day among its hits ("same day", time of day ignored). Prints one Markdown table per
language and corpus part, the mean milliseconds per mail after a warm-up, and for every library
row its error classes with a few short excerpts each.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from triage.details import ExtractOptions, extract_details

Row = dict[str, Any]

# The same regions the extractor reads numeric dates month first in (triage/extract/pipeline.py).
MONTH_FIRST_REGIONS = frozenset({"US", "PH", "CA", "FM", "MH", "PW", "BZ"})
# A transaction a customer writes about is recent; the corpus' oldest label is 37 days back.
OLDEST_DAYS = 400

_CLOCK = re.compile(
    r"\d{1,2}\s*[:：]\s*\d{2}"  # 14:30, 3:15
    r"|\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)"  # 3pm, 11.30pm, 9 a.m.
    r"|\b(?:noon|midday|midnight|o'clock)\b"
    r"|[0-9零一二两三四五六七八九十]+\s*[点點时時]"  # 3点, 十点半
    r"|中午|午夜|凌晨\d",
    re.IGNORECASE,
)
# A time alone, with at most a lead word: the half a library reports apart from its day.
_TIME_ONLY = re.compile(
    r"(?:(?:at|around|about|approx\.?|approximately|~|before|after)\s+)?"
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}\s*[:：]\s*\d{2}(?:\s*[ap]\.?m\.?)?)",
    re.IGNORECASE,
)
_DATE_WORD = re.compile(
    r"[a-z]{3}|[年月日号號天周週昨前今]|\d\s*[/\-.]\s*\d",  # a word, a CJK date part, 12/03
    re.IGNORECASE,
)
# Where a chunk ends: a line, a Chinese sentence, or an English one before a capital.
_CHUNK_END = re.compile(r"\n+|(?<=[。！？!?；;])|(?<=\.)\s+(?=[A-Z])")


def has_time_of_day(matched: str) -> bool:
    """Whether the matched text names a clock time (not just a part of the day)."""
    return _CLOCK.search(matched) is not None


def normalise(value: datetime, matched: str) -> str:
    """A library's reading in the labels' form: the day, with HH:MM only if the text had one."""
    day = value.date().isoformat()  # four-digit year even for year 300 (strftime would not pad)
    return f"{day}T{value.hour:02d}:{value.minute:02d}" if has_time_of_day(matched) else day


def _day(value: str) -> str:
    return value[:10]


@dataclass(frozen=True)
class Hit:
    """One value a tool read, with the text it read it from (empty when unknown)."""

    value: str
    matched: str = ""
    start: int = -1  # offset in the mail, -1 when unknown


@dataclass(frozen=True)
class Answer:
    """What a tool says for one mail: its transaction dates and every date it saw."""

    chosen: tuple[Hit, ...]
    seen: tuple[Hit, ...]
    seconds: float = 0.0  # how long the tool took on the mail


@dataclass
class Score:
    """Counts over labelled transaction_date values (sets per mail, as in bench/details.py)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    generous: int = 0  # labels equal to any hit
    same_day: int = 0  # labels whose day is the day of any hit
    mails: int = 0
    seconds: float = 0.0

    def add(self, chosen: set[str], seen: set[str], expected: set[str]) -> None:
        self.mails += 1
        self.tp += len(chosen & expected)
        self.fp += len(chosen - expected)
        self.fn += len(expected - chosen)
        self.generous += len(expected & (seen | chosen))
        days = {_day(v) for v in seen | chosen}
        self.same_day += sum(1 for v in expected if _day(v) in days)

    @property
    def labelled(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.labelled if self.labelled else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def generous_recall(self) -> float:
        return self.generous / self.labelled if self.labelled else 1.0

    @property
    def same_day_recall(self) -> float:
        return self.same_day / self.labelled if self.labelled else 1.0

    @property
    def ms_per_mail(self) -> float:
        return 1000 * self.seconds / self.mails if self.mails else 0.0


def score(rows: Sequence[Row], answers: Sequence[Answer]) -> Score:
    """The tally of ``answers`` (one per row, same order) against the rows' labels."""
    out = Score()
    for row, answer in zip(rows, answers, strict=True):
        out.add(
            {h.value for h in answer.chosen},
            {h.value for h in answer.seen},
            set(row.get("expected", {}).get("transaction_date", [])),
        )
        out.seconds += answer.seconds
    return out


def local_base(row: Row) -> datetime:
    """The mail's Date as the sender's wall-clock time (what relative words count from)."""
    return datetime.fromisoformat(row["sent_at"]).replace(tzinfo=None)


def _options(raw: dict[str, Any]) -> ExtractOptions:
    fields: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()}
    return ExtractOptions(**fields)


def ours(row: Row) -> Answer:
    """The project's extractor (all details are extracted; only transaction_date is kept)."""
    details = extract_details(
        row["text"],
        sent_at=datetime.fromisoformat(row["sent_at"]),
        options=_options(row.get("options", {})),
    )
    hits = tuple(Hit(v.value) for v in details.found.get("transaction_date", ()))
    return Answer(hits, hits)


def _locate(text: str, found: Sequence[tuple[str, datetime]], offset: int) -> list[Hit]:
    """Hits in text order with their offsets (a library returns substrings, not positions)."""
    hits: list[Hit] = []
    at = 0
    for matched, value in found:
        where = text.find(matched, at)
        if where < 0:
            where = text.find(matched)
        else:
            at = where + len(matched)
        naive = value.replace(tzinfo=None)  # a zone named in the text: keep the wall time
        hits.append(Hit(normalise(naive, matched), matched, offset + max(where, 0)))
    return hits


def dateparser_plain(row: Row) -> Answer:
    """dateparser as documented: the whole mail, both languages, the mail's Date, past first."""
    from dateparser.search import search_dates

    found = search_dates(
        row["text"],
        languages=["en", "zh"],
        settings={"RELATIVE_BASE": local_base(row), "PREFER_DATES_FROM": "past"},
    )
    hits = tuple(_locate(row["text"], found or [], 0))
    return Answer(hits, hits)


def chunks(text: str) -> Iterator[tuple[int, str]]:
    """Lines and sentences with their offsets, so each gets its own language."""
    start = 0
    for end in _CHUNK_END.finditer(text):
        if text[start : end.start()].strip():
            yield start, text[start : end.start()]
        start = end.end()
    if text[start:].strip():
        yield start, text[start:]


def _is_time_only(hit: Hit) -> bool:
    return _TIME_ONLY.fullmatch(hit.matched.strip()) is not None


def merge_day_and_time(hits: Sequence[Hit], text: str) -> list[Hit]:
    """A day hit and a time-only hit next to each other ('yesterday around 3pm') become one."""
    out: list[Hit] = []
    for hit in hits:
        prev = out[-1] if out else None
        if prev is not None and prev.start >= 0 and hit.start >= 0:
            gap = text[prev.start + len(prev.matched) : hit.start]
            near = len(gap) <= 12 and not re.search(r"[\d.;。!?！？\n]", gap)
            pair = None
            if near and "T" not in prev.value and _is_time_only(hit) and "T" in hit.value:
                pair = (prev, hit)
            elif near and _is_time_only(prev) and "T" in prev.value and "T" not in hit.value:
                pair = (hit, prev)
            if pair is not None:
                day, clock = pair
                out[-1] = Hit(
                    f"{_day(day.value)}T{clock.value[11:]}",
                    text[prev.start : hit.start + len(hit.matched)],
                    prev.start,
                )
                continue
        out.append(hit)
    return out


def plausible(hit: Hit, sent: date) -> bool:
    """Not after the mail's day, not older than OLDEST_DAYS, and not a bare number ('$1', '00')."""
    day = date.fromisoformat(_day(hit.value))
    if day > sent or day < sent - timedelta(days=OLDEST_DAYS):
        return False
    return _DATE_WORD.search(hit.matched) is not None or has_time_of_day(hit.matched)


_CJK = re.compile(r"[\u4e00-\u9fff]")


def dateparser_glued(row: Row, strategy: str = "auto") -> Answer:
    """dateparser with generic glue: per sentence, the mail's language first, the region's date
    order, a day and its time merged, implausible hits dropped. ``auto`` searches by n-grams,
    except in text with Chinese characters (n-grams are whitespace tokens: they find none)."""
    from dateparser.search import search_dates

    base = local_base(row)
    langs = ["zh", "en"] if row.get("lang") == "zh" else ["en", "zh"]
    settings: dict[str, Any] = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    if row.get("lang") != "zh":
        region = row.get("options", {}).get("default_region", "GB")
        settings["DATE_ORDER"] = "MDY" if region in MONTH_FIRST_REGIONS else "DMY"
    text = row["text"]
    seen: list[Hit] = []
    for offset, chunk in chunks(text):
        how = strategy
        if how == "auto":
            how = "split" if _CJK.search(chunk) else "ngram"
        found = search_dates(chunk, languages=langs, settings=settings, strategy=how)
        seen += merge_day_and_time(_locate(chunk, found or [], offset), text)
    kept = tuple(h for h in seen if plausible(h, base.date()))
    return Answer(kept, tuple(seen))


def dateparser_glued_split(row: Row) -> Answer:
    """The glued dateparser with its default split search everywhere."""
    return dateparser_glued(row, "split")


def dateparser_glued_first(row: Row) -> Answer:
    """The glued dateparser's first plausible hit, as a naive 'which date is it' choice."""
    answer = dateparser_glued(row)
    return Answer(answer.chosen[:1], answer.seen)


def dateutil_clauses(row: Row) -> Answer:
    """dateutil's fuzzy parser once per clause; it reads no relative dates and no Chinese."""
    from dateutil import parser

    base = local_base(row)
    midnight = base.replace(hour=0, minute=0, second=0, microsecond=0)
    region = row.get("options", {}).get("default_region", "GB")
    text = row["text"]
    hits: list[Hit] = []
    for offset, chunk in chunks(text):
        for clause in re.finditer(r"[^,，、()（）]+", chunk):
            try:
                with warnings.catch_warnings():  # a word like 'HK' taken for an unknown zone
                    warnings.simplefilter("ignore", parser.UnknownTimezoneWarning)
                    value, skipped = parser.parse(
                        clause.group(),
                        fuzzy_with_tokens=True,
                        default=midnight,
                        dayfirst=region not in MONTH_FIRST_REGIONS,
                    )
            except (ValueError, OverflowError):
                continue
            matched = clause.group()
            for token in skipped:
                matched = matched.replace(token, " ", 1)
            matched = " ".join(matched.split())
            where = offset + clause.start()
            hits.append(Hit(normalise(value.replace(tzinfo=None), matched), matched, where))
    seen = tuple(hits)
    kept = tuple(h for h in seen if plausible(h, base.date()))
    return Answer(kept, seen)


TOOLS: dict[str, Callable[[Row], Answer]] = {
    "ours": ours,
    "dateparser": dateparser_plain,
    "dateparser+glue": dateparser_glued,
    "dateparser+glue(split)": dateparser_glued_split,
    "dateparser+glue+first": dateparser_glued_first,
    "dateutil": dateutil_clauses,
}
NEEDS = {"dateparser": "dateparser", "dateparser+glue": "dateparser"}
NEEDS["dateparser+glue+first"] = "dateparser"
NEEDS["dateparser+glue(split)"] = "dateparser"
NEEDS["dateutil"] = "dateutil"


CLASSIFIED = ("dateparser", "dateparser+glue", "dateutil")  # the others' classes look alike


def run(tool: Callable[[Row], Answer], rows: Sequence[Row], warm: int = 20) -> list[Answer]:
    """The tool's answer per row, each timed, after ``warm`` untimed calls per language (a
    library loads each language's data on first use)."""
    for lang in sorted({str(r.get("lang")) for r in rows}):
        for row in [r for r in rows if str(r.get("lang")) == lang][:warm]:
            tool(row)
    answers: list[Answer] = []
    for row in rows:
        start = time.perf_counter()
        answer = tool(row)
        answers.append(replace(answer, seconds=time.perf_counter() - start))
    return answers


def excerpt(text: str, start: int, length: int, margin: int = 16) -> str:
    """A short one-line piece of the mail around an offset."""
    piece = text[max(0, start - margin) : start + length + margin]
    return " ".join(piece.split())


_REL_EN = re.compile(
    r"\b(?:yesterday|today|tonight|last\s+\w+|this\s+(?:morning|afternoon|evening)|\w+\s+ago"
    r"|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
_REL_ZH = re.compile(
    r"[昨今前]天|[昨前今]晚|昨儿|尋日|琴日|[上本这這](?:个|個)?(?:周|週|星期|礼拜|禮拜)"
    r"|[0-9一二三四五六七八九十两]+天前|(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]"
)
_ABS_ZH = re.compile(r"\d{1,2}\s*月\s*\d{1,2}|[一二三四五六七八九十]+月|\d{1,2}\s*[日号號]")
_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_ABS_EN = re.compile(
    rf"\b{_MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{_MONTH_NAME}|(?<![\d.,])\d{{1,4}}\s*[/.-]\s*\d{{1,2}}(?:\s*[/.-]\s*\d{{2,4}})?(?!\d|,\d)"
    r"|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b",
    re.IGNORECASE,
)
_MISSED = (  # (kind, pattern, Chinese mails only); the written form a missed label most likely had
    ("missed: a Chinese calendar date (10月28日, 十号)", _ABS_ZH, True),
    ("missed: an English calendar date", _ABS_EN, False),
    ("missed: a Chinese relative day (昨天, 上周五, 前晚)", _REL_ZH, True),
    ("missed: an English relative day or weekday", _REL_EN, False),
)


def where_written(text: str, label: str, chinese: bool) -> tuple[str, str]:
    """The likely class and excerpt of a missed label: a calendar date naming its day of the
    month first, else the first relative day, else the first calendar date."""
    day = int(label[8:10])
    own_day = re.compile(rf"(?<!\d)0?{day}(?!\d)")
    found = [
        (kind, m)
        for kind, pattern, zh_only in _MISSED
        if chinese or not zh_only
        for m in pattern.finditer(text)
    ]
    mine = "Chinese" if chinese else "English"  # the mail's own language's forms come first
    calendar = [(k, m) for k, m in found if "calendar" in k and own_day.search(m.group())]
    relative = [(k, m) for k, m in found if "relative" in k]
    ranked = [c for c in calendar if mine in c[0]] + [r for r in relative if mine in r[0]]
    ranked += [c for c in calendar if mine not in c[0]] + [r for r in relative if mine not in r[0]]
    ranked += [(k, m) for k, m in found if "calendar" in k]
    for kind, m in ranked:
        return kind, excerpt(text, m.start(), len(m.group()))
    return "missed: other", ""


@dataclass(frozen=True)
class Failure:
    """One error of a tool on one mail, by its rough class, with a short excerpt."""

    kind: str
    example: str


_DATE_VOCAB = re.compile(
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday"
    r"|today|tonight|ago|last|week|month|year|morning|noon|afternoon|evening|night"
    r"|[年月日号號天周週昨今前晚]|星期|礼拜",
    re.IGNORECASE,
)
_PRODUCT = (
    r"ios|android|os|ui|version|ver|v|app|okpay|harmonyos|鸿蒙|miui|emui|hyperos|coloros|magicos"
    r"|flyme|nova|mate|pura|iphone|galaxy|pixel|redmi|note|一加|荣耀|小米|华为|魅族"
)
_VERSION_BEFORE = re.compile(
    rf"(?:\b|(?<=[^a-z]))(?:{_PRODUCT})\s*[:：]?\s*v?$|版本[号號]?[:：]?\s*$|系统$"
)
_VERSION_AFTER = re.compile(rf"^\s*[,，]?\s*(?:{_PRODUCT}|系统|版本|系統|update)", re.IGNORECASE)
_QUOTE_HEADER = re.compile(r"wrote|sent:|date:|from:|okpay support|客服\s*<|写道", re.IGNORECASE)
_DURATION = re.compile(
    r"\d+\s*(?:hours?|hrs?|minutes?|mins?|days?|weeks?)\b|\ba\s+(?:week|month|year)\b"
    r"|[0-9一二三四五六七八九十两]+\s*(?:个)?(?:工作日|小时|天|分钟)",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"\b(?:last|this|next)\s+(?:week|month|year)\b|\bin\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep"
    r"|oct|nov|dec)[a-z]*\b(?!\s*\d)|上(?:个|個)?月(?!\s*\d)|本月|这个月|去年|上(?:个|個)?(?:周|星期)",
    re.IGNORECASE,
)
_ZH_WEEK_CUT = re.compile(r"上(?:个|個)?(?:周|週|星期|礼拜|禮拜)\s*$")


def _line_at(text: str, at: int) -> str:
    return text[
        text.rfind("\n", 0, max(at, 0)) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1
    ]


def _is_version(text: str, hit: Hit) -> bool:
    number = re.search(r"\d+(?:\.\d+)*", hit.matched)
    if number is None:
        return False
    at = hit.start + number.start()
    before = text[max(0, at - 16) : at].lower().rstrip()
    after = text[at + len(number.group()) : at + len(number.group()) + 16]
    return (
        number.group().count(".") >= 2
        or _VERSION_BEFORE.search(before) is not None
        or ("." in number.group() and _VERSION_AFTER.search(after) is not None)
    )


def _extra_kind(row: Row, hit: Hit, expected: set[str]) -> str:
    text = row["text"]
    end = hit.start + len(hit.matched)
    zh_month = re.search(r"(\d{1,2})\s*月", hit.matched)
    if _day(hit.value) in {_day(v) for v in expected}:
        return "extra: the right day with a wrong or missing time"
    if _is_time_only(hit):
        return "extra: a time alone, dated the mail's day"
    if zh_month and int(zh_month.group(1)) != int(hit.value[5:7]):
        return "extra: Chinese M月D日 read as a span back (11月2日 → 11 months 2 days ago)"
    if _ZH_WEEK_CUT.search(hit.matched) and re.match(r"[一二三四五六日天]", text[end : end + 1]):
        return "extra: Chinese 上周五 cut to 上周 (a day of last week, the weekday lost)"
    if _is_version(text, hit):
        return "extra: a version or model number read as a date (iOS 17.2, MIUI 14, nova 12)"
    money = re.search(r"[£$€¥₹]\s*\d", text[max(0, hit.start - 2) : end])
    if money or not re.search(r"[^\W\d_]", hit.matched):  # a currency sign, or no word at all
        return "extra: an amount, id, card, IBAN, PIN or phone number read as a date"
    if _QUOTE_HEADER.search(_line_at(text, hit.start)):
        return "extra: the date of a quoted reply's header ('On Tue, OKPay Support wrote')"
    if _DURATION.search(hit.matched) or re.match(r"\s*times?\b", text[end : end + 8]):
        return "extra: a duration or a count read as a date ('24 hours', '3天', 'the 2nd time')"
    if _VAGUE.search(hit.matched):
        return "extra: a vague period given a day ('last month', 'in October', '上个月')"
    bare = hit.matched.strip(" ,.;:!?()").lower()
    if bare == "may" or (not _DATE_VOCAB.search(hit.matched) and not re.search(r"\d", bare)):
        return "extra: a word read as a date ('from an', 'One', 'now', '现在', modal 'may')"
    return "extra: another real date (a due day, a bill's, an update's) or a misresolved one"


def classify(row: Row, answer: Answer) -> list[Failure]:
    """Rough classes of a tool's errors on one mail, by the shape of the text involved."""
    text = row["text"]
    expected = set(row.get("expected", {}).get("transaction_date", []))
    out: list[Failure] = []
    first = {h.value: h for h in reversed(answer.chosen)}  # one error per value, as scored
    for hit in sorted(first.values(), key=lambda h: h.start):
        if hit.value not in expected:
            piece = excerpt(text, hit.start, len(hit.matched))
            shown = f"{row['id']}: {hit.matched!r} in {piece!r} → {hit.value}"
            out.append(Failure(_extra_kind(row, hit, expected), shown))
    days = {_day(h.value) for h in (*answer.chosen, *answer.seen)}
    chinese = row.get("lang") == "zh"
    for label in sorted(expected - {h.value for h in answer.chosen}):
        kind, where = where_written(text, label, chinese)
        if _day(label) in days:
            kind = "missed: the day seen, its time lost or not chosen"
        out.append(
            Failure(
                kind,
                f"{row['id']}: {where!r} ≠ {label}" if where else f"{row['id']}: label {label}",
            )
        )
    return out


def _available(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True


def _head() -> list[str]:
    return [
        "| tool | labelled | found | correct | precision | recall | F1 | generous recall "
        "| same-day recall | ms/mail |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]


def _line(name: str, s: Score) -> str:
    return (
        f"| {name} | {s.labelled} | {s.tp + s.fp} | {s.tp} | {s.precision:.3f} | {s.recall:.3f} "
        f"| {s.f1:.3f} | {s.generous_recall:.3f} | {s.same_day_recall:.3f} "
        f"| {s.ms_per_mail:.1f} |"
    )


def _subset(rows: Sequence[Row], answers: Sequence[Answer], keep: Callable[[Row], bool]) -> Score:
    picked = [(r, a) for r, a in zip(rows, answers, strict=True) if keep(r)]
    return score([r for r, _ in picked], [a for _, a in picked])


def report(rows: Sequence[Row], results: dict[str, list[Answer]], examples: int, seed: int) -> str:
    """The Markdown tables and the error classes of every library row."""
    out: list[str] = []
    for title, keep in (
        ("All mails", lambda r: True),
        ("English mails", lambda r: r.get("lang") != "zh"),
        ("Chinese mails", lambda r: r.get("lang") == "zh"),
        ("Hand-written mails (every part but generated)", lambda r: r.get("source") != "generated"),
    ):
        count = sum(1 for r in rows if keep(r))
        out += [f"**{title}** ({count} mails)", "", *_head()]
        out += [_line(name, _subset(rows, answers, keep)) for name, answers in results.items()]
        out.append("")
    sources = sorted({str(r.get("source")) for r in rows})
    out += [
        "**By corpus part** (precision / recall / F1; generous recall in brackets)",
        "",
        "| part | mails | labelled | " + " | ".join(results) + " |",
        "|---|---:|---:|" + "---:|" * len(results),
    ]
    for source in sources:
        cells = []
        labelled = 0

        def in_part(row: Row, part: str = source) -> bool:
            return str(row.get("source")) == part

        for answers in results.values():
            s = _subset(rows, answers, in_part)
            labelled = s.labelled
            cells.append(
                f"{s.precision:.2f} / {s.recall:.2f} / {s.f1:.2f} ({s.generous_recall:.2f})"
            )
        mails = sum(1 for r in rows if str(r.get("source")) == source)
        out.append(f"| {source} | {mails} | {labelled} | " + " | ".join(cells) + " |")
    out.append("")
    rng = random.Random(seed)
    for name, answers in results.items():
        if name not in CLASSIFIED:
            continue
        failures: dict[str, list[str]] = defaultdict(list)
        for row, answer in zip(rows, answers, strict=True):
            for failure in classify(row, answer):
                failures[failure.kind].append(failure.example)
        counts = Counter({k: len(v) for k, v in failures.items()})
        out += [f"**Error classes, {name}** ({sum(counts.values())} errors)", ""]
        for kind, n in counts.most_common():
            shown = rng.sample(failures[kind], min(examples, n))
            out.append(f"- {kind}: {n}")
            out += [f"  - {example}" for example in shown]
        out.append("")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", default="tests/data/details_corpus.jsonl")
    parser.add_argument("--examples", type=int, default=5, help="excerpts per error class")
    parser.add_argument("--seed", type=int, default=7, help="for choosing the excerpts")
    parser.add_argument("--only", default=",".join(TOOLS), help="comma-separated tool names")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in Path(args.corpus).read_text("utf-8").splitlines() if line]
    results: dict[str, list[Answer]] = {}
    for name in args.only.split(","):
        if name in NEEDS and not _available(NEEDS[name]):
            print(f"(skipped {name}: {NEEDS[name]} is not installed)\n")
            continue
        start = time.perf_counter()
        results[name] = run(TOOLS[name], rows)
        print(f"{name}: {time.perf_counter() - start:.0f} s", file=sys.stderr)
    print(report(rows, results, args.examples, args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
