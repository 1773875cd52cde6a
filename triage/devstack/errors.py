"""Exceptions raised by the dev mail stack."""

from __future__ import annotations


class DevstackError(RuntimeError):
    """A dev-stack server could not be started, reached or stopped."""


class StackUnavailable(DevstackError):
    """The stack cannot run on this machine at all (e.g. Dovecot missing and not root)."""
