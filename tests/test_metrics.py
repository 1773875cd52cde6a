"""Metrics: counters from poll summaries, latency attribution, config parsing, HTTP endpoint."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from triage.metrics import Metrics, MetricsConfig, error_kind, parse_metrics_config

T0 = datetime(2024, 5, 12, 9, 0, tzinfo=UTC).timestamp()


@dataclass
class Summary:
    new: int = 0
    handled: int = 0
    replies: int = 0
    failed: int = 0
    deferred: int = 0
    redacted: int = 0
    rows: list[dict[str, object]] = field(default_factory=list)


class Clock:
    def __init__(self, t: float = T0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def row(
    category: str, action: str, skip: str | None = None, conf: float = 0.9, **extra: object
) -> dict[str, object]:
    return {
        "category": category,
        "action": action,
        "skip_reason": skip,
        "confidence": conf,
        **extra,
    }


def value(m: Metrics, name: str, **labels: str) -> float | None:
    return m.registry.get_sample_value(name, labels)


def test_two_registries_are_independent() -> None:
    a, b = Metrics(), Metrics()
    a.poll_failed("support", "imap")
    assert value(a, "triage_errors_total", mailbox="support", kind="imap") == 1
    assert value(b, "triage_errors_total", mailbox="support", kind="imap") is None


def test_observe_poll_counts_mails_actions_abstentions_and_skips() -> None:
    clock = Clock()
    m = Metrics(clock=clock)
    summary = Summary(
        new=4, handled=4, replies=2, failed=1, deferred=2,
        rows=[
            row("refund_dispute", "ask_for_details"),
            row("card_issue", "acknowledge"),
            row("other", "human_only", "low_confidence", conf=0.31),
            row("feedback", "human_only", "rate_limit:sender_per_hour"),
        ],
    )  # fmt: skip
    m.observe_poll("support", summary, 1.5)
    assert (
        value(
            m,
            "triage_mails_handled_total",
            mailbox="support",
            category="refund_dispute",
            action="ask_for_details",
        )
        == 1
    )
    assert (
        value(
            m,
            "triage_mails_handled_total",
            mailbox="support",
            category="other",
            action="human_only",
        )
        == 1
    )
    assert value(m, "triage_abstentions_total", mailbox="support") == 1
    assert value(m, "triage_reply_skips_total", mailbox="support", reason="rate_limit") == 1
    assert value(m, "triage_reply_skips_total", mailbox="support", reason="low_confidence") == 1
    assert value(m, "triage_mails_total", mailbox="support", outcome="new") == 4
    assert value(m, "triage_mails_total", mailbox="support", outcome="deferred") == 2
    assert value(m, "triage_errors_total", mailbox="support", kind="mail") == 1
    assert value(m, "triage_replies_sent_total", mailbox="support", kind="ask_for_details") == 1
    assert value(m, "triage_replies_sent_total", mailbox="support", kind="acknowledge") == 1
    assert value(m, "triage_poll_duration_seconds_count", mailbox="support") == 1
    assert value(m, "triage_poll_duration_seconds_bucket", mailbox="support", le="1.0") == 0
    assert value(m, "triage_poll_duration_seconds_bucket", mailbox="support", le="2.5") == 1
    assert value(m, "triage_classifier_confidence_bucket", mailbox="support", le="0.4") == 1
    assert value(m, "triage_last_successful_poll_timestamp_seconds", mailbox="support") == T0
    assert value(m, "triage_mailbox_up", mailbox="support") == 1


def test_abstained_flag_counts_even_without_low_confidence_reason() -> None:
    m = Metrics()
    m.observe_poll(
        "s", Summary(rows=[row("other", "human_only", "malformed:x", abstained=True)]), 0.1
    )
    assert value(m, "triage_abstentions_total", mailbox="s") == 1
    assert value(m, "triage_reply_skips_total", mailbox="s", reason="malformed") == 1


def test_latency_from_arrival_to_poll_end_when_rows_match_reply_count() -> None:
    clock = Clock()
    m = Metrics(clock=clock)
    arrived = datetime.fromtimestamp(T0 - 12, UTC)
    m.observe_poll(
        "s", Summary(replies=1, rows=[row("card_issue", "send_faq", arrived_at=arrived)]), 2.0
    )
    assert value(m, "triage_reply_latency_seconds_count", mailbox="s") == 1
    assert value(m, "triage_reply_latency_seconds_sum", mailbox="s") == pytest.approx(12.0)
    assert value(m, "triage_reply_latency_seconds_bucket", mailbox="s", le="10.0") == 0
    assert value(m, "triage_reply_latency_seconds_bucket", mailbox="s", le="15.0") == 1


def test_latency_prefers_replied_at_and_accepts_iso_strings_and_naive_utc() -> None:
    m = Metrics(clock=Clock())
    r = row(
        "x",
        "acknowledge",
        arrived_at="2024-05-12T08:59:00",
        replied_at="2024-05-12T08:59:03.5+00:00",
        reply_sent=True,
        reply_kind="status",
    )
    m.observe_poll("s", Summary(replies=1, rows=[r]), 0.2)
    assert value(m, "triage_reply_latency_seconds_sum", mailbox="s") == pytest.approx(3.5)
    assert value(m, "triage_replies_sent_total", mailbox="s", kind="status") == 1


def test_ambiguous_replies_are_unattributed_and_have_no_latency() -> None:
    # Two rows wanted a reply but only one was sent (the other failed transiently): which one
    # is unknown, so no kind and no latency is invented.
    m = Metrics(clock=Clock())
    arrived = datetime.fromtimestamp(T0 - 5, UTC)
    rows = [
        row("a", "send_faq", arrived_at=arrived),
        row("b", "ask_for_details", arrived_at=arrived),
    ]
    m.observe_poll("s", Summary(replies=1, rows=rows), 0.2)
    assert value(m, "triage_replies_sent_total", mailbox="s", kind="unattributed") == 1
    assert value(m, "triage_replies_sent_total", mailbox="s", kind="send_faq") is None
    assert value(m, "triage_reply_latency_seconds_count", mailbox="s") is None


def test_shadow_mode_poll_counts_no_replies() -> None:
    m = Metrics(clock=Clock())
    m.observe_poll("s", Summary(replies=0, rows=[row("a", "send_faq")]), 0.2)
    assert value(m, "triage_replies_sent_total", mailbox="s", kind="send_faq") is None
    assert value(m, "triage_mails_handled_total", mailbox="s", category="a", action="send_faq") == 1


def test_future_date_header_is_not_a_negative_latency() -> None:
    m = Metrics(clock=Clock())
    future = datetime.fromtimestamp(T0 + 3600, UTC)
    m.observe_reply("s", "send_faq", future, datetime.fromtimestamp(T0, UTC))
    assert value(m, "triage_replies_sent_total", mailbox="s", kind="send_faq") == 1
    assert value(m, "triage_reply_latency_seconds_count", mailbox="s") is None


def test_poll_failed_marks_down_and_keeps_last_success() -> None:
    clock = Clock()
    m = Metrics(clock=clock)
    m.observe_poll("s", Summary(), 0.1)
    clock.t += 60
    m.poll_failed("s", "imap", 30.0)
    assert value(m, "triage_mailbox_up", mailbox="s") == 0
    assert value(m, "triage_last_successful_poll_timestamp_seconds", mailbox="s") == T0
    assert value(m, "triage_polls_total", mailbox="s", result="failed") == 1
    assert value(m, "triage_polls_total", mailbox="s", result="ok") == 1


def test_never_successful_mailbox_shows_zero_timestamp() -> None:
    m = Metrics()
    m.poll_failed("s", "oauth2")
    assert value(m, "triage_last_successful_poll_timestamp_seconds", mailbox="s") == 0


def test_model_version_replaces_the_old_label() -> None:
    m = Metrics()
    m.set_model_version("starter-1")
    m.set_model_version("starter-2")
    assert value(m, "triage_model_info", version="starter-2") == 1
    assert value(m, "triage_model_info", version="starter-1") is None


def test_instrument_records_success_and_failure_kinds() -> None:
    class MailboxError(Exception):
        pass

    m = Metrics(clock=Clock())
    ok = m.instrument("s", lambda: Summary(new=2, handled=2))
    assert ok().new == 2

    def broken() -> Summary:
        raise MailboxError("connection refused")

    with pytest.raises(MailboxError):
        m.instrument("s", broken)()
    assert value(m, "triage_errors_total", mailbox="s", kind="imap") == 1
    assert value(m, "triage_poll_duration_seconds_count", mailbox="s") == 2
    assert value(m, "triage_mails_total", mailbox="s", outcome="new") == 2


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("MailboxError", "imap"),
        ("StoreError", "store"),
        ("SendError", "smtp"),
        ("OAuth2Error", "oauth2"),
        ("KeyError", "unexpected"),
    ],
)
def test_error_kind_by_class_name(name: str, kind: str) -> None:
    assert error_kind(type(name, (Exception,), {})()) == kind


def test_error_kind_sees_oauth2_behind_a_mailbox_error() -> None:
    oauth = type("OAuth2Error", (Exception,), {})
    mailbox = type("MailboxError", (Exception,), {})
    try:
        try:
            raise oauth("invalid_grant")
        except Exception as inner:
            raise mailbox("IMAP support: OAuth2: invalid_grant") from inner
    except Exception as outer:
        assert error_kind(outer) == "oauth2"
    assert error_kind(mailbox("connection refused")) == "imap"


def test_error_kind_follows_subclasses() -> None:
    base = type("MailboxError", (Exception,), {})
    sub = type("IdleLost", (base,), {})
    assert error_kind(sub()) == "imap"


def test_health_by_staleness() -> None:
    clock = Clock()
    m = Metrics(clock=clock)
    assert m.health(300) == (False, "no poll finished yet")
    m.observe_poll("a", Summary(), 0.1)
    m.poll_failed("b", "imap")
    ok, reason = m.health(300)
    assert not ok and "b: no successful poll yet" in reason
    m.observe_poll("b", Summary(), 0.1)
    assert m.health(300) == (True, "ok")
    clock.t += 120
    m.poll_failed("a", "imap")
    assert m.health(300) == (True, "ok (last poll failed: a)")
    clock.t += 400
    ok, reason = m.health(300)
    assert not ok and "a: last successful poll 520s ago" in reason


def test_render_is_valid_exposition() -> None:
    m = Metrics(clock=Clock())
    m.set_model_version("v7")
    m.observe_poll("support", Summary(new=1, handled=1, rows=[row("other", "human_only")]), 0.3)
    families = {f.name: f for f in text_string_to_metric_families(m.render().decode())}
    assert "triage_mails_handled" in families
    assert families["triage_poll_duration_seconds"].type == "histogram"
    (sample,) = families["triage_model_info"].samples
    assert sample.labels == {"version": "v7"} and sample.value == 1


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_serve_metrics_and_healthz_over_http() -> None:
    clock = Clock()
    m = Metrics(clock=clock)
    server = m.serve("127.0.0.1", 0, healthy_within_s=300)
    try:
        base = f"http://127.0.0.1:{server.port}"
        assert _get(base + "/healthz")[0] == 503
        m.observe_poll("support", Summary(new=3), 0.2)
        status, body = _get(base + "/metrics")
        assert status == 200
        assert b'triage_mails_total{mailbox="support",outcome="new"} 3.0' in body
        assert _get(base + "/healthz") == (200, b"ok")
        assert _get(base + "/nope")[0] == 404
    finally:
        server()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"http://127.0.0.1:{server.port}/metrics", timeout=2)


F = Path("config/triage.toml")


def test_parse_metrics_config_defaults_and_values() -> None:
    assert parse_metrics_config({}, F) == MetricsConfig(False, "127.0.0.1", 9465, 600.0)
    cfg = parse_metrics_config(
        {"enabled": True, "host": "0.0.0.0", "port": 9100, "healthy_within_seconds": 900}, F
    )
    assert cfg == MetricsConfig(True, "0.0.0.0", 9100, 900.0)


@pytest.mark.parametrize(
    ("table", "message"),
    [
        (
            {"enabled": "yes"},
            "config/triage.toml: [metrics] enabled: expected true or false, got str",
        ),
        ({"port": 70000}, "config/triage.toml: [metrics] port: not a TCP port: 70000"),
        ({"port": True}, "config/triage.toml: [metrics] port: expected an integer, got bool"),
        ({"port": "9465"}, "config/triage.toml: [metrics] port: expected an integer, got str"),
        (
            {"host": ""},
            "config/triage.toml: [metrics] host: expected an address such as 127.0.0.1, got ''",
        ),
        (
            {"healthy_within_seconds": 0},
            "config/triage.toml: [metrics] healthy_within_seconds: must be greater than 0",
        ),
        ({"prot": 1}, "config/triage.toml: [metrics] prot: unknown key (a typo?)"),
    ],
)
def test_parse_metrics_config_errors_name_file_section_key(
    table: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError) as info:
        parse_metrics_config(table, F)
    assert str(info.value) == message


def test_every_metric_named_in_deploy_alerts_and_docs_exists() -> None:
    # The alert rules and docs are only useful if they name series the daemon really exports.
    import re

    m = Metrics(clock=Clock())
    m.set_model_version("v1")
    m.observe_poll(
        "s",
        Summary(
            new=1,
            replies=1,
            failed=1,
            deferred=1,
            rows=[
                row(
                    "a",
                    "send_faq",
                    "low_confidence",
                    arrived_at=datetime.fromtimestamp(T0 - 1, UTC),
                )
            ],
        ),
        0.1,
    )
    m.poll_failed("s", "oauth2")
    families = list(text_string_to_metric_families(m.render().decode()))
    exported = {f.name for f in families} | {s.name for f in families for s in f.samples}
    root = Path(__file__).resolve().parent.parent
    for doc in ("deploy/prometheus/alerts.yml", "docs/operations.md"):
        path = root / doc
        if not path.exists():
            continue
        suffix = r"(?:_total|_seconds|_info|_up|_confidence|_bucket|_count|_sum)"
        named = set(re.findall(rf"\btriage_[a-z_]+{suffix}\b", path.read_text(encoding="utf-8")))
        assert named, doc
        assert named <= exported, f"{doc}: {sorted(named - exported)}"


def test_a_deferred_mail_is_counted_by_the_poll_that_finishes_it() -> None:
    m = Metrics(clock=Clock())
    deferred = row("refund_dispute", "ask_for_details", finished=False, reply_sent=False)
    m.observe_poll("s", Summary(new=1, deferred=1, rows=[deferred]), 0.1)
    labels = {"mailbox": "s", "category": "refund_dispute", "action": "ask_for_details"}
    assert value(m, "triage_mails_handled_total", **labels) is None
    resumed = row("refund_dispute", "ask_for_details", finished=True, resumed=True,
                  reply_sent=True, reply_kind="ask_for_details")  # fmt: skip
    m.observe_poll("s", Summary(handled=1, replies=1, rows=[resumed]), 0.1)
    assert value(m, "triage_mails_handled_total", **labels) == 1
    assert value(m, "triage_replies_sent_total", mailbox="s", kind="ask_for_details") == 1
