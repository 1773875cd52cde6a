"""A chunk's keywords and moves are applied together, against the real Dovecot on loopback."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.test_poller_integration import (
    FEEDBACK,
    TX_FAILED,
    all_folders,
    customer_mail,
    folder_flags,
    inbox_uids,
    poller_for,
)
from triage.devstack import MailStack
from triage.mailbox import ImapMailbox, MailboxError

pytestmark = pytest.mark.integration


def deliver_mixed(stack: MailStack, count: int) -> None:
    for n in range(count):
        body = TX_FAILED if n % 2 else FEEDBACK
        stack.deliver(customer_mail(100 + n, body, sender=f"c{n}@example.com"))


def queued_count(stack: MailStack) -> int:
    return sum(n for f, n in all_folders(stack).items() if f.startswith("Triage/"))


def test_moves_are_grouped_by_folder(
    clean_mailbox: MailStack, plumbing_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stack = clean_mailbox
    deliver_mixed(stack, 8)
    calls: list[tuple[str, int]] = []
    real_move, real_tag = ImapMailbox.move_many, ImapMailbox.add_keywords_many

    def move_many(self: ImapMailbox, uids: Sequence[int], folder: str) -> None:
        calls.append(("move", len(uids)))
        real_move(self, uids, folder)

    def add_keywords_many(self: ImapMailbox, uids: Sequence[int], kws: Sequence[str]) -> None:
        calls.append(("tag", len(uids)))
        real_tag(self, uids, kws)

    monkeypatch.setattr(ImapMailbox, "move_many", move_many)
    monkeypatch.setattr(ImapMailbox, "add_keywords_many", add_keywords_many)
    summary = poller_for(plumbing_config).poll_once()
    assert (summary.new, summary.handled, summary.failed) == (8, 8, 0)
    assert inbox_uids(stack) == []
    assert queued_count(stack) == 8
    moves = [n for kind, n in calls if kind == "move"]
    folders = [f for f, n in all_folders(stack).items() if f.startswith("Triage/") and n]
    assert len(moves) == len(folders) < 8  # one MOVE per folder, not one per mail
    assert sum(moves) == 8
    assert sum(n for kind, n in calls if kind == "tag") == 8
    for folder in folders:
        assert all(any(f.startswith(b"triage-cat:") for f in flags)
                   for flags in folder_flags(stack, folder))  # fmt: skip


def test_a_failed_group_move_is_resumed_and_files_every_mail_once(
    clean_mailbox: MailStack, plumbing_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stack = clean_mailbox
    deliver_mixed(stack, 6)

    def dropped(self: ImapMailbox, uids: Sequence[int], folder: str) -> None:
        raise MailboxError(f"IMAP move to {folder}: connection reset")

    with monkeypatch.context() as patch:
        patch.setattr(ImapMailbox, "move_many", dropped)
        with pytest.raises(MailboxError):
            poller_for(plumbing_config).poll_once()
    assert len(inbox_uids(stack)) == 6  # nothing lost, nothing filed yet
    replies = len(stack.captured())

    again = poller_for(plumbing_config).poll_once()
    assert again.new == 0
    assert inbox_uids(stack) == []
    assert queued_count(stack) == 6
    assert len(stack.captured()) == replies  # the resumed plans send nothing twice
