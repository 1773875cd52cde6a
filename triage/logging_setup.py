"""Root logging for the CLI and daemon: plain or JSON lines, with a redacting safety net.

Only the entry point calls `setup_logging`; library modules just use
``logging.getLogger(__name__)``. The `RedactingFilter` masks secrets that slipped into a log
message anyway (``password=...``, ``token: ...``, ``Bearer ...``, XOAUTH2 strings, IMAP LOGIN
lines, PIN/OTP phrasing, Luhn-valid card numbers).
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import IO, Any, Literal

LogFormat = Literal["plain", "json"]
FORMATS: tuple[LogFormat, ...] = ("plain", "json")
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
MASK = "****"

PLAIN_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# imapclient logs every protocol line at DEBUG on this logger, mail bodies included.
IMAP_PROTOCOL_LOGGER = "imapclient.imaplib"


@dataclass(frozen=True)
class LoggingConfig:
    level: str = "INFO"
    format: LogFormat = "plain"
    # Also mask e-mail addresses, phone numbers and IBANs (slower: a phone-number scan per line).
    redact_personal_data: bool = False
    # Keep imapclient's protocol trace at DEBUG (it shows mail content; for debugging only).
    protocol_trace: bool = False


def parse_logging_config(table: Mapping[str, object], file: Path) -> LoggingConfig:
    """The `[logging]` table as a LoggingConfig; ValueError `file: [logging] key: problem`."""

    def fail(key: str, problem: str) -> ValueError:
        return ValueError(f"{file}: [logging] {key}: {problem}")

    unknown = sorted(set(table) - {"level", "format", "redact_personal_data", "protocol_trace"})
    if unknown:
        raise fail(unknown[0], "unknown key (a typo?)")
    level = table.get("level", "INFO")
    if not isinstance(level, str) or level.upper() not in LEVELS:
        raise fail("level", f"expected one of {', '.join(LEVELS)}, got {level!r}")
    fmt = table.get("format", "plain")
    if fmt not in FORMATS:
        raise fail("format", f"expected one of {', '.join(FORMATS)}, got {fmt!r}")
    flags: dict[str, bool] = {}
    for key in ("redact_personal_data", "protocol_trace"):
        value = table.get(key, False)
        if not isinstance(value, bool):
            raise fail(key, f"expected true or false, got {type(value).__name__}")
        flags[key] = value
    return LoggingConfig(level.upper(), fmt, **flags)


# --- redaction ---------------------------------------------------------------------------


@cache
def _patterns() -> tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...]:
    """(cheap lowercase triggers, pattern, replacement): a pattern runs only on lines that
    contain one of its triggers, which keeps redaction cheap on ordinary lines."""
    keys = ("password", "passwd", "passphrase", "secret", "token", "apikey", "api_key",
            "api-key", "pwd", "authorization")  # fmt: skip
    return (
        # XOAUTH2 initial response, base64 ("user=..." encodes to "dXNlcj1...").
        (("dxnlcj1",), re.compile(r"dXNlcj1[A-Za-z0-9+/]{8,}={0,2}"), MASK),
        (
            ("bearer", "basic"),
            re.compile(r"\b(Bearer|bearer|BEARER|Basic)\s+[A-Za-z0-9\-._~+/]{8,}=*"),
            rf"\1 {MASK}",
        ),
        # imaplib's trace of LOGIN: tag (four letters A-P and a number), user, password.
        (
            (" login ",),
            re.compile(r"(\b[A-P]{4}\d+ LOGIN \S+ )(\"(?:[^\"\\]|\\.)*\"|\S+)"),
            rf"\1{MASK}",
        ),
        # key=value / key: value / "key": "value" for secret-looking keys ("mytoken=..." too;
        # "token_url=" and "password_env=" are names, not values, and do not match).
        (
            keys,
            re.compile(
                r"(?i)((?:password|passwd|passphrase|secret|token|api[_\-]?key|pwd|authorization)"
                r"[\"']?\s*[:=]\s*)(\"[^\"]*\"|'[^']*'|[^\s,;&\"'}\]]+)"
            ),
            rf"\1{MASK}",
        ),
    )


def redact(text: str, personal_data: bool = False) -> str:
    """``text`` with secrets masked; with ``personal_data`` also addresses, phones, IBANs."""
    if not text:
        return text
    lowered = text.lower()
    for triggers, pattern, replacement in _patterns():
        if any(t in lowered for t in triggers):
            text = pattern.sub(replacement, text)
    if personal_data:
        from triage.masking import mask_text

        return mask_text(text)
    return _mask_spans(text)


# Substrings every keyword of triage.extract.secrets contains; lines without one skip the scan.
_SECRET_HINTS = (
    *("pass", "pwd", "pin", "otp", "cvv", "cvc", "cvn", "csc", "cid", "code", "密", "码", "碼"),
    # codes known by their context rather than a keyword (triage.extract.code_context)
    *("sms", "text", "digit", "kod", "código", "codice", "短信", "簡訊", "验证", "驗證", "號碼"),
)


def _mask_spans(text: str) -> str:
    """Card numbers and PIN/OTP/password phrasing, with the same rules as mail masking."""
    from triage.extract.secrets import find_card_numbers, find_keyword_secrets
    from triage.masking import mask_card

    spans: list[tuple[int, int, str]] = []
    if sum(c.isdigit() for c in text) >= 13:  # the shortest card number
        cards = find_card_numbers(text, glued_ok=True)
        spans += [(start, end, mask_card(text[start:end])) for start, end, _ in cards]
    lowered = text.lower()
    hinted = any(hint in lowered for hint in _SECRET_HINTS)
    for sec in find_keyword_secrets(text) if hinted else ():
        # "password_env", "pin_code": identifiers in log lines, not a keyword and its value.
        if not text.startswith("_", sec.start):
            spans.append((sec.start, sec.end, MASK))
    if not spans:
        return text
    kept: list[tuple[int, int, str]] = []
    for start, end, replacement in sorted(spans):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end, replacement))
    out, pos = [], 0
    for start, end, replacement in kept:
        out += [text[pos:start], replacement]
        pos = end
    out.append(text[pos:])
    return "".join(out)


class RedactingFilter(logging.Filter):
    """Masks secrets in each record's message, string extras and traceback text."""

    def __init__(self, personal_data: bool = False) -> None:
        super().__init__()
        self.personal_data = personal_data

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:
            return True  # a broken format call: logging reports it, with nothing substituted
        record.msg = redact(message, self.personal_data)
        record.args = None
        for key, value in _extras(record).items():
            if isinstance(value, str):
                setattr(record, key, redact(value, self.personal_data))
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.personal_data)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, self.personal_data)
        return True


# --- formatters --------------------------------------------------------------------------


@cache
def _standard_attributes() -> frozenset[str]:
    blank = logging.LogRecord("", logging.INFO, "", 0, "", None, None)
    return frozenset(vars(blank)) | {"message", "asctime", "taskName"}


def _extras(record: logging.LogRecord) -> dict[str, Any]:
    """The ``extra={...}`` fields of a record."""
    skip = _standard_attributes()
    return {k: v for k, v in vars(record).items() if k not in skip and not k.startswith("_")}


def _timestamp(record: logging.LogRecord) -> str:
    return datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds")


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ts, level, logger, message, extras, exc."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": _timestamp(record),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in _extras(record).items():
            out.setdefault(key, value)  # an extra never overwrites the fixed fields
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            out["exc"] = record.exc_text
        if record.stack_info:
            out["stack"] = record.stack_info
        return json.dumps(out, ensure_ascii=False, default=str)


class PlainFormatter(logging.Formatter):
    """The classic line, with ``extra`` fields appended as key=value."""

    def __init__(self) -> None:
        super().__init__(PLAIN_FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        extras = _extras(record)
        if not extras:
            return line
        head, sep, tail = line.partition("\n")  # keep extras on the message line
        pairs = " ".join(f"{k}={v}" for k, v in extras.items())
        return f"{head} [{pairs}]{sep}{tail}"


def setup_logging(
    level: str,
    fmt: LogFormat,
    *,
    stream: IO[str] | None = None,
    redact_personal_data: bool = False,
    protocol_trace: bool = False,
) -> logging.Handler:
    """Replace the root handlers with one stream handler (stderr) in ``fmt``; return it."""
    name = level.upper()
    if name not in LEVELS:
        raise ValueError(f"unknown log level {level!r}; expected one of {', '.join(LEVELS)}")
    if fmt not in FORMATS:
        raise ValueError(f"unknown log format {fmt!r}; expected one of {', '.join(FORMATS)}")
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else PlainFormatter())
    handler.addFilter(RedactingFilter(personal_data=redact_personal_data))
    root = logging.getLogger()
    for old in root.handlers[:]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(name)
    logging.getLogger(IMAP_PROTOCOL_LOGGER).setLevel(
        logging.NOTSET if protocol_trace else logging.INFO
    )
    return handler
