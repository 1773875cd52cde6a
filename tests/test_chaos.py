"""Short crash test: `triage run` SIGKILLed mid-backlog and restarted; nothing lost or doubled.

The full run (1,000 mails, 20 kills) is `scripts/chaos.py --mails 1000 --kills 20 --seed 1`.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.common import HIGH_LIMITS
from scripts.chaos import run_chaos
from tests.conftest import config_for
from triage.devstack import MailStack

pytestmark = pytest.mark.integration


@pytest.fixture
def state_dir() -> Iterator[Path]:
    """The state database on tmpfs: the test is about crashes, not fsync speed."""
    shm = "/dev/shm" if os.path.isdir("/dev/shm") else None
    where = Path(tempfile.mkdtemp(prefix="chaos", dir=shm))
    yield where
    shutil.rmtree(where, ignore_errors=True)


def test_sigkilled_daemon_answers_each_mail_at_most_once_and_files_every_mail(
    clean_mailbox: MailStack, tmp_path: Path, state_dir: Path
) -> None:
    config = config_for(
        clean_mailbox,
        state_dir,
        limits=dict(HIGH_LIMITS),
        poll={"interval_seconds": 1},
    )
    # Forked daemons: each restart skips interpreter start-up, so 4 crashes fit in seconds.
    report = run_chaos(
        clean_mailbox,
        config,
        tmp_path,
        mails=60,
        kills=4,
        seed=7,
        max_delay=0.3,
        fork=True,
        timeout=120,
        say=print,
    )
    assert report.problems == [], "\n".join(report.lines())
    assert report.kills_done >= 1, "the backlog finished before any kill: nothing was tested"
    assert report.state_rows == 60
    assert report.filed == 60
    assert report.duplicate_replies == 0
    assert set(report.outbox_status) <= {"sent", "uncertain"}
    assert report.final_exit_code == 0
