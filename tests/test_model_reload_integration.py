"""The daemon serves a newly promoted model without a restart, and keeps the old one when a
promotion points at a broken model."""

from __future__ import annotations

import json
import signal
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import PLUMBING, config_for
from tests.test_daemon_integration import free_port, scrape, start_daemon
from triage import classifier
from triage.classifier import Example, TrainParams
from triage.devstack import MailStack, wait_until
from triage.registry import Gate, Registry, promote, write_atomic

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[1]


def small_seed(per_label: int) -> list[Example]:
    """A few seed examples of every category: enough for a valid 10-label model, fast."""
    seen: dict[str, int] = {}
    out = []
    for path in sorted((REPO / "models" / "seed").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if row and seen.get(row["label"], 0) < per_label:
                seen[row["label"]] = seen.get(row["label"], 0) + 1
                out.append(Example(row["text"], row["label"], "seed"))
    return out


def build(folder: Path, version: str) -> Path:
    params = TrainParams(c=5.0, char_min_df=1, fixed_threshold=0.2, version=version)
    return classifier.save(classifier.train(small_seed(12), params), folder)


def model_version(port: int) -> str | None:
    for line in scrape(port).splitlines():
        if line.startswith("triage_model_info{"):
            return line.split('version="', 1)[1].split('"', 1)[0]
    return None


def test_promotion_is_served_after_sighup_and_a_broken_one_is_refused(
    clean_mailbox: MailStack, tmp_path: Path
) -> None:
    now = datetime(2026, 11, 25, tzinfo=UTC)
    registry = Registry(tmp_path / "registry")
    registry.check(create=True)
    first = promote(registry, build(tmp_path / "m1", "v-one"), [], Gate(), now, force=True)
    assert first.promoted, first.message
    port = free_port()
    config = config_for(
        clean_mailbox,
        tmp_path / "d",
        poll={"interval_seconds": 300},
        metrics={"enabled": True, "port": port},
        classifier={**PLUMBING["classifier"], "model_dir": str(registry.root)},
    )
    log = tmp_path / "daemon.log"
    proc = start_daemon(config, log)
    try:
        wait_until(lambda: b"daemon started" in log.read_bytes(), timeout=120)
        wait_until(lambda: model_version(port) == "v-one", timeout=60)

        second = promote(registry, build(tmp_path / "m2", "v-two"), [], Gate(), now, force=True)
        assert second.promoted, second.message
        proc.send_signal(signal.SIGHUP)
        wait_until(lambda: model_version(port) == "v-two", timeout=60,
                   message="the promoted model was not picked up")  # fmt: skip

        broken = registry.root / "broken"
        broken.mkdir()
        (broken / "model_card.json").write_text("{not json")
        (broken / "model.skops").write_bytes(b"garbage")
        write_atomic(registry.root / "CURRENT", "broken\n")
        proc.send_signal(signal.SIGHUP)
        wait_until(lambda: b"broken" in log.read_bytes(), timeout=60,
                   message="the failed reload was not logged")  # fmt: skip
        assert model_version(port) == "v-two"
        assert proc.poll() is None, "a broken promotion must not stop the daemon"
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=60)
    assert code == 0, log.read_text()
