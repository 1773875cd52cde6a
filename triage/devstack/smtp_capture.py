"""SMTP capture server process: stores every accepted mail as a file; faults from fault.json.

Run as ``python -m triage.devstack.smtp_capture --dir D --port P``; it answers with a 220
banner once listening and exits cleanly on SIGTERM. File formats: see capture_files.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import time
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope, Session

from triage.devstack.capture_files import (
    Fault,
    encode_capture,
    messages_dir,
    take_fault,
    write_atomically,
)

log = logging.getLogger(__name__)

FAULT_REPLIES = {
    "tempfail": "451 4.3.0 Temporary failure injected by the capture server",
    "permfail": "550 5.7.1 Permanent failure injected by the capture server",
}


class CaptureHandler:
    """aiosmtpd handler: decides a transaction's fault at MAIL FROM, stores mails at DATA."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.sequence = 0
        # The fault chosen at MAIL applies to the rest of that session's transaction.
        self.faults: weakref.WeakKeyDictionary[Session, Fault] = weakref.WeakKeyDictionary()

    async def _apply(self, server: SMTP, session: Session, stage: str) -> str | None:
        """The reply replacing the normal one at ``stage``, or None to proceed normally."""
        fault = self.faults.get(session)
        if fault is None or fault.at != stage:
            return None
        self.faults.pop(session, None)
        if fault.mode == "drop":
            log.info("fault: dropping connection at %s", stage)
            transport = server.transport
            if isinstance(transport, asyncio.Transport):
                transport.abort()  # no reply at all: what a crashed server looks like
            elif transport is not None:
                transport.close()
            # connection_lost() cancels this handler; never reply on a dropped connection.
            await asyncio.Event().wait()
        return FAULT_REPLIES[fault.mode]

    async def handle_MAIL(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        mail_options: list[str],
    ) -> str:
        try:
            fault = take_fault(self.directory)
        except (OSError, ValueError) as exc:
            log.error("unreadable fault.json: %s", exc)
            return "451 4.3.0 Capture server: unreadable fault.json"
        if fault.active:
            self.faults[session] = fault
        else:
            self.faults.pop(session, None)
        reply = await self._apply(server, session, "mail")
        if reply is not None:
            return reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        reply = await self._apply(server, session, "rcpt")
        if reply is not None:
            return reply
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        reply = await self._apply(server, session, "data")
        if reply is not None:
            return reply
        data = envelope.original_content or b""
        self.sequence += 1
        name = f"{time.time_ns():020d}-{os.getpid()}-{self.sequence:06d}.eml"
        content = encode_capture(envelope.mail_from or "", list(envelope.rcpt_tos), data)
        write_atomically(messages_dir(self.directory) / name, content)
        log.info("captured %s (%d bytes, %d rcpts)", name, len(data), len(envelope.rcpt_tos))
        return "250 OK captured"


async def serve(directory: Path, host: str, port: int) -> None:
    """Serve until SIGTERM or SIGINT."""
    messages_dir(directory).mkdir(parents=True, exist_ok=True)
    handler = CaptureHandler(directory)
    loop = asyncio.get_running_loop()

    def factory() -> Any:
        # A fixed hostname: the default socket.getfqdn() can stall on resolver timeouts.
        return SMTP(handler, hostname="capture.devstack", enable_SMTPUTF8=True)

    server = await loop.create_server(factory, host=host, port=port)
    stopping = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stopping.set)
    log.info("capture server listening on %s:%s, dir %s", host, port, directory)
    await stopping.wait()
    server.close()
    await server.wait_closed()


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point of the capture server process."""
    parser = argparse.ArgumentParser(description="SMTP capture server for tests and demos")
    parser.add_argument("--dir", type=Path, required=True, help="capture directory")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    asyncio.run(serve(args.dir, args.host, args.port))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
