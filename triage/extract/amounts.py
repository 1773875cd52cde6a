"""Money amounts with a currency, normalised to "1250.00 USD"."""

from __future__ import annotations

import re
from collections.abc import Sequence
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
    "rs": "INR",
    "rs.": "INR",
    "₦": "NGN",
    "₺": "TRY",
    "₽": "RUB",
    "₪": "ILS",
    "dhs": "AED",
    # the Gulf's own abbreviations: "SR 2,000", "QR 640", "KD 450", "BD 20", "OMR"
    "sr": "SAR",
    "qr": "QAR",
    "kd": "KWD",
    "bd": "BHD",
    # East African shillings and the Ghana cedi as written locally
    "ksh": "KES",
    "kshs": "KES",
    "tsh": "TZS",
    "ush": "UGX",
    "gh₵": "GHS",
    "₵": "GHS",
    "ghc": "GHS",
    "人民币": "CNY",
    "美元": "USD",
    "港币": "HKD",
    "欧元": "EUR",
    # currency words also written before the number ("新台币3,000元", "澳门币 500")
    "港元": "HKD",
    "新台币": "TWD",
    "台币": "TWD",
    "日元": "JPY",
    "英镑": "GBP",
    "澳元": "AUD",
    "加元": "CAD",
    "新加坡元": "SGD",
    "新币": "SGD",
    "韩元": "KRW",
    "泰铢": "THB",
    "林吉特": "MYR",
    "澳门币": "MOP",
    "澳门元": "MOP",
}
# Words and symbols written after the number (ISO codes work on both sides).
_SUFFIX = {
    "元": "CNY",
    "块钱": "CNY",
    "块": "CNY",
    # Cantonese for dollars ("轉咗500蚊"): Hong Kong dollars
    "蚊": "HKD",
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
    # rarer currencies, Chinese names
    "越南盾": "VND",
    "印尼盾": "IDR",
    "印度卢比": "INR",
    "卢比": "INR",
    "比索": "PHP",
    "菲律宾比索": "PHP",
    "墨西哥比索": "MXN",
    "林吉特": "MYR",
    "马来西亚林吉特": "MYR",
    "韩币": "KRW",
    "泰币": "THB",
    "新西兰元": "NZD",
    "纽币": "NZD",
    "瑞郎": "CHF",
    "法郎": "CHF",
    "迪拉姆": "AED",
    "里拉": "TRY",
    "兰特": "ZAR",
    "雷亚尔": "BRL",
    "兹罗提": "PLN",
    "澳门币": "MOP",
    "澳门元": "MOP",
    "葡币": "MOP",
    "日圆": "JPY",
    "英磅": "GBP",
    "港纸": "HKD",
    "美刀": "USD",
    # rarer currencies, English words (ambiguous ones are settled by _BY_COUNTRY)
    "rupee": "INR",
    "rupiah": "IDR",
    "dong": "VND",
    "pesos": "PHP",
    "peso": "PHP",
    "dirhams": "AED",
    "dirham": "AED",
    "dhs": "AED",
    "riyals": "SAR",
    "riyal": "SAR",
    "rand": "ZAR",
    "reais": "BRL",
    "lira": "TRY",
    "liras": "TRY",
    "kronor": "SEK",
    # the Nordic "kr" after the number: Swedish unless the mail names another krone country
    "kr": "SEK",
    "kroner": "NOK",
    "krone": "NOK",
    "zloty": "PLN",
    "zlotys": "PLN",
    "naira": "NGN",
    "shillings": "KES",
    "sterling": "GBP",
    "nt dollars": "TWD",
    "hong kong dollars": "HKD",
    "new zealand dollars": "NZD",
    "aussie dollars": "AUD",
    "sing dollars": "SGD",
    "zł": "PLN",
    # "15.000 TL", "5.000.000đ", "9,100,000 kip"
    "tl": "TRY",
    "đ": "VND",
    "kip": "LAK",
    # the forint's and the koruna's own signs: "96 400 Ft", "12 500 Kč"
    "ft": "HUF",  # only as "Ft" (10 ft is a length)
    "kč": "CZK",
}
# Currency words shared by several countries: the country the mail names decides.
_BY_COUNTRY: dict[str, dict[str, str]] = {
    "PHP": {"MX": "MXN", "AR": "ARS", "CL": "CLP", "CO": "COP", "UY": "UYU", "PH": "PHP"},
    "INR": {"PK": "PKR", "LK": "LKR", "NP": "NPR", "IN": "INR"},
    "AED": {"MA": "MAD", "AE": "AED"},
    "SAR": {"QA": "QAR", "OM": "OMR", "SA": "SAR"},
    "NOK": {"DK": "DKK", "NO": "NOK"},
    "SEK": {"SE": "SEK", "NO": "NOK", "DK": "DKK", "IS": "ISK"},
    "KES": {"UG": "UGX", "TZ": "TZS", "KE": "KES"},
}
_AMBIGUOUS_WORDS = frozenset(
    {"pesos", "peso", "比索", "rupees", "rupee", "卢比", "rs", "rs.", "dirhams", "dirham", "dhs"}
    | {"riyals", "riyal", "kroner", "krone", "shillings", "kr"}
)
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
    "ARS",
    "CLP",
    "COP",
    "PEN",
    "PKR",
    "LKR",
    "NPR",
    "BDT",
    "EGP",
    "NGN",
    "KES",
    "GHS",
    "MAD",
    "ILS",
    "QAR",
    "KWD",
    "BHD",
    "OMR",
    "RON",
    "BGN",
    "ISK",
    "UAH",
    "KZT",
    "MOP",
    "UYU",
    "UGX",
    "TZS",
    *sorted(
        {"JOD", "LBP", "IQD", "TND", "DZD", "XOF", "XAF", "ETB", "ZMW", "RWF", "MMK", "KHR"}
        | {"LAK", "MNT", "BND", "FJD", "MVR", "MUR", "AZN", "UZS", "KGS", "BYN", "MDL", "RSD"}
        | {"MKD", "BAM", "GEL", "AMD"}
    ),
]
# Codes that are also English words count only in upper case ("10 MAD", not "10 mad").
_WORDLIKE_CODES = frozenset({"PEN", "MAD", "TRY", "GEL", "AMD", "BAM", "MDL", "MMK", "LAK"})
# ISO 4217 minor unit 0 (IDR, HUF and CZK have 2, though rarely written)
_ZERO_DECIMALS = frozenset({"JPY", "KRW", "VND", "CLP", "ISK", "UGX"})
_THREE_DECIMALS = frozenset({"KWD", "BHD", "OMR", "JOD", "TND", "LYD", "IQD"})
# Chinese numerals written out ("两百块", "一千二百元").
_ZH_DIGIT = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}
_ZH_DIGIT |= {"八": 8, "九": 9}
_ZH_UNIT = {"十": 10, "百": 100, "千": 1000}
_MULTIPLIERS = {
    "m": 1_000_000,  # "₦1.2m", after a currency only
    # Indonesian: "Rp150rb" (ribu, thousand), "Rp2jt" (juta, million)
    "rb": 1_000,
    "ribu": 1_000,
    "jt": 1_000_000,
    "juta": 1_000_000,
    "万": 10_000,
    "千": 1_000,
    "百万": 1_000_000,
    "亿": 100_000_000,
    "k": 1_000,
    # South Asian numbering: "3 lakh rupees", "1.2 crore"
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _amount_re() -> re.Pattern[str]:
    # A number: grouped thousands ("1,250.00", "1.234,56", "1 250") or plain digits.
    number = (
        # at most six groups: a longer run is no sum (_TOO_LARGE), and a bound keeps a long
        # run of "123 123 123 …" linear
        r"(?P<{n}>\d{{1,3}}(?:[,.'’ ]\d{{3}}){{1,6}}(?:[.,]\d{{1,2}})?(?!\d)"
        r"|\d+(?:[.,]\d{{1,2}})?(?![\d.,]\d))"
    )
    prefix = _alternation([*_PREFIX, *[c.lower() for c in _CODES]])
    suffix = _alternation([*_SUFFIX, *[c.lower() for c in _CODES]])
    wan = (
        r"(?P<{n}wan>\s*(?:百万|万|千|亿)|[kKmM](?![A-Za-z])|(?:rb|jt)(?![A-Za-z])"
        r"|\s(?:lakhs?|crores?|ribu|juta)(?![A-Za-z]))?"
    )
    return re.compile(
        r"(?P<pre>(?<![A-Za-z])(?P<pcur>"
        + prefix
        + r")\s?"
        + number.format(n="pn")
        + wan.format(n="pn")
        + r"(?![A-Za-z%\d]))"
        r"|(?P<suf>(?<![\d.,A-Za-z$€£¥])(?:"
        + number.format(n="sn")
        + r"|(?P<zhnum>(?<![零一二两三四五六七八九十百千万])"
        + r"[零一二两三四五六七八九十百千万]{1,12}))"
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


_TOO_LARGE = Decimal(10) ** 15


def format_amount(value: Decimal, currency: str) -> str:
    """Canonical "<value> <ISO code>" with the currency's ISO 4217 minor unit (2 mostly)."""
    places = Decimal(1) if currency in _ZERO_DECIMALS else Decimal("0.01")
    if currency in _THREE_DECIMALS:
        places = Decimal("0.001")
    return f"{value.quantize(places)} {currency}"


def _currency(token: str, table: dict[str, str], dollar: str) -> str:
    key = " ".join(token.lower().split())
    if key.upper() in _CODES:
        return "CNY" if key.upper() == "RMB" else key.upper()
    currency = table[key]
    if key in ("$", "dollars", "dollar", "bucks"):
        return dollar
    return currency


# Countries whose own currency is called "dollar", for a bare "$" when the mail names one.
_LOCAL_DOLLARS = {
    "AU": "AUD",
    "CA": "CAD",
    "HK": "HKD",
    "SG": "SGD",
    "NZ": "NZD",
    "TW": "TWD",
}


# "N85,000": Nigerians write the naira as a capital N (read only in a Nigerian mail)
_NAIRA_N = re.compile(
    r"(?<![A-Za-z\d])N(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d+(?:\.\d{2})?)(?![\d,.]\d|[A-Za-z%])"
)


def _naira(text: str, claims: Claims) -> list[Hit]:
    hits: list[Hit] = []
    for m in _NAIRA_N.finditer(text):
        value = parse_number(m.group("n"))
        if value is None or not claims.is_free(m.start(), m.end()):
            continue
        claims.claim(m.start(), m.end())
        hits.append(Hit("amount", format_amount(value, "NGN"), m.start(), m.end()))
    return hits


def home_dollar(region: str) -> str:
    """What a bare "$" means to a customer of a mailbox set up for ``region``."""
    return _LOCAL_DOLLARS.get(region.upper(), "USD")


# A dollar or peso code right after "$250": which dollar it is.
_DOLLAR_CODE_AFTER = re.compile(
    r"[^\S\n]?(USD|CAD|AUD|NZD|SGD|HKD|TWD|MXN|ARS|CLP|COP|BRL|FJD|BND|JMD|TTD|BSD|XCD)"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)


@cache
def _japan_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<![A-Za-z])(?:yen|jpy|japan|tokyo|osaka)(?![A-Za-z])|日元|日币|円|日本", re.I
    )


@cache
def _bare_wan_re() -> re.Pattern[str]:
    # "转了1.2万给我妈": Chinese money verbs before a number in 万/千 mean yuan.
    return re.compile(
        r"(?:转了|付了|汇了|充了|充值了?|提现了?|花了|借了|还了|赔了|转账|汇款|退了|扣了)\s*"
        r"(?P<n>\d{1,4}(?:\.\d{1,2})?)\s*(?P<u>万|千)"
        r"(?![元块人民币美欧英港日韩澳加新台泰卢林比越印次人个张笔条件步多天年月号分秒])"
    )


def parse_zh_numeral(raw: str) -> Decimal | None:
    """Read written-out Chinese numbers ("两百", "一千二百", "十五", "三万五千")."""
    if "万" in raw:
        high, _, low = raw.rpartition("万")
        upper = parse_zh_numeral(high) if high else Decimal(1)
        lower = parse_zh_numeral(low) if low else Decimal(0)
        if upper is None or lower is None:
            return None
        return upper * 10000 + lower
    total, digit = 0, None
    for ch in raw:
        if ch == "零":
            continue  # a placeholder: "一千零五十"
        if ch in _ZH_DIGIT:
            if digit is not None:
                return None  # "一二" is not a number
            digit = _ZH_DIGIT[ch]
        elif ch in _ZH_UNIT:
            total += (1 if digit is None else digit) * _ZH_UNIT[ch]
            digit = None
        else:
            return None
    if digit is not None:
        total += digit
    return Decimal(total) if total else None


def _settle(currency: str, token: str, named: frozenset[str]) -> str:
    """A currency word several countries use, read by the country the mail names."""
    if " ".join(token.lower().split()) not in _AMBIGUOUS_WORDS:
        return currency
    choices = _BY_COUNTRY.get(currency, {})
    hits = {code for country, code in choices.items() if country in named}
    return hits.pop() if len(hits) == 1 else currency


def find_amounts(
    text: str,
    claims: Claims,
    dollar: str = "USD",
    named: frozenset[str] = frozenset(),
    quoted: Sequence[tuple[int, int]] = (),
    region: str = "",
) -> list[Hit]:
    """Amounts written with a currency symbol, code or word; ``quoted`` are the spans of
    error texts, where a limit the app names is kept (the customer hit it).

    A bare ¥ is yuan, unless the mail talks about yen or Japan (or names a Japanese city and
    no Chinese place); "pesos", "rupees" and other shared words follow the country the mail
    names (``named``, alpha-2 codes).
    """
    hits: list[Hit] = []
    # "I'm in Sydney and paid $45": a bare dollar in the one dollar country the mail names
    if len(named) == 1:
        only = next(iter(named))
        dollar = _LOCAL_DOLLARS.get(only, "USD" if only == "US" else dollar)
    # "¥48,000 to a language school in Kyoto": a Japanese place named alone also means yen
    yen = _japan_re().search(text) is not None or ("JP" in named and "CN" not in named)
    for m in _amount_re().finditer(text):
        if not claims.is_free(m.start(), m.end()):
            continue
        token = m.group("pcur") or m.group("scur")
        if token.upper() in _WORDLIKE_CODES and not token.isupper():
            continue
        if token.lower() == "ft" and token != "Ft":
            continue
        end = m.end()
        if m.group("pre"):
            raw, wan = m.group("pn"), m.group("pnwan")
            currency = _currency(token, _PREFIX, dollar)
            if yen and token in ("¥", "￥"):
                currency = "JPY"
            code = _DOLLAR_CODE_AFTER.match(text, end) if token == "$" else None
            if code is not None:
                currency, end = code.group(1).upper(), code.end()  # "$250 CAD": the code says
        else:
            raw, wan = m.group("sn"), m.group("snwan")
            currency = _currency(token, _SUFFIX, dollar)
        currency = _settle(currency, token, named)
        if raw is None:
            after = text[m.end() : m.end() + 1]
            if token == "块" and "\u4e00" <= after <= "\u9fff" and after not in "钱的":
                continue  # "一块手表" is one watch
            value = parse_zh_numeral(m.group("zhnum"))
        else:
            value = parse_number(raw)
        if value is None:
            continue
        if wan:
            value *= _MULTIPLIERS[wan.strip().lower()]
        if value >= _TOO_LARGE:
            continue  # a run of 16+ digits before "$" is an id or noise, not money
        claims.claim(m.start(), end)
        in_error = any(a <= m.start() and end <= b for a, b in quoted)
        if not in_error and _rule_amount_re().search(text, max(0, m.start() - 40), m.start()):
            continue  # a limit or fee threshold the customer quotes, not money that moved
        if not in_error and _LIMIT_AFTER.match(text, end):
            continue  # "每月 2000 元的额度": a limit the customer wants
        hits.append(Hit("amount", format_amount(value, currency), m.start(), end))
    hits = _without_rates(text, hits)
    if region == "NG" or "NG" in named:
        hits += _naira(text, claims)
    for m in _bare_wan_re().finditer(text):
        start, end = m.start("n"), m.end("u")
        if claims.is_free(start, end):
            value = Decimal(m.group("n")) * _MULTIPLIERS[m.group("u")]
            claims.claim(start, end)
            hits.append(Hit("amount", format_amount(value, "CNY"), start, end))
    # sums without a currency first: "我收到了200，少了50" then has the gap's currency
    hits += _bare_amounts(text, claims, hits, named)
    hits += _differences(text, claims, hits)
    hits.sort(key=lambda h: h.start)
    return hits


@cache
def _rule_amount_re() -> re.Pattern[str]:
    # Right before a sum: the words of a rule ("the daily limit is S$5,000", "Maximum AED 50,000
    # per transfer", "fee … on top-ups above £1,000", "a flat £4.99", "最低 0.1 元", "每筆
    # NT$300"). Plural nouns only: "transfers over £1,000" is a class of payments, where "my
    # transfer over £1,000" would be one.
    return re.compile(
        r"(?:(?<![A-Za-z])(?:limits?(?:\s+(?:is|was|of|at))?|maximum|minimum|max\.?|min\.?"
        r"|(?:transfers|top-?ups|payments|transactions|withdrawals|purchases|amounts|orders"
        r"|contactless|free)"
        r"\s+(?:(?:are\s+)?free\s+)?(?:over|above|under|below|exceeding|up\s+to"
        r"|of\s+(?:more|less)\s+than)"
        r"|a\s+flat(?:\s+fee\s+of)?)\s*:?"
        r"|(?:最低|最高|最少|最多|上限|下限|限额|限額)[\u4e00-\u9fff]{0,4}?(?:是|为|為|[:：])?"
        r"|每笔|每筆|单笔|單筆)[^\S\n]*$",
        re.IGNORECASE,
    )


_LIMIT_AFTER = re.compile(r"[^\S\n]*(?:的)?(?:额度|額度|限额|限額|上限)")
# "1 GBP = 1.1665 EUR": one unit before or after "=" is a rate, whatever the other side
_ONE_UNIT_RATE_AFTER = re.compile(r"[^\S\n]*(?:=|≈)")
_ONE_UNIT_RATE_BEFORE = re.compile(r"(?:=|≈)[^\S\n]*$")
_RATE_JOIN = re.compile(r"[^\S\n]*(?:=|≈|兑|兌)[^\S\n]*")
_ONE = Decimal(1)


def _without_rates(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop both sides of an exchange rate ("1 USD = 17.12 MXN", "1 SGD = 26.4 THB")."""
    rate: set[int] = set()
    for i in range(len(hits) - 1):
        a, b = hits[i], hits[i + 1]
        one = Decimal(a.value.split()[0]) == _ONE or Decimal(b.value.split()[0]) == _ONE
        if one and _RATE_JOIN.fullmatch(text, a.end, b.start):
            rate.update((i, i + 1))
    for i, h in enumerate(hits):
        if Decimal(h.value.split()[0]) == _ONE and (
            _ONE_UNIT_RATE_AFTER.match(text, h.end)
            or _ONE_UNIT_RATE_BEFORE.search(text, max(0, h.start - 4), h.start)
        ):
            rate.add(i)
    return [h for i, h in enumerate(hits) if i not in rate]


# The currency of a country, for a sum written without one in a mail that names only that
# country ("a game for 9.99 … I'm in Ireland"). Public facts; euro countries first.
_EURO_COUNTRIES = frozenset(
    [
        "AT",
        "BE",
        "CY",
        "DE",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PT",
        "SI",
        "SK",
    ]
)
_COUNTRY_CURRENCY = {
    "GB": "GBP",
    "US": "USD",
    "CN": "CNY",
    "HK": "HKD",
    "MO": "MOP",
    "TW": "TWD",
    "JP": "JPY",
    "KR": "KRW",
    "SG": "SGD",
    "MY": "MYR",
    "TH": "THB",
    "PH": "PHP",
    "ID": "IDR",
    "VN": "VND",
    "IN": "INR",
    "PK": "PKR",
    "AU": "AUD",
    "NZ": "NZD",
    "CA": "CAD",
    "CH": "CHF",
    "SE": "SEK",
    "NO": "NOK",
    "DK": "DKK",
    "PL": "PLN",
    "CZ": "CZK",
    "HU": "HUF",
    "TR": "TRY",
    "AE": "AED",
    "SA": "SAR",
    "BR": "BRL",
    "MX": "MXN",
    "ZA": "ZAR",
    "NG": "NGN",
    "KE": "KES",
    "GH": "GHS",
    "EG": "EGP",
}


# A fast first look (lower-cased text, no flags) for the leads of _bare_amount_re.
_BARE_HINT = re.compile(
    r"(?:(?:sent|paid|transferred)(?:\s+[a-z]+){0,2}|topped\s+up|withdrew|deposited|got|received"
    r"|charged(?:\s+me)?"
    r"|(?:transfer|payment|top[\s-]?up|withdrawal|refund|deposit|charge|fee|balance)\s+of"
    r"|fee\s+(?:was|is)"
    r"|(?:amount|total)(?:\s+(?:of|was|is))?\s*:?|for)\s+\d"
    r"|转了|轉了|转账|轉帳|付了|付款|支付|充值|充了|提现|提現|退款|退了|扣了|花了|汇了|匯了|汇款|匯款"
    r"|金额|金額|总额|總額|总共|總共|一共|红包|紅包|到账|到賬|收到|手续费|手續費|服务费|服務費"
)


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


@cache
def _bare_amount_re() -> re.Pattern[str]:
    # A sum after a money verb or noun, written without any currency: "转了500给我妈",
    # "充值了200", "金额：3000", "I topped up 50", "refund of 35.99", "a game for 9.99".
    number = r"(?P<n>\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,2})?|\d{1,7}(?:\.\d{1,2})?)"
    # No look-behind before the leads (a word inside another is dropped in _bare_amounts):
    # leads that all start with a literal let the regex engine skip most positions.
    return re.compile(
        r"(?:(?:转了|轉了|转账|轉帳|付了|付款|支付了?|充值了?|充了|提现了?|提現了?|退款|退了|扣了"
        r"|花了|汇了|匯了|汇款|匯款|(?:发|發)了?(?:个|個)?(?:红包|紅包)|到账了?|到賬了?|收到了?"
        r"|(?:手续费|手續費|服务费|服務費|金额|金額|总额|總額|总共|總共|一共)(?:是|为|為|[:：])?)[^\S\n]*"
        # case variants written out: a case-blind pattern costs twice the time per mail
        # "sent my landlord 1200", "paid the shop 45.20": a person or a shop may come first
        r"|(?:(?:[Ss]ent|[Pp]aid|[Tt]ransferred)(?:\s+(?:my|the|our|her|his|their|him|her|them"
        r"|me|us)(?:\s+(?!of|for|to|in|on|at|and)[a-z]+)?)?|[Tt]opped\s+up|[Ww]ithdrew|[Gg]ot|[Rr]eceived"
        r"|[Dd]eposited|[Cc]harged(?:\s+me)?"
        r"|(?:[Tt]ransfer|[Pp]ayment|[Tt]op[\s-]?up|[Ww]ithdrawal|[Rr]efund|[Dd]eposit|[Cc]harge"
        r"|[Ff]ee|[Bb]alance)\s+of|[Ff]ee\s+(?:was|is)|(?:[Aa]mount|AMOUNT|[Tt]otal|TOTAL)(?:\s+(?:of|was|is))?\s*:?)[^\S\n]+"
        r"|[Ff]or[^\S\n]+(?=\d+\.\d{2}(?!\d)))"
        + number
        + r"(?![\d.,]\d|\d|[^\S\n]*[%$€£¥]|[^\S\n]*(?:-|~|to|or|and|至|到|或)[^\S\n]*\d)"
        # words that end the sentence or the clause, or a Chinese clause that goes on
        r"(?=[^\S\n]*(?:[,.;!?，。；！？()（）\n]|$|(?:[^\S\n]+(?:to|from|for|on|at|in|into"
        r"|yesterday|today|last|this|and|but|via|by|with|from|never|has|have|was|is|still"
        r"|already|twice|which|that|as|instead|not|back|rather|only)(?![A-Za-z]))|给|給|到|进|進|后|後|但|可|却|卻|还|還|就|都|没|沒|买|買|用|的))",
    )


@cache
def _lone_currency_re() -> re.Pattern[str]:
    # currency words and codes standing alone ("in euros", "currency EUR", "币种 人民币")
    words = {**_PREFIX, **_SUFFIX}
    names = [w for w in words if len(w) > 2 and not any(c in w for c in "$€£¥₩₹₱฿₫₦₺₽₪₵")]
    return re.compile(
        r"(?<![A-Za-z\d.,])(?:(?P<code>"
        + "|".join(_CODES)
        + r")|(?P<word>"
        + _alternation(names)
        + r"))(?![A-Za-z])(?![^\S\n]?\d)",
    )


def _lone_currencies(text: str, claims: Claims) -> set[str]:
    found: set[str] = set()
    for m in _lone_currency_re().finditer(text):
        if not claims.is_free(m.start(), m.end()):
            continue
        if m.group("code"):
            found.add("CNY" if m.group("code") == "RMB" else m.group("code"))
            continue
        key = m.group("word").lower()
        if key in _AMBIGUOUS_WORDS or key in ("dollars", "dollar", "bucks"):
            continue
        found.add(_SUFFIX.get(key) or _PREFIX[key])
    return found


def _bare_amounts(text: str, claims: Claims, found: list[Hit], named: frozenset[str]) -> list[Hit]:
    """Sums written without a currency, read in the one currency the mail makes plain: the
    other amounts' currency, a currency word standing alone, or the one country named (a
    Chinese money verb in a mail naming no other country is yuan)."""
    if not _BARE_HINT.search(text.lower()):
        return []
    matches = [
        m
        for m in _bare_amount_re().finditer(text)
        if claims.is_free(m.start("n"), m.end("n"))
        and not (m.start() > 0 and _is_latin(text[m.start() - 1]) and _is_latin(text[m.start()]))
    ]
    if not matches:
        return []
    currencies = {h.value.rsplit(" ", 1)[1] for h in found} | _lone_currencies(text, claims)
    countries = {"EU" if c in _EURO_COUNTRIES else c for c in named}
    if len(countries) == 1:
        # the one country named must agree with the currencies written, if any
        only = countries.pop()
        currencies.add("EUR" if only == "EU" else _COUNTRY_CURRENCY.get(only, "?"))
    currencies.discard("?")
    hits: list[Hit] = []
    for m in matches:
        currency = next(iter(currencies)) if len(currencies) == 1 else None
        if currency is None and not currencies and not named and m.group()[0] >= "\u4e00":
            currency = "CNY"  # "转了500给我妈" in a mail that names no place and no currency
        value = parse_number(m.group("n"))
        if currency is None or value is None or value == 0:
            continue
        claims.claim(m.start("n"), m.end("n"))
        hits.append(Hit("amount", format_amount(value, currency), m.start("n"), m.end("n")))
    return hits


@cache
def _difference_re() -> re.Pattern[str]:
    # "少了50", "差了 20", "short by 50", "missing 12.50": what is missing of an amount
    return re.compile(
        r"(?:少了|差了|少到了?|多扣了?|多收了?|缺了|(?<![A-Za-z])(?:short(?:\s+by)?|missing"
        r"|a\s+difference\s+of|off\s+by|less\s+by))\s*(?P<n>\d+(?:[.,]\d{1,2})?)"
        r"(?![\d%]|[.,]\d|\s*(?:[\u4e00-\u9fff]|[A-Za-z]))",
        re.IGNORECASE,
    )


def _differences(text: str, claims: Claims, found: list[Hit]) -> list[Hit]:
    """A bare number named as the gap between amounts, in the one currency of the mail."""
    currencies = {h.value.rsplit(" ", 1)[1] for h in found}
    if len(currencies) != 1:
        return []
    currency = currencies.pop()
    hits: list[Hit] = []
    for m in _difference_re().finditer(text):
        start, end = m.start("n"), m.end("n")
        value = parse_number(m.group("n"))
        if value is None or not claims.is_free(start, end):
            continue
        claims.claim(start, end)
        hits.append(Hit("amount", format_amount(value, currency), start, end))
    return hits
