"""Dev mail stack: private Dovecot (IMAP + LMTP) and an SMTP capture server on loopback.

Nothing starts at import. Typical use::

    with MailStack.start() as stack:             # start ~0.4 s, stop ~0.15 s
        stack.deliver(raw)                       # LMTP into support@okpay.test's INBOX
        with stack.imap() as client: ...         # imapclient, plain IMAP, logged in
        stack.set_smtp_fault("tempfail", count=1)
        ...                                      # code under test sends to stack.smtp_port
        [reply] = stack.wait_for_captured(1)     # CapturedMail(raw, mail_from, rcpt_tos, message)

Tests get it from the ``mailstack`` / ``clean_mailbox`` fixtures (tests/fixtures_mailstack.py);
``scripts/mailstack.py`` runs it in the background for the demo. Layout under ``stack.root``:
``dovecot/`` (config, sockets, ``log/dovecot.log``), ``mail/<user>/`` (Maildir or sdbox),
``smtp/messages/*.eml`` (captured mail, format in capture_files), ``smtp/fault.json``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from triage.devstack.capture_files import CapturedMail, Fault
    from triage.devstack.dovecot import ensure_dovecot_installed
    from triage.devstack.errors import DevstackError, StackUnavailable
    from triage.devstack.stack import DEFAULT_USERS, SUPPORT_USER, MailStack
    from triage.devstack.waiting import wait_until

# Imported on first use (PEP 562): the SMTP capture server runs as
# `python -m triage.devstack.smtp_capture`, which imports this package first, and should not
# pay for imapclient and the stack code at every start.
_EXPORTS = {
    "CapturedMail": "triage.devstack.capture_files",
    "Fault": "triage.devstack.capture_files",
    "ensure_dovecot_installed": "triage.devstack.dovecot",
    "DevstackError": "triage.devstack.errors",
    "StackUnavailable": "triage.devstack.errors",
    "DEFAULT_USERS": "triage.devstack.stack",
    "SUPPORT_USER": "triage.devstack.stack",
    "MailStack": "triage.devstack.stack",
    "wait_until": "triage.devstack.waiting",
}

__all__ = [
    "DEFAULT_USERS",
    "SUPPORT_USER",
    "CapturedMail",
    "DevstackError",
    "Fault",
    "MailStack",
    "StackUnavailable",
    "ensure_dovecot_installed",
    "wait_until",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module), name)
