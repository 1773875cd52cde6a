"""Shared fixtures: the real mail stack (tests/fixtures_mailstack.py) and a config for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from triage.devstack import MailStack
from triage.devstack.triage_config import write_triage_config

pytest_plugins = ["tests.fixtures_mailstack"]

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def triage_config(clean_mailbox: MailStack, tmp_path: Path) -> Iterator[Path]:
    """A config for the clean test mailbox, with its own fresh state database."""
    stack = clean_mailbox
    yield write_triage_config(
        tmp_path / "triage",
        host=stack.host,
        imap_port=stack.imap_port,
        smtp_port=stack.smtp_port,
        user=stack.default_user,
        password=stack.password(stack.default_user),
    )
