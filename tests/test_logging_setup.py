"""Logging setup: JSON and plain lines, root handler replacement, the redacting safety net."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from triage.logging_setup import (
    IMAP_PROTOCOL_LOGGER,
    LoggingConfig,
    RedactingFilter,
    parse_logging_config,
    redact,
    setup_logging,
)


@pytest.fixture
def restore_root() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    imap_level = logging.getLogger(IMAP_PROTOCOL_LOGGER).level
    try:
        yield
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
        logging.getLogger(IMAP_PROTOCOL_LOGGER).setLevel(imap_level)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("login with password=hunter2 ok", "login with password=**** ok"),
        (
            '{"access_token": "ya29.a0Af", "expires_in": 3599}',
            '{"access_token": ****, "expires_in": 3599}',
        ),
        ("client_secret='abc def' next", "client_secret=**** next"),
        ("refresh_token: 1//0gXyz-abc", "refresh_token: ****"),
        ("Authorization: Bearer eyJhbGciOi.abc.def", "Authorization: **** ****"),
        (
            "user=a@b.test\x01auth=Bearer ya29.tok\x01\x01",
            "user=a@b.test\x01auth=Bearer ****\x01\x01",
        ),
        (
            "> b'ABCD12 LOGIN support@okpay.test \"p@ss word\"'",
            "> b'ABCD12 LOGIN support@okpay.test ****'",
        ),
        ("auth dXNlcj1zdXBwb3J0QG9rcGF5LnRlc3QBYXV0aD1CZWFyZXIgeWEyOQEB", "auth ****"),
        ("card 4111 1111 1111 1111 seen", "card 4111 11** **** 1111 seen"),
        ("glued card4111111111111111", "glued card411111******1111"),
        ("my PIN is 4321 and otp: 998877", "my PIN is **** and otp: ****"),
        ("my password is Hunter22", "my password is ****"),
        ("mytoken=abc123", "mytoken=****"),
        ("Authorization: Basic dXNlcjpwYXNzd29yZA==", "Authorization: **** ****"),
        ("the one-time passcode 123456 arrived", "the one-time passcode **** arrived"),
        ("验证码是 482913", "验证码是 ****"),
        # a code known by its sentence, not a keyword right before it
        (
            "she asked for the numbers that came by text and I did: 55.12.98.",
            "she asked for the numbers that came by text and I did: ****.",
        ),
        ("Twój kod OKPay: 662310", "Twój kod OKPay: ****"),
    ],
)
def test_redact_masks_secrets(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "token_url=https://oauth2.googleapis.com/token",
        "poll support: 3 new, 2 handled, 1 replies, 0 failed, 0 deferred",
        "IMAP login failed for support@okpay.test: [AUTHENTICATIONFAILED] Invalid credentials",
        "password_env=TRIAGE_IMAP_PASSWORD",
        "[imap] password_env: expected a string, got int",
        "decided ask_for_details category=login_access missing=passcode,otp skip=-",
        "uid=1234 4111111111111112 is not Luhn-valid",
        "IMAP login failed: password rejected",
        "using basic settings for bearer bonds",
        "tokens=5 token_url=https://x.test/t",
        "sms sender rejected 3 messages, retry in 120000 ms",
        "text part uid=123456 decoded as gb18030",
    ],
)
def test_redact_leaves_ordinary_lines_alone(text: str) -> None:
    assert redact(text) == text


def test_personal_data_mode_also_masks_addresses_and_phones() -> None:
    text = "from jane.doe@example.com, call +44 7911 123456, password=x1y2"
    assert redact(text) == text.replace("password=x1y2", "password=****")
    masked = redact(text, personal_data=True)
    assert "jane.doe@" not in masked and "j***@example.com" in masked
    assert "7911 123456" not in masked and "3456" in masked
    assert "x1y2" not in masked


def _record(msg: str, *args: object, **extra: object) -> logging.LogRecord:
    record = logging.LogRecord("triage.test", logging.INFO, __file__, 1, msg, args or None, None)
    for key, value in extra.items():
        setattr(record, key, value)
    return record


def test_filter_masks_lazy_args_and_string_extras() -> None:
    record = _record("login %s with %s", "support@okpay.test", "password=s3cret", note="token=abc")
    assert RedactingFilter().filter(record) is True
    assert record.getMessage() == "login support@okpay.test with password=****"
    assert record.note == "token=****"  # type: ignore[attr-defined]


def test_filter_masks_tracebacks() -> None:
    try:
        raise RuntimeError("refused: password=hunter2")
    except RuntimeError:
        import sys

        record = logging.LogRecord("t", logging.ERROR, __file__, 1, "boom", None, sys.exc_info())
    RedactingFilter().filter(record)
    assert record.exc_text is not None
    assert "hunter2" not in record.exc_text and "password=****" in record.exc_text


def test_filter_lets_a_broken_format_call_through() -> None:
    record = _record("%d items", "not a number")
    assert RedactingFilter().filter(record) is True
    assert record.msg == "%d items"  # untouched; logging's own error reporting handles it


@pytest.mark.usefixtures("restore_root")
def test_json_lines_have_fixed_fields_extras_and_redaction() -> None:
    stream = io.StringIO()
    setup_logging("info", "json", stream=stream)
    log = logging.getLogger("triage.poller")
    log.info("poll %s: %d new", "support", 3, extra={"mailbox": "support", "uid": 42})
    log.debug("not shown at INFO")
    log.warning("login with password=%s", "hunter2", extra={"level": "spoof"})
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert len(lines) == 2
    first, second = lines
    assert set(first) == {"ts", "level", "logger", "message", "mailbox", "uid"}
    assert first["level"] == "INFO" and first["logger"] == "triage.poller"
    assert first["message"] == "poll support: 3 new" and first["uid"] == 42
    assert first["ts"].endswith("+00:00") and "T" in first["ts"]
    assert second["message"] == "login with password=****"
    assert second["level"] == "WARNING"  # an extra cannot overwrite a fixed field


@pytest.mark.usefixtures("restore_root")
def test_json_exception_field() -> None:
    stream = io.StringIO()
    setup_logging("ERROR", "json", stream=stream)
    try:
        {}["missing"]
    except KeyError:
        logging.getLogger("x").exception("crashed on uid %s", 7)
    (line,) = [json.loads(s) for s in stream.getvalue().splitlines()]
    assert line["message"] == "crashed on uid 7"
    assert "KeyError: 'missing'" in line["exc"]


@pytest.mark.usefixtures("restore_root")
def test_plain_lines_append_extras_and_replace_root_handlers() -> None:
    root = logging.getLogger()
    stale = logging.StreamHandler(io.StringIO())
    root.addHandler(stale)
    stream = io.StringIO()
    handler = setup_logging("DEBUG", "plain", stream=stream)
    assert root.handlers == [handler]
    assert root.level == logging.DEBUG
    logging.getLogger("triage.daemon").debug("daemon started", extra={"mailbox": "support"})
    line = stream.getvalue().strip()
    assert line.endswith(" DEBUG triage.daemon: daemon started [mailbox=support]")


@pytest.mark.usefixtures("restore_root")
def test_imap_protocol_trace_is_quiet_unless_asked() -> None:
    stream = io.StringIO()
    setup_logging("DEBUG", "plain", stream=stream)
    logging.getLogger(IMAP_PROTOCOL_LOGGER).debug("> b'ABCD1 FETCH 1 BODY.PEEK[]' and the body")
    assert stream.getvalue() == ""
    setup_logging("DEBUG", "plain", stream=stream, protocol_trace=True)
    logging.getLogger(IMAP_PROTOCOL_LOGGER).debug("> b'ABCD2 LOGIN u@x.test \"pw1\"'")
    assert "LOGIN u@x.test ****" in stream.getvalue() and "pw1" not in stream.getvalue()


def test_setup_logging_rejects_unknown_level_and_format() -> None:
    with pytest.raises(ValueError, match="unknown log level 'LOUD'"):
        setup_logging("LOUD", "plain")
    with pytest.raises(ValueError, match="unknown log format 'xml'"):
        setup_logging("INFO", "xml")  # type: ignore[arg-type]


F = Path("config/triage.toml")


def test_parse_logging_config() -> None:
    assert parse_logging_config({}, F) == LoggingConfig("INFO", "plain", False, False)
    cfg = parse_logging_config(
        {"level": "debug", "format": "json", "redact_personal_data": True}, F
    )
    assert cfg == LoggingConfig("DEBUG", "json", True, False)


@pytest.mark.parametrize(
    ("table", "message"),
    [
        (
            {"level": "LOUD"},
            "config/triage.toml: [logging] level: expected one of DEBUG, INFO, WARNING, ERROR, CRITICAL, got 'LOUD'",
        ),
        (
            {"format": "xml"},
            "config/triage.toml: [logging] format: expected one of plain, json, got 'xml'",
        ),
        (
            {"protocol_trace": "yes"},
            "config/triage.toml: [logging] protocol_trace: expected true or false, got str",
        ),
        ({"fromat": "json"}, "config/triage.toml: [logging] fromat: unknown key (a typo?)"),
    ],
)
def test_parse_logging_config_errors(table: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_logging_config(table, F)
    assert str(info.value) == message
