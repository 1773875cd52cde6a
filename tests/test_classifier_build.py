"""The starter-model build script, end to end on the seed data only (no Banking77)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from triage import classifier
from triage.training_data import load_taxonomy_labels

ROOT = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_starter_model", ROOT / "scripts" / "build_starter_model.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_build_without_banking77_writes_a_loadable_model(tmp_path: Path) -> None:
    out = tmp_path / "starter"
    code = _script().main(
        ["--banking77", str(tmp_path / "absent.csv"), "--out", str(out), "--folds", "2"]
    )
    assert code == 0
    model = classifier.load(
        out, expected_labels=load_taxonomy_labels(ROOT / "config/taxonomy.toml")
    )
    assert model.card.counts_per_source.keys() == {"seed-en", "seed-zh"}
    assert model.card.metrics["held_out"]["n"] > 100
    assert classifier.predict(model, ["app一打开就闪退"])[0].category == "technical_support"


def test_build_fails_cleanly_on_bad_taxonomy(tmp_path: Path) -> None:
    bad = tmp_path / "taxonomy.toml"
    bad.write_text("[details]\n", encoding="utf-8")
    assert _script().main(["--taxonomy", str(bad), "--out", str(tmp_path / "m")]) == 2
    assert not (tmp_path / "m").exists()
