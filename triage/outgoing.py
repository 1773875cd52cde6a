"""Building the mails we send: auto-replies and helpdesk forwards, with loop-safe headers."""

from __future__ import annotations

import hashlib
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr, parseaddr

from triage.masking import mask_secrets
from triage.message import ParsedMessage


def reply_message_id(source_message_id: str, kind: str, sender_domain: str) -> str:
    """A Message-ID fixed by what the reply answers, so a retried send is recognisable."""
    digest = hashlib.sha256(f"{source_message_id}\0{kind}".encode()).hexdigest()[:32]
    return f"<triage-{kind}-{digest}@{sender_domain}>"


def domain_of(address: str) -> str:
    addr = parseaddr(address)[1]
    return addr.rsplit("@", 1)[1] if "@" in addr else "triage.invalid"


def compose_reply(
    *,
    to_name: str,
    to_addr: str,
    in_reply_to: str,
    references: tuple[str, ...],
    reply_from: str,
    subject: str,
    body: str,
    language: str,
    reply_id: str,
    ticket_ref: str,
    now: datetime,
) -> bytes:
    """An automatic reply as bytes, threaded under the customer's mail ``in_reply_to``."""
    msg = EmailMessage()
    msg["From"] = reply_from
    msg["To"] = formataddr((to_name, to_addr))
    msg["Subject"] = subject
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = reply_id
    msg["In-Reply-To"] = in_reply_to
    refs = [*references[-10:], in_reply_to]
    msg["References"] = " ".join(dict.fromkeys(refs))
    # RFC 3834: mark ourselves as automatic so other responders do not answer us, and ask
    # Exchange-style responders not to either.
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg["Precedence"] = "auto_reply"
    msg["Content-Language"] = "zh-CN" if language == "zh" else "en"
    msg["X-Triage-Ticket"] = ticket_ref
    msg.set_content(body, charset="utf-8")
    # CRLF line ends: smtplib sends bytes as they are, and bare LF breaks SMTP servers.
    return msg.as_bytes(policy=SMTP)


def compose_forward(
    original: ParsedMessage,
    *,
    forward_from: str,
    forward_to: str,
    summary: str,
    masked_body: str,
    headers: dict[str, str],
    forward_id: str,
    now: datetime,
) -> bytes:
    """The customer's mail for a helpdesk inbox: summary on top, then the masked text, with
    X-Triage-* headers for the helpdesk's own rules.

    The original bytes are not attached: they may hold a card number or a password, and the
    product masks such data wherever it forwards mail. Agents find the customer's mail in the
    queue folder (itself a masked copy when it held a secret).
    """
    msg = EmailMessage()
    msg["From"] = forward_from
    msg["To"] = forward_to
    msg["Reply-To"] = formataddr((original.from_name, original.from_addr))
    subject = mask_secrets(original.subject)
    msg["Subject"] = f"[{headers.get('X-Triage-Ticket', '')}] {subject}".strip()
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = forward_id
    msg["Auto-Submitted"] = "auto-generated"
    for name, value in headers.items():
        msg[name] = value.replace("\r", " ").replace("\n", " ")
    msg.set_content(
        f"{summary}\n\n---- customer's mail (masked) ----\n{masked_body}\n", charset="utf-8"
    )
    return msg.as_bytes(policy=SMTP)
