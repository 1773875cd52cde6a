"""A TCP proxy that adds a fixed one-way delay to each direction, to stand in for a remote server.

    .venv/bin/python -m bench.delay_proxy --target 127.0.0.1:10143 --rtt-ms 20 [--listen-port 0]

Every chunk read from one side is written to the other side at (its arrival time + delay), in
arrival order, so a request/response round trip costs at least twice the one-way delay while
bandwidth stays unlimited (no throttling, no loss, no reordering). In a benchmark, start it with
``DelayProxy(...).start()`` (a background thread with its own event loop) and ``stop()`` it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import threading
import time
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

READ_SIZE = 65536


@dataclass(frozen=True)
class _Chunk:
    """Bytes read from one side and the loop time at which the other side may have them."""

    due: float
    data: bytes  # b"" marks the end of that direction


@dataclass
class Traffic:
    """What went one way through the proxy: chunks read (about one per client command or
    server answer, since IMAP clients mostly wait for the answer) and their bytes."""

    chunks: int = 0
    bytes: int = 0


async def _read_side(reader: asyncio.StreamReader, queue: asyncio.Queue[_Chunk],
                     delay: float, traffic: Traffic) -> None:  # fmt: skip
    """Stamp every chunk from ``reader`` with its delivery time and queue it, then the end."""
    loop = asyncio.get_running_loop()
    try:
        while True:
            data = await reader.read(READ_SIZE)
            if data:
                traffic.chunks += 1
                traffic.bytes += len(data)
            await queue.put(_Chunk(loop.time() + delay, data))
            if not data:
                return
    except (ConnectionError, OSError):
        await queue.put(_Chunk(loop.time() + delay, b""))


async def _write_side(writer: asyncio.StreamWriter, queue: asyncio.Queue[_Chunk]) -> None:
    """Deliver queued chunks to ``writer`` no earlier than each one's due time, in order."""
    loop = asyncio.get_running_loop()
    while True:
        chunk = await queue.get()
        wait = chunk.due - loop.time()
        if wait > 0:
            await asyncio.sleep(wait)
        if not chunk.data:
            # Half-close, so the peer sees the end exactly as the proxy's other side did.
            with contextlib.suppress(OSError, RuntimeError):
                if writer.can_write_eof():
                    writer.write_eof()
            return
        writer.write(chunk.data)
        await writer.drain()


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float,
                traffic: Traffic) -> None:  # fmt: skip
    """One direction: read, delay, write; the queue keeps the arrival order."""
    queue: asyncio.Queue[_Chunk] = asyncio.Queue()
    reading = asyncio.create_task(_read_side(reader, queue, delay, traffic))
    try:
        await _write_side(writer, queue)
    finally:
        reading.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await reading


class DelayProxy:
    """Forwards ``listen_host:listen_port`` to ``target_host:target_port`` with ``one_way_ms``
    of added latency per direction; ``start()`` runs it in a daemon thread until ``stop()``."""

    def __init__(self, target_host: str, target_port: int, one_way_ms: float,
                 listen_host: str = "127.0.0.1", listen_port: int = 0) -> None:  # fmt: skip
        if one_way_ms < 0:
            raise ValueError("the delay cannot be negative")
        self.target_host = target_host
        self.target_port = target_port
        self.delay = one_way_ms / 1000
        self.listen_host = listen_host
        self._listen_port = listen_port
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stopping: asyncio.Event | None = None
        self._error: BaseException | None = None
        self._connections: set[asyncio.Task[Any]] = set()
        self.connections_served = 0
        self.to_target = Traffic()  # summed over all connections
        self.to_client = Traffic()

    @property
    def port(self) -> int:
        """The port the proxy listens on (known once ``start()`` has returned)."""
        if not self._ready.is_set():
            raise RuntimeError("the proxy is not started")
        return self._listen_port

    def start(self, timeout: float = 10.0) -> DelayProxy:
        """Start listening in a background thread; return once the port accepts connections."""
        if self._thread is not None:
            raise RuntimeError("the proxy is already started")
        self._thread = threading.Thread(target=self._run, name="delay-proxy", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise TimeoutError("the delay proxy did not start listening")
        if self._error is not None:
            raise RuntimeError("the delay proxy failed to start") from self._error
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Close the listener and every open connection, and end the thread."""
        loop, thread, stopping = self._loop, self._thread, self._stopping
        if loop is None or thread is None or stopping is None:
            return
        with contextlib.suppress(RuntimeError):  # the loop has already ended
            loop.call_soon_threadsafe(stopping.set)
        thread.join(timeout)
        if thread.is_alive():
            raise TimeoutError("the delay proxy thread did not end")
        self._thread = None

    def __enter__(self) -> DelayProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # reported to start(), or logged if it came later
            self._error = exc
            if self._ready.is_set():
                log.exception("delay proxy stopped on an error")
        finally:
            self._ready.set()

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        server = await asyncio.start_server(self._accept, self.listen_host, self._listen_port)
        self._listen_port = int(server.sockets[0].getsockname()[1])
        log.info("delay proxy :%s -> %s:%s, %.1f ms each way", self._listen_port,
                 self.target_host, self.target_port, self.delay * 1000)  # fmt: skip
        self._ready.set()
        try:
            await self._stopping.wait()
        finally:
            server.close()
            for task in list(self._connections):
                task.cancel()
            await asyncio.gather(*self._connections, return_exceptions=True)
            await server.wait_closed()

    async def _accept(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        self.connections_served += 1
        try:
            try:
                server_r, server_w = await asyncio.open_connection(
                    self.target_host, self.target_port
                )
            except OSError as exc:
                log.warning("delay proxy cannot reach %s:%s: %s", self.target_host,
                            self.target_port, exc)  # fmt: skip
                return
            pipes = [
                asyncio.create_task(_pipe(client_r, server_w, self.delay, self.to_target)),
                asyncio.create_task(_pipe(server_r, client_w, self.delay, self.to_client)),
            ]
            try:
                # Each direction may end on its own (a half-close); an error in one ends both.
                await asyncio.wait(pipes, return_when=asyncio.FIRST_EXCEPTION)
            finally:
                for pipe in pipes:
                    pipe.cancel()
                await asyncio.gather(*pipes, return_exceptions=True)
                server_w.close()
                with contextlib.suppress(Exception):
                    await server_w.wait_closed()
        except asyncio.CancelledError:
            # Only stop() cancels a connection; ending quietly keeps asyncio's stream callback
            # (which asks a finished handler for its exception) from logging the cancellation.
            pass
        finally:
            client_w.close()
            with contextlib.suppress(Exception):
                await client_w.wait_closed()
            self._connections.discard(task)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--target", required=True, help="HOST:PORT to forward to")
    parser.add_argument("--rtt-ms", type=float, required=True, help="added round trip, ms")
    parser.add_argument("--listen-host", default="127.0.0.1")
    parser.add_argument("--listen-port", type=int, default=0, help="0: any free port")
    args = parser.parse_args(argv)
    host, _, port = args.target.rpartition(":")
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    proxy = DelayProxy(host, int(port), args.rtt_ms / 2, args.listen_host, args.listen_port)
    proxy.start()
    print(f"listening on {args.listen_host}:{proxy.port}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        proxy.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
