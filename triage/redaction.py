"""A copy of a received mail with its secrets masked, for filing in place of the original.

A customer who writes a card number, CVV, password, PIN or one-time code into a mail leaves it
in the support mailbox, where every agent and every mail client syncing the queue can read it.
``redact_secrets`` rebuilds the mail's raw bytes with those values masked in every text part and
in the subject; everything else (addresses, account numbers, attachments, headers) is kept, since
agents need it. It refuses (``CannotRedact``) when a part holding a secret can only be read
lossily or the result still shows a secret: the caller then files the original untouched, so a
mail is never lost or mangled for the sake of masking.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.charset import QP, Charset
from email.header import Header
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32

from triage.masking import mask_secrets
from triage.message import decode_header_value, decode_text, parse_message

REDACTED_HEADER = "X-Triage-Redacted"
ORIGINAL_HEADER = "X-Triage-Original"  # names the original's place, so a retry finds the copy
_BODY_TYPES = ("text/plain", "text/html")
# A subject read with these cannot be written back without losing part of it.
_LOSSY_HEADER = frozenset({"lossy_decode", "header_defect:too_long"})
# Headers as they were (no refolding), CRLF as IMAP APPEND expects.
_OUT_POLICY = compat32.clone(linesep="\r\n", max_line_length=0)


class CannotRedact(Exception):
    """The mail cannot be rewritten safely; file the original."""


@dataclass(frozen=True)
class Redaction:
    raw: bytes  # the rewritten mail
    parts: int  # text parts (and the subject) that had something masked
    message_id: str  # the same in the original and the copy (checked)


def original_marker(mailbox: str, uidvalidity: int, uid: int) -> str:
    """The value of ``X-Triage-Original``; the brackets keep ``/1`` from matching ``/12``."""
    return f"<{mailbox}/{uidvalidity}/{uid}>"


def redact_secrets(raw: bytes, marker: str) -> Redaction | None:
    """The mail with its secrets masked, or None when it holds none that masking can find."""
    try:
        msg = BytesParser(policy=compat32).parsebytes(raw)
    except Exception as exc:  # the stdlib parser rarely raises, but bytes can be anything
        raise CannotRedact(f"unparsable: {exc}") from exc
    changed = 0
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() not in _BODY_TYPES:
            continue
        if (part.get_content_disposition() or "").lower() == "attachment":
            continue
        if _mask_part(part):
            changed += 1
    if _mask_subject(msg):
        changed += 1
    if not changed:
        return None
    msg[REDACTED_HEADER] = "secrets masked by support-triage; the original was removed"
    msg[ORIGINAL_HEADER] = marker
    try:
        out = msg.as_bytes(policy=_OUT_POLICY)
    except Exception as exc:
        raise CannotRedact(f"cannot serialise: {exc}") from exc
    return Redaction(out, changed, _check(raw, out))


def _mask_part(part: Message) -> bool:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raise CannotRedact("a text part has no decodable payload")
    # The parser's reading (declared charset when it fits, else its fallback chain), so a
    # mislabelled or unknown charset is masked as the triage read it.
    text, defects = decode_text(payload, part.get_content_charset())
    masked = mask_secrets(text)
    if masked == text:
        return False  # left byte for byte as it came
    if "lossy_decode" in defects:
        # Rewriting would replace characters the original still has.
        raise CannotRedact("a text part with a secret does not decode in any charset tried")
    # set_payload only encodes when no transfer encoding is declared yet.
    del part["Content-Transfer-Encoding"]
    part.set_payload(masked, charset=_readable_utf8())
    return True


def _readable_utf8() -> Charset:
    # Quoted-printable rather than the stdlib's base64 for UTF-8: mostly-ASCII text stays
    # readable to an agent who opens the mail's source.
    charset = Charset("utf-8")
    charset.body_encoding = QP
    return charset


def _mask_subject(msg: Message) -> bool:
    value = msg.get("Subject")
    if value is None:
        return False
    subject, defects = decode_header_value(str(value))
    masked = mask_secrets(subject)
    if masked == subject:
        return False
    if any(d in _LOSSY_HEADER for d in defects):
        raise CannotRedact("the subject cannot be read in full")
    msg.replace_header("Subject", masked if masked.isascii() else Header(masked, "utf-8").encode())
    return True


def _check(before: bytes, after: bytes) -> str:
    """The copy must read as the same mail with nothing secret left in it; its Message-ID."""
    old, new = parse_message(before), parse_message(after)
    if mask_secrets(new.body_text) != new.body_text or mask_secrets(new.subject) != new.subject:
        raise CannotRedact("a secret is still readable after masking")
    if new.message_id != old.message_id or new.from_addr != old.from_addr:
        raise CannotRedact("the copy no longer reads as the same mail")
    if new.attachment_names != old.attachment_names:
        raise CannotRedact("the copy lost an attachment")
    return old.message_id
