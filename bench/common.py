"""Shared helpers for the daemon benchmarks and the chaos run: corpus, stack, config, processes.

Nothing here starts at import. Run the scripts from the repository root with the project venv.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import imapclient

from triage.devstack import MailStack, ensure_dovecot_installed
from triage.devstack.capture_files import messages_dir
from triage.devstack.triage_config import write_stack_config

REPO = Path(__file__).resolve().parents[1]
DEMO_DIR = REPO / "tests" / "data" / "demo_mails"
STARTER_MODEL = REPO / "models" / "starter"
THROWAWAY_MODEL = Path("/tmp/tmpmodel")
TRIAGE_FOLDER_PREFIX = "Triage/"

# High enough that no benchmark mail is held back by a reply limit: the point is to measure work.
HIGH_LIMITS = {"per_sender_per_hour": 1_000_000, "per_sender_per_day": 1_000_000,
               "per_ticket_per_day": 1_000_000}  # fmt: skip

_FROM_ADDRESS = re.compile(rb"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+")


# --- the model ---------------------------------------------------------------------------------


def model_dir() -> Path:
    """The model to run with: TRIAGE_TEST_MODEL_DIR, else models/starter, else a throwaway one
    trained from models/seed (built on first use, ~30 s)."""
    env = os.environ.get("TRIAGE_TEST_MODEL_DIR")
    if env:
        return Path(env)
    if (STARTER_MODEL / "model_card.json").exists():
        return STARTER_MODEL
    if not (THROWAWAY_MODEL / "model_card.json").exists():
        build_throwaway_model(THROWAWAY_MODEL)
    return THROWAWAY_MODEL


def build_throwaway_model(target: Path) -> None:
    """Train a model on the seed data only (for runs before models/starter exists)."""
    from triage.classifier import Example, TrainParams, save, train

    examples = []
    for file in sorted((REPO / "models" / "seed").glob("*.jsonl")):
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                examples.append(Example(text=row["text"], label=row["label"]))
    save(train(examples, TrainParams()), str(target))


# --- the corpus --------------------------------------------------------------------------------


@dataclass(frozen=True)
class BenchMail:
    """One mail to deliver: its unique Message-ID (with brackets) and its bytes."""

    message_id: str
    raw: bytes


def demo_corpus() -> list[tuple[str, bytes]]:
    """(file name, bytes) of every demo mail, in name order."""
    return [(p.name, p.read_bytes()) for p in sorted(DEMO_DIR.glob("*.eml"))]


def retarget(raw: bytes, message_id: str, sender: str) -> bytes:
    """``raw`` with its Message-ID replaced and the address in its From header set to
    ``sender``; everything else (encodings, defects, line ends) is kept byte for byte."""
    sep = b"\r\n" if b"\r\n" in raw[:2000] else b"\n"
    head, blank, body = raw.partition(sep + sep)
    fields: list[list[bytes]] = []  # a header field: its first line and continuation lines
    for line in head.split(sep):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1].append(line)
        else:
            fields.append([line])
    out = [b"Message-ID: " + message_id.encode()]
    swapped = False
    for field in fields:
        name = field[0].split(b":", 1)[0].strip().lower()
        if name == b"message-id":
            continue
        text = sep.join(field)
        if name == b"from" and not swapped:
            text = _FROM_ADDRESS.sub(sender.encode(), text, count=1)
            swapped = True
        out.append(text)
    return sep.join(out) + blank + body


def corpus_mails(count: int, tag: str, files: Sequence[str] | None = None) -> list[BenchMail]:
    """``count`` mails cycling the demo corpus (or the named files), each with a unique
    Message-ID and its own sender, so neither duplicate detection nor rate limits hide work."""
    corpus = [(n, r) for n, r in demo_corpus() if files is None or n in files]
    if not corpus:
        raise ValueError("no demo mails selected")
    mails = []
    for i in range(count):
        _, raw = corpus[i % len(corpus)]
        mid = f"<bench-{tag}-{i}@customers.example>"
        mails.append(BenchMail(mid, retarget(raw, mid, f"customer{i}.{tag}@customers.example")))
    return mails


# --- the stack and the config ------------------------------------------------------------------


def start_stack(mail_format: str = "sdbox", in_memory: bool = True) -> MailStack:
    """A private Dovecot + SMTP capture on loopback (sdbox on /dev/shm by default)."""
    ensure_dovecot_installed()
    return MailStack.start(mail_format=mail_format, in_memory=in_memory)


def write_config(stack: MailStack, folder: Path, overrides: dict[str, dict[str, Any]]) -> Path:
    """A triage config for ``stack`` in ``folder``: bench model, high reply limits, overrides."""
    sections: dict[str, dict[str, Any]] = {
        "classifier": {"model_dir": str(model_dir())},
        "limits": dict(HIGH_LIMITS),
    }
    for name, values in overrides.items():
        sections.setdefault(name, {}).update(values)
    return write_stack_config(stack, folder, sections)


def triage_argv(command: str, config: Path, *options: str, verbose: int = 0) -> list[str]:
    """The command line of ``triage [-v..] COMMAND -c CONFIG [OPTIONS]`` with this interpreter."""
    flags = ["-" + "v" * verbose] if verbose else []
    return [sys.executable, "-m", "triage.cli", *flags, command, "-c", str(config), *options]


def triage_env() -> dict[str, str]:
    """The environment for a triage child: the repository importable."""
    path = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH")) if p)
    return {**os.environ, "PYTHONPATH": path}


def spawn_triage(
    command: str, config: Path, log_file: Path, *options: str, verbose: int = 1
) -> subprocess.Popen[bytes]:
    """Start ``triage COMMAND`` with stdout and stderr appended to ``log_file``."""
    with log_file.open("ab") as out:
        return subprocess.Popen(
            triage_argv(command, config, *options, verbose=verbose),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=triage_env(),
            cwd=REPO,
        )


class Child(Protocol):
    """What the helpers need of a child process (subprocess.Popen or ForkedTriage)."""

    pid: int
    returncode: int | None

    def poll(self) -> int | None: ...
    def send_signal(self, sig: int) -> None: ...


class ForkedTriage:
    """``triage COMMAND`` in a forked copy of this process: the same code path as the command
    line minus interpreter start-up and imports, so restarts take milliseconds instead of
    seconds. Warm the imports first with ``warm_up``. Only for processes without threads."""

    def __init__(self, command: str, config: Path, log_file: Path, *options: str,
                 verbose: int = 1) -> None:  # fmt: skip
        argv = triage_argv(command, config, *options, verbose=verbose)[3:]
        out = os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        pid = os.fork()
        if pid == 0:  # the child: never return into the caller's code
            code = 70
            try:
                os.dup2(out, 1)
                os.dup2(out, 2)
                # The parent may have replaced sys.std* (pytest's capture): log to the file.
                sys.stdout = open(1, "w", buffering=1, closefd=False)  # noqa: SIM115
                sys.stderr = open(2, "w", buffering=1, closefd=False)  # noqa: SIM115
                from triage import cli

                code = cli.main(argv)
            except BaseException:
                import traceback

                traceback.print_exc()
            finally:
                os._exit(code)
        os.close(out)
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def send_signal(self, sig: int) -> None:
        if self.returncode is None:
            os.kill(self.pid, sig)


def warm_up(config: Path) -> None:
    """Import what `triage run` imports and load its model once, so forked children start fast."""
    from triage import cli, wiring
    from triage.config import load_config

    del cli
    wiring.build_engine(load_config(config))


@dataclass(frozen=True)
class ChildExit:
    """How a child ended: exit code (negative: killed by that signal) and peak RSS in KiB."""

    returncode: int
    max_rss_kib: int
    seconds: float


def wait_child(proc: Child, started: float, timeout: float) -> ChildExit:
    """Reap ``proc`` with wait4 (its own rusage, not all children's); kill it after ``timeout``."""
    deadline = started + timeout
    if proc.returncode is not None:  # already reaped elsewhere: no rusage left to read
        return ChildExit(proc.returncode, 0, time.monotonic() - started)
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            proc.send_signal(signal.SIGKILL)
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.005)
    elapsed = time.monotonic() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    return ChildExit(proc.returncode, int(usage.ru_maxrss), elapsed)


class PeakRss:
    """Samples /proc/PID/status VmHWM of a running process (peak RSS so far, KiB)."""

    def __init__(self, pid: int, every: float = 0.05) -> None:
        self.pid = pid
        self.every = every
        self.peak_kib = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.peak_kib = max(self.peak_kib, vm_hwm_kib(self.pid))


def vm_hwm_kib(pid: int) -> int:
    """Peak resident set of ``pid`` in KiB (0 when it is gone)."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


# --- observing the outcome ---------------------------------------------------------------------


def capture_count(stack: MailStack) -> int:
    """How many mails the capture server holds (a cheap directory listing)."""
    try:
        return sum(1 for n in os.listdir(messages_dir(stack.smtp.directory)) if n[0] != ".")
    except FileNotFoundError:
        return 0


def message_ids_by_folder(client: imapclient.IMAPClient) -> dict[str, list[str]]:
    """Every selectable folder -> the Message-IDs of its mails (one per mail, '' if none)."""
    out: dict[str, list[str]] = {}
    for flags, _, name in client.list_folders():
        if b"\\Noselect" in flags or b"\\NonExistent" in flags:
            continue
        client.select_folder(name, readonly=True)
        uids = client.search(["ALL"])
        ids: list[str] = []
        for start in range(0, len(uids), 1000):
            chunk = uids[start : start + 1000]
            data = client.fetch(chunk, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
            for item in data.values():
                header = item.get(b"BODY[HEADER.FIELDS (MESSAGE-ID)]", b"")
                ids.append(_header_value(header))
        out[str(name)] = ids
        client.close_folder()
    return out


def _header_value(header: bytes) -> str:
    text = header.decode("ascii", "replace").replace("\r\n", "").replace("\n", "")
    return text.partition(":")[2].strip()


def inbox_count(stack: MailStack) -> int:
    """Messages in the support INBOX."""
    with stack.imap() as client:
        return int(client.folder_status("INBOX", [b"MESSAGES"])[b"MESSAGES"])


def db_rows(db_path: Path, sql: str, args: Iterable[object] = ()) -> list[tuple[Any, ...]]:
    """Rows of a read-only query on the state database (empty when it does not exist yet)."""
    if not db_path.exists():
        return []
    # A plain connection, used only to read: read-only opening of a WAL database that a killed
    # writer left behind can fail for want of the -shm file.
    conn = sqlite3.connect(str(db_path), timeout=10)
    try:
        return list(conn.execute(sql, tuple(args)))
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):  # the daemon has not created its schema yet
            return []
        raise
    finally:
        conn.close()


def percentile(values: Sequence[float], pct: float) -> float:
    """The ``pct`` percentile (nearest rank) of ``values``."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(pct / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def exit_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit, so a stopped benchmark still stops its servers."""

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, stop)


def wait_for(condition: Any, timeout: float, every: float = 0.01, what: str = "condition") -> None:
    """Poll ``condition()`` until true; TimeoutError naming ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(every)
