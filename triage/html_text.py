"""Render an HTML mail body to readable plain text with the stdlib ``html.parser``."""

from __future__ import annotations

import logging
import re
from html import unescape
from html.parser import HTMLParser

log = logging.getLogger(__name__)

# Rendering costs a few microseconds per tag; this many characters take about two seconds at
# worst (a body of nothing but tags), a real HTML mail a small fraction of that.
MAX_HTML_CHARS = 300_000
# Content of these elements is never shown to a reader of the mail.
_HIDDEN_TAGS = frozenset({"script", "style", "head", "title", "template", "noscript", "xml"})
# Elements that start on a new line when rendered.
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "thead", "tfoot", "tr", "ul",
    }
)  # fmt: skip
# Blocks that read as paragraphs: a blank line around them.
_PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "pre"})
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
_CELL_TAGS = frozenset({"td", "th"})
_SPACE_RUN = re.compile(r"[ \t\r\n\f\v]+")
_BLANK_RUN = re.compile(r"\n{3,}")
_TAG_RE = re.compile(r"<[^>]*>")
# A start or end tag with its attributes, short and closed on the same stretch of text.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:_-]{0,40}(?:[\s/][^<>]{0,4000})?>")


class _TextRenderer(HTMLParser):
    """Collects visible text line by line; quoted ``<blockquote>`` lines get a "> " prefix."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._lines: list[str] = []
        self._line: list[str] = []
        self._line_depth = 0  # blockquote depth at the start of the current line
        self._quote_depth = 0
        self._hidden_depth = 0
        self._pre_depth = 0
        self._pending_space = False
        self._list_stack: list[int] = []  # 0 for <ul>, else the next <ol> number

    def rendered(self) -> str:
        """The text collected so far, with at most one blank line in a row."""
        self._break_line()
        text = "\n".join(line.rstrip() for line in self._lines)
        return _BLANK_RUN.sub("\n\n", text).strip("\n")

    def _break_line(self) -> None:
        if self._line:
            self._lines.append("> " * self._line_depth + "".join(self._line))
            self._line = []
        self._pending_space = False

    def _blank_line(self) -> None:
        self._break_line()
        if self._lines and self._lines[-1].strip("> ") != "":
            self._lines.append(">" if self._quote_depth else "")

    def _emit(self, text: str) -> None:
        if not self._line:
            self._line_depth = self._quote_depth
        self._line.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            # <body> ends the head even when </head> (or a </title>) was never written.
            self._hidden_depth = 0
            return
        if tag in _HIDDEN_TAGS:
            self._hidden_depth += 1
            return
        if tag == "br":
            if self._line:
                self._break_line()
            else:
                # a <br> on an empty line is an intentional empty line
                self._lines.append(">" if self._quote_depth else "")
            return
        if tag in _CELL_TAGS:
            self._pending_space = bool(self._line)
            if self._line:
                self._emit("\t")
                self._pending_space = False
            return
        if tag in _BLOCK_TAGS:
            if tag in _PARAGRAPH_TAGS:
                self._blank_line()
            else:
                self._break_line()
            if tag == "blockquote":
                self._quote_depth += 1
            elif tag == "pre":
                self._pre_depth += 1
            elif tag == "ul":
                self._list_stack.append(0)
            elif tag == "ol":
                self._list_stack.append(1)
            elif tag == "li":
                self._emit_list_marker()
            elif tag == "hr":
                self._emit("-" * 20)
                self._break_line()
            return
        if tag == "img":
            alt = dict(attrs).get("alt")
            if alt and alt.strip():
                self._text(f"[{alt.strip()}]")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <hr/>, <img/>: the same as the start tag; no end tag follows.
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def _emit_list_marker(self) -> None:
        if self._list_stack and self._list_stack[-1] > 0:
            number = self._list_stack[-1]
            self._list_stack[-1] += 1
            self._emit(f"{number}. ")
        else:
            self._emit("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden_depth = max(0, self._hidden_depth - 1)
            return
        if tag in _BLOCK_TAGS:
            if tag == "blockquote":
                self._break_line()
                self._quote_depth = max(0, self._quote_depth - 1)
            elif tag == "pre":
                self._pre_depth = max(0, self._pre_depth - 1)
            elif tag in ("ul", "ol") and self._list_stack:
                self._list_stack.pop()
            if tag in _PARAGRAPH_TAGS:
                self._blank_line()
            else:
                self._break_line()

    def handle_data(self, data: str) -> None:
        if self._hidden_depth:
            return
        if self._pre_depth:
            first, *rest = data.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            self._emit(first)
            for piece in rest:
                self._break_line()
                self._emit(piece)
            return
        self._text(data)

    def _text(self, data: str) -> None:
        # HTML collapses runs of whitespace (newlines included) to one space.
        collapsed = _SPACE_RUN.sub(" ", data.replace("\xa0", " "))
        if not collapsed.strip():
            self._pending_space = bool(self._line)
            return
        if collapsed.startswith(" ") and self._line:
            self._pending_space = True
        words = collapsed.strip()
        if self._pending_space and self._line:
            self._emit(" ")
        self._emit(words)
        self._pending_space = collapsed.endswith(" ")


def html_to_text(html: str) -> str:
    """Visible text of ``html`` (its first MAX_HTML_CHARS): one line per block, no scripts."""
    renderer = _TextRenderer()
    try:
        renderer.feed(_well_formed_tags(html[:MAX_HTML_CHARS]))
        renderer.close()
    except Exception:  # html.parser has raised on odd markup in past releases
        log.debug("html.parser failed; falling back to stripping tags")
        return _strip_tags(html)
    return renderer.rendered()


def _well_formed_tags(html: str) -> str:
    """``html`` with every "<" either starting a complete, short tag or escaped as text.

    html.parser (CPython 3.11) rescans the rest of the document for each construct it cannot
    close ("<a " without ">", "</", "<?", an unterminated comment or quote), which is quadratic:
    a 100 KB hostile body takes minutes. After this pass every construct it sees is complete.
    Comments, declarations and processing instructions are dropped; a stray "<" becomes "&lt;".
    """
    out: list[str] = []
    position, length = 0, len(html)
    while position < length:
        start = html.find("<", position)
        if start < 0:
            out.append(html[position:])
            break
        out.append(html[position:start])
        if html.startswith("<!--", start):
            end = html.find("-->", start + 4)
            position = length if end < 0 else end + 3  # an unclosed comment runs to the end
            continue
        if html.startswith(("<!", "<?"), start):
            end = html.find(">", start)
            position = length if end < 0 else end + 1
            continue
        tag = _TAG.match(html, start)
        if tag is None:
            out.append("&lt;")
            position = start + 1
            continue
        out.append(_balanced_quotes(tag.group(0)))
        position = tag.end()
    return "".join(out)


def _balanced_quotes(tag: str) -> str:
    # An odd quote would make the parser look for its partner far beyond this tag.
    for quote in "\"'":
        if tag.count(quote) % 2:
            tag = tag.replace(quote, "")
    return tag


def _strip_tags(html: str) -> str:
    """Last-resort rendering: drop anything that looks like a tag, keep the rest."""
    return unescape(_TAG_RE.sub(" ", html)).strip()
