"""Start, inspect or stop the dev mail stack in the background, recorded in a state file.

    python scripts/mailstack.py start  --state var/mailstack.json
    python scripts/mailstack.py status --state var/mailstack.json
    python scripts/mailstack.py stop   --state var/mailstack.json

``start`` prints shell-style MAILSTACK_* lines (ports, root, user; no passwords) and leaves
Dovecot and the SMTP capture server running after it exits.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

try:
    from triage.devstack import DevstackError, MailStack
except ImportError:  # run from a checkout without `pip install -e .`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from triage.devstack import DevstackError, MailStack

EXIT_NOT_RUNNING = 3  # as LSB init scripts' "status"


def describe(stack: MailStack) -> str:
    """The MAILSTACK_* lines for a stack (shell-sourceable)."""
    lines = {
        "MAILSTACK_HOST": stack.host,
        "MAILSTACK_IMAP_PORT": str(stack.imap_port),
        "MAILSTACK_LMTP_PORT": str(stack.lmtp_port),
        "MAILSTACK_SMTP_PORT": str(stack.smtp_port),
        "MAILSTACK_ROOT": str(stack.root),
        "MAILSTACK_USER": stack.default_user,
    }
    return "\n".join(f"{key}={value}" for key, value in lines.items())


def parse_user(text: str) -> tuple[str, str]:
    """argparse type for USER:PASSWORD."""
    user, sep, password = text.partition(":")
    if not sep or not user or not password:
        raise argparse.ArgumentTypeError(f"expected USER:PASSWORD, got {text!r}")
    return user, password


def build_parser() -> argparse.ArgumentParser:
    """The command-line parser (built per call: no module-level state)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("start", "start the stack in the background"),
        ("status", "show whether the recorded stack runs (exit 3 when not)"),
        ("stop", "stop the recorded stack and forget it"),
    ):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--state", type=Path, default=Path("var/mailstack.json"))
        if name == "start":
            sub.add_argument("--root", type=Path, help="data dir (default: new dir under /tmp)")
            sub.add_argument("--format", choices=("maildir", "sdbox"), default="maildir")
            sub.add_argument("--in-memory", action="store_true", help="data dir on /dev/shm")
            sub.add_argument(
                "--user", type=parse_user, action="append", help="USER:PASSWORD (repeatable)"
            )
    return parser


def running(stack: MailStack) -> tuple[bool, bool]:
    """(dovecot alive, smtp capture alive)."""
    return stack.dovecot.alive(), stack.smtp.alive()


def cmd_start(args: argparse.Namespace) -> int:
    if args.state.exists():
        old = MailStack.load_state(args.state)
        if all(running(old)):
            print(f"already running (state {args.state})", file=sys.stderr)
            print(describe(old))
            return 0
        print(f"replacing a half-dead stack recorded in {args.state}", file=sys.stderr)
        old.stop()
        args.state.unlink()
    kwargs = {"users": args.user} if args.user else {}
    stack = MailStack.start(args.root, mail_format=args.format, in_memory=args.in_memory, **kwargs)
    stack.write_state(args.state)
    print(describe(stack))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    if not args.state.exists():
        print(f"not running (no state file {args.state})")
        return EXIT_NOT_RUNNING
    stack = MailStack.load_state(args.state)
    dovecot, smtp = running(stack)
    print(describe(stack))
    print(f"dovecot: {'running' if dovecot else 'stopped'} (pid {stack.dovecot.pid})")
    print(f"smtp-capture: {'running' if smtp else 'stopped'} (pid {stack.smtp.pid})")
    return 0 if dovecot and smtp else EXIT_NOT_RUNNING


def cmd_stop(args: argparse.Namespace) -> int:
    if not args.state.exists():
        print(f"nothing to stop (no state file {args.state})")
        return 0
    stack = MailStack.load_state(args.state)
    stack.stop()
    args.state.unlink()
    print(f"stopped the stack recorded in {args.state}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run one sub-command; 0 ok, 1 failure, 2 usage, 3 not running (status)."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    handlers = {"start": cmd_start, "status": cmd_status, "stop": cmd_stop}
    try:
        return handlers[args.command](args)
    except (DevstackError, ValueError) as exc:
        print(f"mailstack {args.command}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
