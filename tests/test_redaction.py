"""The masked copy of a mail that holds secrets (pure: bytes in, bytes out)."""

from __future__ import annotations

import base64
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default

import pytest

from tests.factories import customer_email
from triage.masking import mask_secrets
from triage.message import parse_message
from triage.redaction import (
    ORIGINAL_HEADER,
    REDACTED_HEADER,
    CannotRedact,
    original_marker,
    redact_secrets,
)

CARD = "4111 1111 1111 1111"
MARK = original_marker("support", 7, 42)


def mail(body: str, subject: str = "Card problem", html: str | None = None) -> EmailMessage:
    msg = customer_email(subject, body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg


def test_card_cvv_and_pin_are_masked_and_the_rest_kept() -> None:
    body = (
        f"My card {CARD} CVV 123 was stolen, my PIN is 4821.\n"
        "Reach me at ann@example.com or +44 7700 900123; IBAN GB82 WEST 1234 5698 7654 32.\n"
    )
    out = redact_secrets(mail(body).as_bytes(), MARK)
    assert out is not None
    parsed = parse_message(out.raw)
    assert "1111 1111 1111" not in parsed.body_text
    assert "4821" not in parsed.body_text and "CVV 123" not in parsed.body_text
    assert "4111 11** **** 1111" in parsed.body_text  # first 6 and last 4 at most
    # What agents work with stays readable.
    for kept in ("ann@example.com", "+44 7700 900123", "GB82 WEST 1234 5698 7654 32"):
        assert kept in parsed.body_text
    assert parsed.message_id == "<m1@example.com>"
    assert parsed.from_addr == "ann@example.com"
    assert parsed.header(ORIGINAL_HEADER) == MARK
    assert parsed.header(REDACTED_HEADER)


def test_no_secret_means_no_copy() -> None:
    assert redact_secrets(mail("My transfer of 20 EUR failed yesterday.").as_bytes(), MARK) is None


def test_html_alternative_and_subject_are_masked_too() -> None:
    msg = mail(
        f"card {CARD}",
        subject=f"卡号 {CARD} 被盗",
        html=f"<p>My card <b>{CARD}</b> was stolen</p>",
    )
    out = redact_secrets(msg.as_bytes(), MARK)
    assert out is not None
    assert out.parts == 3
    copy = BytesParser(policy=default).parsebytes(out.raw)
    texts = [p.get_content() for p in copy.walk() if p.get_content_maintype() == "text"]
    assert len(texts) == 2
    assert all("1111 1111 1111" not in t for t in texts)
    assert "1111 1111 1111" not in str(copy["Subject"])
    assert str(copy["Subject"]).startswith("卡号 4111 11")


def test_attachment_bytes_are_untouched() -> None:
    msg = mail(f"Screenshot attached; card {CARD}.")
    blob = bytes(range(256)) * 4
    msg.add_attachment(blob, maintype="image", subtype="png", filename="shot.png")
    out = redact_secrets(msg.as_bytes(), MARK)
    assert out is not None
    copy = BytesParser(policy=default).parsebytes(out.raw)
    (attachment,) = list(copy.iter_attachments())
    assert attachment.get_content() == blob
    assert parse_message(out.raw).attachment_names == ("shot.png",)


def test_legacy_charset_is_read_and_masked() -> None:
    raw = (
        b"From: a@example.cn\r\nTo: support@okpay.test\r\nSubject: help\r\n"
        b"Message-ID: <gbk@example.cn>\r\nContent-Type: text/plain; charset=gbk\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n"
    ) + f"我的卡号是 {CARD}，密码是 258147，请帮我冻结。\r\n".encode("gbk")
    out = redact_secrets(raw, MARK)
    assert out is not None
    text = parse_message(out.raw).body_text
    assert "请帮我冻结" in text
    assert "1111 1111 1111" not in text and "258147" not in text


def test_unknown_charset_is_read_as_the_parser_reads_it_and_masked() -> None:
    body = "请帮我冻结，卡号 4111 1111 1111 1111".encode("gbk")
    raw = (
        b"From: a@example.com\r\nSubject: x\r\nMessage-ID: <unk@example.com>\r\n"
        b"Content-Type: text/plain; charset=x-no-such-charset\r\n\r\n" + body + b"\r\n"
    )
    out = redact_secrets(raw, MARK)
    assert out is not None
    text = parse_message(out.raw).body_text
    assert "请帮我冻结" in text
    assert "4111 1111 1111 1111" not in text


def test_lossy_text_with_a_secret_is_refused_not_guessed() -> None:
    # 0x81 followed by a space is valid in none of UTF-8, GB18030, Big5-HKSCS or cp1252.
    raw = (
        b"From: a@example.com\r\nSubject: x\r\nMessage-ID: <bad@example.com>\r\n"
        b"Content-Type: text/plain; charset=x-no-such-charset\r\n\r\n"
        b"card 4111 1111 1111 1111 \x81 end\r\n"
    )
    with pytest.raises(CannotRedact, match="does not decode"):
        redact_secrets(raw, MARK)


def test_lossy_part_without_a_secret_is_kept_byte_for_byte() -> None:
    lossy = b"photo caption \x81 end"
    raw = (
        b"From: a@example.com\r\nSubject: x\r\nMessage-ID: <mix@example.com>\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=BB\r\n\r\n"
        b"--BB\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        b"my card 4111 1111 1111 1111 was stolen\r\n"
        b"--BB\r\nContent-Type: text/plain; charset=x-odd\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + lossy + b"\r\n--BB--\r\n"
    )
    out = redact_secrets(raw, MARK)
    assert out is not None and out.parts == 1
    assert lossy in out.raw
    assert b"4111 1111 1111 1111" not in out.raw


def test_subject_in_an_unknown_charset_is_masked() -> None:
    subject = (
        "=?x-unknown?B?"
        + base64.b64encode("卡号 4111 1111 1111 1111".encode("gbk")).decode()
        + "?="
    )
    raw = (
        f"From: a@example.com\r\nSubject: {subject}\r\nMessage-ID: <s@example.com>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nhello\r\n"
    ).encode()
    out = redact_secrets(raw, MARK)
    assert out is not None
    assert parse_message(out.raw).subject.startswith("卡号")
    assert "4111 1111 1111 1111" not in parse_message(out.raw).subject


def test_masked_copy_has_nothing_left_to_mask() -> None:
    out = redact_secrets(mail(f"{CARD} and OTP 553 201, password: Tiger!2026").as_bytes(), MARK)
    assert out is not None
    body = parse_message(out.raw).body_text
    assert mask_secrets(body) == body
    assert "Tiger!2026" not in body


def test_marker_of_one_uid_is_not_part_of_another() -> None:
    assert original_marker("support", 7, 4) not in original_marker("support", 7, 42)
