"""Delivery-to-reply latency of `triage run`: one mail at a time, IDLE vs interval polling.

    .venv/bin/python bench/latency.py --mails 100

For each mode a fresh daemon runs as a subprocess against a private Dovecot + SMTP capture;
each mail is delivered over LMTP after the previous one left the inbox and a random pause
(0-1 s, seeded), and the latency is from LMTP's reply to the moment the auto-reply file
appears in the capture directory (polled every 2 ms). The daemon is then stopped with SIGTERM
and must exit 0. Only demo mails that `explain` says get a reply are used.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import smtplib
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import imapclient

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (
    capture_count,
    corpus_mails,
    demo_corpus,
    exit_on_sigterm,
    model_dir,
    percentile,
    spawn_triage,
    start_stack,
    wait_child,
    wait_for,
    write_config,
)
from triage.devstack import MailStack
from triage.devstack.triage_config import write_triage_config

POLL_EVERY = 0.002  # how often the capture directory is looked at
JITTER = 1.0  # seconds: at most this random pause before each delivery


@dataclass
class ModeResult:
    """Latencies of one mode, in seconds, and how the daemon ended."""

    mode: str
    latencies: list[float] = field(default_factory=list)
    missed: int = 0
    exit_code: int | None = None
    stop_seconds: float = 0.0
    startup_seconds: float = 0.0

    def summary(self) -> dict[str, object]:
        lat = self.latencies
        return {
            "mode": self.mode,
            "mails": len(lat),
            "missed": self.missed,
            "p50_ms": round(percentile(lat, 50) * 1000, 1),
            "p95_ms": round(percentile(lat, 95) * 1000, 1),
            "max_ms": round(max(lat) * 1000, 1) if lat else None,
            "mean_ms": round(sum(lat) / len(lat) * 1000, 1) if lat else None,
            "startup_s": round(self.startup_seconds, 2),
            "sigterm_exit_code": self.exit_code,
            "sigterm_stop_s": round(self.stop_seconds, 2),
        }


def replying_files() -> list[str]:
    """Demo mails that get an auto-reply (per `explain`), so each delivery can be timed."""
    from triage import wiring
    from triage.config import load_config
    from triage.explain import explain

    with tempfile.TemporaryDirectory() as tmp:
        cfg_path = write_triage_config(
            Path(tmp), host="127.0.0.1", imap_port=143, smtp_port=25, user="support@okpay.test",
            password="x", overrides={"classifier": {"model_dir": str(model_dir())}},
        )  # fmt: skip
        engine = wiring.build_engine(load_config(cfg_path))
        now = datetime.now(UTC)
        return [name for name, raw in demo_corpus() if explain(engine, raw, now=now)["reply"]]


def inbox_empty(client: imapclient.IMAPClient) -> bool:
    """True when the support INBOX holds no mail."""
    return int(client.folder_status("INBOX", [b"MESSAGES"])[b"MESSAGES"]) == 0


def run_mode(
    stack: MailStack,
    mode: str,
    mails: int,
    files: list[str],
    interval: float,
    work: Path,
    rng: random.Random,
) -> ModeResult:
    """Run one daemon in ``mode`` ("idle" or "interval") and time ``mails`` deliveries."""
    stack.reset()
    folder = work / mode
    idle = mode == "idle"
    cfg = write_config(stack, folder, {
        "imap": {"idle": idle},
        "poll": {"interval_seconds": 300 if idle else interval},
    })  # fmt: skip
    result = ModeResult(mode)
    batch = corpus_mails(mails + 1, f"lat{mode}", files)
    log_file = folder / "daemon.log"
    started = time.monotonic()
    proc = spawn_triage("run", cfg, log_file)
    lmtp = smtplib.LMTP(stack.host, stack.lmtp_port, timeout=30)
    watcher = stack.imap()
    try:
        # The first mail warms up: imports, model load, IDLE connection; it is not counted.
        before = capture_count(stack)
        lmtp.sendmail("customer@example.com", [stack.default_user], batch[0].raw)
        wait_for(lambda: capture_count(stack) > before, 120, 0.01, "the warm-up reply")
        result.startup_seconds = time.monotonic() - started
        wait_for(lambda: inbox_empty(watcher), 30, 0.005, "the warm-up mail filed")
        for mail in batch[1:]:
            # A random pause, or every mail would arrive just after a poll ended and the
            # interval mode would always wait a whole interval.
            time.sleep(rng.uniform(0, JITTER))
            before = capture_count(stack)
            lmtp.sendmail("customer@example.com", [stack.default_user], mail.raw)
            sent = time.monotonic()
            deadline = sent + 10
            while capture_count(stack) <= before and time.monotonic() < deadline:
                time.sleep(POLL_EVERY)
            if capture_count(stack) > before:
                result.latencies.append(time.monotonic() - sent)
            else:
                result.missed += 1
            # Handled alone: the next mail only comes once this one left the inbox.
            wait_for(lambda: inbox_empty(watcher), 30, 0.005, "the mail filed")
    finally:
        lmtp.quit()
        watcher.logout()
        stopping = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        ended = wait_child(proc, stopping, 30)
        result.exit_code = ended.returncode
        result.stop_seconds = ended.seconds
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mails", type=int, default=100)
    parser.add_argument("--modes", default="idle,interval", help="comma list: idle, interval")
    parser.add_argument("--interval", type=float, default=1.0, help="interval mode's seconds")
    parser.add_argument("--seed", type=int, default=1, help="seed of the pauses between mails")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    exit_on_sigterm()
    files = replying_files()
    print(f"model {model_dir()}; {len(files)} demo mails get a reply; {args.mails} per mode")
    stack = start_stack(mail_format="sdbox", in_memory=True)
    results = []
    raw: dict[str, list[float]] = {}
    try:
        work = Path(tempfile.mkdtemp(prefix="lat", dir="/dev/shm"))
        print(f"configs and daemon logs in {work}")
        for mode in args.modes.split(","):
            rng = random.Random(args.seed)
            res = run_mode(stack, mode.strip(), args.mails, files, args.interval, work, rng)
            results.append(res.summary())
            raw[res.mode] = [round(x, 4) for x in res.latencies]
            print(json.dumps(res.summary()))
    finally:
        stack.stop()
    if args.json:
        args.json.write_text(json.dumps({"results": results, "latencies_s": raw}, indent=2))
    ok = all(r["sigterm_exit_code"] == 0 and r["missed"] == 0 for r in results)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
