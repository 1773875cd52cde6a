"""The model registry: gate, promote, rollback, atomic CURRENT and hot reload (small models)."""

from __future__ import annotations

import json
import logging
import os
import random
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.test_classifier import TEMPLATES
from triage import classifier
from triage.classifier import EvalReport, Example, TrainParams
from triage.model_runtime import CURRENT_FILE, ModelWatcher, load_classifier
from triage.registry import (
    HISTORY_FILE,
    Gate,
    Registry,
    RegistryError,
    check_gate,
    promote,
    rollback,
    write_atomic,
)

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
LABELS = ("card_issue", "feedback", "login_access")
TRAIN_FILLERS = ("today", "again", "please", "now", "urgent", "really", "x", "y")
HELD_OUT_FILLERS = ("asap", "still", "sir")
FAST = TrainParams(c=10.0, char_min_df=1, fixed_threshold=0.5)


def synthetic(fillers: tuple[str, ...] = TRAIN_FILLERS) -> list[Example]:
    return [
        Example(text=t.format(w=w), label=label, source="synthetic")
        for label, templates in TEMPLATES.items()
        for t in templates
        for w in fillers
    ]


def shuffled(examples: list[Example], seed: int = 1) -> list[Example]:
    """The same texts with their labels shuffled: a model that learnt nothing useful."""
    labels = [ex.label for ex in examples]
    random.Random(seed).shuffle(labels)
    return [Example(ex.text, label, "shuffled") for ex, label in zip(examples, labels, strict=True)]


def build(folder: Path, examples: list[Example], version: str) -> Path:
    params = TrainParams(**{**FAST.__dict__, "version": version})
    return classifier.save(classifier.train(examples, params), folder)


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("candidates")
    return {
        "good": build(root / "good", synthetic(), "good-1"),
        "good2": build(root / "good2", synthetic(TRAIN_FILLERS[:6]), "good-2"),
        "worse": build(root / "worse", shuffled(synthetic()), "worse-1"),
    }


@pytest.fixture
def held_out() -> list[Example]:
    return synthetic(HELD_OUT_FILLERS)


def report(macro_f1: float, coverage: float, precision: float) -> EvalReport:
    return EvalReport(
        n=100, accuracy=macro_f1, macro_f1=macro_f1, per_class={}, top_confusions=(),
        threshold=0.5, coverage=coverage, precision_at_threshold=precision,
    )  # fmt: skip


# --- the gate ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("candidate", "current", "passed", "failing"),
    [
        (report(0.90, 0.80, 0.98), report(0.90, 0.80, 0.98), True, ""),
        (report(0.896, 0.80, 0.98), report(0.90, 0.80, 0.98), True, ""),  # within 0.005
        (report(0.89, 0.80, 0.98), report(0.90, 0.80, 0.98), False, "macro-F1"),
        (report(0.95, 0.80, 0.96), report(0.90, 0.80, 0.98), False, "precision"),
        (report(0.95, 0.70, 0.99), report(0.90, 0.80, 0.98), False, "coverage"),
        # current below the target: the floor is the current model's precision
        (report(0.95, 0.80, 0.95), report(0.90, 0.80, 0.94), True, ""),
        (report(0.95, 0.80, 0.93), report(0.90, 0.80, 0.94), False, "precision"),
        (report(0.50, 0.10, 0.97), None, True, ""),  # first model: only the target counts
        (report(0.99, 0.90, 0.90), None, False, "precision"),
    ],
)
def test_gate(
    candidate: EvalReport, current: EvalReport | None, passed: bool, failing: str
) -> None:
    result = check_gate(candidate, current, Gate(0.97, 0.005, 0.05))
    assert result.passed is passed
    failed = [line for line in result.checks if line.startswith("FAIL")]
    if passed:
        assert not failed
    else:
        assert len(failed) == 1 and failing in failed[0]


# --- promote and rollback ---------------------------------------------------------------------


def current_of(registry: Registry) -> str | None:
    return registry.current_name()


def test_first_promotion_needs_no_comparison_and_serves_from_the_registry(
    tmp_path: Path, models: dict[str, Path], held_out: list[Example]
) -> None:
    registry = Registry(tmp_path / "registry")
    outcome = promote(registry, models["good"], held_out, Gate(), NOW)
    assert outcome.promoted, outcome.message
    assert outcome.previous is None and outcome.version == "good-1"
    assert current_of(registry) == "good-1"
    loaded = load_classifier(registry.root)
    assert loaded.version == "good-1" and loaded.path == registry.root / "good-1"
    (record,) = registry.history()
    assert record["action"] == "promote" and record["from"] is None and record["to"] == "good-1"
    assert record["metrics"]["candidate"]["macro_f1"] == outcome.candidate.macro_f1  # type: ignore[union-attr]


def test_worse_candidate_is_refused_with_numbers_and_nothing_changes(
    tmp_path: Path, models: dict[str, Path], held_out: list[Example]
) -> None:
    registry = Registry(tmp_path / "registry")
    assert promote(registry, models["good"], held_out, Gate(), NOW).promoted
    outcome = promote(registry, models["worse"], held_out, Gate(), NOW)
    assert not outcome.promoted
    assert "worse than the current model" in outcome.message
    assert outcome.gate is not None and not outcome.gate.passed
    assert any(line.startswith("FAIL") and "macro-F1" in line for line in outcome.gate.checks)
    assert outcome.candidate is not None and outcome.current is not None
    assert outcome.candidate.macro_f1 < outcome.current.macro_f1 - 0.2
    assert current_of(registry) == "good-1"
    assert not (registry.root / "worse-1").exists()  # a refused model is not copied in
    assert len(registry.history()) == 1


def test_better_candidate_is_accepted_and_rollback_steps_back(
    tmp_path: Path, models: dict[str, Path], held_out: list[Example]
) -> None:
    registry = Registry(tmp_path / "registry")
    gate = Gate(target_precision=0.0)  # the shuffled model must get in first
    assert promote(registry, models["worse"], held_out, gate, NOW).promoted
    better = promote(registry, models["good"], held_out, gate, NOW)
    assert better.promoted and better.previous == "worse-1"
    assert current_of(registry) == "good-1"
    assert rollback(registry, NOW) == ("good-1", "worse-1")
    assert current_of(registry) == "worse-1"
    assert load_classifier(registry.root).version == "worse-1"
    # worse-1 was the first promotion: there is nothing before it
    with pytest.raises(RegistryError, match="nothing to roll back"):
        rollback(registry, NOW)
    actions = [(r["action"], r["from"], r["to"]) for r in registry.history()]
    assert actions == [
        ("promote", None, "worse-1"),
        ("promote", "worse-1", "good-1"),
        ("rollback", "good-1", "worse-1"),
    ]
    # both versions stay in the registry
    assert {e.name for e in registry.entries()} == {"worse-1", "good-1"}


def test_force_promotes_a_failing_candidate_and_says_so(
    tmp_path: Path, models: dict[str, Path], held_out: list[Example]
) -> None:
    registry = Registry(tmp_path / "registry")
    assert promote(registry, models["good"], held_out, Gate(), NOW).promoted
    outcome = promote(registry, models["worse"], held_out, Gate(), NOW, force=True)
    assert outcome.promoted and current_of(registry) == "worse-1"
    last = registry.history()[-1]
    assert last["forced"] is True and last["gate"]["passed"] is False


def test_no_held_out_data_with_a_current_model_is_refused(
    tmp_path: Path, models: dict[str, Path], held_out: list[Example]
) -> None:
    registry = Registry(tmp_path / "registry")
    assert promote(registry, models["good"], held_out, Gate(), NOW).promoted
    outcome = promote(registry, models["good2"], [], Gate(), NOW)
    assert not outcome.promoted and "--data" in outcome.message
    assert current_of(registry) == "good-1"


def test_corrupted_candidate_is_refused_and_the_previous_model_stays(
    tmp_path: Path, models: dict[str, Path], held_out: list[Example]
) -> None:
    registry = Registry(tmp_path / "registry")
    assert promote(registry, models["good"], held_out, Gate(), NOW).promoted
    broken = tmp_path / "broken"
    broken.mkdir()
    for name in (classifier.CARD_FILE, classifier.ARTIFACT_FILE):
        (broken / name).write_bytes((models["good2"] / name).read_bytes())
    blob = (broken / classifier.ARTIFACT_FILE).read_bytes()
    (broken / classifier.ARTIFACT_FILE).write_bytes(blob[: len(blob) // 2])
    outcome = promote(registry, broken, held_out, Gate(), NOW, force=True)
    assert not outcome.promoted
    assert "cannot be loaded" in outcome.message and "checksum" in outcome.message
    assert current_of(registry) == "good-1"
    assert load_classifier(registry.root).version == "good-1"
    assert [e.name for e in registry.entries()] == ["good-1"]


def test_candidate_with_other_labels_than_the_taxonomy_is_refused(
    tmp_path: Path, models: dict[str, Path], held_out: list[Example]
) -> None:
    registry = Registry(tmp_path / "registry")
    outcome = promote(
        registry, models["good"], held_out, Gate(), NOW, expected_labels=(*LABELS, "other")
    )
    assert not outcome.promoted and "taxonomy" in outcome.message
    assert current_of(registry) is None


def test_a_single_model_folder_is_not_taken_for_a_registry(
    models: dict[str, Path], held_out: list[Example]
) -> None:
    with pytest.raises(RegistryError, match="single model, not a registry"):
        promote(Registry(models["good"]), models["good2"], held_out, Gate(), NOW)
    assert not (models["good"] / CURRENT_FILE).exists()


def test_promoting_the_same_model_twice_keeps_one_copy(
    tmp_path: Path, models: dict[str, Path], held_out: list[Example]
) -> None:
    registry = Registry(tmp_path / "registry")
    assert promote(registry, models["good"], held_out, Gate(), NOW).promoted
    again = promote(registry, models["good"], held_out, Gate(), NOW)
    assert not again.promoted and "already current" in again.message
    assert [e.name for e in registry.entries()] == ["good-1"]


# --- CURRENT is replaced atomically ------------------------------------------------------------


def test_current_is_untouched_when_the_rename_fails(
    tmp_path: Path, models: dict[str, Path], held_out: list[Example],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    registry = Registry(tmp_path / "registry")
    assert promote(registry, models["good"], held_out, Gate(), NOW).promoted

    def no_rename(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", no_rename)
    with pytest.raises(OSError, match="disk full"):
        promote(registry, models["good2"], held_out, Gate(0.0, 1.0, 1.0), NOW)
    monkeypatch.undo()
    assert (registry.root / CURRENT_FILE).read_text(encoding="utf-8") == "good-1\n"
    assert not [p for p in registry.root.iterdir() if p.name.endswith(".tmp")]
    assert len(registry.history()) == 1  # no history line for a promotion that did not happen


def test_a_reader_never_sees_a_partial_current(tmp_path: Path) -> None:
    pointer = tmp_path / CURRENT_FILE
    names = ["a" * 40 + "\n", "b" * 3 + "\n"]
    write_atomic(pointer, names[0])
    seen: set[str] = set()
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            seen.add(pointer.read_text(encoding="utf-8"))

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for i in range(100):
            write_atomic(pointer, names[i % 2])
    finally:
        stop.set()
        reader.join()
    assert seen <= set(names) and seen


# --- hot reload -------------------------------------------------------------------------------


def test_watcher_reloads_a_promotion_and_keeps_the_old_model_on_a_broken_one(
    tmp_path: Path, models: dict[str, Path], held_out: list[Example],
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    registry = Registry(tmp_path / "registry")
    assert promote(registry, models["good"], held_out, Gate(), NOW).promoted
    watcher = ModelWatcher(registry.root, expected_labels=LABELS)
    assert watcher.current.version == "good-1" and not watcher.changed()

    assert promote(registry, models["good2"], held_out, Gate(0.0, 1.0, 1.0), NOW).promoted
    assert watcher.changed()
    assert watcher.reload().version == "good-2"
    assert not watcher.changed()

    # A broken model made current behind promote's back (a bad copy, a hand edit).
    broken = registry.root / "broken-3"
    broken.mkdir()
    (broken / classifier.CARD_FILE).write_text("{not json", encoding="utf-8")
    (broken / classifier.ARTIFACT_FILE).write_bytes(b"PK\x03\x04garbage")
    write_atomic(registry.root / CURRENT_FILE, "broken-3\n")
    assert watcher.changed()
    with caplog.at_level(logging.ERROR, logger="triage.model_runtime"):
        kept = watcher.reload()
    assert kept.version == "good-2" and watcher.current is kept
    assert "keeping good-2" in caplog.text and "broken-3" in caplog.text
    assert watcher.last_error is not None
    assert not watcher.changed()  # logged once, not on every poll
    assert watcher.current.predict(["my card is lost"])[0].category == "card_issue"

    rollback(registry, NOW, to="good-1")
    assert watcher.changed()
    assert watcher.reload_if_changed() is not None
    assert watcher.current.version == "good-1" and watcher.last_error is None


def test_watcher_sees_a_plain_model_folder_overwritten_in_place(
    tmp_path: Path, models: dict[str, Path]
) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    for name in (classifier.CARD_FILE, classifier.ARTIFACT_FILE):
        (folder / name).write_bytes((models["good"] / name).read_bytes())
    watcher = ModelWatcher(folder)
    assert watcher.reload_if_changed() is None
    for name in (classifier.CARD_FILE, classifier.ARTIFACT_FILE):
        (folder / name).write_bytes((models["good2"] / name).read_bytes())
        st = (folder / name).stat()
        os.utime(folder / name, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    fresh = watcher.reload_if_changed()
    assert fresh is not None and fresh.version == "good-2"


def test_history_lines_are_json(tmp_path: Path, models: dict[str, Path],
                                held_out: list[Example]) -> None:  # fmt: skip
    registry = Registry(tmp_path / "registry")
    assert promote(registry, models["good"], held_out, Gate(), NOW, data_names=["h.jsonl"]).promoted
    lines = (registry.root / HISTORY_FILE).read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[0])
    assert record["at"] == "2026-11-20T09:00:00+00:00" and record["data"] == ["h.jsonl"]
    assert record["gate"]["passed"] is True


def test_a_requested_reload_loads_again_without_a_change(
    tmp_path: Path, models: dict[str, Path], held_out: list[Example]
) -> None:
    registry = Registry(tmp_path / "registry")
    assert promote(registry, models["good"], held_out, Gate(), NOW).promoted
    watcher = ModelWatcher(registry.root)
    first = watcher.current
    assert watcher.reload_if_changed() is None
    watcher.request_reload()  # what a SIGHUP handler does
    again = watcher.reload_if_changed()
    assert again is not None and again is not first and again.version == first.version
    assert watcher.reload_if_changed() is None  # the request is used up
