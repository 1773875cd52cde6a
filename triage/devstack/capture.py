"""Controller for the SMTP capture server process: start, stop, read mails, inject faults."""

from __future__ import annotations

import logging
import os
import signal
import sys
import time
from pathlib import Path

import triage
from triage.devstack.capture_files import (
    CapturedMail,
    Fault,
    clear_captured,
    load_captured,
    messages_dir,
    write_fault,
)
from triage.devstack.errors import DevstackError
from triage.devstack.processes import (
    Managed,
    free_port,
    signal_all,
    spawn,
    stop_processes,
    tail,
    wait_for_greeting,
)

log = logging.getLogger(__name__)


class SmtpCapture:
    """One capture server on ``host:port`` storing into ``directory``; restartable on that port."""

    def __init__(
        self,
        directory: Path,
        host: str = "127.0.0.1",
        port: int = 0,
        process: Managed | None = None,
        xoauth2_token: str = "",
        xoauth2_user: str = "",
    ) -> None:
        self.directory = directory
        self.host = host
        self.port = port or free_port(host)
        self.process = process
        # Non-empty: the server requires AUTH XOAUTH2 with this token (and user, if given).
        self.xoauth2_token = xoauth2_token
        self.xoauth2_user = xoauth2_user

    @property
    def log_file(self) -> Path:
        return self.directory / "server.log"

    @property
    def pid(self) -> int | None:
        """The server PID while running."""
        return self.process.pid if self.process is not None else None

    def alive(self) -> bool:
        """True while the server process runs."""
        return self.process is not None and self.process.alive()

    def launch(self) -> float:
        """Spawn the server process without waiting; return the start time."""
        if self.alive():
            raise DevstackError(f"capture server already running (pid {self.pid})")
        messages_dir(self.directory).mkdir(parents=True, exist_ok=True)
        # The child must import this package even when it is not installed in the venv.
        source_root = str(Path(triage.__file__).resolve().parent.parent)
        python_path = os.pathsep.join(p for p in (source_root, os.environ.get("PYTHONPATH")) if p)
        started = time.monotonic()
        auth = ["--xoauth2-token", self.xoauth2_token] if self.xoauth2_token else []
        if self.xoauth2_token and self.xoauth2_user:
            auth += ["--xoauth2-user", self.xoauth2_user]
        self.process = spawn(
            "smtp-capture",
            [
                sys.executable,
                "-m",
                "triage.devstack.smtp_capture",
                "--dir",
                str(self.directory),
                "--host",
                self.host,
                "--port",
                str(self.port),
                *auth,
            ],
            self.log_file,
            marker=str(self.directory),
            env={**os.environ, "PYTHONPATH": python_path},
        )
        return started

    def wait_ready(self, started: float, timeout: float = 15.0) -> None:
        """Return once the 220 banner arrives; on failure stop the process and raise."""
        try:
            wait_for_greeting(
                "smtp capture",
                self.host,
                self.port,
                b"220",
                started + timeout,
                self.alive,
                lambda: f"log {self.log_file}:\n{tail(self.log_file)}",
            )
        except BaseException:
            self.stop()
            raise
        log.info("smtp capture ready in %.2fs on port %s", time.monotonic() - started, self.port)

    def start(self, timeout: float = 15.0) -> None:
        """Start the server process and return once it sends its 220 banner."""
        self.wait_ready(self.launch(), timeout)

    def request_stop(self) -> None:
        """Send SIGTERM without waiting (``stop`` then waits), to stop servers in parallel."""
        if self.process is not None and self.process.alive():
            signal_all([self.process.pid], signal.SIGTERM)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the server process (no-op when not running)."""
        if self.process is None:
            return
        stop_processes(self.process, timeout=timeout)
        self.process = None

    def captured(self) -> list[CapturedMail]:
        """Every mail accepted so far, oldest first."""
        return load_captured(self.directory)

    def clear(self) -> None:
        """Forget every captured mail."""
        clear_captured(self.directory)

    def set_fault(self, mode: str, count: int | None = None, at: str = "data") -> None:
        """Make the next ``count`` transactions (None: all) fail with ``mode`` at ``at``."""
        write_fault(self.directory, Fault(mode=mode, count=count, at=at))
