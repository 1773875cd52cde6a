"""support-triage: e-mail triage for an e-wallet support mailbox."""

__version__ = "0.1.0"
