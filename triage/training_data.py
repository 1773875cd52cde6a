"""Load labelled examples for the classifier from CSV, JSONL or folders of .eml files."""

from __future__ import annotations

import csv
import email
import email.policy
import html
import json
import logging
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from email.message import EmailMessage
from pathlib import Path

from triage.classifier import Example

log = logging.getLogger(__name__)

TEXT_COLUMNS = ("text", "body", "message")
LABEL_COLUMNS = ("label", "category", "intent")


class TrainingDataError(Exception):
    """A training file is missing or malformed; the message names the file and line."""


def load_jsonl(path: Path | str, source: str | None = None) -> list[Example]:
    """One example per line: {"text": ..., "label": ...}; blank lines are skipped."""
    path = Path(path)
    src = source or path.stem
    out = []
    for number, line in enumerate(_read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            text, label = row["text"], row["label"]
        except (ValueError, KeyError, TypeError) as exc:
            raise TrainingDataError(
                f"{path}:{number}: expected {{'text', 'label'}}: {exc}"
            ) from exc
        if not isinstance(text, str) or not isinstance(label, str) or not text.strip():
            raise TrainingDataError(f"{path}:{number}: text and label must be non-empty strings")
        out.append(Example(text=text, label=label, source=row.get("source", src)))
    return out


def load_csv(path: Path | str, source: str | None = None) -> list[Example]:
    """A CSV with a header; text column text/body/message, label column label/category/intent."""
    path = Path(path)
    reader = csv.DictReader(_read_text(path).splitlines())
    fields = reader.fieldnames or []
    text_col = next((c for c in TEXT_COLUMNS if c in fields), None)
    label_col = next((c for c in LABEL_COLUMNS if c in fields), None)
    if text_col is None or label_col is None:
        raise TrainingDataError(
            f"{path}: header {fields} needs one of {TEXT_COLUMNS} and one of {LABEL_COLUMNS}"
        )
    out = []
    for number, row in enumerate(reader, start=2):
        text, label = (row.get(text_col) or "").strip(), (row.get(label_col) or "").strip()
        if not text or not label:
            raise TrainingDataError(f"{path}:{number}: empty {text_col} or {label_col}")
        out.append(Example(text=text, label=label, source=source or path.stem))
    return out


def load_eml_folder(root: Path | str, source: str | None = None) -> list[Example]:
    """``root/<label>/*.eml``: the folder name is the label, subject + body the text."""
    root = Path(root)
    if not root.is_dir():
        raise TrainingDataError(f"{root}: not a folder")
    out = []
    for label_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        for eml in sorted(label_dir.glob("*.eml")):
            try:
                text = eml_text(eml.read_bytes())
            except OSError as exc:
                raise TrainingDataError(f"{eml}: unreadable: {exc}") from exc
            if text:
                out.append(Example(text=text, label=label_dir.name, source=source or root.name))
            else:
                log.warning("%s: no text, skipped", eml)
    return out


def eml_text(raw: bytes) -> str:
    """Subject and readable body of one mail, as the classifier sees it."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    subject = " ".join(str(msg.get("subject", "")).split())
    body = ""
    if isinstance(msg, EmailMessage):
        part = msg.get_body(preferencelist=("plain", "html"))
        if part is not None and isinstance(part, EmailMessage):
            content = part.get_content()
            body = content if isinstance(content, str) else ""
            if part.get_content_type() == "text/html":
                body = html.unescape(re.sub(r"<[^>]+>", " ", body))
    return f"{subject}\n{body.strip()}".strip()


def load_examples(path: Path | str, source: str | None = None) -> list[Example]:
    """Examples from a .jsonl or .csv file, or from a folder of label folders of .eml files."""
    path = Path(path)
    if path.is_dir():
        return load_eml_folder(path, source)
    if path.suffix == ".jsonl":
        return load_jsonl(path, source)
    if path.suffix == ".csv":
        return load_csv(path, source)
    raise TrainingDataError(f"{path}: expected a .jsonl, .csv or a folder of .eml files")


def load_folder(folder: Path | str, source: str | None = None) -> list[Example]:
    """Every *.jsonl file directly in ``folder``, in name order (sub-folders are not read)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise TrainingDataError(f"{folder}: not a folder")
    out: list[Example] = []
    for path in sorted(folder.glob("*.jsonl")):
        out.extend(load_jsonl(path, source))
    return out


def load_label_map(path: Path | str) -> dict[str, str]:
    """The [intents] table of a label-map TOML file: source label -> our category."""
    path = Path(path)
    try:
        data = tomllib.loads(_read_text(path))
    except tomllib.TOMLDecodeError as exc:
        raise TrainingDataError(f"{path}: {exc}") from exc
    intents = data.get("intents")
    if not isinstance(intents, dict) or not all(isinstance(v, str) for v in intents.values()):
        raise TrainingDataError(f"{path}: [intents] must map names to category strings")
    return {str(k): str(v) for k, v in intents.items()}


def map_labels(
    examples: Iterable[Example], mapping: Mapping[str, str], allowed: Sequence[str] | None = None
) -> list[Example]:
    """Relabel examples through ``mapping``; an unmapped or disallowed label is an error."""
    if allowed is not None:
        bad = sorted(set(mapping.values()) - set(allowed))
        if bad:
            raise TrainingDataError(f"label map targets unknown categories {bad}")
    out = []
    for ex in examples:
        if ex.label not in mapping:
            raise TrainingDataError(f"label {ex.label!r} ({ex.source}) is not in the label map")
        out.append(Example(text=ex.text, label=mapping[ex.label], source=ex.source))
    return out


def load_taxonomy_labels(path: Path | str) -> tuple[str, ...]:
    """The category names of config/taxonomy.toml, in file order."""
    path = Path(path)
    try:
        data = tomllib.loads(_read_text(path))
    except tomllib.TOMLDecodeError as exc:
        raise TrainingDataError(f"{path}: {exc}") from exc
    categories = data.get("categories")
    if not isinstance(categories, dict) or not categories:
        raise TrainingDataError(f"{path}: no [categories.*] tables")
    return tuple(categories)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise TrainingDataError(f"{path}: missing") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise TrainingDataError(f"{path}: unreadable: {exc}") from exc
