"""A triage config pointing at a running MailStack (for the demo, tests and benchmarks)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from triage.devstack.stack import MailStack

REPO = Path(__file__).resolve().parents[2]


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def write_triage_config(
    folder: Path,
    *,
    host: str,
    imap_port: int,
    smtp_port: int,
    user: str,
    password: str,
    overrides: dict[str, dict[str, Any]] | None = None,
) -> Path:
    """Write ``folder/triage.toml`` (and the IMAP password file beside it); return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    secret = folder / "imap-password"
    secret.write_text(password + "\n", encoding="utf-8")
    secret.chmod(0o600)
    sections: dict[str, dict[str, Any]] = {
        "service": {
            "own_addresses": [user],
            "reply_from": f"OKPay Support <{user}>",
        },
        "imap": {
            "host": host,
            "port": imap_port,
            "username": user,
            "password_file": str(secret),
            "password_env": "",
            "timeout_seconds": 15,
        },
        "smtp": {"host": host, "port": smtp_port, "timeout_seconds": 15},
        "poll": {"interval_seconds": 30},
        "classifier": {"model_dir": str(REPO / "models" / "starter")},
        "replies": {"template_dir": str(REPO / "templates")},
        "store": {"path": str(folder / "triage.sqlite3")},
        "taxonomy": {"path": str(REPO / "config" / "taxonomy.toml")},
    }
    for name, values in (overrides or {}).items():
        sections.setdefault(name, {}).update(values)
    lines: list[str] = []

    def emit(name: str, values: dict[str, Any]) -> None:
        scalars = {k: v for k, v in values.items() if not isinstance(v, dict)}
        if scalars or not values:
            lines.append(f"[{name}]")
            lines.extend(f"{k} = {_toml_value(v)}" for k, v in scalars.items())
            lines.append("")
        for k, v in values.items():
            if isinstance(v, dict):
                emit(f"{name}.{k}", v)

    for name, values in sections.items():
        emit(name, values)
    path = folder / "triage.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def write_stack_config(
    stack: MailStack, folder: Path, overrides: dict[str, dict[str, Any]] | None = None
) -> Path:
    """``write_triage_config`` for a running MailStack's servers and support user."""
    return write_triage_config(
        folder,
        host=stack.host,
        imap_port=stack.imap_port,
        smtp_port=stack.smtp_port,
        user=stack.default_user,
        password=stack.password(stack.default_user),
        overrides=overrides,
    )
