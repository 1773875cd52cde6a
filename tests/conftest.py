"""Shared fixtures: the real mail stack (tests/fixtures_mailstack.py) and a config for it."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from triage.devstack import MailStack
from triage.devstack.triage_config import write_stack_config

pytest_plugins = ["tests.fixtures_mailstack"]


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """`triage.cli.main` installs root log handlers on the stream of the moment (a test's
    captured stderr); put the previous ones back so later tests do not log into a closed
    stream."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


REPO = Path(__file__).resolve().parents[1]


def config_for(stack: MailStack, folder: Path, **overrides: dict[str, object]) -> Path:
    """A triage config for ``stack`` in ``folder`` with its own state database.

    TRIAGE_TEST_MODEL_DIR runs the mail tests against a candidate model instead of the
    shipped starter model.
    """
    sections: dict[str, dict[str, object]] = {k: dict(v) for k, v in overrides.items()}
    model = os.environ.get("TRIAGE_TEST_MODEL_DIR")
    if model:
        sections.setdefault("classifier", {})["model_dir"] = model
    return write_stack_config(stack, folder, sections)


@pytest.fixture
def triage_config(clean_mailbox: MailStack, tmp_path: Path) -> Path:
    """A config for the clean test mailbox, with its own fresh state database."""
    return config_for(clean_mailbox, tmp_path / "triage")


# Mail-plumbing tests check fetching, threading, sending and filing, not the model's judgement:
# a low threshold keeps a borderline prediction from turning a reply test into an abstention.
PLUMBING = {"classifier": {"threshold": 0.05}}


@pytest.fixture
def plumbing_config(clean_mailbox: MailStack, tmp_path: Path) -> Path:
    """Like ``triage_config``, with the abstain threshold out of the way."""
    return config_for(clean_mailbox, tmp_path / "triage", **PLUMBING)
