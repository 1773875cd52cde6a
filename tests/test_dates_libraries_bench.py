"""The date-library benchmark normalises readings to the label form and scores them right."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from bench.dates_libraries import (
    Answer,
    Hit,
    merge_day_and_time,
    normalise,
    plausible,
    score,
)


@pytest.mark.parametrize(
    ("value", "matched", "expected"),
    [
        (datetime(2024, 5, 12, 9, 15), "yesterday", "2024-05-12"),  # base time is no reading
        (datetime(2024, 5, 12, 20, 0), "last night", "2024-05-12"),  # a part of day is no time
        (datetime(2024, 5, 12, 15, 0), "yesterday at 3pm", "2024-05-12T15:00"),
        (datetime(2024, 5, 12, 23, 30), "11.30pm", "2024-05-12T23:30"),
        (datetime(2024, 11, 3, 15, 0), "昨天下午3点", "2024-11-03T15:00"),
        (datetime(2024, 5, 12, 14, 30), "On 12 May 2024 14:30", "2024-05-12T14:30"),
        (datetime(300, 5, 9), "300", "0300-05-09"),  # four-digit year, as ISO writes it
    ],
)
def test_normalise_keeps_the_time_only_when_the_text_names_one(
    value: datetime, matched: str, expected: str
) -> None:
    assert normalise(value, matched) == expected


def _row(*labels: str) -> dict[str, Any]:
    return {"expected": {"transaction_date": list(labels)} if labels else {}}


def _answer(chosen: tuple[str, ...], seen: tuple[str, ...] = ()) -> Answer:
    return Answer(tuple(Hit(v) for v in chosen), tuple(Hit(v) for v in seen))


def test_score_counts_exact_matches_and_the_generous_and_same_day_recalls() -> None:
    rows = [
        _row("2024-05-12"),  # found exactly
        _row("2024-05-10T18:00"),  # found the day without its time: one wrong, one missed
        _row(),  # no transaction date; a birthday found: one wrong
        _row("2024-05-03"),  # not chosen, but among what the tool saw
    ]
    answers = [
        _answer(("2024-05-12",)),
        _answer(("2024-05-10",)),
        _answer(("1990-03-03",)),
        _answer((), ("2024-05-03", "2024-05-13")),
    ]
    s = score(rows, answers)
    assert (s.tp, s.fp, s.fn, s.labelled) == (1, 2, 2, 3)
    assert s.precision == pytest.approx(1 / 3)
    assert s.recall == pytest.approx(1 / 3)
    assert s.f1 == pytest.approx(1 / 3)
    assert s.generous_recall == pytest.approx(2 / 3)  # 2024-05-12 and 2024-05-03
    assert s.same_day_recall == pytest.approx(1.0)  # and the day of 2024-05-10T18:00
    assert s.mails == 4


def test_score_of_a_silent_tool_on_unlabelled_mail_is_perfect_not_undefined() -> None:
    s = score([_row()], [_answer(())])
    assert (s.precision, s.recall, s.labelled) == (1.0, 1.0, 0)


def test_a_day_and_the_time_next_to_it_merge_into_one_reading() -> None:
    text = "I paid yesterday around 3pm. Birthday 3 March 1990."
    hits = [
        Hit("2024-05-12", "yesterday", text.index("yesterday")),
        Hit("2024-05-13T15:00", "3pm", text.index("3pm")),  # the library dates it today
        Hit("1990-03-03", "3 March 1990", text.index("3 March")),
    ]
    merged = merge_day_and_time(hits, text)
    assert [h.value for h in merged] == ["2024-05-12T15:00", "1990-03-03"]
    assert merged[0].matched == "yesterday around 3pm"


def test_plausible_drops_future_days_bare_numbers_and_old_years() -> None:
    sent = datetime(2024, 5, 13).date()
    assert plausible(Hit("2024-05-12", "12/05"), sent)
    assert plausible(Hit("2024-05-13T15:00", "3pm"), sent)
    assert not plausible(Hit("2024-05-14", "tomorrow"), sent)
    assert not plausible(Hit("2024-01-02", "£2"), sent)  # an amount
    assert not plausible(Hit("1990-03-03", "3 March 1990"), sent)  # older than a year


def test_dateparser_reads_an_english_relative_day_against_the_mail_date() -> None:
    pytest.importorskip("dateparser")
    from bench.dates_libraries import dateparser_glued

    row = {"text": "I paid yesterday at 3pm.", "sent_at": "2024-05-13T09:15:00+01:00", "lang": "en"}
    assert [h.value for h in dateparser_glued(row).chosen] == ["2024-05-12T15:00"]


def test_a_missed_label_is_traced_to_the_date_naming_its_day_not_to_an_amount() -> None:
    from bench.dates_libraries import where_written

    text = "Send 1.250,00 € please. My payment of $500 on Apr 20, 2024 failed."
    kind, where = where_written(text, "2024-04-20", chinese=False)
    assert kind == "missed: an English calendar date"
    assert "Apr 20" in where
    kind, where = where_written("我昨天下午3点转账500元", "2024-11-03T15:00", chinese=True)
    assert kind.startswith("missed: a Chinese relative day")
    assert "昨天" in where
