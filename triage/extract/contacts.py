"""Account contacts: e-mail addresses and phone numbers (validated, E.164)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache

import phonenumbers

from triage.extract.spans import Claims, Context, Hit


@cache
def _email_re() -> re.Pattern[str]:
    # Starts only at the start of a local-part run, so a long run of letters stays linear.
    return re.compile(
        r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,6}"
    )


@cache
def _cn_mobile_re() -> re.Pattern[str]:
    return re.compile(r"(?<![\d+])(?:\+?86[ \-]?)?1[3-9]\d(?:[ \-]?\d){8}(?!\d)")


def is_own_address(address: str, own: Sequence[str]) -> bool:
    """True when ``address`` is support's own (an exact address, or ``@domain`` entry)."""
    address = address.lower()
    for entry in own:
        entry = entry.lower().strip()
        if entry.startswith("@") and address.endswith(entry):
            return True
        if address == entry:
            return True
    return False


def find_emails(text: str, claims: Claims, own: Sequence[str]) -> list[Hit]:
    """E-mail addresses, lower-cased, except support's own ones (whose span is still claimed)."""
    hits: list[Hit] = []
    for m in _email_re().finditer(text):
        address = m.group().strip(".-")
        tld = address.rsplit(".", 1)[-1]
        if not tld.isalpha() or len(tld) < 2:
            continue
        claims.claim(m.start(), m.end())
        if not is_own_address(address, own) and not someone_elses(text, m.start(), m.end()):
            hits.append(Hit("account_contact", address.lower(), m.start(), m.end()))
    return hits


def _e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def find_phones(
    text: str,
    claims: Claims,
    ctx: Context,
    own: Sequence[str],
    regions: Collection[str] = (),
) -> list[Hit]:
    """Valid phone numbers in ``text`` outside claimed spans, as E.164.

    Numbers written without a country code are read in the default region, then as mobile
    numbers of the ``regions`` the mail names ("我在澳門 … 手機 6612 3456").
    """
    blanked = claims.blank(text)
    region = ctx.phone_region
    hits: list[Hit] = []

    def take(number: phonenumbers.PhoneNumber, start: int, end: int) -> None:
        if not claims.is_free(start, end):
            return
        claims.claim(start, end)
        value = _e164(number)
        if value not in own and not someone_elses(text, start, end):
            hits.append(Hit("account_contact", value, start, end))

    for match in phonenumbers.PhoneNumberMatcher(
        blanked, region, leniency=phonenumbers.Leniency.VALID
    ):
        take(match.number, match.start, match.end)
    if region != "CN":
        # Chinese customers often write their mobile without +86 in English mails.
        blanked = claims.blank(text)
        for m in _cn_mobile_re().finditer(blanked):
            try:
                number = phonenumbers.parse(m.group(), "CN")
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                take(number, m.start(), m.end())
    for named in sorted(set(regions) - {region})[:3]:
        blanked = claims.blank(text)
        for match in phonenumbers.PhoneNumberMatcher(
            blanked, named, leniency=phonenumbers.Leniency.VALID
        ):
            kind = phonenumbers.number_type(match.number)
            if not match.raw_string.lstrip().startswith("+") and kind in _MOBILE_TYPES:
                take(match.number, match.start, match.end)
    return hits


# Right before a number (same clause): whose it is, when it is not the customer's.
_OTHERS_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?:(?:rang|called|phoned|texted|messaged|calling|whatsapped)\s+(?:me\s+)?from"
    r"|number\s+that\s+(?:called|rang|texted)(?:\s+(?:me|was|is))*"
    r"|caller|scammer|fraudster|hotline|helpline|toll[\s-]?free|customer\s+service"
    r"|(?:hotel|shop|store|merchant|restaurant|seller|buyer|landlord|driver|bank|police|courier"
    r"|mum|mom|mother|dad|father|son|daughter|wife|husband|friend|sister|brother)(?:'s|’s)?"
    r"\s+(?:phone|number|tel|mobile|hotline)|(?:his|her|their)\s+(?:phone|number|mobile|e-?mail))"
    r"|商家|客服电话|客服電話|来电|來電|对方|對方|骗子|騙子|热线|熱線|店家|卖家|賣家|买家|房东|司机"
    r"|我妈|我媽|我爸|朋友的|陌生号码|陌生號碼|陌生电话|陌生電話)"
    r"[^.!?。！？\n,，;；]{0,24}$",
    re.IGNORECASE,
)
# Right after it: "131 6630 2217 是我妈的", "… which is my mum's"
_OTHERS_AFTER = re.compile(
    r"[^\S\n]*(?:是我(?:妈|媽|爸|朋友|老婆|老公|女儿|儿子)的|不是我的|是(?:单位|單位|公司)的"
    r"|(?:is|was)\s+(?:my\s+)?"
    r"(?:mum|mom|mother|dad|father|son|daughter|wife|husband|friend|sister|brother)(?:'s|’s)"
    r"|isn't\s+mine|is\s+not\s+mine)",
    re.IGNORECASE,
)


def someone_elses(text: str, start: int, end: int) -> bool:
    """True when the phone number at ``text[start:end]`` is said to be someone else's."""
    return bool(
        _OTHERS_BEFORE.search(text, max(0, start - 60), start) or _OTHERS_AFTER.match(text, end)
    )


_MOBILE_TYPES = (
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
)
