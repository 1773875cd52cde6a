from __future__ import annotations

import pytest

from tests.factories import make_message
from triage.guard import loop_block_reason

OWN = ("support@okpay.test",)


@pytest.mark.parametrize(
    ("headers", "sender", "expected"),
    [
        ({}, "alice@example.com", None),
        ({"auto-submitted": "no"}, "alice@example.com", None),
        ({"auto-submitted": "auto-replied"}, "alice@example.com", "auto_submitted:auto-replied"),
        ({"auto-submitted": "auto-generated"}, "alice@example.com", "auto_submitted:auto-generated"),
        ({"precedence": "bulk"}, "alice@example.com", "precedence:bulk"),
        ({"precedence": "list"}, "alice@example.com", "precedence:list"),
        ({"precedence": "junk"}, "alice@example.com", "precedence:junk"),
        ({"list-id": "<news.example.com>"}, "news@example.com", "mailing_list:list-id"),
        ({"list-unsubscribe": "<mailto:x@example.com>"}, "a@example.com", "mailing_list:list-unsubscribe"),
        ({"x-auto-response-suppress": "All"}, "alice@example.com", "x_auto_response_suppress"),
        ({"content-type": "multipart/report; report-type=delivery-status"}, "a@example.com", "delivery_report"),
        ({"return-path": "<>"}, "alice@example.com", "null_return_path"),
        ({}, "MAILER-DAEMON@example.com", "no_reply_sender"),
        ({}, "no-reply@example.com", "no_reply_sender"),
        ({}, "noreply+abc@example.com", "no_reply_sender"),
        ({}, "donotreply@example.com", "no_reply_sender"),
        ({}, "postmaster@example.com", "no_reply_sender"),
        ({}, "support@okpay.test", "own_address"),
        ({}, "", "no_sender"),
        ({}, "noreen@example.com", None),  # a person whose name starts like "no..."
    ],
)  # fmt: skip
def test_loop_guard(headers: dict[str, str], sender: str, expected: str | None) -> None:
    msg = make_message(headers=headers, from_addr=sender)
    assert loop_block_reason(msg, OWN) == expected
