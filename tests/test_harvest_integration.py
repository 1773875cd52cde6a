"""Harvest: agents' re-filing read back as labels. The decision table is a unit test; the
round trip (deliver, file with the real poller, move/re-tag over IMAP, harvest) runs against
the real Dovecot."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import imapclient
import pytest

from triage import classifier
from triage.classifier import Example, TrainParams
from triage.cli import build_poller
from triage.cli_model import main
from triage.config import load_config
from triage.devstack import MailStack
from triage.harvest import (
    AGENT_KEYWORD,
    AGENT_MOVE,
    Correction,
    correction,
    folder_category,
    keyword_categories,
)
from triage.taxonomy import load_taxonomy

# --- the decision table (unit) -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("folder", "keywords", "decided", "abstained", "expected"),
    [
        # filed where the daemon put it, untouched
        ("card_issue", ["card_issue"], "card_issue", False, None),
        # moved by an agent to another category folder
        ("other", ["card_issue"], "card_issue", False, Correction("other", AGENT_MOVE)),
        # moved and re-tagged consistently: one move
        ("other", ["other"], "card_issue", False, Correction("other", AGENT_MOVE)),
        # moved to one category, tagged with a third: ambiguous
        ("other", ["feedback"], "card_issue", False, None),
        # re-tagged in place
        ("card_issue", ["feedback"], "card_issue", False, Correction("feedback", AGENT_KEYWORD)),
        (
            "card_issue",
            ["card_issue", "feedback"],
            "card_issue",
            False,
            Correction("feedback", AGENT_KEYWORD),
        ),
        # two new tags: which one?
        ("card_issue", ["feedback", "other"], "card_issue", False, None),
        # urgent / unsorted folders: only keywords speak
        (None, ["card_issue"], "card_issue", False, None),
        (None, ["feedback"], "card_issue", True, Correction("feedback", AGENT_KEYWORD)),
        # an abstained mail an agent filed into the category it had guessed: a confirmation
        ("card_issue", ["card_issue"], "card_issue", True, Correction("card_issue", AGENT_MOVE)),
        # no record in the state database: the keyword is taken as the daemon's decision
        ("other", ["card_issue"], None, False, Correction("other", AGENT_MOVE)),
        ("other", ["other"], None, False, None),
        ("other", [], None, False, None),
        (None, ["card_issue"], None, False, None),
    ],
)
def test_correction_table(
    folder: str | None,
    keywords: list[str],
    decided: str | None,
    abstained: bool,
    expected: Correction | None,
) -> None:
    assert correction(folder, keywords, decided, abstained) == expected


def test_folder_category_and_keywords() -> None:
    assert folder_category("Triage/card_issue", "Triage/{category}") == "card_issue"
    assert folder_category("Queue.card_issue.new", "Queue.{category}.new") == "card_issue"
    assert folder_category("Triage/", "Triage/{category}") is None
    assert folder_category("INBOX", "Triage/{category}") is None
    flags = [b"\\Seen", b"triage-cat:other", b"triage-ticket:TKT-1001", "triage-cat:feedback"]
    assert keyword_categories(flags, "triage-") == ["other", "feedback"]
    assert keyword_categories(flags, "x-") == []


# --- against the real mail stack --------------------------------------------------------------

TAXONOMY = Path(__file__).resolve().parents[1] / "config" / "taxonomy.toml"
PHRASES = {
    "account_query": "account statement balance history",
    "card_issue": "card declined blocked replacement card",
    "cross_border": "international transfer abroad iban swift",
    "feedback": "love the app design great job suggestion",
    "login_access": "password login passcode locked out",
    "other": "job application partnership press enquiry",
    "refund_dispute": "refund charged twice dispute merchant",
    "status_followup": "any update on my case ticket still waiting",
    "technical_support": "app crashes error screen update version",
    "transaction_error": "transfer failed payment pending top up",
}


@pytest.fixture(scope="module")
def small_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny model knowing every taxonomy category (the test is about plumbing, not skill)."""
    assert set(PHRASES) == set(load_taxonomy(TAXONOMY).names)
    fillers = ("please", "hello", "today", "now", "again")
    examples = [
        Example(f"{phrase} {w}", label, "synthetic")
        for label, phrase in PHRASES.items()
        for w in fillers
    ]
    artifact = classifier.train(examples, TrainParams(c=10.0, char_min_df=1, version="tiny-1"))
    return classifier.save(artifact, tmp_path_factory.mktemp("model") / "tiny")


@pytest.fixture
def serve_small_model(small_model: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # conftest's config_for serves TRIAGE_TEST_MODEL_DIR; must be set before plumbing_config.
    monkeypatch.setenv("TRIAGE_TEST_MODEL_DIR", str(small_model))


def customer_mail(n: int, subject: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Customer {n} <customer{n}@example.com>"
    msg["To"] = "support@okpay.test"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 11, 20, 9, n, tzinfo=UTC))
    msg["Message-ID"] = f"<harvest-{n}@example.com>"
    msg.set_content(body)
    return msg.as_bytes()


@pytest.fixture
def agent(clean_mailbox: MailStack) -> Iterator[imapclient.IMAPClient]:
    client = clean_mailbox.imap()
    try:
        yield client
    finally:
        client.logout()


def find(client: imapclient.IMAPClient, message_id: str) -> tuple[str, int]:
    """The Triage folder and UID holding the mail with ``message_id``."""
    for _, _, name in client.list_folders("Triage/", "*"):
        client.select_folder(name, readonly=True)
        uids = client.search(["HEADER", "Message-ID", message_id])
        if uids:
            return str(name), int(uids[0])
    raise AssertionError(f"{message_id} is not in any Triage folder")


def labels_in(db: Path) -> list[tuple[str, str, str, str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT message_id, label, source, text FROM labels ORDER BY label")
        return [tuple(map(str, r)) for r in rows]  # type: ignore[misc]


@pytest.mark.integration
@pytest.mark.usefixtures("serve_small_model")
def test_harvest_records_an_agents_move_and_retag_once(
    clean_mailbox: MailStack,
    plumbing_config: Path,
    small_model: Path,
    agent: imapclient.IMAPClient,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cfg = load_config(plumbing_config)
    assert cfg.classifier.model_dir == small_model
    clean_mailbox.deliver(
        customer_mail(
            1,
            "Dark mode please",
            "I love the app design, great job! One "
            "suggestion: dark mode. Write to bob.smith@example.com",
        )
    )
    clean_mailbox.deliver(customer_mail(2, "Refund", "I was charged twice, please refund."))
    summary = build_poller(cfg).poll_once()
    assert (summary.new, summary.failed) == (2, 0)

    # Agent 1 moves mail 1 to another category folder.
    folder1, uid1 = find(agent, "<harvest-1@example.com>")
    filed1 = folder_category(folder1, cfg.queue.category_folder)
    assert filed1 is not None, folder1
    moved_to = "technical_support" if filed1 != "technical_support" else "other"
    agent.select_folder(folder1)
    if not agent.folder_exists(f"Triage/{moved_to}"):
        agent.create_folder(f"Triage/{moved_to}")
    agent.move([uid1], f"Triage/{moved_to}")

    # Agent 2 re-tags mail 2 where it lies.
    folder2, uid2 = find(agent, "<harvest-2@example.com>")
    agent.select_folder(folder2)
    old = [f for f in agent.get_flags([uid2])[uid2] if f.startswith(b"triage-cat:")]
    assert len(old) == 1
    retagged = "account_query" if old[0] != b"triage-cat:account_query" else "other"
    agent.remove_flags([uid2], old)
    agent.add_flags([uid2], [f"triage-cat:{retagged}".encode()])
    seen_before = set(agent.get_flags([uid2])[uid2]) - {b"\\Recent"}

    assert main(["harvest", "-c", str(plumbing_config)]) == 0
    out = capsys.readouterr().out
    assert f"<harvest-1@example.com>  -> {moved_to}  (agent_move)" in out
    assert f"<harvest-2@example.com>  -> {retagged}  (agent_keyword)" in out
    assert "2 new labels" in out

    rows = {r[0]: r[1:] for r in labels_in(cfg.store_path)}
    assert set(rows) == {"<harvest-1@example.com>", "<harvest-2@example.com>"}
    label1, source1, text1 = rows["<harvest-1@example.com>"]
    assert (label1, source1) == (moved_to, AGENT_MOVE)
    assert text1.startswith("Dark mode please\nI love the app design")
    assert "bob.smith@example.com" not in text1 and "b***@example.com" in text1  # masked
    assert rows["<harvest-2@example.com>"][:2] == (retagged, AGENT_KEYWORD)

    # Harvest only reads: no flag changed, nothing moved.
    agent.select_folder(folder2, readonly=True)
    assert set(agent.get_flags([uid2])[uid2]) - {b"\\Recent"} == seen_before
    folder1_now, uid1_now = find(agent, "<harvest-1@example.com>")
    assert folder1_now == f"Triage/{moved_to}"
    assert b"\\Seen" not in agent.get_flags([uid1_now])[uid1_now]

    # Idempotent.
    assert main(["harvest", "-c", str(plumbing_config)]) == 0
    again = capsys.readouterr().out
    assert "0 new labels, 2 already recorded" in again
    assert len(labels_in(cfg.store_path)) == 2

    # The category folders as training data: labelled by folder, text masked; the daemon's
    # own notes to agents (X-Triage-Ticket) are not customer mail and are left out.
    note = EmailMessage()
    note["From"] = cfg.service.reply_from
    note["Subject"] = "[TKT-1001] incomplete: transaction_id still missing"
    note["X-Triage-Ticket"] = "TKT-1001"
    note.set_content("Ticket TKT-1001 got a request for details and one reminder.")
    agent.append(f"Triage/{moved_to}", note.as_bytes())
    out_dir = plumbing_config.parent / "from-imap"
    code = main(["train", "imap:Triage/*", "-c", str(plumbing_config), "-o", str(out_dir),
                 "--holdout", "0", "--params", '{"threshold_folds": 0}'])  # fmt: skip
    assert code == 0
    card = classifier.load(out_dir).card
    assert card.counts_per_source[f"imap:Triage/{moved_to}"] == 1
    assert sum(card.counts_per_label.values()) == 2
    assert moved_to in card.labels
