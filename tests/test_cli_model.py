"""The model commands end to end on small synthetic data: train, evaluate, promote, rollback,
models (through ``triage.cli_model.main``; ``triage.cli`` registers the same commands)."""

from __future__ import annotations

import csv
import json
import re
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.test_registry import HELD_OUT_FILLERS, LABELS, shuffled, synthetic
from triage import classifier
from triage.classifier import Example
from triage.cli_model import main, stratified_split, train_params
from triage.devstack.triage_config import write_triage_config
from triage.store import Store

FAST_PARAMS = json.dumps({"c": 10.0, "char_min_df": 1, "threshold_folds": 3})
VERSION = re.compile(r"^\d{8}-\d{6}-[0-9a-f]{8}$")


def write_jsonl(path: Path, examples: list[Example]) -> Path:
    path.write_text(
        "".join(json.dumps({"text": e.text, "label": e.label}) + "\n" for e in examples),
        encoding="utf-8",
    )
    return path


def write_csv(path: Path, examples: list[Example]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["text", "label"])
        writer.writerows([e.text, e.label] for e in examples)
    return path


def write_eml_folder(root: Path, examples: list[Example]) -> Path:
    for i, ex in enumerate(examples):
        msg = EmailMessage()
        msg["From"] = "c@example.com"
        msg["Subject"] = "help"
        msg.set_content(ex.text)
        (root / ex.label).mkdir(parents=True, exist_ok=True)
        (root / ex.label / f"{i}.eml").write_bytes(msg.as_bytes())
    return root


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("data")
    train = synthetic()
    return {
        "jsonl": write_jsonl(root / "a.jsonl", train[::3]),
        "csv": write_csv(root / "b.csv", train[1::3]),
        "eml": write_eml_folder(root / "mails", train[2::3]),
        "shuffled": write_jsonl(root / "shuffled.jsonl", shuffled(train)),
        "held_out": write_jsonl(root / "held_out.jsonl", synthetic(HELD_OUT_FILLERS)),
    }


@pytest.fixture(autouse=True)
def no_default_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run where config/triage.toml does not exist: these commands then need no config."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="module")
def trained(data: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("models") / "good"
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(out.parent)
        code = main(["train", str(data["jsonl"]), str(data["csv"]), str(data["eml"]),
                     "-o", str(out), "--params", FAST_PARAMS])  # fmt: skip
    assert code == 0
    return out


def test_train_reads_every_format_and_writes_a_versioned_card(
    trained: Path, data: dict[str, Path]
) -> None:
    card = json.loads((trained / classifier.CARD_FILE).read_text(encoding="utf-8"))
    assert VERSION.match(card["version"]), card["version"]
    assert card["counts_per_label"] == {label: 40 for label in LABELS}
    assert set(card["counts_per_source"]) == {"a", "b", "mails"}
    assert card["params"]["target_precision"] == 0.97 and card["params"]["c"] == 10.0
    holdout, info = card["metrics"]["holdout"], card["metrics"]["holdout_info"]
    assert holdout["n"] == 24 and info["n_fit"] == 96 and info["refit_on_all"] is True
    assert holdout["macro_f1"] > 0.9
    assert "cross_validation" in card["metrics"]
    assert 0.0 < card["threshold"] <= 1.0
    loaded = classifier.load(trained, expected_labels=LABELS)
    assert loaded.card.training_sha256 == card["training_sha256"]  # refit on all 120


def test_train_shows_progress_on_stderr(
    data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "m"
    assert main(["train", str(data["jsonl"]), "-o", str(out), "--params", FAST_PARAMS,
                 "--holdout", "0.25", "--no-refit", "--version", "v-test"]) == 0  # fmt: skip
    err = capsys.readouterr().err
    assert "loaded" in err and "held-out split" in err and "saved v-test" in err
    assert "refitting" not in err
    card = json.loads((out / classifier.CARD_FILE).read_text(encoding="utf-8"))
    assert card["version"] == "v-test" and card["metrics"]["holdout_info"]["refit_on_all"] is False


def test_train_refuses_unknown_params_and_an_existing_output(
    data: dict[str, Path], trained: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["train", str(data["jsonl"]), "--params", '{"cc": 1}', "-o", "x"]) == 2
    assert "unknown keys ['cc']" in capsys.readouterr().err
    assert main(["train", str(data["jsonl"]), "-o", str(trained)]) == 2
    assert "not empty" in capsys.readouterr().err


def test_train_with_corrections_from_the_state_database(
    data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = write_triage_config(tmp_path / "cfg", host="127.0.0.1", imap_port=1, smtp_port=1,
                              user="support@okpay.test", password="x")  # fmt: skip
    store = Store(tmp_path / "cfg" / "triage.sqlite3")
    now = datetime(2026, 11, 20, tzinfo=UTC)
    store.add_label("<m1@x>", "login_access", "agent_move", "card blocked after password", now)
    store.add_label("<m1@x>", "card_issue", "agent_keyword", "card blocked after password", now)
    store.close()
    out = tmp_path / "m"
    assert main(["train", str(data["jsonl"]), "-c", str(cfg), "--include-corrections",
                 "-o", str(out), "--params", FAST_PARAMS, "--holdout", "0"]) == 0  # fmt: skip
    err = capsys.readouterr().err
    assert "1 agents' corrections" in err
    assert "warning: no examples of" in err  # the real taxonomy has ten categories
    card = json.loads((out / classifier.CARD_FILE).read_text(encoding="utf-8"))
    assert card["counts_per_source"]["corrections"] == 1
    from_file = sum(e.label == "card_issue" for e in synthetic()[::3])
    assert card["counts_per_label"]["card_issue"] == from_file + 1  # + the latest label only


def test_evaluate_prints_metrics_and_writes_the_report(
    trained: Path, data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report"
    assert main(["evaluate", str(trained), str(data["held_out"]), "--report", str(report)]) == 0
    out = capsys.readouterr().out
    for needle in ("accuracy:", "macro-F1:", "coverage at threshold:", "precision at threshold:"):
        assert needle in out
    assert re.search(r"card_issue\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}\s+15", out)
    md = (report / "report.md").read_text(encoding="utf-8")
    assert "![confusion matrix](confusion_matrix.png)" in md and "| card_issue |" in md
    for png in ("confusion_matrix.png", "precision_coverage.png"):
        blob = (report / png).read_bytes()
        assert blob.startswith(b"\x89PNG") and len(blob) > 5000


def test_evaluate_refuses_labels_the_model_does_not_know(
    trained: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = write_jsonl(tmp_path / "odd.jsonl", [Example("where is my money", "cross_border")])
    assert main(["evaluate", str(trained), str(odd)]) == 2
    assert "unknown to the model" in capsys.readouterr().err


def test_promote_rollback_and_models_through_the_cli(
    trained: Path, data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registry = tmp_path / "registry"
    worse = tmp_path / "worse"
    assert main(["train", str(data["shuffled"]), "-o", str(worse), "--params", FAST_PARAMS,
                 "--holdout", "0", "--version", "worse-1"]) == 0  # fmt: skip
    held = str(data["held_out"])
    assert main(["promote", str(trained), "--registry", str(registry), "--data", held]) == 0
    good = (registry / "CURRENT").read_text(encoding="utf-8").strip()
    capsys.readouterr()

    assert main(["promote", str(worse), "--registry", str(registry), "--data", held]) == 1
    captured = capsys.readouterr()
    assert "refused" in captured.err
    assert re.search(r"FAIL macro-F1 0\.\d{4} >= 0\.\d{4}", captured.out)
    assert re.search(r"macro_f1\s+0\.\d{4}\s+1\.0000", captured.out)
    assert (registry / "CURRENT").read_text(encoding="utf-8").strip() == good

    assert main(["promote", str(worse), "--registry", str(registry), "--data", held,
                 "--force"]) == 0  # fmt: skip
    assert main(["models", "--registry", str(registry)]) == 0
    listing = capsys.readouterr().out
    assert re.search(r"^\*\s+worse-1", listing, re.M)
    assert re.search(rf"^\s+{good}", listing, re.M)

    assert main(["rollback", "--registry", str(registry)]) == 0
    assert f"worse-1 -> {good}" in capsys.readouterr().out
    assert (registry / "CURRENT").read_text(encoding="utf-8").strip() == good
    assert main(["rollback", "--registry", str(registry)]) == 2
    assert "nothing to roll back" in capsys.readouterr().err


def test_stratified_split_holds_out_a_share_of_every_label() -> None:
    examples = synthetic()
    train, held = stratified_split(examples, 0.2, seed=3)
    assert len(train) + len(held) == len(examples)
    assert {e.label: sum(x.label == e.label for x in held) for e in held} == dict.fromkeys(
        LABELS, 8
    )
    assert stratified_split(examples, 0.2, seed=3) == (train, held)
    tiny = [Example("a", "x"), Example("b", "x"), Example("c", "y"), Example("d", "y")]
    t, h = stratified_split(tiny, 0.2, seed=0)
    assert sorted(e.label for e in h) == ["x", "y"] and sorted(e.label for e in t) == ["x", "y"]


def test_train_params_merge_the_target_and_overrides() -> None:
    params = train_params('{"c": 3, "word_ngrams": [1, 3]}', 0.95, "v1")
    assert (params.c, params.word_ngrams, params.target_precision) == (3, (1, 3), 0.95)
    assert params.threshold_folds == 5 and params.version == "v1"


def test_data_may_be_a_folder_of_jsonl_files_and_empty_data_is_an_error(
    trained: Path, data: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "eval"
    folder.mkdir()
    held = synthetic(HELD_OUT_FILLERS)
    write_jsonl(folder / "one.jsonl", held[:20])
    write_csv(folder / "two.csv", held[20:])
    assert main(["evaluate", str(trained), str(folder)]) == 0
    assert f"examples:               {len(held)}" in capsys.readouterr().out
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    assert main(["promote", str(trained), "--registry", str(tmp_path / "r"),
                 "--data", str(empty)]) == 2  # fmt: skip
    assert "no examples found" in capsys.readouterr().err
    assert not (tmp_path / "r" / "CURRENT").exists()
