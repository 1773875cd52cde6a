from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import make_details, make_message, pred
from triage.decide import (
    READY,
    WAITING,
    WITH_AGENT,
    Policy,
    ReplyHistory,
    TicketView,
    decide,
)
from triage.details import Details
from triage.taxonomy import Taxonomy, load_taxonomy

REPO = Path(__file__).resolve().parents[1]
POLICY = Policy(own_addresses=("support@okpay.test",), per_sender_per_hour=3,
                per_sender_per_day=10, per_ticket_per_day=4)  # fmt: skip
FULL_TX = {"account_contact": "+447700900123", "transaction_id": "TXN-1"}


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy(REPO / "config" / "taxonomy.toml")


@pytest.mark.parametrize(
    ("category", "details", "action", "kind", "missing"),
    [
        ("transaction_error", {}, "ask_for_details", "ask_for_details",
         ("account_contact", "transaction_id")),
        ("transaction_error", FULL_TX, "send_faq", "send_faq", ()),
        ("transaction_error", {"account_contact": "x", "amount": "5.00 EUR"},
         "ask_for_details", "ask_for_details", ("transaction_date",)),
        ("transaction_error", {"account_contact": "x", "amount": "5 EUR",
                               "transaction_date": "2026-11-01"}, "send_faq", "send_faq", ()),
        ("refund_dispute", FULL_TX, "acknowledge", "acknowledge", ()),
        ("feedback", {}, "send_faq", "send_faq", ()),
        ("technical_support", {"device_model": "iPhone 15"}, "ask_for_details",
         "ask_for_details", ("app_version", "error_message")),
        ("cross_border", {"country": "DE", "recipient_account": "DE89370400440532013000",
                          "swift_bic": "COBADEFFXXX"}, "send_faq", "send_faq", ()),
        ("other", {}, "acknowledge", "acknowledge", ()),
    ],
)  # fmt: skip
def test_action_follows_missing_details(
    taxonomy: Taxonomy,
    category: str,
    details: dict[str, str],
    action: str,
    kind: str,
    missing: tuple[str, ...],
) -> None:
    d = decide(make_message(), pred(category), make_details(**details), taxonomy, POLICY,
               ReplyHistory())  # fmt: skip
    assert (d.action, d.reply_kind, d.missing, d.skip_reason) == (action, kind, missing, None)
    assert d.ticket_state == (WAITING if missing else READY)


@pytest.mark.parametrize(
    ("msg_kwargs", "prediction", "history", "action", "skip"),
    [
        ({"headers": {"Auto-Submitted": "auto-replied"}}, pred("feedback"), ReplyHistory(),
         "ignore", "auto_submitted:auto-replied"),
        ({"defects": ("no_from", "bad_boundary")}, pred("feedback"), ReplyHistory(),
         "human_only", "malformed:no_from,bad_boundary"),
        ({}, pred("feedback", 0.3, True), ReplyHistory(), "human_only", "low_confidence"),
        ({}, pred("feedback"), ReplyHistory(sender_last_hour=3), "human_only",
         "rate_limit:sender_per_hour"),
        ({}, pred("feedback"), ReplyHistory(sender_last_day=10), "human_only",
         "rate_limit:sender_per_day"),
        ({}, pred("feedback"), ReplyHistory(sender_last_hour=2, sender_last_day=9), "send_faq",
         None),
    ],
)  # fmt: skip
def test_no_reply_cases_keep_a_reason(
    taxonomy: Taxonomy,
    msg_kwargs: dict[str, object],
    prediction: object,
    history: ReplyHistory,
    action: str,
    skip: str | None,
) -> None:
    d = decide(make_message(**msg_kwargs), prediction, Details(), taxonomy, POLICY, history)  # type: ignore[arg-type]
    assert (d.action, d.skip_reason) == (action, skip)
    assert (d.reply_kind is None) == (skip is not None)


def test_urgent_mail_is_acknowledged_with_priority(taxonomy: Taxonomy) -> None:
    msg = make_message(text="My phone was stolen, please block my wallet")
    d = decide(msg, pred("login_access"), make_details(account_contact="+447700900123"),
               taxonomy, POLICY, ReplyHistory())  # fmt: skip
    assert d.priority == "urgent"
    assert d.action == "acknowledge"


def test_urgent_chinese(taxonomy: Taxonomy) -> None:
    msg = make_message(text="我的银行卡被盗刷了", language="zh")
    d = decide(msg, pred("card_issue"), Details(), taxonomy, POLICY, ReplyHistory())
    assert d.priority == "urgent"
    assert d.action == "ask_for_details"


def ticket(state: str = WAITING, acknowledged: bool = False, **details: str) -> TicketView:
    return TicketView(ref="TKT-1001", state=state, category="transaction_error",
                      priority="normal", details=make_details(**details),
                      acknowledged=acknowledged)  # fmt: skip


def test_followup_completes_ticket_and_keeps_category(taxonomy: Taxonomy) -> None:
    t = ticket(account_contact="+447700900123")
    # The short answer looks like feedback to the model; the ticket's category stands.
    d = decide(make_message(text="here: TXN-1"), pred("feedback"),
               make_details(transaction_id="TXN-1"), taxonomy, POLICY, ReplyHistory(), t)  # fmt: skip
    assert d.category == "transaction_error"
    assert (d.action, d.reply_kind, d.missing) == ("acknowledge", "details_complete", ())
    assert d.ticket_state == READY
    assert d.followup


def test_followup_still_missing_asks_only_for_the_rest(taxonomy: Taxonomy) -> None:
    d = decide(make_message(text="my phone is +44 7700 900123"), pred("other"),
               make_details(account_contact="+447700900123"), taxonomy, POLICY,
               ReplyHistory(), ticket())  # fmt: skip
    assert d.missing == ("transaction_id",)
    assert d.action == "ask_for_details"


def test_followup_after_acknowledgement_is_not_acknowledged_twice(taxonomy: Taxonomy) -> None:
    t = ticket(state=WAITING, acknowledged=True, account_contact="x", transaction_id="T")
    d = decide(make_message(), pred("other"), Details(), taxonomy, POLICY, ReplyHistory(), t)
    assert (d.action, d.skip_reason) == ("human_only", "already_acknowledged")


def test_followup_to_agent_owned_ticket_goes_to_humans(taxonomy: Taxonomy) -> None:
    t = ticket(state=WITH_AGENT, account_contact="x", transaction_id="T")
    d = decide(make_message(), pred("other"), Details(), taxonomy, POLICY, ReplyHistory(), t)
    assert (d.action, d.skip_reason) == ("human_only", "agent_owns_ticket")


def test_status_question_gets_status_reply(taxonomy: Taxonomy) -> None:
    t = ticket(state=READY, account_contact="x", transaction_id="T")
    d = decide(make_message(text="any update on my case?"), pred("status_followup"),
               Details(), taxonomy, POLICY, ReplyHistory(), t)  # fmt: skip
    assert (d.action, d.reply_kind, d.ticket_state) == ("acknowledge", "status", READY)


def test_ticket_rate_limit(taxonomy: Taxonomy) -> None:
    d = decide(make_message(), pred("other"), Details(), taxonomy, POLICY,
               ReplyHistory(ticket_last_day=4), ticket())  # fmt: skip
    assert d.skip_reason == "rate_limit:ticket_per_day"
    assert d.action == "human_only"


def test_missing_prefers_the_alternative_the_customer_started(taxonomy: Taxonomy) -> None:
    details = make_details(account_contact="x", transaction_date="2026-11-01")
    assert taxonomy.missing("refund_dispute", details) == ("amount",)
    assert taxonomy.missing("refund_dispute", make_details(account_contact="x")) == (
        "transaction_id",
    )
