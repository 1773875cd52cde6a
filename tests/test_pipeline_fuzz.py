"""Malformed mail through the whole pure pipeline (parse, details, decide, render): no crash,
and anything the parser calls malformed goes to humans without an automatic reply."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triage.classifier import Prediction
from triage.config import load_config
from triage.engine import Engine
from triage.taxonomy import load_taxonomy
from triage.wiring import extract_options, policy, renderer

REPO = Path(__file__).resolve().parents[1]
DEMO = sorted((REPO / "tests" / "data" / "demo_mails").glob("*.eml"))
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


class FixedClassifier:
    """The fuzz is about robustness, not the model: every mail gets a confident label."""

    version = "fuzz"

    def __init__(self, labels: Sequence[str]) -> None:
        self.labels = list(labels)

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        return [Prediction(self.labels[len(t) % len(self.labels)], 0.99, False) for t in texts]


@pytest.fixture(scope="module")
def engine() -> Engine:
    cfg = load_config(REPO / "config" / "triage.toml")
    taxonomy = load_taxonomy(cfg.taxonomy_path)
    return Engine(
        taxonomy=taxonomy,
        classifier=FixedClassifier(taxonomy.names),
        renderer=renderer(cfg),
        extract_options=extract_options(cfg),
        policy=policy(cfg),
    )


def _mutations() -> st.SearchStrategy[bytes]:
    seeds = [p.read_bytes() for p in DEMO]

    @st.composite
    def mutate(draw: st.DrawFn) -> bytes:
        raw = bytearray(draw(st.sampled_from(seeds)))
        for _ in range(draw(st.integers(1, 6))):
            op = draw(st.sampled_from(["cut", "flip", "insert", "boundary", "charset", "dup"]))
            pos = draw(st.integers(0, max(0, len(raw) - 1)))
            if op == "cut":
                del raw[pos:]
            elif op == "flip" and raw:
                raw[pos] = draw(st.integers(0, 255))
            elif op == "insert":
                raw[pos:pos] = draw(st.binary(min_size=1, max_size=64))
            elif op == "boundary":
                raw = bytearray(bytes(raw).replace(b"boundary=", b"boundary=x", 1))
            elif op == "charset":
                name = draw(st.sampled_from([b"x-unknown", b"utf-7", b"", b"gbk\x00", b"\xff"]))
                raw = bytearray(bytes(raw).replace(b"charset=", b"charset=" + name + b";", 1))
            elif op == "dup":
                raw[pos:pos] = raw[: min(len(raw), 2000)]
        return bytes(raw)

    return mutate()


def _structural() -> st.SearchStrategy[bytes]:
    header = st.sampled_from(
        [b"Subject: =?utf-8?B?5L2g5aW9?=", b"From: <>", b"From: a@b", b"Content-Type: multipart/mixed",
         b"Content-Type: text/plain; charset=\"x-foo\"", b"Content-Transfer-Encoding: base64",
         b"X-" + b"A" * 5000 + b": v", b"Auto-Submitted: auto-replied", b"Date: yesterday"]
    )  # fmt: skip

    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        heads = draw(st.lists(header, max_size=8))
        depth = draw(st.integers(0, 120))
        nested = b"".join(
            b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i)
            for i in range(depth)
        )
        body = draw(st.binary(max_size=400))
        return b"\r\n".join(heads) + b"\r\n" + nested + body

    return build()


FUZZ = st.one_of(_mutations(), _structural(), st.binary(max_size=2000))


def _check(engine: Engine, raw: bytes) -> None:
    msg = engine.parse(raw)
    analysis = engine.analyse(msg, now=NOW, ticket_ref="TKT-FUZZ")
    d = analysis.decision
    assert d.action in ("ask_for_details", "send_faq", "acknowledge", "human_only", "ignore")
    if msg.malformed:
        assert d.action == "human_only"
        assert analysis.reply is None
        assert d.skip_reason and d.skip_reason.startswith("malformed")
    if analysis.reply is not None:
        assert "\n" not in analysis.reply.subject and "\r" not in analysis.reply.subject


@settings(max_examples=250, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
@given(FUZZ)
def test_pipeline_survives_malformed_mail(engine: Engine, raw: bytes) -> None:
    _check(engine, raw)


@pytest.mark.slow
@settings(max_examples=2000, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
@given(FUZZ)
def test_pipeline_survives_malformed_mail_long(engine: Engine, raw: bytes) -> None:
    _check(engine, raw)


def test_known_malformed_demo_mail_goes_to_humans(engine: Engine) -> None:
    raw = (REPO / "tests/data/demo_mails/93_zh_special_malformed.eml").read_bytes()
    msg = engine.parse(raw)
    assert msg.malformed
    d = engine.analyse(msg, now=NOW, ticket_ref="TKT-FUZZ").decision
    assert (d.action, d.skip_reason is not None) == ("human_only", True)
