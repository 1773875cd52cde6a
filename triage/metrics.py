"""Prometheus metrics for the daemon, each `Metrics` owning its own registry (no import-time state).

The daemon feeds it one call per poll (`observe_poll` or `poll_failed`); `serve` exposes
``/metrics`` (text exposition) and ``/healthz`` (200 while every mailbox polled recently).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Protocol, TypeVar

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

# Seconds. Poll: an empty poll takes well under a second, a big batch with the model can take a
# minute. Latency: a reply within the same poll is sub-second after fetch, but arrival is the
# Date header, so the poll interval (60 s by default) dominates.
POLL_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 30.0, 60.0)
LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 15.0, 30.0, 45.0, 60.0, 120.0, 300.0)
CONFIDENCE_BUCKETS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0)

# Actions of decide.ACTIONS that send the customer a reply.
REPLY_ACTIONS = frozenset({"ask_for_details", "send_faq", "acknowledge"})

# Exception class name -> `errors_total{kind}`; by name so this module imports no adapter.
ERROR_KINDS: Mapping[str, str] = {
    "MailboxError": "imap",
    "StoreError": "store",
    "SendError": "smtp",
    "OAuth2Error": "oauth2",
}


class PollSummaryLike(Protocol):
    """What `observe_poll` reads; `triage.poller.PollSummary` fits."""

    @property
    def new(self) -> int: ...
    @property
    def handled(self) -> int: ...
    @property
    def replies(self) -> int: ...
    @property
    def failed(self) -> int: ...
    @property
    def deferred(self) -> int: ...
    @property
    def redacted(self) -> int: ...
    @property
    def rows(self) -> Sequence[Mapping[str, object]]: ...


@dataclass(frozen=True)
class MetricsConfig:
    enabled: bool = False
    host: str = "127.0.0.1"
    port: int = 9465
    # /healthz fails when a mailbox has had no successful poll for this long.
    healthy_within_seconds: float = 600.0


def parse_metrics_config(table: Mapping[str, object], file: Path) -> MetricsConfig:
    """The `[metrics]` table as a MetricsConfig; ValueError `file: [metrics] key: problem`."""

    def fail(key: str, problem: str) -> ValueError:
        return ValueError(f"{file}: [metrics] {key}: {problem}")

    def get(key: str, kind: type[T], default: T, what: str) -> T:
        value = table.get(key, default)
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if (kind is not bool and isinstance(value, bool)) or not isinstance(value, kind):
            raise fail(key, f"expected {what}, got {type(value).__name__}")
        return value

    default = MetricsConfig()
    unknown = sorted(set(table) - {"enabled", "host", "port", "healthy_within_seconds"})
    if unknown:
        raise fail(unknown[0], "unknown key (a typo?)")
    enabled = get("enabled", bool, default.enabled, "true or false")
    host = get("host", str, default.host, "a string").strip()
    if not host or any(c.isspace() for c in host):
        raise fail("host", f"expected an address such as 127.0.0.1, got {host!r}")
    port = get("port", int, default.port, "an integer")
    if not 0 < port < 65536:
        raise fail("port", f"not a TCP port: {port}")
    healthy = get("healthy_within_seconds", float, default.healthy_within_seconds, "a number")
    if healthy <= 0:
        raise fail("healthy_within_seconds", "must be greater than 0")
    return MetricsConfig(enabled, host, port, healthy)


class MetricsServer:
    """A running HTTP endpoint; call it (or `stop()`) to shut it down."""

    def __init__(self, server: ThreadingHTTPServer, thread: threading.Thread) -> None:
        self._server = server
        self._thread = thread
        self.host = str(server.server_address[0])
        self.port = int(server.server_address[1])

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __call__(self) -> None:
        self.stop()


class Metrics:
    """Every metric the daemon exports, in a registry of its own."""

    def __init__(
        self,
        registry: CollectorRegistry | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.registry = registry if registry is not None else CollectorRegistry(auto_describe=True)
        self.clock = clock
        r = self.registry
        self.mails_handled = Counter(
            "triage_mails_handled",
            "Mails triaged, by the category decided and the action taken.",
            ("mailbox", "category", "action"),
            registry=r,
        )
        self.mails = Counter(
            "triage_mails",
            "Mails seen by polls, by outcome (new, handled, failed, deferred, redacted).",
            ("mailbox", "outcome"),
            registry=r,
        )
        self.replies_sent = Counter(
            "triage_replies_sent",
            "Auto-replies handed to the SMTP server, by reply kind.",
            ("mailbox", "kind"),
            registry=r,
        )
        self.abstentions = Counter(
            "triage_abstentions",
            "Mails where the classifier was not confident enough and humans decide.",
            ("mailbox",),
            registry=r,
        )
        self.skips = Counter(
            "triage_reply_skips",
            "Mails left without an auto-reply, by reason (prefix before ':').",
            ("mailbox", "reason"),
            registry=r,
        )
        self.errors = Counter(
            "triage_errors",
            "Failures: whole polls (imap, store, smtp, oauth2, unexpected) and single mails.",
            ("mailbox", "kind"),
            registry=r,
        )
        self.polls = Counter(
            "triage_polls",
            "Polls finished, by result (ok, failed).",
            ("mailbox", "result"),
            registry=r,
        )
        self.poll_duration = Histogram(
            "triage_poll_duration_seconds",
            "Wall time of one poll, successful or not.",
            ("mailbox",),
            buckets=POLL_BUCKETS,
            registry=r,
        )
        self.triage_latency = Histogram(
            "triage_reply_latency_seconds",
            "From the mail's arrival (Date header, else fetch time) to its auto-reply.",
            ("mailbox",),
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.confidence = Histogram(
            "triage_classifier_confidence",
            "Classifier confidence of triaged mails (drift shows here first).",
            ("mailbox",),
            buckets=CONFIDENCE_BUCKETS,
            registry=r,
        )
        self.model_info = Gauge(
            "triage_model_info",
            "The classifier model in use (value 1, version in the label).",
            ("version",),
            registry=r,
        )
        self.last_success = Gauge(
            "triage_last_successful_poll_timestamp_seconds",
            "Unix time of the last poll that finished without a whole-poll error.",
            ("mailbox",),
            registry=r,
        )
        self.up = Gauge(
            "triage_mailbox_up",
            "1 when the last poll of the mailbox succeeded, 0 when it failed.",
            ("mailbox",),
            registry=r,
        )
        self._lock = threading.Lock()
        self._last_ok: dict[str, float] = {}
        self._up: dict[str, bool] = {}
        self._model_version: str | None = None

    # --- feeding --------------------------------------------------------------------------

    def observe_poll(self, mailbox: str, summary: PollSummaryLike, duration_s: float) -> None:
        """Record one successful poll and every mail it triaged."""
        now = self.clock()
        self.poll_duration.labels(mailbox).observe(max(0.0, duration_s))
        self.polls.labels(mailbox, "ok").inc()
        for outcome in ("new", "handled", "failed", "deferred", "redacted"):
            count = int(getattr(summary, outcome))
            if count > 0:
                self.mails.labels(mailbox, outcome).inc(count)
        if summary.failed > 0:
            self.errors.labels(mailbox, "mail").inc(summary.failed)
        rows = list(summary.rows)
        for row in rows:
            self._observe_row(mailbox, row)
        self._observe_replies(mailbox, rows, int(summary.replies), now)
        self.last_success.labels(mailbox).set(now)
        self.up.labels(mailbox).set(1)
        with self._lock:
            self._last_ok[mailbox] = now
            self._up[mailbox] = True

    def poll_failed(self, mailbox: str, kind: str, duration_s: float | None = None) -> None:
        """Record a poll that failed as a whole (`kind`: imap, store, smtp, oauth2, ...)."""
        if duration_s is not None:
            self.poll_duration.labels(mailbox).observe(max(0.0, duration_s))
        self.polls.labels(mailbox, "failed").inc()
        self.errors.labels(mailbox, kind).inc()
        self.up.labels(mailbox).set(0)
        # Touch the timestamp series so "never succeeded" is visible as 0, not as absent.
        self.last_success.labels(mailbox)
        with self._lock:
            self._up[mailbox] = False

    def observe_reply(
        self, mailbox: str, kind: str, arrived_at: datetime | None, sent_at: datetime
    ) -> None:
        """Record one sent reply precisely (for callers that know the send time)."""
        self.replies_sent.labels(mailbox, kind).inc()
        if arrived_at is not None:
            self._observe_latency(mailbox, arrived_at, sent_at.timestamp())

    def set_model_version(self, version: str) -> None:
        """Show `version` as the model in use (the previous label is removed)."""
        with self._lock:
            previous, self._model_version = self._model_version, version
        if previous is not None and previous != version:
            self.model_info.remove(previous)
        self.model_info.labels(version).set(1)

    def instrument(self, mailbox: str, poll: Callable[[], T]) -> Callable[[], T]:
        """`poll` wrapped so each call is timed and recorded; exceptions pass through.

        The result must look like a PollSummary. The daemon's ``poll`` argument can be
        ``metrics.instrument(name, poller.poll_once)``.
        """

        def timed() -> T:
            start = time.monotonic()
            try:
                summary = poll()
            except Exception as exc:
                self.poll_failed(mailbox, error_kind(exc), time.monotonic() - start)
                raise
            self.observe_poll(mailbox, summary, time.monotonic() - start)  # type: ignore[arg-type]
            return summary

        return timed

    # --- reading --------------------------------------------------------------------------

    def render(self) -> bytes:
        """The Prometheus text exposition of every metric."""
        return generate_latest(self.registry)

    def health(self, healthy_within_s: float) -> tuple[bool, str]:
        """(healthy, reason): every mailbox had a successful poll within `healthy_within_s`."""
        now = self.clock()
        with self._lock:
            mailboxes = sorted(set(self._up) | set(self._last_ok))
            if not mailboxes:
                return False, "no poll finished yet"
            problems = []
            for name in mailboxes:
                last = self._last_ok.get(name)
                if last is None:
                    problems.append(f"{name}: no successful poll yet")
                elif now - last > healthy_within_s:
                    problems.append(f"{name}: last successful poll {now - last:.0f}s ago")
            # One failed poll is not unhealthy: a blip heals on the next poll, and staleness
            # catches the rest. The triage_mailbox_up gauge shows each failure.
            failing = [name for name in mailboxes if not self._up.get(name, False)]
        if problems:
            return False, "; ".join(problems)
        return True, "ok" if not failing else f"ok (last poll failed: {', '.join(failing)})"

    def serve(self, host: str, port: int, healthy_within_s: float = 600.0) -> MetricsServer:
        """Serve /metrics and /healthz on host:port in a daemon thread (port 0: any free)."""
        server = ThreadingHTTPServer((host, port), _handler_for(self, healthy_within_s))
        server.daemon_threads = True
        thread = threading.Thread(
            target=server.serve_forever, name="metrics-http", kwargs={"poll_interval": 0.2}
        )
        thread.daemon = True
        thread.start()
        running = MetricsServer(server, thread)
        log.info("metrics on http://%s:%s/metrics", running.host, running.port)
        return running

    # --- helpers --------------------------------------------------------------------------

    def _observe_row(self, mailbox: str, row: Mapping[str, object]) -> None:
        if row.get("finished") is False:
            return  # deferred: the poll that finishes its plan counts it
        category = str(row.get("category") or "unknown")
        action = str(row.get("action") or "unknown")
        self.mails_handled.labels(mailbox, category, action).inc()
        skip = row.get("skip_reason")
        abstained = row.get("abstained") is True or skip == "low_confidence"
        if abstained:
            self.abstentions.labels(mailbox).inc()
        if skip:
            # "rate_limit:sender_per_hour" -> "rate_limit"; "malformed:a,b" -> "malformed":
            # the detail after ':' would make the label set unbounded.
            self.skips.labels(mailbox, str(skip).split(":", 1)[0]).inc()
        confidence = row.get("confidence")
        if isinstance(confidence, int | float) and not isinstance(confidence, bool):
            self.confidence.labels(mailbox).observe(min(1.0, max(0.0, float(confidence))))

    def _observe_replies(
        self, mailbox: str, rows: Sequence[Mapping[str, object]], replies: int, now: float
    ) -> None:
        """Attribute the poll's sent replies to kinds and latencies without guessing.

        A row says it was sent with ``reply_sent`` (bool). Without that key the rows whose
        action sends a reply are taken as sent only when their number equals the poll's reply
        count; otherwise the replies are counted under kind "unattributed" with no latency.
        """
        if any("reply_sent" in row for row in rows):
            sent = [row for row in rows if row.get("reply_sent") is True]
        else:
            sent = [row for row in rows if row.get("action") in REPLY_ACTIONS]
            if len(sent) != replies:
                sent = []
        for row in sent:
            kind = str(row.get("reply_kind") or row.get("action") or "unknown")
            self.replies_sent.labels(mailbox, kind).inc()
            arrived = _as_datetime(row.get("arrived_at"))
            if arrived is not None:
                replied = _as_datetime(row.get("replied_at"))
                self._observe_latency(mailbox, arrived, replied.timestamp() if replied else now)
        rest = replies - len(sent)
        if rest > 0:
            self.replies_sent.labels(mailbox, "unattributed").inc(rest)

    def _observe_latency(self, mailbox: str, arrived_at: datetime, sent_ts: float) -> None:
        latency = sent_ts - arrived_at.timestamp()
        if latency < 0:
            # A Date header in the future (sender's clock) says nothing about our speed.
            log.debug("negative reply latency %.1fs ignored (sender clock skew)", latency)
            return
        self.triage_latency.labels(mailbox).observe(latency)


def error_kind(exc: BaseException) -> str:
    """The `errors_total{kind}` label for a whole-poll exception.

    An OAuth2Error anywhere in the ``__cause__`` chain wins (the mailbox adapter wraps it in a
    MailboxError, but the operator's fix is the token, not the IMAP server).
    """
    cause: BaseException | None = exc
    while cause is not None:
        if any(cls.__name__ == "OAuth2Error" for cls in type(cause).__mro__):
            return "oauth2"
        cause = cause.__cause__
    for cls in type(exc).__mro__:
        kind = ERROR_KINDS.get(cls.__name__)
        if kind is not None:
            return kind
    return "unexpected"


def _as_datetime(value: object) -> datetime | None:
    """A row's timestamp (datetime or ISO string); naive values are taken as UTC."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return None
    if not isinstance(value, datetime):
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _handler_for(metrics: Metrics, healthy_within_s: float) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path == "/metrics":
                self._reply(200, CONTENT_TYPE_LATEST, metrics.render())
            elif path == "/healthz":
                ok, reason = metrics.health(healthy_within_s)
                self._reply(200 if ok else 503, "text/plain; charset=utf-8", reason.encode())
            else:
                self._reply(404, "text/plain; charset=utf-8", b"try /metrics or /healthz\n")

        def _reply(self, status: int, content_type: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            # Scrapes every 15 s would drown the service log.
            return

    return Handler
