"""Extraction and masking stay fast and total on large or hostile input."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from triage.details import extract_details
from triage.masking import mask_text

SENT = datetime(2024, 5, 13, 9, 0, tzinfo=UTC)

# Pieces that push the patterns hardest: long digit/letter runs, separators, keywords.
_PIECES = st.sampled_from(
    [
        "1",
        "12",
        "1,",
        "1.",
        "1 ",
        "-",
        "/",
        ":",
        "A",
        "AB",
        "DE89",
        "IBAN ",
        "order ",
        "$",
        "元",
        "年",
        "月",
        "日",
        "@",
        "a",
        ".",
        " ",
        "\n",
        "'",
        '"',
        "“",
        "error ",
        "password ",
        "验证码",
        "iPhone ",
        "v5.",
        "+44 ",
        "x" * 30,
        "9" * 25,
        "-1" * 10,
        "ab@" * 5,
    ]
)


@given(parts=st.lists(_PIECES, max_size=400))
@settings(max_examples=60, deadline=None)
def test_random_text_is_handled_quickly(parts: list[str]) -> None:
    text = "".join(parts)
    start = time.perf_counter()
    details = extract_details(text, sent_at=SENT)
    masked = mask_text(text)
    assert time.perf_counter() - start < 2.0
    assert isinstance(masked, str)
    assert all(v.display for vs in details.found.values() for v in vs)


def test_ten_kilobyte_mail_stays_functional() -> None:
    paragraph = (
        "Hello, my transfer TXN-2024-000123 of $1,250.00 on 12 May 2024 14:30 failed. "
        "It says 'Payment failed'. iPhone 15 Pro, iOS 17.2, app 5.2.1. 转账200元失败。 "
    )
    text = paragraph * (10_000 // len(paragraph) + 1)
    text += "9" * 3000 + " " + "a" * 3000 + "@" + "b." * 1500 + " 1," * 1000
    start = time.perf_counter()
    details = extract_details(text, sent_at=SENT)
    masked = mask_text(text)
    elapsed = time.perf_counter() - start
    assert elapsed < 3.0, elapsed
    assert details.values("transaction_id") == ("TXN-2024-000123",)
    assert "1250.00 USD" in details.values("amount")
    assert len(masked) >= len(text) - 100


def test_long_runs_after_new_leads_stay_linear() -> None:
    hostile = (
        "it says "
        + "A" * 5000
        + "1b "
        + "Status: "
        + "x " * 2000
        + "the terminal showed "
        + "AB " * 2000
        + "c"
        + "验证码是 "
        + "5 " * 3000
        + "密码"
        + "好" * 3000
        + "是"
        + "Reference: "
        + "A/" * 2000
    )
    start = time.perf_counter()
    extract_details(hostile, sent_at=SENT)
    mask_text(hostile)
    assert time.perf_counter() - start < 3.0
