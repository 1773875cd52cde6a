"""Required-detail extraction and validation (account contact, transaction id, IBAN...)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

DETAIL_NAMES: tuple[str, ...] = (
    "account_contact",
    "transaction_id",
    "transaction_date",
    "amount",
    "error_message",
    "device_model",
    "app_version",
    "country",
    "recipient_account",
    "swift_bic",
)
# Found alongside the required details but never required by the taxonomy.
EXTRA_DETAIL_NAMES: tuple[str, ...] = ("os_version",)


@dataclass(frozen=True)
class DetailValue:
    """One detail found in a mail."""

    name: str  # one of DETAIL_NAMES
    value: str  # normalised (E.164 phone, ISO date, "30.00 EUR", IBAN without spaces...)
    display: str  # safe to show in replies, logs and forwards (masked where sensitive)
    valid: bool = True  # False: present but fails validation (bad IBAN checksum...)
    problem: str = ""  # why it is invalid, a short machine key such as "iban_checksum"


@dataclass(frozen=True)
class Details:
    """What a mail contains: valid details by name, invalid ones, and sensitive data seen."""

    found: Mapping[str, tuple[DetailValue, ...]] = field(default_factory=dict)
    invalid: Mapping[str, tuple[DetailValue, ...]] = field(default_factory=dict)
    # kinds of secret the customer sent and must be warned about:
    # "password", "pin", "otp", "cvv", "card_number"
    sensitive: tuple[str, ...] = ()

    def has(self, name: str) -> bool:
        return bool(self.found.get(name))

    def values(self, name: str) -> tuple[str, ...]:
        """The normalised valid values found for ``name``, in text order."""
        return tuple(v.value for v in self.found.get(name, ()))


@dataclass(frozen=True)
class ExtractOptions:
    default_region: str = "GB"  # for phone numbers without a country code
    sender_counts_as_contact: bool = False
    transaction_id_patterns: tuple[str, ...] = ()  # extra regexes; defaults are built in
    # support's own addresses, never the customer's contact; "@okpay.com" matches a domain
    own_addresses: tuple[str, ...] = ()
    own_phones: tuple[str, ...] = ()  # E.164 numbers of support lines
    # numeric dates such as 05/12/2024: None = day first unless default_region writes
    # month first (US, PH...); the reading in the past wins when the other is in the future
    day_first: bool | None = None
    dollar_currency: str = "USD"  # what a bare "$" or "dollars" means


def extract_details(
    text: str,
    *,
    sent_at: datetime | None = None,
    sender: str = "",
    options: ExtractOptions | None = None,
) -> Details:
    """Find every detail in ``text``; relative dates resolve against ``sent_at``."""
    from triage.extract.pipeline import run_extractors

    return run_extractors(text, sent_at=sent_at, sender=sender, options=options or ExtractOptions())
