"""Start, watch and stop the background servers of the dev stack, by PID, without guessing."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from triage.devstack.errors import DevstackError

log = logging.getLogger(__name__)


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port on ``host`` that was free a moment ago (the kernel's pick for port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def proc_state(pid: int) -> str | None:
    """The one-letter state of ``pid`` from /proc/PID/stat, or None when there is no such PID."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except (FileNotFoundError, ProcessLookupError):
        return None
    # The command name may hold spaces and parentheses; the state follows the last ")".
    fields = stat[stat.rfind(")") + 2 :].split()
    return fields[0] if fields else None


def is_alive(pid: int) -> bool:
    """True while ``pid`` runs; a zombie (Z) or dead (X) entry counts as gone."""
    state = proc_state(pid)
    return state is not None and state not in ("Z", "X")


def parent_pid(pid: int) -> int | None:
    """The parent PID of ``pid`` from /proc, or None when it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except (FileNotFoundError, ProcessLookupError):
        return None
    fields = stat[stat.rfind(")") + 2 :].split()
    return int(fields[1]) if len(fields) > 1 else None


def children_of(pid: int) -> list[int]:
    """PIDs whose parent is ``pid`` right now (one /proc scan)."""
    found: list[int] = []
    for entry in os.listdir("/proc"):
        if entry.isdigit() and parent_pid(int(entry)) == pid:
            found.append(int(entry))
    return found


def command_line(pid: int) -> list[str]:
    """The argv of ``pid``, or [] when it is gone or unreadable."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return []
    return [part.decode(errors="replace") for part in raw.split(b"\0") if part]


@dataclass
class Managed:
    """One background server we started: its PID, and the Popen when this process is its parent.

    ``marker`` is a string its command line must contain; it guards against signalling a
    recycled PID when the handle was loaded from a state file written by another process.
    """

    name: str
    pid: int
    marker: str
    popen: subprocess.Popen[bytes] | None = None

    def is_ours(self) -> bool:
        """True when ``pid`` still runs and its command line carries our marker."""
        return is_alive(self.pid) and any(self.marker in arg for arg in command_line(self.pid))

    def alive(self) -> bool:
        """True while the server runs (reaping it first if we are its parent)."""
        if self.popen is not None:
            # As its parent we know for sure. The cmdline check would race: dovecot re-execs
            # itself through doveconf at start-up, and /proc/PID/cmdline reads empty mid-exec.
            return self.popen.poll() is None
        return self.is_ours()


def spawn(
    name: str,
    argv: Sequence[str],
    output: Path,
    marker: str,
    env: Mapping[str, str] | None = None,
) -> Managed:
    """Start ``argv`` detached from our stdio (output appended to ``output``), in its own session.

    Our stdio must not leak into the daemon: a caller that captures output would otherwise wait
    for the daemon to exit (Dovecot keeps inherited descriptors open).
    """
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("ab") as out:
        popen = subprocess.Popen(
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            close_fds=True,
            start_new_session=True,
            env=None if env is None else dict(env),
        )
    log.debug("started %s pid=%s", name, popen.pid)
    return Managed(name=name, pid=popen.pid, marker=marker, popen=popen)


def stop_processes(main: Managed, extra_pids: Iterable[int] = (), timeout: float = 10.0) -> None:
    """SIGTERM ``main``, then wait until it and ``extra_pids`` are gone; SIGKILL at the deadline.

    ``extra_pids`` are its helpers (e.g. Dovecot's login and mail processes): they hold the
    listening sockets, so a restart on the same ports must wait for them. When ``main`` is
    already dead (crashed, killed), they are orphans and get the SIGTERM themselves.
    """
    extras = [pid for pid in extra_pids if pid != main.pid and is_alive(pid)]
    signalled = main.alive()
    if signalled:
        with contextlib.suppress(ProcessLookupError):
            os.kill(main.pid, signal.SIGTERM)
    else:
        signal_all(extras, signal.SIGTERM)

    def main_running() -> bool:
        if main.popen is not None or not signalled:
            return main.alive()
        # A process we checked and signalled: its command line reads empty while it exits, so
        # the marker check alone would call it gone too early. A non-empty line without our
        # marker is another process that took the PID: gone, and never to be killed.
        args = command_line(main.pid)
        return is_alive(main.pid) and (not args or any(main.marker in a for a in args))

    def remaining() -> list[int]:
        pids = [pid for pid in extras if is_alive(pid)]
        if main_running():
            pids.append(main.pid)
        return pids

    left = wait_gone(remaining, timeout)
    if left:
        log.warning("%s: pids %s ignored SIGTERM for %.1fs; killing them", main.name, left, timeout)
        signal_all(left, signal.SIGKILL)
        left = wait_gone(remaining, timeout)
    if main.popen is not None and main.popen.poll() is None:
        main.popen.wait(timeout=timeout)
    if left:
        raise DevstackError(f"{main.name}: pids {left} still alive after SIGKILL")


def terminate_pids(name: str, pids: Iterable[int], timeout: float = 10.0) -> None:
    """SIGTERM every PID, wait until all are gone, SIGKILL the rest at the deadline."""
    targets = [pid for pid in pids if is_alive(pid)]
    signal_all(targets, signal.SIGTERM)

    def remaining() -> list[int]:
        return [pid for pid in targets if is_alive(pid)]

    left = wait_gone(remaining, timeout)
    if left:
        log.warning("%s: pids %s ignored SIGTERM for %.1fs; killing them", name, left, timeout)
        signal_all(left, signal.SIGKILL)
        left = wait_gone(remaining, timeout)
    if left:
        raise DevstackError(f"{name}: pids {left} still alive after SIGKILL")


def signal_all(pids: Iterable[int], signum: int) -> None:
    """Send ``signum`` to each PID that still exists."""
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signum)


def wait_gone(remaining: Callable[[], list[int]], timeout: float) -> list[int]:
    """Poll ``remaining()`` until it is empty or ``timeout`` s pass; return what is left."""
    deadline = time.monotonic() + timeout
    while (left := remaining()) and time.monotonic() < deadline:
        time.sleep(0.01)
    return left


def pids_matching(predicate: Callable[[list[str]], bool]) -> list[int]:
    """Live PIDs whose argv satisfies ``predicate`` (one /proc scan; zombies excluded)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            argv = command_line(int(entry))
            if argv and predicate(argv) and is_alive(int(entry)):
                found.append(int(entry))
    return found


def read_line(host: str, port: int, timeout: float) -> bytes:
    """Connect to ``host:port`` and return the first line the server sends (b"" on close)."""
    with socket.create_connection((host, port), timeout=timeout) as sock:
        sock.settimeout(timeout)
        data = b""
        while not data.endswith(b"\n"):
            chunk = sock.recv(1024)
            if not chunk:
                break
            data += chunk
        return data


def wait_for_greeting(
    what: str,
    host: str,
    port: int,
    prefix: bytes,
    deadline: float,
    alive: Callable[[], bool],
    log_hint: Callable[[], str],
) -> None:
    """Poll ``host:port`` until its first line starts with ``prefix`` (monotonic ``deadline``).

    An open port is not enough: Dovecot accepts connections before auth is up and holds the
    greeting back until it is, so only the greeting means ready.
    """
    last_error = "no attempt"
    while True:
        if not alive():
            raise DevstackError(f"{what} exited during start-up; {log_hint()}")
        try:
            # Short reads: a silent listener (not ours) must not hide our server's early exit.
            line = read_line(host, port, timeout=max(0.05, min(0.5, deadline - time.monotonic())))
        except OSError as exc:
            last_error = f"{type(exc).__name__}: {exc}"
        else:
            if line.startswith(prefix):
                return
            last_error = f"unexpected greeting {line[:80]!r}"
        if time.monotonic() >= deadline:
            raise DevstackError(f"{what} not ready on {host}:{port} ({last_error}); {log_hint()}")
        time.sleep(0.01)


def tail(path: Path, lines: int = 15) -> str:
    """The last ``lines`` lines of a log file, for error messages ('' when missing)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])
