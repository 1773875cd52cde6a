"""The long-running service: polls on an APScheduler interval and whenever IDLE says new
mail arrived; SIGTERM/SIGINT finish the current mail and exit."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from types import FrameType

from apscheduler.schedulers.background import BackgroundScheduler

from triage.mailbox import MailboxError
from triage.sender import SendError
from triage.store import StoreError

log = logging.getLogger(__name__)

SIGNAL_CHECK_SECONDS = 0.5
IdleStarter = Callable[[Callable[[], None], threading.Event], object]


class Daemon:
    """One worker runs polls one at a time. Triggers (the scheduler's interval, IDLE, a
    signal) only set ``wake``; a trigger that comes during a poll causes one more poll right
    after it, so no announced mail waits for the next interval."""

    def __init__(
        self,
        poll: Callable[[], object],
        interval: float,
        request_stop: Callable[[], None] = lambda: None,
        on_poll: Callable[[object | None], None] = lambda s: None,
    ) -> None:
        self.poll = poll
        self.interval = interval
        self.request_stop = request_stop
        self.on_poll = on_poll
        self.wake_event = threading.Event()
        self.stopping = threading.Event()
        self.failures = 0
        self.scheduler = BackgroundScheduler(timezone="UTC")

    def wake(self) -> None:
        self.wake_event.set()

    def stop(self, signum: int = 0, frame: FrameType | None = None) -> None:
        if not self.stopping.is_set():
            log.info("stop requested (signal %s); finishing the current mail", signum)
        self.stopping.set()
        self.request_stop()
        self.wake_event.set()

    def safe_poll(self) -> object | None:
        """One poll; whole-poll failures are logged, and the next trigger tries again."""
        try:
            summary = self.poll()
            self.failures = 0
            return summary
        except (MailboxError, StoreError, SendError) as exc:
            self.failures += 1
            log.error("poll failed (%d in a row): %s", self.failures, exc)
        except Exception:
            self.failures += 1
            log.exception("poll crashed (%d in a row); the daemon carries on", self.failures)
        return None

    def run(self, idle: IdleStarter | None = None) -> int:
        """Block until stopped. ``idle`` starts a watcher that calls ``wake`` on new mail."""
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        self.scheduler.add_job(
            self.wake,
            "interval",
            seconds=self.interval,
            id="poll",
            max_instances=1,
            coalesce=True,
            next_run_time=datetime.now(UTC),
        )
        self.scheduler.start()
        if idle is not None:
            idle(self.wake, self.stopping)
        log.info("daemon started; polling every %ss%s", self.interval,
                 " and on IDLE" if idle else "")  # fmt: skip
        try:
            while not self.stopping.is_set():
                # A timed wait, not a plain one: a signal delivered to another thread only
                # runs its Python handler when the main thread executes bytecode, so an
                # untimed wait could sleep through SIGHUP or SIGTERM until the next tick.
                if not self.wake_event.wait(timeout=SIGNAL_CHECK_SECONDS):
                    continue
                self.wake_event.clear()
                if self.stopping.is_set():
                    break
                self.on_poll(self.safe_poll())
        finally:
            self.scheduler.shutdown(wait=False)
        log.info("daemon stopped")
        return 0
