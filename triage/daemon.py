"""The long-running service: an APScheduler job around one poll, stopped cleanly by signals."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from types import FrameType

from apscheduler.schedulers.blocking import BlockingScheduler

from triage.mailbox import MailboxError
from triage.poller import PollSummary
from triage.sender import SendError
from triage.store import StoreError

log = logging.getLogger(__name__)


class Daemon:
    """Runs ``poll`` every ``interval`` seconds, one at a time; SIGTERM/SIGINT finish the
    current mail and exit."""

    def __init__(
        self,
        poll: Callable[[], PollSummary],
        interval: float,
        request_stop: Callable[[], None] = lambda: None,
    ) -> None:
        self.poll = poll
        self.interval = interval
        self.request_stop = request_stop
        self.scheduler = BlockingScheduler(timezone="UTC")
        self.stopping = threading.Event()
        self.failures = 0

    def safe_poll(self) -> None:
        """One poll; whole-poll failures are logged and retried at the next tick."""
        if self.stopping.is_set():
            return
        try:
            self.poll()
            self.failures = 0
        except (MailboxError, StoreError, SendError) as exc:
            self.failures += 1
            log.error("poll failed (%d in a row): %s", self.failures, exc)
        except Exception:
            self.failures += 1
            log.exception("poll crashed (%d in a row); the daemon carries on", self.failures)

    def stop(self, signum: int = 0, frame: FrameType | None = None) -> None:
        if self.stopping.is_set():
            return
        log.info("stop requested (signal %s); finishing the current mail", signum)
        self.stopping.set()
        self.request_stop()
        # wait=True would deadlock when called from the job's own thread.
        threading.Thread(target=self.scheduler.shutdown, kwargs={"wait": True}).start()

    def run(self) -> int:
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        self.scheduler.add_job(
            self.safe_poll,
            "interval",
            seconds=self.interval,
            max_instances=1,
            coalesce=True,
            id="poll",
            next_run_time=_now(),
        )
        log.info("daemon started; polling every %ss", self.interval)
        self.scheduler.start()
        log.info("daemon stopped")
        return 0


def _now() -> object:
    from datetime import UTC, datetime

    return datetime.now(UTC)
