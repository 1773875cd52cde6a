"""The code stays ruff-clean and mypy-strict (config in pyproject.toml), checked with the suite
so that a change cannot land without it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    path = BIN / name
    if path.exists():
        return str(path)
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (pip install '.[test]')")
    return found


@pytest.mark.parametrize(
    "args",
    [
        ["check", "triage", "tests", "bench", "scripts"],
        ["format", "--check", "triage", "tests", "bench", "scripts"],
    ],
    ids=["ruff-check", "ruff-format"],
)
def test_ruff(args: list[str]) -> None:
    run = subprocess.run([tool("ruff"), *args], cwd=REPO, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_mypy_strict() -> None:
    run = subprocess.run([tool("mypy")], cwd=REPO, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
