"""pytest plugin: the real mail stack (Dovecot + SMTP capture), once per session.

Enable with ``pytest_plugins = ["tests.fixtures_mailstack"]`` in tests/conftest.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from triage.devstack import MailStack, StackUnavailable, ensure_dovecot_installed


@pytest.fixture(scope="session")
def mailstack() -> Iterator[MailStack]:
    """Dovecot (IMAP + LMTP) and the SMTP capture server, started once for the whole session.

    Skipped only when the stack cannot run here (Dovecot missing and not installable, or not
    root); any other start-up failure is an error, not a skip.
    """
    try:
        ensure_dovecot_installed()
        stack = MailStack.start()
    except StackUnavailable as exc:
        pytest.skip(f"real mail stack unavailable: {exc}")
    try:
        yield stack
    finally:
        stack.stop()


@pytest.fixture
def clean_mailbox(mailstack: MailStack) -> MailStack:
    """The session stack, reset for one test: servers up, every mailbox empty, no captured
    mail, no SMTP fault. Folders other than INBOX are deleted (so re-creating them works)."""
    mailstack.reset()
    return mailstack
