"""A secret the customer put in the subject never comes back in our reply's subject."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.factories import customer_email
from triage.classifier import Prediction
from triage.config import load_config
from triage.engine import Engine
from triage.message import parse_message
from triage.outgoing import compose_forward
from triage.taxonomy import load_taxonomy
from triage.wiring import extract_options, policy, renderer

REPO = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


class Confident:
    version = "test"

    def __init__(self, label: str) -> None:
        self.label = label

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        return [Prediction(self.label, 0.99, False) for _ in texts]


def engine(label: str) -> Engine:
    cfg = load_config(REPO / "config" / "triage.toml")
    taxonomy = load_taxonomy(cfg.taxonomy_path)
    return Engine(
        taxonomy=taxonomy,
        classifier=Confident(label),
        renderer=renderer(cfg),
        extract_options=extract_options(cfg),
        policy=policy(cfg),
    )


def mail(subject: str, body: str) -> bytes:
    return customer_email(subject, body, "<s1@example.com>").as_bytes()


@pytest.mark.parametrize(
    ("subject", "secret"),
    [
        ("Card 4111 1111 1111 1111 charged twice", "1111 1111 1111"),
        ("卡号4111111111111111被盗刷了", "4111111111111111"),
        ("Login fails, my password is Tiger!2026", "Tiger!2026"),
        ("OTP 553201 not accepted", "553201"),
    ],
)
def test_reply_subject_masks_secrets(subject: str, secret: str) -> None:
    msg = parse_message(mail(subject, "Please help, I cannot use my wallet since yesterday."))
    analysis = engine("transaction_error").analyse(msg, now=NOW, ticket_ref="TKT-1")
    assert analysis.reply is not None
    assert secret not in analysis.reply.subject
    assert "[#TKT-1]" in analysis.reply.subject
    assert secret not in analysis.reply.body


def test_reply_subject_keeps_an_ordinary_subject() -> None:
    msg = parse_message(mail("Transfer to ann@example.com failed", "It failed yesterday."))
    analysis = engine("transaction_error").analyse(msg, now=NOW, ticket_ref="TKT-2")
    assert analysis.reply is not None
    assert analysis.reply.subject.startswith("Re: Transfer to ann@example.com failed")


def test_forward_subject_masks_secrets() -> None:
    msg = parse_message(mail("Card 4111 1111 1111 1111 charged twice", "See subject."))
    raw = compose_forward(
        msg,
        forward_from="support@okpay.test",
        forward_to="helpdesk@okpay.test",
        summary="Ticket TKT-3",
        masked_body="See subject.",
        headers={"X-Triage-Ticket": "TKT-3"},
        forward_id="<fwd-1@okpay.test>",
        now=NOW,
    )
    subject = parse_message(raw).subject
    assert subject.startswith("[TKT-3] Card 4111 11")
    assert "1111 1111 1111" not in subject
