"""SMTP capture server process: stores every accepted mail as a file; faults from fault.json.

Run as ``python -m triage.devstack.smtp_capture --dir D --port P``; it answers with a 220
banner once listening and exits cleanly on SIGTERM. File formats: see capture_files.
With ``--xoauth2-token T`` it offers only AUTH XOAUTH2, accepts only bearer token T (and, with
``--xoauth2-user U``, only user U), and refuses mail before a login, as Gmail and Microsoft 365
do; without it, no AUTH at all.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import binascii
import json
import logging
import os
import signal
import time
import warnings
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from aiosmtpd.smtp import MISSING, SMTP, AuthResult, Envelope, Session

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


# What Gmail sends (base64) as a last challenge when it refuses a token.
XOAUTH2_ERROR = {"status": "401", "schemes": "bearer", "scope": "https://mail.google.com/"}


def parse_xoauth2(raw: bytes) -> tuple[str, str]:
    """(user, bearer token) from a SASL XOAUTH2 initial response; empty strings if malformed."""
    fields: dict[str, str] = {}
    for part in raw.decode("utf-8", "replace").split("\x01"):
        key, sep, value = part.partition("=")
        if sep:
            fields[key] = value
    auth = fields.get("auth", "")
    token = auth[len("Bearer ") :] if auth.startswith("Bearer ") else ""
    return fields.get("user", ""), token


class XOAuth2CaptureHandler(CaptureHandler):
    """CaptureHandler that also implements AUTH XOAUTH2 for one accepted bearer token."""

    def __init__(self, directory: Path, token: str, user: str = "") -> None:
        super().__init__(directory)
        self.token = token
        self.user = user

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        """aiosmtpd AUTH hook: ``args`` is ["XOAUTH2"] or ["XOAUTH2", initial response]."""
        if len(args) == 2:
            try:
                raw = b"" if args[1] == "=" else base64.b64decode(args[1], validate=True)
            except binascii.Error:
                return AuthResult(success=False, handled=False, message="501 5.5.2 Bad base64")
        else:
            answer = await server.challenge_auth("")
            if answer is MISSING:
                return AuthResult(success=False, handled=True)  # aiosmtpd already replied
            assert isinstance(answer, bytes)
            raw = answer
        user, token = parse_xoauth2(raw)
        if token and token == self.token and (not self.user or user == self.user):
            log.info("XOAUTH2 login accepted for %s", user)
            return AuthResult(success=True, auth_data=user)
        log.info("XOAUTH2 login refused for %s", user or "(no user)")  # never the token
        # The client answers the error challenge with an empty line; then comes the 535.
        if await server.challenge_auth(json.dumps(XOAUTH2_ERROR)) is MISSING:
            return AuthResult(success=False, handled=True)
        return AuthResult(success=False, handled=False)


async def serve(
    directory: Path, host: str, port: int, xoauth2_token: str = "", xoauth2_user: str = ""
) -> None:
    """Serve until SIGTERM or SIGINT; with ``xoauth2_token``, only after AUTH XOAUTH2."""
    messages_dir(directory).mkdir(parents=True, exist_ok=True)
    handler = (
        XOAuth2CaptureHandler(directory, xoauth2_token, xoauth2_user)
        if xoauth2_token
        else CaptureHandler(directory)
    )
    loop = asyncio.get_running_loop()

    def factory() -> Any:
        # A fixed hostname: the default socket.getfqdn() can stall on resolver timeouts.
        if not xoauth2_token:
            return SMTP(handler, hostname="capture.devstack", enable_SMTPUTF8=True)
        with warnings.catch_warnings():
            # AUTH without TLS is the point here (a loopback test server); do not warn per
            # connection.
            warnings.simplefilter("ignore", UserWarning)
            return SMTP(
                handler,
                hostname="capture.devstack",
                enable_SMTPUTF8=True,
                auth_required=True,
                auth_require_tls=False,
                auth_exclude_mechanism=["LOGIN", "PLAIN"],
            )

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
    parser.add_argument(
        "--xoauth2-token",
        default="",
        help="require AUTH XOAUTH2 with this bearer token (a test token: argv is not secret)",
    )
    parser.add_argument("--xoauth2-user", default="", help="with --xoauth2-token: only this user")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    asyncio.run(serve(args.dir, args.host, args.port, args.xoauth2_token, args.xoauth2_user))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
