"""Loading labelled examples from JSONL, CSV, .eml folders and the label map."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from triage.classifier import Example
from triage.training_data import (
    TrainingDataError,
    eml_text,
    load_csv,
    load_examples,
    load_folder,
    load_jsonl,
    load_label_map,
    load_taxonomy_labels,
    map_labels,
)

ROOT = Path(__file__).resolve().parent.parent


def test_load_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"text": "卡丢了", "label": "card_issue"}\n\n'
        '{"text": "hi", "label": "other", "source": "mine"}\n',
        encoding="utf-8",
    )
    assert load_jsonl(path) == [
        Example("卡丢了", "card_issue", "a"),
        Example("hi", "other", "mine"),
    ]


def test_load_jsonl_bad_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    path.write_text('{"text": "ok", "label": "x"}\n{"text": "no label"}\n', encoding="utf-8")
    with pytest.raises(TrainingDataError, match=r"b\.jsonl:2"):
        load_jsonl(path)


def test_load_csv_with_category_column(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text('text,category\n"card, lost",card_issue\nhello,other\n', encoding="utf-8")
    assert load_csv(path, source="b77") == [
        Example("card, lost", "card_issue", "b77"),
        Example("hello", "other", "b77"),
    ]


def test_load_csv_without_known_columns(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(TrainingDataError, match="header"):
        load_csv(path)


def _eml(subject: str, body: str, html: bool = False) -> bytes:
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = "a@example.com"
    if html:
        msg.set_content(body, subtype="html")
    else:
        msg.set_content(body)
    return msg.as_bytes()


def test_eml_text_subject_and_body() -> None:
    assert eml_text(_eml("Card lost", "Please block it.")) == "Card lost\nPlease block it."


def test_eml_text_html_body() -> None:
    text = eml_text(_eml("App", "<p>It &amp; crashes</p>", html=True))
    assert text.startswith("App\n")
    assert "It & crashes" in text and "<p>" not in text


def test_load_eml_folder_uses_folder_names_as_labels(tmp_path: Path) -> None:
    (tmp_path / "card_issue").mkdir()
    (tmp_path / "feedback").mkdir()
    (tmp_path / "card_issue" / "1.eml").write_bytes(_eml("Lost card", "help"))
    (tmp_path / "feedback" / "2.eml").write_bytes(_eml("Great", "love it"))
    examples = load_examples(tmp_path, source="mails")
    assert [(e.label, e.text, e.source) for e in examples] == [
        ("card_issue", "Lost card\nhelp", "mails"),
        ("feedback", "Great\nlove it", "mails"),
    ]


def test_load_examples_rejects_unknown_suffix(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("hi", encoding="utf-8")
    with pytest.raises(TrainingDataError, match="expected"):
        load_examples(path)


def test_missing_file_is_training_data_error(tmp_path: Path) -> None:
    with pytest.raises(TrainingDataError, match="missing"):
        load_jsonl(tmp_path / "none.jsonl")


def test_map_labels_and_unmapped(tmp_path: Path) -> None:
    mapped = map_labels([Example("x", "lost_card", "b")], {"lost_card": "card_issue"})
    assert mapped == [Example("x", "card_issue", "b")]
    with pytest.raises(TrainingDataError, match="not in the label map"):
        map_labels([Example("x", "other_intent", "b")], {"lost_card": "card_issue"})
    with pytest.raises(TrainingDataError, match="unknown categories"):
        map_labels([], {"lost_card": "cards"}, allowed=["card_issue"])


def test_shipped_label_map_covers_77_intents_with_taxonomy_categories() -> None:
    mapping = load_label_map(ROOT / "models" / "banking77_map.toml")
    categories = load_taxonomy_labels(ROOT / "config" / "taxonomy.toml")
    assert len(mapping) == 77
    assert set(mapping.values()) <= set(categories)


def test_shipped_seed_data_covers_every_category_in_both_languages() -> None:
    categories = load_taxonomy_labels(ROOT / "config" / "taxonomy.toml")
    for folder in (ROOT / "models" / "seed", ROOT / "models" / "seed" / "eval"):
        examples = load_folder(folder)
        assert {e.label for e in examples} == set(categories)
        chinese = {e.label for e in examples if any("\u4e00" <= ch <= "\u9fff" for ch in e.text)}
        assert chinese == set(categories)


def test_seed_eval_does_not_repeat_training_text() -> None:
    train = {e.text for e in load_folder(ROOT / "models" / "seed")}
    held_out = {e.text for e in load_folder(ROOT / "models" / "seed" / "eval")}
    assert not train & held_out
