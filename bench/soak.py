"""Memory of a long-running `triage run`: steady mail for a while, RSS sampled throughout.

    .venv/bin/python bench/soak.py --minutes 20 --rate 5 [--json soak.json]

A daemon (IDLE on, state database on disk) runs against a private Dovecot + SMTP capture
while mails arrive over LMTP at ``--rate`` per second, in bursts of ``--burst``. Its resident
set (/proc/PID/status VmRSS) is sampled every few seconds. Reported: RSS after warm-up, at the
end and its peak; the least-squares slope of RSS over the second half of the run (what a
leak would show; the first half includes warming caches); mails delivered, handled and
replied; the exit code after SIGTERM. Several mailboxes and reminders are not exercised.
--trim-probe (needs gdb) finally asks the daemon's allocator to return its free pages, to tell
memory the daemon holds from memory glibc kept after it was freed.
"""

from __future__ import annotations

import argparse
import json
import signal
import smtplib
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (
    capture_count,
    corpus_mails,
    db_rows,
    inbox_count,
    spawn_triage,
    start_stack,
    wait_child,
    wait_for,
    write_config,
)

SAMPLE_EVERY = 5.0


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def slope_per_hour(samples: list[tuple[float, float]]) -> float:
    """Least-squares MiB per hour over (seconds, MiB) samples."""
    n = len(samples)
    if n < 2:
        return 0.0
    mx = sum(t for t, _ in samples) / n
    my = sum(r for _, r in samples) / n
    var = sum((t - mx) ** 2 for t, _ in samples)
    if var == 0:
        return 0.0
    cov = sum((t - mx) * (r - my) for t, r in samples)
    return cov / var * 3600


def trim_probe(pid: int) -> float:
    """RSS after asking the daemon's C library to return free heap pages (gdb attaches for a
    moment): what drops is memory the allocator kept, not memory the daemon still holds."""
    subprocess.run(
        ["gdb", "-p", str(pid), "-batch", "-ex", "call (int) malloc_trim(0)"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return rss_mib(pid)


def run(args: argparse.Namespace) -> dict[str, Any]:
    stack = start_stack(mail_format="sdbox", in_memory=True)
    work = Path(tempfile.mkdtemp(prefix="soak-", dir="/var/tmp"))
    try:
        cfg = write_config(stack, work, {"imap": {"idle": True},
                                         "poll": {"interval_seconds": 60}})  # fmt: skip
        total = int(args.minutes * 60 * args.rate)
        mails = corpus_mails(total + 1, "soak")
        proc = spawn_triage("run", cfg, work / "daemon.log")
        lmtp = smtplib.LMTP(stack.host, stack.lmtp_port, timeout=30)
        samples: list[tuple[float, float]] = []
        trimmed: float | None = None
        try:
            lmtp.sendmail("customer@example.com", [stack.default_user], mails[0].raw)
            wait_for(lambda: inbox_count(stack) == 0, 120, 0.05, "the warm-up mail filed")
            started = time.monotonic()
            warm = rss_mib(proc.pid)
            next_sample = started
            sent = 1
            while sent <= total:
                now = time.monotonic()
                due = 1 + int((now - started) * args.rate)
                while sent < min(due, total + 1):
                    lmtp.sendmail("customer@example.com", [stack.default_user], mails[sent].raw)
                    sent += 1
                if now >= next_sample:
                    samples.append((now - started, rss_mib(proc.pid)))
                    next_sample += SAMPLE_EVERY
                if proc.poll() is not None:
                    raise RuntimeError(f"the daemon exited with {proc.returncode}")
                if sent > total:
                    break
                time.sleep(min(0.05, args.burst / args.rate))
            wait_for(lambda: inbox_count(stack) == 0, 300, 0.2, "the inbox to drain")
            samples.append((time.monotonic() - started, rss_mib(proc.pid)))
            if args.trim_probe:
                trimmed = trim_probe(proc.pid)
        finally:
            lmtp.quit()
            stopping = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            ended = wait_child(proc, stopping, 60)
        db = work / "triage.sqlite3"
        half = samples[len(samples) // 2 :]
        return {
            "minutes": args.minutes,
            "rate_per_s": args.rate,
            "delivered": total + 1,
            "state_rows": db_rows(db, "SELECT COUNT(*) FROM messages")[0][0],
            "replies_captured": capture_count(stack),
            "rss_after_warmup_mib": round(warm, 1),
            "rss_end_mib": round(samples[-1][1], 1),
            "rss_peak_mib": round(max(r for _, r in samples), 1),
            "peak_rss_from_wait4_mib": round(ended.max_rss_kib / 1024, 1),
            "slope_second_half_mib_per_hour": round(slope_per_hour(half), 2),
            "samples": [(round(t, 1), round(r, 1)) for t, r in samples],
            "exit_code": ended.returncode,
            "rss_after_malloc_trim_mib": None if trimmed is None else round(trimmed, 1),
        }
    finally:
        stack.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=20.0)
    parser.add_argument("--rate", type=float, default=5.0, help="mails per second")
    parser.add_argument("--burst", type=float, default=1.0, help="mails per delivery burst")
    parser.add_argument("--json", type=Path, help="append the result as one JSON line")
    parser.add_argument(
        "--trim-probe", action="store_true", help="at the end, malloc_trim(0) via gdb, then RSS"
    )
    args = parser.parse_args(argv)
    result = run(args)
    shown = {k: v for k, v in result.items() if k != "samples"}
    print(json.dumps(shown, indent=2))
    if args.json:
        with args.json.open("a", encoding="utf-8") as out:
            out.write(json.dumps(result) + "\n")
    return 0 if result["exit_code"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
