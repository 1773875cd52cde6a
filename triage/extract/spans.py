"""Shared pieces for the extractors: text folding, hits, and claimed spans."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache

# Full-width ASCII (U+FF01..U+FF5E) and the ideographic space fold one-to-one onto ASCII,
# so offsets in the folded text are offsets in the original text.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def fold_width(text: str) -> str:
    """``text`` with full-width letters, digits and punctuation turned into ASCII (same length)."""
    return text.translate(_FOLD)


@cache
def _quoted_re() -> re.Pattern[str]:
    # Quoted history and the attribution line above it ("On Tue, X wrote:", "X 写道：").
    return re.compile(
        r"^[^\S\n]*>.*$|^.{0,200}(?:wrote|写道|寫道|來信|来信)[:：]?[^\S\n]*$"
        r"|^-{2,}\s*(?:Original Message|原始邮件|原始郵件)\s*-{2,}[\s\S]*",
        re.MULTILINE | re.IGNORECASE,
    )


def blank_quoted(text: str) -> str:
    """``text`` with quoted history lines replaced by spaces (same length, offsets kept)."""
    return _quoted_re().sub(lambda m: " " * len(m.group()), text)


@cache
def _cjk_re() -> re.Pattern[str]:
    return re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def is_chinese(text: str) -> bool:
    """True when ``text`` holds enough Han characters to be treated as Chinese."""
    han = len(_cjk_re().findall(text[:4000]))
    return han >= 4 or (han > 0 and han * 4 >= len(text[:4000].split()))


@dataclass(frozen=True)
class Hit:
    """A detail value found at ``text[start:end]`` (problem set when it failed validation)."""

    name: str
    value: str
    start: int
    end: int
    problem: str = ""


@dataclass
class Claims:
    """Spans already explained by an earlier extractor, so later ones do not reuse them."""

    spans: list[tuple[int, int]] = field(default_factory=list)

    def is_free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in self.spans)

    def claim(self, start: int, end: int) -> None:
        self.spans.append((start, end))

    def blank(self, text: str) -> str:
        """``text`` with every claimed span replaced by spaces (offsets kept)."""
        chars = list(text)
        for s, e in self.spans:
            chars[s:e] = " " * (e - s)
        return "".join(chars)


@dataclass(frozen=True)
class Context:
    """What every extractor may read besides the text."""

    sent_at: datetime | None
    chinese: bool
    default_region: str
    day_first: bool


def window_before(text: str, start: int, size: int) -> str:
    """The ``size`` characters before ``start``, lower-cased, for keyword context checks."""
    return text[max(0, start - size) : start].lower()
