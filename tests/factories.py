"""Builders for the core's data types in unit tests (pure; no parsing, no I/O)."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

from triage.classifier import Prediction
from triage.details import Details, DetailValue
from triage.message import ParsedMessage

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def make_message(
    *,
    subject: str = "Help",
    text: str = "I need help",
    from_addr: str = "alice@example.com",
    headers: dict[str, str] | None = None,
    language: str = "en",
    defects: tuple[str, ...] = (),
    message_id: str = "<m1@example.com>",
) -> ParsedMessage:
    return ParsedMessage(
        message_id=message_id,
        subject=subject,
        from_addr=from_addr,
        from_name="Alice",
        to_addrs=("support@okpay.test",),
        date=NOW,
        in_reply_to=None,
        references=(),
        headers={k.lower(): (v,) for k, v in (headers or {}).items()},
        body_text=text,
        new_text=text,
        language=language,
        defects=defects,
    )


def make_details(**values: str) -> Details:
    return Details(found={k: (DetailValue(k, v, v),) for k, v in values.items()})


def pred(category: str, confidence: float = 0.95, abstained: bool = False) -> Prediction:
    return Prediction(category, confidence, abstained)


def customer_email(subject: str, body: str, message_id: str = "<m1@example.com>") -> EmailMessage:
    """A plain-text customer mail to support, as a message object (add parts, then bytes)."""
    msg = EmailMessage()
    msg["From"] = "Ann Lee <ann@example.com>"
    msg["To"] = "support@okpay.test"
    msg["Subject"] = subject
    msg["Message-ID"] = message_id
    msg["Date"] = "Wed, 25 Nov 2026 10:00:00 +0000"
    msg.set_content(body)
    return msg
