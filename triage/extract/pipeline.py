"""Runs the extractors in a fixed order over one text and builds ``Details``."""

from __future__ import annotations

import logging
import re
from datetime import datetime

from triage.details import Details, DetailValue, ExtractOptions
from triage.extract.amounts import find_amounts, home_dollar
from triage.extract.banking import find_account_numbers, find_bics, find_ibans
from triage.extract.contacts import find_emails, find_phones, is_own_address
from triage.extract.countries import countries_named, find_countries
from triage.extract.dates import find_dates
from triage.extract.devices import find_app_versions, find_devices, find_os_versions
from triage.extract.errors import find_error_messages
from triage.extract.ids import find_transaction_ids
from triage.extract.secrets import (
    SECRET_KINDS,
    after_id_word,
    card_is_destination,
    digit_run_end,
    find_card_numbers,
    find_keyword_secrets,
    find_printed_cards,
)
from triage.extract.spans import (
    Claims,
    Context,
    Hit,
    blank_quoted,
    fold_for_matching,
    fold_width,
    is_chinese,
)
from triage.masking import SECRET_MASK, mask_text, mask_value

log = logging.getLogger(__name__)

_MONTH_FIRST_REGIONS = frozenset({"US", "PH", "CA", "FM", "MH", "PW", "BZ"})


def _without_secrets(value: str, secrets: set[str]) -> str:
    """``value`` with every secret the customer sent elsewhere in the mail replaced."""
    for secret in sorted(secrets, key=len, reverse=True):
        if secret and secret in fold_width(value):
            value = fold_width(value).replace(secret, SECRET_MASK)
    return value


def _ideographic_commas(folded: str, original: str) -> str:
    """``folded`` with the full-width commas of ``original`` put back (same length).

    "¥ 459.00，8月10号": folded to "459.00,8" the comma would glue the amount to the date;
    a full-width comma never separates thousands or decimals.
    """
    if "，" not in original:
        return folded
    return "".join("，" if o == "，" else f for f, o in zip(folded, original, strict=True))


# Words only Cantonese writes.
_CANTONESE = re.compile(r"咗|喺|嘅|唔|佢|冇|嚟|俾|啲|噉|乜|嘢|哋|嗰")


def _dollar(options: ExtractOptions, region: str, text: str) -> str:
    if options.dollar_currency != "USD":
        return options.dollar_currency
    if len(set(_CANTONESE.findall(text))) >= 2:
        return "HKD"
    return home_dollar(region)


def run_extractors(
    text: str, *, sent_at: datetime | None, sender: str, options: ExtractOptions
) -> Details:
    """Extract every detail from ``text``.

    Extractors run from the most specific shape to the least, each claiming the characters it
    explains, so a card number never becomes an account number and a date inside an id never
    becomes a transaction date.
    """
    folded = blank_quoted(fold_for_matching(text))
    region = options.default_region.upper()
    day_first = options.day_first
    if day_first is None:
        day_first = region not in _MONTH_FIRST_REGIONS
    ctx = Context(sent_at, is_chinese(folded), region, day_first)
    claims = Claims()

    sensitive: set[str] = set()
    secret_texts: set[str] = set()
    cards = find_card_numbers(folded, network_only=True)
    # "美团订单号 4401928833017": a number introduced as an order number is one, Luhn or not.
    cards = [c for c in cards if not after_id_word(folded, c[0])]
    cards += [
        p for p in find_printed_cards(folded) if all(p[1] <= c[0] or p[0] >= c[1] for c in cards)
    ]
    destinations: list[Hit] = []
    for start, end, digits in cards:
        claims.claim(start, end)
        if card_is_destination(folded, start):
            # the whole account as written: a 19-digit bank card holds a shorter Luhn window
            run_end = digit_run_end(folded, end)
            if run_end > end:
                end = run_end
                claims.claim(start, end)
                digits = re.sub(r"\D", "", folded[start:end])
            destinations.append(Hit("recipient_account", digits, start, end))
            continue
        sensitive.add("card_number")
        secret_texts.update((folded[start:end], digits))
    code_spans: list[tuple[int, int]] = []
    for secret in find_keyword_secrets(folded):
        if claims.is_free(secret.start, secret.end):
            if secret.kind == "otp":
                code_spans.append((secret.start, secret.end))
            sensitive.add(secret.kind)
            secret_texts.add(folded[secret.start : secret.end])
            claims.claim(secret.start, secret.end)

    named = countries_named(folded)
    hits: list[Hit] = list(destinations)
    hits += find_emails(folded, claims, options.own_addresses)
    hits += find_ibans(folded, claims)
    hits += find_bics(folded, claims, named)
    hits += find_account_numbers(folded, claims, ctx)
    hits += find_os_versions(folded, claims)
    hits += find_devices(folded, claims)
    hits += find_transaction_ids(folded, claims, options.transaction_id_patterns)
    quoted = find_error_messages(folded, claims, text)
    # "'Your OKPay code is 618 344, don't share it'": a quoted text carrying a one-time code
    # is the SMS that delivered it, not an error the app showed.
    errors = [e for e in quoted if not any(e.start <= a and b <= e.end for a, b in code_spans)]
    hits += errors
    hits += find_dates(folded, claims, ctx)
    # A sum quoted inside an error ("limit reached (₦2,000,000)") is still a sum the customer
    # names: amounts may reuse the error's characters, nothing else may.
    # (also a sum inside such an SMS: "您正在向…转账 12,000.00 元，校验码 308841")
    error_spans = {(h.start, h.end) for h in quoted}
    money_claims = Claims([s for s in claims.spans if s not in error_spans])
    amounts = find_amounts(
        _ideographic_commas(folded, text),
        money_claims,
        # a mailbox set up for Singapore reads "$" as SGD unless told otherwise; a Cantonese
        # mail's "$" is Hong Kong's
        _dollar(options, region, folded),
        named,
        sorted(error_spans),
        region,
    )
    for amount in amounts:
        claims.claim(amount.start, amount.end)
    hits += amounts
    hits += find_app_versions(folded, claims)
    hits += find_countries(folded, claims)
    regions = named | {h.value for h in hits if h.name == "country"}
    hits += find_phones(folded, claims, ctx, options.own_phones, regions)
    hits.sort(key=lambda h: h.start)

    if (
        options.sender_counts_as_contact
        and sender
        and "@" in sender
        and not is_own_address(sender, options.own_addresses)
    ):
        hits.insert(0, Hit("account_contact", sender.strip().lower(), -1, -1))

    found: dict[str, list[DetailValue]] = {}
    invalid: dict[str, list[DetailValue]] = {}
    seen: set[tuple[str, str, str]] = set()
    for hit in hits:
        key = (hit.name, hit.value, hit.problem)
        if key in seen:
            continue
        seen.add(key)
        value = hit.value
        if hit.name == "error_message":
            # A quoted message may repeat a secret sent elsewhere in the mail.
            value = _without_secrets(mask_text(value), secret_texts)
        elif value in secret_texts or re.sub(r"\D", "", value) in secret_texts:
            continue
        detail = DetailValue(
            name=hit.name,
            value=value,
            display=mask_value(hit.name, value),
            valid=not hit.problem,
            problem=hit.problem,
        )
        (invalid if hit.problem else found).setdefault(hit.name, []).append(detail)
    log.debug("extracted %d details, %d invalid", len(hits), sum(map(len, invalid.values())))
    return Details(
        found={k: tuple(v) for k, v in found.items()},
        invalid={k: tuple(v) for k, v in invalid.items()},
        sensitive=tuple(k for k in SECRET_KINDS if k in sensitive),
    )
