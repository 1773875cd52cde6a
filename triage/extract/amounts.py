"""Money amounts with a currency, normalised to "1250.00 USD"."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache

from triage.extract.spans import Claims, Hit

# Symbols and words written before the number.
_PREFIX = {
    "us$": "USD",
    "usd$": "USD",
    "hk$": "HKD",
    "s$": "SGD",
    "sg$": "SGD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "nz$": "NZD",
    "nt$": "TWD",
    "r$": "BRL",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "CNY",
    "￥": "CNY",
    "₩": "KRW",
    "₹": "INR",
    "₱": "PHP",
    "฿": "THB",
    "₫": "VND",
    "rm": "MYR",
    "rp": "IDR",
    "rmb": "CNY",
    "cn¥": "CNY",
}
# Words and symbols written after the number (ISO codes work on both sides).
_SUFFIX = {
    "元": "CNY",
    "块钱": "CNY",
    "块": "CNY",
    "人民币": "CNY",
    "元人民币": "CNY",
    "rmb": "CNY",
    "美元": "USD",
    "美金": "USD",
    "刀": "USD",
    "欧元": "EUR",
    "欧": "EUR",
    "英镑": "GBP",
    "港币": "HKD",
    "港元": "HKD",
    "港币元": "HKD",
    "日元": "JPY",
    "日币": "JPY",
    "円": "JPY",
    "韩元": "KRW",
    "澳元": "AUD",
    "澳币": "AUD",
    "加元": "CAD",
    "加币": "CAD",
    "新币": "SGD",
    "新加坡元": "SGD",
    "新台币": "TWD",
    "台币": "TWD",
    "瑞士法郎": "CHF",
    "泰铢": "THB",
    "卢布": "RUB",
    "马币": "MYR",
    "令吉": "MYR",
    "dollars": "USD",
    "dollar": "USD",
    "bucks": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds": "GBP",
    "pound": "GBP",
    "quid": "GBP",
    "yuan": "CNY",
    "renminbi": "CNY",
    "yen": "JPY",
    "won": "KRW",
    "rupees": "INR",
    "baht": "THB",
    "ringgit": "MYR",
    "€": "EUR",
    "£": "GBP",
    "¥": "CNY",
    "$": "USD",
    "hk dollars": "HKD",
    "singapore dollars": "SGD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "us dollars": "USD",
    "swiss francs": "CHF",
    "francs": "CHF",
}
_CODES = [
    "USD",
    "EUR",
    "GBP",
    "CNY",
    "RMB",
    "HKD",
    "JPY",
    "SGD",
    "AUD",
    "CAD",
    "NZD",
    "CHF",
    "INR",
    "KRW",
    "TWD",
    "MYR",
    "THB",
    "PHP",
    "IDR",
    "VND",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "CZK",
    "HUF",
    "TRY",
    "AED",
    "SAR",
    "BRL",
    "MXN",
    "ZAR",
    "RUB",
]
_ZERO_DECIMALS = frozenset({"JPY", "KRW", "VND", "IDR"})


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _amount_re() -> re.Pattern[str]:
    # A number: grouped thousands ("1,250.00", "1.234,56", "1 250") or plain digits.
    number = (
        r"(?P<{n}>\d{{1,3}}(?:[,.'’ ]\d{{3}})+(?:[.,]\d{{1,2}})?(?!\d)"
        r"|\d+(?:[.,]\d{{1,2}})?(?![\d.,]\d))"
    )
    prefix = _alternation([*_PREFIX, *[c.lower() for c in _CODES]])
    suffix = _alternation([*_SUFFIX, *[c.lower() for c in _CODES]])
    wan = r"(?P<{n}wan>\s*万)?"
    return re.compile(
        r"(?P<pre>(?<![A-Za-z])(?P<pcur>"
        + prefix
        + r")\s?"
        + number.format(n="pn")
        + wan.format(n="pn")
        + r"(?![A-Za-z%\d]))"
        r"|(?P<suf>(?<![\d.,A-Za-z$€£¥])"
        + number.format(n="sn")
        + wan.format(n="sn")
        + r"\s?(?P<scur>"
        + suffix
        + r")(?![A-Za-z]))",
        re.IGNORECASE,
    )


def parse_number(raw: str) -> Decimal | None:
    """Read "1,250.00", "1.234,56", "1 250", "30,5" as a Decimal."""
    raw = raw.replace(" ", "").replace("'", "").replace("’", "")
    last_dot, last_comma = raw.rfind("."), raw.rfind(",")
    decimal_sep = ""
    if last_dot >= 0 and last_comma >= 0:
        decimal_sep = "." if last_dot > last_comma else ","
    elif last_dot >= 0 or last_comma >= 0:
        sep = "." if last_dot >= 0 else ","
        tail = raw[raw.rfind(sep) + 1 :]
        # One separator followed by exactly three digits is a thousands separator.
        if not (len(tail) == 3 and raw.count(sep) >= 1 and len(raw) > 4):
            decimal_sep = sep
        if raw.count(sep) > 1:
            decimal_sep = ""
    if decimal_sep:
        integer, _, fraction = raw.rpartition(decimal_sep)
        integer = integer.replace(".", "").replace(",", "")
        raw = f"{integer}.{fraction}"
    else:
        raw = raw.replace(".", "").replace(",", "")
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None


def format_amount(value: Decimal, currency: str) -> str:
    """Canonical "<value> <ISO code>", two decimals except zero-decimal currencies."""
    places = Decimal(1) if currency in _ZERO_DECIMALS else Decimal("0.01")
    return f"{value.quantize(places)} {currency}"


def _currency(token: str, table: dict[str, str], dollar: str) -> str:
    key = " ".join(token.lower().split())
    if key.upper() in _CODES:
        return "CNY" if key.upper() == "RMB" else key.upper()
    currency = table[key]
    if key in ("$", "dollars", "dollar", "bucks"):
        return dollar
    return currency


@cache
def _japan_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<![A-Za-z])(?:yen|jpy|japan|tokyo|osaka)(?![A-Za-z])|日元|日币|円|日本", re.I
    )


def find_amounts(text: str, claims: Claims, dollar: str = "USD") -> list[Hit]:
    """Amounts written with a currency symbol, code or word.

    A bare ¥ is yuan, unless the mail talks about yen or Japan.
    """
    hits: list[Hit] = []
    yen = _japan_re().search(text) is not None
    for m in _amount_re().finditer(text):
        if not claims.is_free(m.start(), m.end()):
            continue
        if m.group("pre"):
            raw, wan = m.group("pn"), m.group("pnwan")
            currency = _currency(m.group("pcur"), _PREFIX, dollar)
            if yen and m.group("pcur") in ("¥", "￥"):
                currency = "JPY"
        else:
            raw, wan = m.group("sn"), m.group("snwan")
            currency = _currency(m.group("scur"), _SUFFIX, dollar)
        value = parse_number(raw)
        if value is None:
            continue
        if wan:
            value *= 10000
        claims.claim(m.start(), m.end())
        hits.append(Hit("amount", format_amount(value, currency), m.start(), m.end()))
    return hits
