"""The round 3 leads (unquoted screen text, spaced ids, lists, Chinese days) stay linear."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from triage.details import extract_details
from triage.masking import mask_text

SENT = datetime(2024, 5, 13, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "hostile",
    [
        "the app says " + "Word " * 1500,
        "it says " + "ABC " * 1500,
        "提示框" * 2000,
        "and then says " * 500,
        "code " + "1 " * 2000,
        "WD " + "1234 " * 1500,
        "流水号 " + "4200002612040011 和 " * 400,
        "getting " + "Declined " * 1000,
        "status - " * 1000,
        "got charged a 'x' " * 500,
        "SB/" + "2026/" * 1500,
        "GPA." + "1234-" * 1500,
        "3号" * 2000,
        "receipt number " + "on the " * 1000,
        "金额 ¥ 459.00，" * 800,
    ],
)
def test_round3_leads_on_long_runs_stay_fast(hostile: str) -> None:
    start = time.perf_counter()
    details = extract_details(hostile, sent_at=SENT)
    masked = mask_text(hostile)
    assert time.perf_counter() - start < 2.0
    assert len(masked) >= len(hostile) // 2
    assert all(v.display for vs in details.found.values() for v in vs)


def test_absurdly_long_number_before_a_currency_is_no_amount() -> None:
    # found by hypothesis: 27 digits overflowed the decimal context when formatted
    details = extract_details("119999999999999999999999999$", sent_at=SENT)
    assert details.values("amount") == ()
    assert extract_details("paid $1,250.00", sent_at=SENT).values("amount") == ("1250.00 USD",)
