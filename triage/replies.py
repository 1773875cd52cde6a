"""Customer-facing auto-replies: plain-text jinja2 templates per language, filled from a context."""

from __future__ import annotations

import logging
import re
import tomllib
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import jinja2

log = logging.getLogger(__name__)

REPLY_KINDS = (
    "ask_for_details",
    "send_faq",
    "acknowledge",
    "status",
    "reminder",
    "details_complete",
)
TICKET_STATES = ("waiting_for_customer", "ready_for_agent", "with_agent", "resolved", "incomplete")
SENSITIVE_KINDS = ("password", "pin", "otp", "cvv", "card_number")
# Languages the product promises; `check` reports any of them missing from the template folder.
REQUIRED_LANGUAGES = ("en", "zh")

BASE_TEMPLATE = "base.txt.j2"
KIND_TEMPLATES: Mapping[str, str] = {kind: f"{kind}.txt.j2" for kind in REPLY_KINDS}
DETAILS_FILE = "details.toml"
LABELS_FILE = "labels.toml"
FALLBACK_CATEGORY = "other"

_MAX_SUBJECT_CHARS = 150
_MAX_NAME_CHARS = 64
_MAX_DISPLAY_CHARS = 120
# "Re:", "RE[2]:", "Aw:", "SV:", "Antw:", "回复:" ... as mail clients stack them.
_REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|sv|antw|回复|答复|回覆)\s*(?:\[\d+\])?\s*[:：]\s*", re.I)
_SPACES = re.compile(r"\s+")
_BLANK_RUNS = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class ReplyContext:
    """Everything one auto-reply says; built by the caller from the decision and the ticket."""

    kind: str  # one of REPLY_KINDS
    language: str  # "en" | "zh"; anything else falls back to the renderer's fallback language
    category: str  # taxonomy category
    ticket_ref: str  # e.g. "TKT-1042"
    original_subject: str
    customer_name: str = ""  # empty -> neutral greeting
    missing: tuple[str, ...] = ()  # detail names still missing
    received: tuple[tuple[str, str], ...] = ()  # (detail name, masked display)
    invalid: tuple[tuple[str, str, str], ...] = ()  # (detail name, masked display, problem key)
    sensitive: tuple[str, ...] = ()  # SENSITIVE_KINDS the customer sent -> warning paragraph
    urgent: bool = False  # include the immediate safety steps for the category
    ticket_state: str = ""  # for "status": one of TICKET_STATES, "" when no ticket was found
    ticket_summary: tuple[tuple[str, str], ...] = ()  # (detail name, masked display) on file
    brand: str = "OKPay"
    support_hours: str = ""  # optional line, e.g. "Mon-Fri 09:00-18:00 CET"
    hotline: str = ""  # optional phone number for urgent steps; "" -> "the number in the app"
    include_faq: bool = False  # ask_for_details: also show the category's self-help steps


@dataclass(frozen=True)
class Reply:
    subject: str
    body: str
    language: str


class TemplateError(Exception):
    """A template or text file is missing, malformed or fails to render; names the file."""


@dataclass(frozen=True)
class DetailLine:
    """One detail as the templates show it: localised label and hint, masked value, problem."""

    name: str
    label: str
    hint: str = ""
    display: str = ""
    problem: str = ""  # localised explanation of why an invalid value looks wrong; may be ""


@dataclass(frozen=True)
class _LanguagePack:
    """One language's templates and texts, loaded once."""

    language: str
    folder: Path
    env: jinja2.Environment
    sources: Mapping[str, str]  # template name relative to the language folder -> source
    details: Mapping[str, tuple[str, str]]  # detail name -> (label, hint)
    problems: Mapping[str, str]  # problem key -> explanation
    sensitive: Mapping[str, str]  # sensitive kind -> label
    topics: Mapping[str, str]  # category -> short topic phrase
    strings: Mapping[str, str]  # misc texts, e.g. "default_subject"
    load_problems: tuple[str, ...]


class ReplyRenderer:
    """Renders a ReplyContext into a Reply from the templates under ``template_dir``."""

    def __init__(
        self,
        template_dir: Path,
        fallback_language: str = "en",
        subject_format: str = "Re: {subject} [#{ticket_ref}]",
    ) -> None:
        self.template_dir = Path(template_dir)
        self.fallback_language = fallback_language
        self.subject_format = subject_format
        if not self.template_dir.is_dir():
            raise TemplateError(f"{self.template_dir}: template folder not found")
        _check_subject_format(subject_format)
        self._packs: dict[str, _LanguagePack] = {
            folder.name: _load_pack(folder)
            for folder in sorted(self.template_dir.iterdir())
            if folder.is_dir() and not folder.name.startswith((".", "_"))
        }
        if fallback_language not in self._packs:
            raise TemplateError(
                f"{self.template_dir / fallback_language}: no templates for the fallback language"
            )

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self._packs)

    def render(self, ctx: ReplyContext) -> Reply:
        """The reply for ``ctx``; ValueError for a bad context, TemplateError for bad files."""
        if ctx.kind not in REPLY_KINDS:
            raise ValueError(f"unknown reply kind {ctx.kind!r}; expected one of {REPLY_KINDS}")
        if ctx.ticket_state and ctx.ticket_state not in TICKET_STATES:
            raise ValueError(f"unknown ticket state {ctx.ticket_state!r}")
        pack = self._packs[self._pick_language(ctx.language)]
        category = ctx.category
        if category not in pack.topics or f"faq/{category}.txt.j2" not in pack.sources:
            log.warning("no templates for category %s; using %s", category, FALLBACK_CATEGORY)
            category = FALLBACK_CATEGORY
        body = self._render_body(pack, ctx, category)
        subject = self.subject(
            ctx.original_subject, ctx.ticket_ref, language=pack.language, brand=ctx.brand
        )
        return Reply(subject=subject, body=body, language=pack.language)

    def subject(
        self, original: str, ticket_ref: str, *, language: str = "", brand: str = "OKPay"
    ) -> str:
        """One-line reply subject: single "Re:", the ticket ref exactly once, no CR/LF."""
        ref = _one_line(ticket_ref)
        text = _one_line(original)
        # The ref goes back in through subject_format; drop every copy the customer kept. Only
        # when there is one: each ref makes a new pattern, which would push hot patterns out
        # of re's cache on every first mail.
        if ref and ref.lower() in text.lower():
            text = re.sub(
                rf"[\[(]?#?\s*(?<![\w-]){re.escape(ref)}(?![\w-])\s*[\])]?",
                " ",
                text,
                flags=re.IGNORECASE,
            )
            text = _SPACES.sub(" ", text).strip()
        while True:
            stripped = _REPLY_PREFIX.sub("", text, count=1)
            if stripped == text:
                break
            text = stripped
        text = _SPACES.sub(" ", text).strip(" -:|")
        if not text:
            pack = self._packs[self._pick_language(language)]
            text = pack.strings.get("default_subject", "Your message").replace(
                "{brand}", _one_line(brand)
            )
        if len(text) > _MAX_SUBJECT_CHARS:
            text = text[: _MAX_SUBJECT_CHARS - 1].rstrip() + "…"
        subject = self.subject_format.format(subject=text, ticket_ref=ref, brand=_one_line(brand))
        if not ref:
            subject = re.sub(r"\s*[\[(]#?[\])]", "", subject)
        return _one_line(subject)

    def check(self, categories: Sequence[str], detail_names: Sequence[str]) -> list[str]:
        """Every problem with the templates for these categories and details; [] when usable."""
        problems: list[str] = []
        languages = list(dict.fromkeys([*REQUIRED_LANGUAGES, self.fallback_language]))
        languages += [lang for lang in self._packs if lang not in languages]
        for lang in languages:
            pack = self._packs.get(lang)
            if pack is None:
                problems.append(f"{self.template_dir / lang}: no templates for language {lang}")
                continue
            problems.extend(_check_pack(pack, categories, detail_names))
            if not any(p.startswith(str(pack.folder)) for p in problems):
                problems.extend(self._check_renders(pack, categories, detail_names))
        return problems

    def _check_renders(
        self, pack: _LanguagePack, categories: Sequence[str], detail_names: Sequence[str]
    ) -> list[str]:
        """Render every kind for every category once, so undefined variables show up now."""
        names = tuple(detail_names)
        problems: list[str] = []
        for category in categories:
            for kind in REPLY_KINDS:
                states = (*TICKET_STATES, "") if kind == "status" else ("",)
                for state in states:
                    ctx = ReplyContext(
                        kind=kind,
                        language=pack.language,
                        category=category,
                        ticket_ref="TKT-1",
                        original_subject="check",
                        customer_name="Check",
                        missing=names[1:],
                        received=tuple((n, "…") for n in names[:1]),
                        invalid=tuple((n, "…", "unknown") for n in names[:1]),
                        sensitive=SENSITIVE_KINDS,
                        urgent=True,
                        ticket_state=state,
                        ticket_summary=tuple((n, "…") for n in names[:1]),
                        support_hours="9-17",
                        include_faq=True,
                    )
                    try:
                        self._render_body(pack, ctx, category)
                        self._render_body(pack, _plain(ctx), category)
                    except TemplateError as exc:
                        problems.append(f"{exc} (kind {kind}, category {category})")
                        return problems  # one broken template fails every render after it
        return problems

    def _pick_language(self, language: str) -> str:
        lang = language.strip().lower().replace("_", "-")
        if lang in self._packs:
            return lang
        base = lang.split("-", 1)[0]
        if base in self._packs:
            return base
        return self.fallback_language

    def _render_body(self, pack: _LanguagePack, ctx: ReplyContext, category: str) -> str:
        variables = _template_variables(pack, ctx, category)
        name = KIND_TEMPLATES[ctx.kind]
        try:
            text = pack.env.get_template(name).render(variables)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(
                f"{pack.folder / (exc.name or name)}:{exc.lineno}: syntax error: {exc.message}"
            ) from exc
        except jinja2.TemplateNotFound as exc:
            raise TemplateError(f"{pack.folder / str(exc.name)}: template not found") from exc
        except jinja2.TemplateError as exc:
            raise TemplateError(f"{_failing_template(exc, pack.folder / name)}: {exc}") from exc
        return _tidy(text)


def _failing_template(exc: BaseException, default: Path) -> str:
    """ "file:line" of the innermost template frame in ``exc``'s traceback (jinja maps them)."""
    where = str(default)
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            where = f"{filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return where


def _plain(ctx: ReplyContext) -> ReplyContext:
    """``ctx`` with every optional part empty, for the render check."""
    return replace(
        ctx,
        customer_name="",
        missing=(),
        received=(),
        invalid=(),
        sensitive=(),
        urgent=False,
        ticket_summary=(),
        support_hours="",
        include_faq=False,
    )


def _template_variables(pack: _LanguagePack, ctx: ReplyContext, category: str) -> dict[str, object]:
    invalid_names = {name for name, _, _ in ctx.invalid}
    missing = [n for n in dict.fromkeys(ctx.missing) if n not in invalid_names]
    return {
        "kind": ctx.kind,
        "category": category,
        "topic": pack.topics.get(category, pack.topics.get(FALLBACK_CATEGORY, "")),
        "faq_template": f"faq/{category}.txt.j2",
        "brand": _one_line(ctx.brand),
        "ticket_ref": _one_line(ctx.ticket_ref),
        "customer_name": _greeting_name(ctx.customer_name),
        "missing": [_detail_line(pack, n) for n in missing],
        "received": [_detail_line(pack, n, d) for n, d in ctx.received if _known(pack, n)],
        "invalid": [
            replace(_detail_line(pack, n, d), problem=pack.problems.get(p, ""))
            for n, d, p in ctx.invalid
            if _known(pack, n)
        ],
        "summary": [_detail_line(pack, n, d) for n, d in ctx.ticket_summary if _known(pack, n)],
        "sensitive": [pack.sensitive.get(k, k) for k in dict.fromkeys(ctx.sensitive)],
        "sensitive_kinds": sorted(set(ctx.sensitive)),
        "urgent": ctx.urgent,
        "ticket_state": ctx.ticket_state,
        "support_hours": _one_line(ctx.support_hours),
        "hotline": _one_line(ctx.hotline),
        "include_faq": ctx.include_faq,
    }


def _known(pack: _LanguagePack, name: str) -> bool:
    """Whether ``name`` has a label; a detail we cannot name is left out of confirmations."""
    if name in pack.details:
        return True
    log.warning("%s has no label for detail %s; not shown", pack.folder / DETAILS_FILE, name)
    return False


def _detail_line(pack: _LanguagePack, name: str, display: str = "") -> DetailLine:
    if name not in pack.details:
        # Only reachable for a missing detail: asking for something unnamed would be worse.
        raise TemplateError(f"{pack.folder / DETAILS_FILE}: no label for detail {name!r}")
    label, hint = pack.details[name]
    shown = _one_line(display)
    if len(shown) > _MAX_DISPLAY_CHARS:
        shown = shown[: _MAX_DISPLAY_CHARS - 1] + "…"
    return DetailLine(name=name, label=label, hint=hint, display=shown)


def _greeting_name(name: str) -> str:
    """The customer's name if it is safe and sensible to greet them with, else ""."""
    # Display names often arrive quoted ("\"Smith, Ann\""); quotes never belong in a greeting.
    cleaned = _one_line(name).replace('"', "").strip(" '<>,;")
    if not cleaned or len(cleaned) > _MAX_NAME_CHARS:
        return ""
    if "@" in cleaned or "://" in cleaned or not any(ch.isalpha() for ch in cleaned):
        return ""
    return cleaned


def _one_line(text: str) -> str:
    """``text`` with control and line-separator characters turned into single spaces."""
    chars = [" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in text]
    return _SPACES.sub(" ", "".join(chars)).strip()


def _tidy(text: str) -> str:
    """Template output as mail text: no trailing spaces, at most one blank line in a row."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"


def _check_subject_format(subject_format: str) -> None:
    try:
        subject_format.format(subject="s", ticket_ref="r", brand="b")
    except (KeyError, IndexError, ValueError) as exc:
        raise ValueError(
            f"subject_format {subject_format!r}: only {{subject}}, {{ticket_ref}} and {{brand}} "
            f"may be used ({exc})"
        ) from exc
    if "{subject}" not in subject_format:
        raise ValueError(f"subject_format {subject_format!r}: must contain {{subject}}")


def _load_pack(folder: Path) -> _LanguagePack:
    """Read one language folder: every template source and the two TOML text files."""
    problems: list[str] = []
    sources: dict[str, str] = {}
    for path in sorted(folder.rglob("*.j2")):
        try:
            sources[path.relative_to(folder).as_posix()] = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{path}: cannot read: {exc}")
    details_data = _read_toml(folder / DETAILS_FILE, problems)
    labels_data = _read_toml(folder / LABELS_FILE, problems)
    details: dict[str, tuple[str, str]] = {}
    for name, entry in _table(details_data, "details", folder / DETAILS_FILE, problems).items():
        if isinstance(entry, dict) and isinstance(entry.get("label"), str):
            details[name] = (entry["label"], str(entry.get("hint", "")))
        else:
            problems.append(f"{folder / DETAILS_FILE}: [details.{name}]: needs a label string")

    def load(name: str) -> tuple[str, str, Callable[[], bool]] | None:
        # Returning the real path lets jinja's tracebacks (and our errors) name the file.
        source = sources.get(name)
        return None if source is None else (source, str(folder / name), lambda: True)

    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(load),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # plain-text mail: escaping would show "&amp;" to customers
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,  # an included file ends its paragraph with its own newline
    )
    return _LanguagePack(
        language=folder.name,
        folder=folder,
        env=env,
        sources=sources,
        details=details,
        problems=_strings(details_data, "problems", folder / DETAILS_FILE, problems),
        sensitive=_strings(labels_data, "sensitive", folder / LABELS_FILE, problems),
        topics=_strings(labels_data, "categories", folder / LABELS_FILE, problems),
        strings=_strings(labels_data, "strings", folder / LABELS_FILE, problems),
        load_problems=tuple(problems),
    )


def _read_toml(path: Path, problems: list[str]) -> dict[str, object]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        problems.append(f"{path}: missing")
    except (OSError, tomllib.TOMLDecodeError) as exc:
        problems.append(f"{path}: {exc}")
    return {}


def _table(
    data: Mapping[str, object], key: str, path: Path, problems: list[str]
) -> dict[str, object]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        problems.append(f"{path}: [{key}]: expected a table")
        return {}
    return value


def _strings(
    data: Mapping[str, object], key: str, path: Path, problems: list[str]
) -> dict[str, str]:
    table = _table(data, key, path, problems)
    out: dict[str, str] = {}
    for name, value in table.items():
        if isinstance(value, str):
            out[name] = value
        else:
            problems.append(f"{path}: [{key}] {name}: expected a string")
    return out


def _check_pack(
    pack: _LanguagePack, categories: Sequence[str], detail_names: Sequence[str]
) -> list[str]:
    """Static problems of one language: missing files and entries, template syntax errors."""
    problems = list(pack.load_problems)
    folder = pack.folder
    for name in (BASE_TEMPLATE, *KIND_TEMPLATES.values()):
        if name not in pack.sources:
            problems.append(f"{folder / name}: missing")
    for category in categories:
        if f"faq/{category}.txt.j2" not in pack.sources:
            problems.append(f"{folder / 'faq' / category}.txt.j2: missing (category {category})")
        if category not in pack.topics:
            problems.append(f"{folder / LABELS_FILE}: [categories] has no topic for {category}")
    for name in detail_names:
        label, hint = pack.details.get(name, ("", ""))
        if not label or not hint:
            problems.append(f"{folder / DETAILS_FILE}: [details.{name}] needs a label and a hint")
    problems.extend(
        f"{folder / LABELS_FILE}: [sensitive] has no label for {kind}"
        for kind in SENSITIVE_KINDS
        if kind not in pack.sensitive
    )
    if "default_subject" not in pack.strings:
        problems.append(f"{folder / LABELS_FILE}: [strings] needs default_subject")
    for name, source in pack.sources.items():
        try:
            pack.env.parse(source, name=name)
        except jinja2.TemplateSyntaxError as exc:
            problems.append(f"{folder / name}:{exc.lineno}: syntax error: {exc.message}")
    return problems
