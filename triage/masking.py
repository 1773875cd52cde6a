"""Masking of secrets and personal data wherever text is stored, logged or forwarded.

``mask_text`` hides card numbers (Luhn), values after password/PIN/OTP/CVV/验证码/密码
keywords, IBANs and account numbers (country + last 4 kept), e-mail addresses and phone
numbers; ``mask_secrets`` hides only the first two kinds. ``mask_value`` gives the ``display``
form of one extracted detail.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

import phonenumbers

from triage.extract.secrets import (
    after_id_word,
    digit_run_end,
    find_card_numbers,
    find_keyword_secrets,
    find_printed_cards,
    network_first_digits,
)
from triage.extract.spans import fold_for_matching, is_chinese

SECRET_MASK = "****"


def mask_email(address: str) -> str:
    """``jane.doe@example.com`` -> ``j***@example.com``."""
    local, at, domain = address.partition("@")
    if not at:
        return address
    return f"{local[:1]}***@{domain}"


def _mask_digits(raw: str, keep_first: int, keep_last: int) -> str:
    """Replace digits with ``*`` except the first/last few; separators are kept."""
    total = sum(c.isdigit() for c in raw)
    out: list[str] = []
    seen = 0
    for ch in raw:
        if ch.isdigit():
            seen += 1
            if seen <= keep_first or seen > total - keep_last:
                out.append(ch)
                continue
            out.append("*")
        else:
            out.append(ch)
    return "".join(out)


def mask_card(raw: str) -> str:
    """Keep at most the first 6 and last 4 digits, and always hide at least 6."""
    total = sum(c.isdigit() for c in raw)
    return _mask_digits(raw, max(0, min(6, total - 10)), 4)


def mask_iban(iban: str) -> str:
    """``DE89370400440532013000`` -> ``DE****************3000``."""
    compact = re.sub(r"\s", "", iban)
    return compact[:2] + "*" * max(0, len(compact) - 6) + compact[-4:]


def mask_phone(raw: str) -> str:
    """Keep a leading ``+`` country code and the last 4 digits."""
    stripped = raw.lstrip()
    if stripped.startswith("+"):
        try:
            number = phonenumbers.parse(stripped)
            cc_len = len(str(number.country_code))
        except phonenumbers.NumberParseException:
            cc_len = 0
        return _mask_digits(raw, cc_len, 4)
    return _mask_digits(raw, 0, 4)


@cache
def _email_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63})+"
    )


@cache
def _iban_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?"
        r"(?![A-Za-z0-9])"
    )


@cache
def _account_re() -> re.Pattern[str]:
    return re.compile(
        r"(?:(?<![A-Za-z])(?:account|acct\.?|a/c|iban)(?:\s*(?:number|no\.?|num|#))?"
        r"|账号|帐号|账户号码?|卡号)(?:[\s:：#=是为]|is\b){0,6}(?P<val>\d(?:[ \-]?\d){5,33})(?!\d)",
        re.IGNORECASE,
    )


@cache
def _cn_mobile_re() -> re.Pattern[str]:
    return re.compile(r"(?<![\d+])1[3-9]\d(?:[ \-]?\d){8}(?!\d)")


@cache
def _date_like_re() -> re.Pattern[str]:
    return re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")


def _secret_spans(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, replacement) for card numbers and keyword secrets (password, PIN, OTP...)."""
    for start, end, digits in find_card_numbers(text, glued_ok=True):
        # a card network's first digits too (of any length: the safe side): one numeric id in
        # ten passes Luhn ("protocol 2028070811442")
        if not network_first_digits(digits):
            continue
        if not after_id_word(text, start):  # "订单号 4401928833017" is an order number
            # "6217 0012 3088 5521 006": a 19-digit card whose first 16 pass Luhn is masked
            # whole, or its last digits would show beyond the last four
            run_end = digit_run_end(text, end)
            if len(digits) + sum(c.isdigit() for c in text[end:run_end]) <= 19:
                end = run_end
            yield start, end, mask_card(text[start:end])
    for start, end, _ in find_printed_cards(text):
        yield start, end, mask_card(text[start:end])
    for secret in find_keyword_secrets(text):
        yield secret.start, secret.end, SECRET_MASK


def _spans(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, replacement) for everything to hide, most important kinds first."""
    yield from _secret_spans(text)
    for m in _iban_re().finditer(text):
        if sum(c.isdigit() for c in m.group()) >= 6 and len(m.group().replace(" ", "")) >= 15:
            yield m.start(), m.end(), mask_iban(m.group())
    for m in _email_re().finditer(text):
        yield m.start(), m.end(), mask_email(m.group())
    for m in _account_re().finditer(text):
        yield m.start("val"), m.end("val"), _mask_digits(m.group("val"), 0, 4)
    for m in _cn_mobile_re().finditer(text):
        yield m.start(), m.end(), _mask_digits(m.group(), 3, 4)
    region = "CN" if is_chinese(text) else "GB"
    for match in phonenumbers.PhoneNumberMatcher(
        text, region, leniency=phonenumbers.Leniency.VALID
    ):
        if not _date_like_re().fullmatch(match.raw_string.strip()):
            yield match.start, match.end, mask_phone(match.raw_string)


def mask_text(text: str) -> str:
    """``text`` with secrets and personal data masked; everything else unchanged."""
    return _replace(text, _spans)


def mask_secrets(text: str) -> str:
    """``text`` with only secrets masked (card numbers, passwords, PINs, OTPs, CVVs): for the
    copy of a mail agents work from, which must keep the contact and account details."""
    return _replace(text, _secret_spans)


def _replace(text: str, spans: Callable[[str], Iterable[tuple[int, int, str]]]) -> str:
    if not text:
        return text
    folded = fold_for_matching(text)
    taken: list[tuple[int, int, str]] = []
    for start, end, replacement in spans(folded):
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, replacement))
    if not taken:
        return text
    taken.sort()
    out: list[str] = []
    pos = 0
    for start, end, replacement in taken:
        out.append(text[pos:start])
        out.append(replacement)
        pos = end
    out.append(text[pos:])
    return "".join(out)


# Details whose normalised values are built from a closed shape (ISO date, "12.00 EUR",
# "iPhone 15", "DE", a BIC) and so cannot carry personal data.
_SHAPED = frozenset(
    {"transaction_date", "amount", "device_model", "app_version", "os_version", "country"}
    | {"swift_bic"}
)


def mask_value(name: str, value: str) -> str:
    """The ``display`` form of an extracted detail: personal data masked, the rest as is."""
    if name in _SHAPED:
        return value
    if name == "account_contact":
        if "@" in value:
            return mask_email(value)
        return mask_phone(value)
    if name == "recipient_account":
        if value[:2].isalpha():
            return mask_iban(value)
        return "*" * max(0, len(value) - 4) + value[-4:]
    return mask_text(value)
