"""Backlog throughput of `triage once`: N mails waiting, one poll, compared with raw IMAP.

    .venv/bin/python bench/backlog.py --sizes 1000,10000 [--baseline] [--profile]

For each size, on a fresh private Dovecot (sdbox on /dev/shm) + SMTP capture:
  1. start-up cost: `triage once` on an empty inbox (imports, model load, connect);
  2. deliver N demo-corpus mails (unique Message-IDs and senders, reply limits off);
  3. raw rate: imapclient alone fetches all N with BODY.PEEK[] in batches of 500;
  4. `triage once` with batch_size >= N: wall time, CPU, peak RSS (wait4 rusage), then checks
     that the inbox is empty and every mail has a state row;
  5. --baseline: the least I/O any handler must do per mail on the same servers (fetch, one
     SMTP send, STORE keywords, MOVE), with imapclient + smtplib and no triage logic;
  6. --profile: the same backlog again under cProfile; the top functions are printed.
--imap-rtt-ms N puts bench/delay_proxy.py between the clients (triage, raw fetch, baseline) and
Dovecot, adding N ms to every IMAP round trip (SMTP stays direct), to stand in for a remote server.
--sent-probe alone times the Sent-folder duplicate check (done before each copy to Sent) as
that folder grows.
"""

from __future__ import annotations

import argparse
import json
import pstats
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
    REPO,
    capture_count,
    corpus_mails,
    db_rows,
    exit_on_sigterm,
    inbox_count,
    model_dir,
    spawn_triage,
    start_stack,
    triage_argv,
    triage_env,
    wait_child,
    write_config,
)
from bench.delay_proxy import DelayProxy
from triage.devstack import MailStack

FETCH_BATCH = 500


def imap_client(stack: MailStack, port: int) -> Any:
    """An imapclient logged in as the support user on ``port`` (Dovecot's own, or the proxy's)."""
    import imapclient

    client = imapclient.IMAPClient(stack.host, port=port, ssl=False, timeout=60)
    client.login(stack.default_user, stack.password(stack.default_user))
    return client


def triage_package() -> str:
    """Where the `triage` package that the triage children import lives (which tree is measured)."""
    code = "import triage; print(triage.__file__)"
    run = subprocess.run([sys.executable, "-c", code], env=triage_env(), cwd=REPO,
                         capture_output=True, text=True, check=True)  # fmt: skip
    return run.stdout.strip()


def raw_fetch_rate(stack: MailStack, expected: int, port: int) -> dict[str, float]:
    """Fetch every INBOX mail with BODY.PEEK[] in batches on one connection; mails/s."""
    with imap_client(stack, port) as client:
        client.select_folder("INBOX", readonly=True)
        started = time.monotonic()
        uids = client.search(["ALL"])
        fetched = 0
        size = 0
        for i in range(0, len(uids), FETCH_BATCH):
            chunk = uids[i : i + FETCH_BATCH]
            for data in client.fetch(chunk, ["BODY.PEEK[]"]).values():
                fetched += 1
                size += len(data[b"BODY[]"])
        elapsed = time.monotonic() - started
    if fetched != expected:
        raise RuntimeError(f"raw fetch saw {fetched} mails, expected {expected}")
    return {"seconds": elapsed, "rate": fetched / elapsed, "mean_kb": size / fetched / 1024}


def baseline_rate(stack: MailStack, count: int, port: int) -> dict[str, float]:
    """Per mail: fetch (batched), one SMTP send, STORE a keyword, MOVE; no triage logic."""
    reply = (
        b"From: support@okpay.test\r\nTo: someone@customers.example\r\nSubject: Re: x\r\n"
        b"Message-ID: <baseline@okpay.test>\r\n\r\n" + b"Thank you for your mail.\r\n" * 40
    )
    with imap_client(stack, port) as client, smtplib.SMTP(stack.host, stack.smtp_port) as smtp:
        client.select_folder("INBOX")
        if not client.folder_exists("Bench/Done"):
            client.create_folder("Bench/Done")
        started = time.monotonic()
        uids = client.search(["ALL"])
        handled = 0
        for i in range(0, len(uids), FETCH_BATCH):
            chunk = uids[i : i + FETCH_BATCH]
            for uid in client.fetch(chunk, ["BODY.PEEK[]"]):
                smtp.sendmail("support@okpay.test", ["someone@customers.example"], reply)
                client.add_flags([uid], [b"triage-cat:bench", b"triage-action:bench"])
                client.move([uid], "Bench/Done")
                handled += 1
        elapsed = time.monotonic() - started
    if handled != count:
        raise RuntimeError(f"baseline handled {handled} mails, expected {count}")
    return {"seconds": elapsed, "rate": handled / elapsed}


def sent_search_cost(stack: MailStack, sizes: list[int]) -> dict[int, float]:
    """Median ms of the poller's duplicate check before copying a reply to Sent (SELECT Sent,
    SEARCH HEADER Message-ID, SELECT INBOX) when Sent holds each of ``sizes`` mails."""
    out: dict[int, float] = {}
    with stack.imap() as client:
        client.create_folder("ProbeSent")
        held = 0
        for size in sizes:
            while held < size:
                mail = f"From: s@okpay.test\r\nMessage-ID: <probe{held}@okpay.test>\r\n\r\nx\r\n"
                client.append("ProbeSent", mail.encode())
                held += 1
            times = []
            for k in range(21):
                started = time.monotonic()
                client.select_folder("ProbeSent", readonly=True)
                client.search(["HEADER", "Message-ID", f"<probe{held - 1 - k}@okpay.test>"])
                client.select_folder("INBOX")
                times.append(time.monotonic() - started)
            out[size] = round(sorted(times)[10] * 1000, 1)
    return out


def timed_once(config: Path, log_file: Path, timeout: float) -> dict[str, float]:
    """`triage once -q` as a child: wall seconds, CPU seconds, peak RSS MiB, exit code."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    proc = spawn_triage("once", config, log_file, "-q", verbose=1)
    ended = wait_child(proc, started, timeout)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "seconds": ended.seconds,
        "cpu_seconds": cpu,
        "peak_rss_mib": ended.max_rss_kib / 1024,
        "exit_code": ended.returncode,
    }


def profile_once(config: Path, out: Path, timeout: float) -> list[str]:
    """`triage once` under cProfile; the top lines by own time and by cumulative time."""
    argv = triage_argv("once", config, "-q")
    argv[1:1] = ["-m", "cProfile", "-o", str(out)]
    subprocess.run(argv, env=triage_env(), timeout=timeout, check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    stats = pstats.Stats(str(out))
    lines: list[str] = []
    for key, title in (("tottime", "own time"), ("cumulative", "cumulative")):
        entries = sorted(
            stats.stats.items(),  # type: ignore[attr-defined]
            key=lambda kv: kv[1][2] if key == "tottime" else kv[1][3],
            reverse=True,
        )
        lines.append(f"-- top by {title} --")
        shown = 0
        for (file, line, func), (_cc, ncalls, tt, ct, _callers) in entries:
            if func == "<module>" or "importlib" in file or file.startswith("<frozen"):
                continue  # start-up imports are measured apart (the empty-inbox run)
            if key == "cumulative" and "/triage/" not in file:
                continue
            lines.append(f"{tt:8.3f} {ct:8.3f} {ncalls:8d}  {Path(file).name}:{line}({func})")
            shown += 1
            if shown == 25:
                break
    return lines


def run_size(n: int, args: argparse.Namespace) -> dict[str, Any]:
    stack = start_stack(mail_format="sdbox", in_memory=True)
    proxy: DelayProxy | None = None
    state_parent = "/dev/shm" if args.state_on == "tmpfs" else "/var/tmp"
    work = Path(tempfile.mkdtemp(prefix=f"backlog{n}-", dir=state_parent))
    try:
        imap_port = stack.imap_port
        if args.imap_rtt_ms:
            proxy = DelayProxy(stack.host, stack.imap_port, args.imap_rtt_ms / 2).start()
            imap_port = proxy.port
        cfg = write_config(stack, work, {
            "imap": {"idle": False, "port": imap_port},
            "poll": {"batch_size": n + 100},
        })  # fmt: skip
        result: dict[str, Any] = {"mails": n, "state_db_on": args.state_on, "work": str(work),
                                  "imap_rtt_ms": args.imap_rtt_ms}  # fmt: skip
        result["startup"] = timed_once(cfg, work / "startup.log", 300)

        mails = corpus_mails(n, f"b{n}")
        started = time.monotonic()
        stack.deliver_many(m.raw for m in mails)
        result["deliver_rate"] = n / (time.monotonic() - started)
        result["raw_fetch"] = raw_fetch_rate(stack, n, imap_port)

        sent_before = proxy.to_target.chunks if proxy else 0
        triage = timed_once(cfg, work / "once.log", 7200)
        result["triage"] = triage
        if proxy is not None:
            # A client that waits for each answer sends one chunk per round trip, roughly.
            sent = proxy.to_target.chunks - sent_before
            result["imap_client_chunks"] = {"total": sent, "per_mail": round(sent / n, 2)}
        result["triage_rate"] = n / triage["seconds"]
        net = triage["seconds"] - result["startup"]["seconds"]
        result["triage_rate_without_startup"] = n / net if net > 0 else float("nan")
        result["ratio_to_raw_fetch"] = result["triage_rate"] / result["raw_fetch"]["rate"]
        result["ratio_without_startup"] = (
            result["triage_rate_without_startup"] / result["raw_fetch"]["rate"]
        )
        db = work / "triage.sqlite3"
        result["checks"] = {
            "inbox_left": inbox_count(stack),
            "state_rows": db_rows(db, "SELECT COUNT(*) FROM messages")[0][0],
            "replies_captured": capture_count(stack),
            "outbox": dict(db_rows(db, "SELECT status, COUNT(*) FROM outbox GROUP BY status")),
            "actions": dict(db_rows(db, "SELECT action, COUNT(*) FROM messages GROUP BY action")),
        }
        if args.baseline:
            stack.deliver_many(m.raw for m in corpus_mails(n, f"base{n}"))
            result["baseline"] = baseline_rate(stack, n, imap_port)
            result["ratio_to_baseline"] = result["triage_rate"] / result["baseline"]["rate"]
        if args.profile:
            stack.deliver_many(m.raw for m in corpus_mails(n, f"prof{n}"))
            result["profile"] = profile_once(cfg, work / "once.prof", 7200)
        return result
    finally:
        if proxy is not None:
            proxy.stop()
        stack.stop()


def per_mail(res: dict[str, Any]) -> dict[str, float]:
    """Wall and CPU milliseconds per mail with the start-up cost taken out, and peak RSS."""
    n, start, run = res["mails"], res["startup"], res["triage"]
    return {
        "mails": n,
        "imap_rtt_ms": res.get("imap_rtt_ms", 0),
        "imap_chunks_per_mail": res.get("imap_client_chunks", {}).get("per_mail", 0),
        "triage_rate": round(res["triage_rate"], 1),
        "wall_ms_per_mail": round((run["seconds"] - start["seconds"]) / n * 1000, 1),
        "cpu_ms_per_mail": round((run["cpu_seconds"] - start["cpu_seconds"]) / n * 1000, 1),
        "peak_rss_mib": round(run["peak_rss_mib"], 1),
        "startup_rss_mib": round(start["peak_rss_mib"], 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma list of backlog sizes")
    parser.add_argument("--state-on", choices=("disk", "tmpfs"), default="disk",
                        help="where the SQLite state database lives (disk: /var/tmp)")  # fmt: skip
    parser.add_argument("--baseline", action="store_true", help="also time minimal per-mail I/O")
    parser.add_argument("--profile", action="store_true", help="also run under cProfile")
    parser.add_argument(
        "--imap-rtt-ms", type=float, default=0.0,
        help="add this round trip to IMAP via bench/delay_proxy.py (0: direct)",
    )  # fmt: skip
    parser.add_argument(
        "--sent-probe", action="store_true", help="only time the Sent duplicate check by size"
    )
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    exit_on_sigterm()
    if args.sent_probe:
        stack = start_stack(mail_format="sdbox", in_memory=True)
        try:
            print(json.dumps({"sent_check_ms": sent_search_cost(stack, [100, 1000, 10000])}))
        finally:
            stack.stop()
        return 0
    print(f"model {model_dir()}")
    print(f"triage package {triage_package()}")
    results = []
    for n in (int(s) for s in args.sizes.split(",")):
        res = run_size(n, args)
        results.append(res)
        profile = res.pop("profile", None)
        print(json.dumps(res, indent=1, default=str))
        if profile:
            print("\n".join(profile))
    for res in results:
        print(json.dumps(per_mail(res)))
    if args.json:
        for res in results:
            res["per_mail"] = per_mail(res)
        args.json.write_text(json.dumps(results, indent=2, default=str))
    ok = all(r["checks"]["inbox_left"] == 0 and r["triage"]["exit_code"] == 0 for r in results)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
