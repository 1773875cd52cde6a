"""Loop guard: when a mail must never get an automatic reply (RFC 3834 and common practice)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from triage.message import ParsedMessage

_NO_REPLY_LOCAL = re.compile(
    r"^(no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]daemon|postmaster|bounces?|"
    r"notifications?|auto[-_.]?(reply|responder)?|daemon|listserv|majordomo)([-+._].*)?$",
    re.IGNORECASE,
)
_BULK_PRECEDENCE = {"bulk", "list", "junk", "auto_reply"}


def loop_block_reason(msg: ParsedMessage, own_addresses: Iterable[str]) -> str | None:
    """Why this mail must not be auto-answered, or None when a reply is allowed."""
    auto_submitted = (msg.header("auto-submitted") or "").strip().lower()
    if auto_submitted and not auto_submitted.startswith("no"):
        return f"auto_submitted:{auto_submitted.split(';')[0].strip()}"
    precedence = (msg.header("precedence") or "").strip().lower()
    if precedence in _BULK_PRECEDENCE:
        return f"precedence:{precedence}"
    for name in msg.headers:
        if name.startswith("list-"):
            return f"mailing_list:{name}"
    if msg.header("x-auto-response-suppress") is not None:
        return "x_auto_response_suppress"
    if msg.header("x-autoreply") is not None or msg.header("x-autorespond") is not None:
        return "auto_reply_header"
    content_type = (msg.header("content-type") or "").lower()
    if "multipart/report" in content_type or "delivery-status" in content_type:
        return "delivery_report"
    return_path = msg.header("return-path")
    if return_path is not None and return_path.strip() in ("<>", ""):
        return "null_return_path"
    sender = msg.from_addr
    if not sender or "@" not in sender:
        return "no_sender"
    local = sender.split("@", 1)[0]
    if _NO_REPLY_LOCAL.match(local):
        return "no_reply_sender"
    if sender in {a.lower() for a in own_addresses}:
        return "own_address"
    return None
