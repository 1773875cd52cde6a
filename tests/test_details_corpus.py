"""The labelled corpus stays above the precision/recall floor for every detail."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from triage.details import DETAIL_NAMES, EXTRA_DETAIL_NAMES

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "data" / "details_corpus.jsonl"
FLOOR = 0.97


@pytest.fixture(scope="module")
def tallies() -> dict[str, object]:
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import details as bench  # bench/details.py
    finally:
        sys.path.remove(str(REPO / "bench"))
    rows = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line]
    assert len(rows) >= 300
    result, _ms = bench.evaluate(rows)
    return dict(result)


@pytest.mark.parametrize("name", [*DETAIL_NAMES, *EXTRA_DETAIL_NAMES, "invalid", "sensitive"])
def test_detail_meets_floor(tallies: dict[str, object], name: str) -> None:
    tally = tallies[name]
    assert tally.precision >= FLOOR, tally.errors[:10]  # type: ignore[attr-defined]
    assert tally.recall >= FLOOR, tally.errors[:10]  # type: ignore[attr-defined]
