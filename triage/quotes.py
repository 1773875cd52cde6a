"""Separate what the sender just wrote from quoted history and signatures.

Two passes over the lines of a plain-text body:

1. ``strip_quoted_history``: drop ">"-quoted lines (with the "On ... wrote:" line that introduces
   them, so inline answers between quotes survive), then cut everything from the first marker of
   a top-posted reply: an attribution line, an "Original Message" rule, an Outlook/Foxmail header
   block ("From: / Sent: / To: / Subject:", "发件人： / 发送时间： ...").
2. ``strip_signature``: drop a "-- " signature, "Sent from my iPhone"-style lines at the end, and a
   trailing sign-off with the name block under it ("Best regards,\\nName", "谢谢！\\n张三").

Forwarded messages ("---------- Forwarded message ---------") are deliberately kept: a customer who
forwards a notice usually means that notice to be read.
"""

from __future__ import annotations

import re

# Look this far ahead for the rest of an attribution or header block.
_ATTRIBUTION_LINES = 3
_HEADER_BLOCK_LINES = 8
# A signature block under a sign-off: a few short lines (name, title, phone), no questions.
_MAX_SIGNATURE_LINES = 6
_MAX_SIGNATURE_LINE_CHARS = 60
# After a "-- " separator only a short block is a signature; a long one is probably content.
_MAX_DASHDASH_SIGNATURE_LINES = 15

# Every pattern below runs on one stripped line (or a few joined), and none has two adjacent
# repeats over the same characters, so a hostile line cannot make matching quadratic. Lines longer
# than _MAX_MARKER_CHARS are never markers and are not matched at all.
_MAX_MARKER_CHARS = 400
_QUOTED_LINE = re.compile(r"^[ \t]*>")
_BLANK_RUN = re.compile(r"\n(?:[ \t]*\n){2,}")
_ATTRIBUTION_END = re.compile(r"(?:\bwrote|写道|寫道)[ \t]*[:：]\s*$", re.IGNORECASE)
_ATTRIBUTION_START = re.compile(r"^(?:On\s|在\s*\S|.{0,120}?(?:于|於)\s*\d{2,4}\s*[年/-])")
_ORIGINAL_RULE = re.compile(
    r"^-{2,}\s*(?:Original Message|Original|Reply Message"
    r"|原始邮件|原始郵件|原邮件|邮件原件|郵件原件|回复的原邮件)\s*-{2,}$",
    re.IGNORECASE,
)
_RULE_LINE = re.compile(r"^(?:_{8,}|-{8,})$")  # Outlook's underscores; an HTML <hr> as dashes
_HEADER_KEY = re.compile(r"^\*?[ \t]*([A-Za-z]+|[\u4e00-\u9fff]{2,4})[ \t]*(?:\*[ \t]*)?[:：]")
_FROM_KEYS = frozenset({"from", "发件人", "發件人", "寄件者", "寄件人"})
_SENT_KEYS = frozenset({"sent", "发送时间", "發送時間", "寄件日期", "时间", "時間"})
_DATE_KEYS = frozenset({"date", "日期"})
_TO_KEYS = frozenset({"to", "cc", "收件人", "收件者", "抄送", "副本"})
_SUBJECT_KEYS = frozenset({"subject", "主题", "主題", "主旨"})

_DASHDASH = re.compile(r"^--[ \t]?$")
_MOBILE_SIGNATURE = re.compile(
    r"^(?:"
    r"sent from my\s.{1,40}|sent from (?:mail|outlook|yahoo|samsung|huawei|xiaomi)\b.{0,40}"
    r"|sent via\s.{1,40}|get outlook for\s.{1,30}"
    r"|(?:发自|来自|來自|寄自)我的\s*.{1,20}|从我的\s*.{1,20}发送"
    r"|(?:发自|来自)\s*(?:网易|QQ|163|126|手机|移动版|Foxmail).{0,20}"
    r")$",
    re.IGNORECASE,
)
_SIGNOFF_WORDS = (
    r"(?:(?:best|kind|warm|warmest|many|with)\s+)?(?:regards|wishes)|regards|best|cheers|br|rgds"
    r"|thanks(?:\s+(?:a lot|so much|again|in advance))?|many thanks|thank you(?:\s+(?:very much|"
    r"so much|in advance))?|thx|sincerely(?:\s+yours)?|yours\s+(?:sincerely|truly|faithfully)"
    r"|respectfully|谢谢(?:您|你)?|多谢|感谢(?:您|你)?|非常感谢|谢谢合作|此致|敬礼|此致敬礼|祝好"
    r"|顺祝商祺|顺颂商祺|顺颂时祺|祝商祺|祝工作顺利|盼复|期待您的回复|謝謝|感謝"
)
_SIGNOFF_LINE = re.compile(rf"^(?:{_SIGNOFF_WORDS})[\s,.!~，。！、…]*$", re.IGNORECASE)
_ENDS_WITH_THANKS = re.compile(
    r"(?:\bthanks|\bthank you|谢谢|多谢|感谢|謝謝)[\s,.!~，。！…]*$", re.IGNORECASE
)
# A bare name: up to four capitalised Latin words, or two to six Han characters.
_NAME_LINE = re.compile(r"^(?:[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,3}|[\u4e00-\u9fff·]{2,6})$")
_QUESTION = re.compile(r"[?？]")
_LOWER_WORD = re.compile(r"\b[a-z][a-z']*\b")
_MAX_SIGNATURE_LOWER_WORDS = 4


def split_new_text(body: str) -> str:
    """What the sender wrote this time: no quoted history or signature; empty only if body is."""
    text = _normalise_newlines(body)
    unquoted = strip_quoted_history(text)
    new = strip_signature(unquoted)
    if new.strip():
        return new
    return unquoted if unquoted.strip() else text.strip()


def strip_quoted_history(body: str) -> str:
    """``body`` without ">"-quoted lines, attribution lines, and anything below a reply marker."""
    lines = _drop_quoted_lines(_normalise_newlines(body).split("\n"))
    cut = _first_history_marker(lines)
    if cut is not None:
        lines = lines[:cut]
    # Removed quotes leave their blank lines behind; keep at most one blank line in a row.
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip()


def strip_signature(text: str) -> str:
    """``text`` without a trailing signature: "-- " block, mobile taglines, sign-off and name."""
    lines = _trim_blank_tail(_normalise_newlines(text).split("\n"))
    lines = _drop_mobile_taglines(lines)
    lines = _drop_dashdash_signature(lines)
    lines = _drop_mobile_taglines(lines)
    lines = _drop_signoff_block(lines)
    return "\n".join(lines).strip()


def _marker_match(pattern: re.Pattern[str], line: str) -> bool:
    """``pattern`` matches the stripped ``line``, which is short enough to be a marker."""
    stripped = line.strip()
    return len(stripped) <= _MAX_MARKER_CHARS and pattern.match(stripped) is not None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _trim_blank_tail(lines: list[str]) -> list[str]:
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    return lines[:end]


def _drop_quoted_lines(lines: list[str]) -> list[str]:
    kept: list[str] = []
    for line in lines:
        if not _QUOTED_LINE.match(line):
            kept.append(line)
            continue
        # The first quoted line of a block: remove the attribution introducing it, if any.
        if kept and not _QUOTED_LINE.match(kept[-1]):
            start = _attribution_above(kept)
            if start is not None:
                del kept[start:]
    return kept


def _attribution_above(kept: list[str]) -> int | None:
    """Index where an attribution ending just above the quote begins, or None."""
    end = len(kept)
    while end and not kept[end - 1].strip():
        end -= 1
    if not end or not _ATTRIBUTION_END.search(kept[end - 1][-_MAX_MARKER_CHARS:]):
        return None
    # A wrapped attribution spans a few lines; find where it starts.
    for start in range(end - 1, max(-1, end - 1 - _ATTRIBUTION_LINES), -1):
        if not kept[start].strip():
            return start + 1
        if _marker_match(_ATTRIBUTION_START, kept[start]):
            return start
    return end - 1


def _first_history_marker(lines: list[str]) -> int | None:
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if _marker_match(_ORIGINAL_RULE, line):
            return index
        if _is_attribution_at(lines, index):
            return index
        if _is_header_block_at(lines, index):
            # Outlook puts a horizontal rule just above the header block.
            above = index - 1
            while above >= 0 and not lines[above].strip():
                above -= 1
            if above >= 0 and _marker_match(_RULE_LINE, lines[above]):
                return above
            return index
    return None


def _is_attribution_at(lines: list[str], index: int) -> bool:
    if not _marker_match(_ATTRIBUTION_START, lines[index]):
        return False
    joined = ""
    for line in lines[index : index + _ATTRIBUTION_LINES]:
        joined = f"{joined} {line.strip()}" if joined else line.strip()
        if len(joined) > _MAX_MARKER_CHARS:
            return False
        if _ATTRIBUTION_END.search(joined):
            return True
    return False


def _header_key(line: str) -> str | None:
    match = _HEADER_KEY.match(line.strip()[:_MAX_MARKER_CHARS])
    return match.group(1).lower() if match else None


def _is_header_block_at(lines: list[str], index: int) -> bool:
    if _header_key(lines[index]) not in _FROM_KEYS:
        return False
    keys = {_header_key(line) for line in lines[index + 1 : index + 1 + _HEADER_BLOCK_LINES]}
    has_sent = bool(keys & _SENT_KEYS)
    has_date = bool(keys & _DATE_KEYS)
    has_to = bool(keys & _TO_KEYS)
    has_subject = bool(keys & _SUBJECT_KEYS)
    # "From:/To:/Date:" alone may be a customer describing a transfer; demand more evidence.
    return (has_sent and (has_to or has_subject)) or (has_date and has_subject)


def _drop_mobile_taglines(lines: list[str]) -> list[str]:
    lines = _trim_blank_tail(lines)
    while lines and _marker_match(_MOBILE_SIGNATURE, lines[-1]):
        lines = _trim_blank_tail(lines[:-1])
    return lines


def _drop_dashdash_signature(lines: list[str]) -> list[str]:
    non_empty_below = 0  # scanning upwards: non-empty lines below the current one
    cut = None
    for index in range(len(lines) - 1, -1, -1):
        if non_empty_below > _MAX_DASHDASH_SIGNATURE_LINES:
            break
        if _DASHDASH.match(lines[index]):
            cut = index  # keep going: the topmost separator with a short block below wins
        if lines[index].strip():
            non_empty_below += 1
    return _trim_blank_tail(lines[:cut]) if cut is not None else lines


def _drop_signoff_block(lines: list[str]) -> list[str]:
    non_empty = [index for index, line in enumerate(lines) if line.strip()]
    if len(non_empty) < 2:
        return lines
    # Look for a sign-off line among the last few lines, below which only a name block follows.
    tail = non_empty[-(_MAX_SIGNATURE_LINES + 1) :]
    for position in range(len(tail) - 2, -1, -1):
        index = tail[position]
        if not _marker_match(_SIGNOFF_LINE, lines[index]):
            continue
        block = [lines[i] for i in tail[position + 1 :]]
        if not all(_is_signature_line(line) for line in block):
            break
        # "此致\n敬礼！\n张三": start at the first of consecutive sign-off lines.
        start = position
        while start > 0 and _marker_match(_SIGNOFF_LINE, lines[tail[start - 1]]):
            start -= 1
        return _trim_blank_tail(lines[: tail[start]])
    # "...什么时候到账？谢谢！\n张三": the sign-off shares the last sentence's line; drop the name.
    last, before = lines[non_empty[-1]], lines[non_empty[-2]]
    if _marker_match(_NAME_LINE, last) and _ENDS_WITH_THANKS.search(before[-_MAX_MARKER_CHARS:]):
        return _trim_blank_tail(lines[: non_empty[-1]])
    return lines


def _is_signature_line(line: str) -> bool:
    """Could be a name, title, company, phone or address line; not a sentence of the mail."""
    stripped = line.strip()
    if len(stripped) > _MAX_SIGNATURE_LINE_CHARS or _QUESTION.search(stripped):
        return False
    # Sentences carry lower-case words ("my account number is"), or "我" / "。" in Chinese;
    # signature lines are mostly capitalised names, numbers and addresses.
    if len(_LOWER_WORD.findall(stripped)) >= _MAX_SIGNATURE_LOWER_WORDS:
        return False
    return "我" not in stripped and not stripped.endswith("。")
