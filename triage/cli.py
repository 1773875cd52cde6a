"""The `triage` command: run, once, check-config, explain (and the operator commands)."""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from triage import __version__
from triage.classifier import ModelLoadError
from triage.config import Config, ConfigError, load_config
from triage.metrics import Metrics
from triage.poller import Poller
from triage.replies import TemplateError
from triage.service import Service
from triage.store import Store, StoreError
from triage.taxonomy import TaxonomyError, check_labels, load_taxonomy

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAIL, EXIT_CONFIG = 0, 1, 2
DEFAULT_CONFIG = "config/triage.toml"


def _setup_logging(verbose: int, json_logs: bool = False) -> None:
    level = logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)


def _now() -> datetime:
    return datetime.now(UTC)


def _load(args: argparse.Namespace) -> Config:
    cfg = load_config(args.config)
    if not args.verbose:  # -v on the command line wins over the config's level
        from triage.logging_setup import setup_logging

        setup_logging(
            cfg.logging.level,
            cfg.logging.format,
            redact_personal_data=cfg.logging.redact_personal_data,
            protocol_trace=cfg.logging.protocol_trace,
        )
    return cfg


def cmd_check_config(args: argparse.Namespace) -> int:
    from triage import wiring

    cfg = _load(args)
    problems: list[str] = []
    taxonomy = load_taxonomy(cfg.taxonomy_path)
    try:
        model = wiring.classifier(cfg, taxonomy)
        problems += [f"{model.path}: {p}" for p in check_labels(taxonomy, model.labels)]
    except ModelLoadError as exc:
        problems.append(str(exc))
    renderer = wiring.renderer(cfg)
    problems += renderer.check(taxonomy.names, tuple(taxonomy.detail_labels))
    if problems:
        for p in problems:
            print(f"error: {p}", file=sys.stderr)
        return EXIT_CONFIG
    languages = ", ".join(renderer.languages)
    print(
        f"{cfg.path}: ok ({len(taxonomy.names)} categories, model {model.version}, "
        f"threshold {model.threshold:.3f}, languages {languages})"
    )
    return EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    from triage import wiring
    from triage.explain import explain

    cfg = _load(args)
    engine = wiring.build_engine(cfg)
    try:
        raw = Path(args.file).read_bytes() if args.file != "-" else sys.stdin.buffer.read()
    except OSError as exc:
        print(f"error: {args.file}: {exc.strerror}", file=sys.stderr)
        return EXIT_FAIL
    result = explain(engine, raw, now=_now())
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"language:   {result['language']}")
    print(f"category:   {result['category']} ({result['confidence']:.0%}"
          f"{', abstained' if result['abstained'] else ''})")  # fmt: skip
    print(f"priority:   {result['priority']}")
    for name, value in result["details"].items():
        print(f"detail:     {name} = {value}")
    for name, info in result["invalid"].items():
        print(f"invalid:    {name} = {info['value']} ({info['problem']})")
    print(f"missing:    {', '.join(result['missing']) or '-'}")
    print(f"action:     {result['action']}" + (f" ({result['skip_reason']})"
                                               if result["skip_reason"] else ""))  # fmt: skip
    if result["reply"]:
        print(f"\nSubject: {result['reply']['subject']}\n\n{result['reply']['body']}")
    return EXIT_OK


def build_service(cfg: Config, metrics: Metrics | None = None) -> Service:
    from triage import wiring
    from triage.service import Service

    engine = wiring.build_engine(cfg)
    store = Store(cfg.store_path, ticket_prefix=cfg.service.ticket_prefix)
    return Service(cfg, engine, store, clock=_now, metrics=metrics)


def build_poller(cfg: Config) -> Poller:
    """The first mailbox's poller on its own (tests and benchmarks drive it directly)."""
    return build_service(cfg).pollers[0]


def _print_table(rows: Sequence[dict[str, object]]) -> None:
    if not rows:
        return
    cols = ("uid", "from", "category", "confidence", "language", "missing", "action", "ticket")
    table = []
    for r in rows:
        action = str(r["action"]) + (f" ({r['skip_reason']})" if r.get("skip_reason") else "")
        if r.get("priority") == "urgent":
            action += " URGENT"
        table.append([
            str(r["uid"]), str(r["from"])[:28], str(r["category"]),
            f"{float(r['confidence']):.2f}", str(r["language"]),  # type: ignore[arg-type]
            ",".join(r["missing"]) or "-",  # type: ignore[arg-type]
            action, str(r["ticket"] or "-"),
        ])  # fmt: skip
    widths = [max(len(c), *(len(row[i]) for row in table)) for i, c in enumerate(cols)]
    print("  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in table:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)))


def cmd_once(args: argparse.Namespace) -> int:
    cfg = _load(args)
    service = build_service(cfg)
    try:
        summary = service.poll_all()
    except Exception as exc:
        print(f"error: poll failed: {exc}", file=sys.stderr)
        return EXIT_FAIL
    if not args.quiet:
        for poll in summary.polls:
            _print_table(poll.rows)
            print(poll.line())
    for name, error in summary.errors.items():
        print(f"error: mailbox {name}: {error}", file=sys.stderr)
    return EXIT_OK if summary.failed == 0 else EXIT_FAIL


def cmd_run(args: argparse.Namespace) -> int:
    from triage.daemon import Daemon

    cfg = _load(args)
    metrics = Metrics() if cfg.metrics.enabled else None
    service = build_service(cfg, metrics)

    def start_idle(wake: Callable[[], None], stop: threading.Event) -> object:
        from triage.idle import IdleWatcher

        watchers = [
            IdleWatcher(m, wake, stop, tokens=service.tokens.get(m.name))
            for m in cfg.mailboxes
            if m.idle
        ]
        for w in watchers:
            w.start()
        return watchers

    server = None
    if metrics is not None:
        metrics.set_model_version(service.pollers[0].engine.classifier.version)
        server = metrics.serve(
            cfg.metrics.host, cfg.metrics.port, cfg.metrics.healthy_within_seconds
        )
    from triage import wiring
    from triage.model_runtime import ModelWatcher

    first = service.pollers[0].engine
    watcher = ModelWatcher(
        cfg.classifier.model_dir,
        cfg.classifier.threshold,
        first.taxonomy.names,
        initial=first.classifier,  # type: ignore[arg-type]
    )

    def poll() -> object:
        # Between polls, never mid-mail: a newly promoted model takes over here.
        fresh = watcher.reload_if_changed()
        if fresh is not None:
            service.set_engine(wiring.build_engine(cfg, model=fresh))
            log.info("now serving model %s", fresh.version)
            if metrics is not None:
                metrics.set_model_version(fresh.version)
        return service.poll_all()

    daemon = Daemon(poll, cfg.poll.interval_seconds, service.request_stop)

    def on_hup(signum: int, frame: object) -> None:
        watcher.request_reload()
        daemon.wake()

    signal.signal(signal.SIGHUP, on_hup)
    try:
        return daemon.run(idle=start_idle)
    finally:
        if server is not None:
            server.stop()


def _store(cfg: Config) -> Store:
    from triage.store import Store

    if not cfg.store_path.exists():
        raise ConfigError(
            f"{cfg.path}: [store] path: {cfg.store_path} does not exist yet (no poll ran)"
        )
    return Store(cfg.store_path, ticket_prefix=cfg.service.ticket_prefix)


def cmd_tickets(args: argparse.Namespace) -> int:
    from triage.reports import tickets_view

    store = _store(_load(args))
    state = "open" if args.open else "incomplete" if args.incomplete else None
    print(tickets_view(store, state=state, urgent=args.urgent))
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    from triage.reports import history_view

    text = history_view(_store(_load(args)), args.key)
    if text is None:
        print(f"error: no mail or ticket {args.key!r} in the state database", file=sys.stderr)
        return EXIT_FAIL
    print(text)
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from triage.reports import parse_since, report_view

    try:
        since = parse_since(args.since, _now())
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAIL
    print(report_view(_store(_load(args)), since))
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from triage.reports import status_view

    print(status_view(_store(_load(args))))
    return EXIT_OK


def cmd_oauth2_authorize(args: argparse.Namespace) -> int:
    """First consent for an OAuth2 mailbox: prints the URL, stores the refresh token."""
    from triage.oauth2 import OAuth2Error, consent_via_loopback, store_refresh_token

    cfg = _load(args)
    mailbox = next((m for m in cfg.mailboxes if m.name == (args.mailbox or m.name)), None)
    if mailbox is None or mailbox.oauth2 is None:
        print(f"error: no OAuth2 mailbox named {args.mailbox or cfg.imap.name!r}", file=sys.stderr)
        return EXIT_CONFIG
    target = mailbox.oauth2.refresh_token_file
    if target is None:
        print(f"error: {cfg.path}: [{mailbox.name}.oauth2] refresh_token_file: needed to store"
              " the token", file=sys.stderr)  # fmt: skip
        return EXIT_CONFIG

    def show(url: str) -> None:
        print(f"Open this address and sign in as {mailbox.username}:\n\n  {url}\n", flush=True)

    try:
        token = consent_via_loopback(
            mailbox.oauth2, show, port=args.port, login_hint=mailbox.username
        )
    except OAuth2Error as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAIL
    store_refresh_token(target, token)
    print(f"refresh token stored in {target}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="triage", description=__doc__)
    parser.add_argument("--version", action="version", version=f"support-triage {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0)
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        p.add_argument("-c", "--config", default=DEFAULT_CONFIG, help="config file (TOML)")
        return p

    add("run", "run the daemon").set_defaults(func=cmd_run)
    p = add("once", "poll once and exit")
    p.add_argument("-q", "--quiet", action="store_true")
    p.set_defaults(func=cmd_once)
    add("check-config", "validate config, taxonomy, templates and model").set_defaults(
        func=cmd_check_config
    )
    p = add("explain", "show the decision for one .eml file (no network)")
    p.add_argument("file", help="path to an .eml file, or - for stdin")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_explain)
    p = add("tickets", "list tickets, urgent and oldest first")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--open", action="store_true", help="only tickets not resolved")
    group.add_argument(
        "--incomplete",
        action="store_true",
        help="only tickets still missing details after the reminder",
    )
    p.add_argument("--urgent", action="store_true", help="only urgent tickets")
    p.set_defaults(func=cmd_tickets)
    p = add("history", "every decision and reply for a mail or a ticket")
    p.add_argument("key", help="a Message-ID (<...>) or a ticket reference (TKT-1042)")
    p.set_defaults(func=cmd_history)
    p = add("report", "what was done (or would have been, in shadow mode)")
    p.add_argument("--since", default="7d", help="7d, 12h, 30m or an ISO date (default 7d)")
    p.set_defaults(func=cmd_report)
    add("status", "health of each mailbox: last good poll, failures").set_defaults(func=cmd_status)
    p = add("oauth2-authorize", "first sign-in for an OAuth2 mailbox; stores the refresh token")
    p.add_argument("--mailbox", default="", help="mailbox name (default: the first)")
    p.add_argument("--port", type=int, default=0, help="local port for the redirect")
    p.set_defaults(func=cmd_oauth2_authorize)
    from triage import cli_model

    cli_model.register(sub, add)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    _setup_logging(args.verbose)
    try:
        result: int = args.func(args)
        return result
    except (ConfigError, TaxonomyError, TemplateError, ModelLoadError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except StoreError as exc:  # unreadable, read-only or locked state database
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAIL


if __name__ == "__main__":
    sys.exit(main())
