"""Condition polling with a deadline: how tests and the dev stack wait, instead of sleeping."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_until(
    predicate: Callable[[], T],
    timeout: float = 10.0,
    interval: float = 0.02,
    message: str | None = None,
) -> T:
    """Return the first truthy result of ``predicate()``; raise TimeoutError after ``timeout`` s.

    The predicate is always called at least once, and once more at the deadline, so a slow
    poll interval never hides a condition that became true just in time.
    """
    deadline = time.monotonic() + timeout
    while True:
        result = predicate()
        if result:
            return result
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            what = message or getattr(predicate, "__name__", repr(predicate))
            raise TimeoutError(f"condition not met within {timeout:.2f}s: {what}")
        time.sleep(min(interval, remaining))
