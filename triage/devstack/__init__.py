"""Dev mail stack: private Dovecot (IMAP + LMTP) and an SMTP capture server on loopback.

Nothing starts at import; see ``MailStack.start``.
"""

from __future__ import annotations

from triage.devstack.capture_files import CapturedMail, Fault
from triage.devstack.dovecot import ensure_dovecot_installed
from triage.devstack.errors import DevstackError, StackUnavailable
from triage.devstack.stack import DEFAULT_USERS, SUPPORT_USER, MailStack
from triage.devstack.waiting import wait_until

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
