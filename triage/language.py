"""Decide whether a mail is written in Chinese or English, from its characters alone.

The rule, for mixed mails: count Han characters (``han``) and Latin words (``words``: runs of
ASCII letters, after URLs, e-mail addresses and long letter-digit runs such as IDs or base64 are
removed, since those say nothing about the writer's language). The text is Chinese when
``han >= words / 2``, with at least two Han characters unless there are no Latin words at all.

Why these weights: a Chinese word is written with about 1.5-2 Han characters, so
``han >= words / 2`` holds once roughly a fifth or more of the words are Chinese. That leans
towards Chinese on purpose: an English writer almost never types Han characters, while a Chinese
writer often mixes in product names, IDs and English terms ("OKPay", "refund", "transaction ID").
A Han name inside an English sentence ("I sent money to my friend 张三 yesterday") stays English,
and a single stray character never flips a mail. Text with neither gets ``fallback``.
"""

from __future__ import annotations

import re

ZH = "zh"
EN = "en"

# Look at no more than this many characters: the first screens of a mail decide its language.
_MAX_CHARS = 20_000
_HAN = re.compile(
    "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002a6df\U0002a700-\U0002ebef]"
)
_LATIN_WORD = re.compile(r"[A-Za-z]+")
# URLs, addresses, and long letter-digit runs (IDs, base64 debris) are not anyone's language.
# (Bounded local part: an unbounded "\S+@" rescans a long run of text from every position.)
_NOISE = re.compile(r"(?:https?://|www\.)\S+|[^\s@]{1,64}@\S+|[A-Za-z0-9+/=_-]{20,}", re.IGNORECASE)


def detect_language(text: str, fallback: str = EN) -> str:
    """ "zh" when Han characters are a meaningful share of ``text`` (see module doc), else "en"."""
    sample = _NOISE.sub(" ", text[:_MAX_CHARS])
    han = len(_HAN.findall(sample))
    words = len(_LATIN_WORD.findall(sample))
    if han == 0 and words == 0:
        return fallback
    if han and han * 2 >= words and (han >= 2 or words == 0):
        return ZH
    return EN
