"""Countries named in a mail (English/Chinese names, ISO codes in context), as alpha-2 codes."""

from __future__ import annotations

import re
from functools import cache

from triage.extract.country_data import NOT_COUNTRIES, alpha_codes, country_names
from triage.extract.spans import Claims, Hit

# Upper-case codes that are also English words or common abbreviations: they need a strong
# cue ("country: IT", "destination IN") rather than a mere "to".
_WORDLIKE = frozenset(
    [
        "AM",
        "AN",
        "AS",
        "AT",
        "BE",
        "BY",
        "DO",
        "GO",
        "HE",
        "ID",
        "IN",
        "IS",
        "IT",
        "ME",
        "MY",
        "NO",
        "OR",
        "PM",
        "SO",
        "TO",
        "TV",
        "PC",
        "OK",
        "US",
        "ARE",
        "CAN",
        "MAR",
        "PER",
        "BEL",
        "NOR",
        "FIN",
        "GAB",
    ]
)
_CUE_WEAK = ("to", "in", "from", "the", "via", "into", "到", "往", "至", "汇往", "转到", "寄往")
_CUE_STRONG = ("country", "destination", "country:", "国家", "国家:", "国家：", "地区", "地区:")
_ALWAYS = {"USA": "US", "UK": "GB", "UAE": "AE", "PRC": "CN"}


@cache
def _names_re() -> re.Pattern[str]:
    names = sorted({n.text for n in country_names()} | set(NOT_COUNTRIES), key=len, reverse=True)
    body = "|".join(re.escape(n) for n in names)
    # ASCII names need word boundaries; Han names are matched as substrings.
    return re.compile(r"(?<![A-Za-z])(?:" + body + r")(?![A-Za-z])", re.IGNORECASE)


@cache
def _name_index() -> dict[str, tuple[str, bool]]:
    return {n.text.lower(): (n.code, n.needs_capital) for n in country_names()}


@cache
def _code_re() -> re.Pattern[str]:
    return re.compile(r"(?<![A-Za-z0-9$.\-])(?:[A-Z]{2,3})(?![A-Za-z0-9$\-]|\.[A-Za-z])")


def _cue_before(text: str, start: int) -> str:
    before = text[max(0, start - 24) : start].rstrip(" (")
    words: list[str] = re.findall(r"[A-Za-z]+:?|[\u4e00-\u9fff]+[:：]?", before)
    if not words:
        return ""
    last: str = words[-1].lower()
    if last == "the" and len(words) >= 2:
        return "to" if words[-2].lower() in _CUE_WEAK else "the"
    for cue in _CUE_STRONG + _CUE_WEAK:
        if last.endswith(cue):
            return cue
    return last


def find_countries(text: str, claims: Claims) -> list[Hit]:
    """Countries as ISO alpha-2 codes, by name anywhere or by upper-case code with a cue."""
    hits: list[Hit] = []
    index = _name_index()
    for m in _names_re().finditer(text):
        entry = index.get(m.group().lower())
        if entry is None or not claims.is_free(m.start(), m.end()):
            continue  # a NOT_COUNTRIES phrase, or inside an id/IBAN
        code, needs_capital = entry
        if needs_capital and not m.group()[0].isupper():
            continue
        if m.group().isascii() and len(m.group()) <= 3 and not m.group().isupper():
            continue  # "uk", "usa" in lower case are too ambiguous
        claims.claim(m.start(), m.end())
        hits.append(Hit("country", code, m.start(), m.end()))
    codes = alpha_codes()
    for m in _code_re().finditer(text):
        token = m.group()
        if not claims.is_free(m.start(), m.end()):
            continue
        found_code = _ALWAYS.get(token) or codes.get(token)
        if found_code is None:
            continue
        if token not in _ALWAYS:
            cue = _cue_before(text, m.start())
            strong = any(cue.endswith(c) for c in _CUE_STRONG)
            weak = cue in _CUE_WEAK or (token == "US" and cue == "the")
            if not strong and (token in _WORDLIKE or not weak) and not (token == "US" and weak):
                continue
        claims.claim(m.start(), m.end())
        hits.append(Hit("country", found_code, m.start(), m.end()))
    return hits
