"""`make demo`: a real Dovecot + SMTP capture on loopback, a seeded support mailbox, one triage
pass, and a table of what happened. The servers keep running so you can look around;
`make demo-stop` stops them."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from triage import cli
from triage.devstack import MailStack, ensure_dovecot_installed
from triage.devstack.triage_config import write_stack_config

REPO = Path(__file__).resolve().parents[1]
DEMO_MAILS = REPO / "tests" / "data" / "demo_mails"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dir", type=Path, default=REPO / "var" / "demo")
    parser.add_argument("--stop", action="store_true", help="stop a running demo stack")
    args = parser.parse_args(argv)
    state = args.dir / "mailstack.json"
    if state.exists():
        try:
            MailStack.load_state(state).stop(remove_root=True)
        except Exception as exc:
            print(f"(previous demo stack already gone: {exc})")
        state.unlink(missing_ok=True)
    if args.stop:
        print("demo stack stopped")
        return 0

    started = time.monotonic()
    ensure_dovecot_installed()
    stack = MailStack.start()
    stack.write_state(state)
    (args.dir / "triage.sqlite3").unlink(missing_ok=True)
    # The table is the demo's output; the daemon's INFO lines would drown it.
    config = write_stack_config(stack, args.dir, {"logging": {"level": "WARNING"}})
    mails = sorted(DEMO_MAILS.glob("*.eml"))
    stack.deliver_many(p.read_bytes() for p in mails)
    print(f"Delivered {len(mails)} demo mails to {stack.default_user} "
          f"(IMAP 127.0.0.1:{stack.imap_port}, SMTP capture :{stack.smtp_port})\n")  # fmt: skip
    code = cli.main(["once", "-c", str(config)])
    elapsed = time.monotonic() - started

    print("\nIMAP folders now (agents' queues):")
    for folder, n in sorted(stack.folder_counts().items()):
        print(f"  {folder:28} {n:3d} mail(s)")
    replies = stack.captured()
    print(f"\nAuto-replies received by the SMTP capture server: {len(replies)}")
    for mail in replies[:5]:
        print(f"  to {', '.join(mail.rcpt_tos):32} {mail.message['Subject']}")
    if len(replies) > 5:
        print(f"  ... and {len(replies) - 5} more")
    print(f"""
Where to look:
  replies (one file each):  {stack.root}/smtp/messages/   (see also the IMAP Sent folder)
  tagged mail:              IMAP 127.0.0.1:{stack.imap_port}  user {stack.default_user}
                            password in {args.dir}/imap-password
  state database:           {args.dir}/triage.sqlite3
  config used:              {config}
  one mail explained:       .venv/bin/triage explain -c {config} {mails[0] if mails else "FILE.eml"}
  stop the servers:         make demo-stop
Demo took {elapsed:.1f} s.""")
    return code


if __name__ == "__main__":
    sys.exit(main())
