"""The benchmark's delay proxy forwards bytes intact and in order, and adds its delay to a
round trip (lower bounds only: a loaded machine may always be slower)."""

from __future__ import annotations

import logging
import random
import socket
import socketserver
import threading
import time
from collections.abc import Iterator

import pytest

from bench.delay_proxy import DelayProxy


class _Echo(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        sock: socket.socket = self.request
        while data := sock.recv(65536):
            sock.sendall(data)
        sock.shutdown(socket.SHUT_WR)  # echo the end of the stream too


class _EchoServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


@pytest.fixture
def echo_port() -> Iterator[int]:
    server = _EchoServer(("127.0.0.1", 0), _Echo)
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def _recv_exactly(sock: socket.socket, size: int) -> bytes:
    got = bytearray()
    while len(got) < size:
        data = sock.recv(size - len(got))
        if not data:
            break
        got += data
    return bytes(got)


def _connect(port: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def test_bytes_arrive_intact_and_in_order(echo_port: int) -> None:
    rng = random.Random(7)
    payload = rng.randbytes(300_000)
    with DelayProxy("127.0.0.1", echo_port, one_way_ms=2) as proxy, _connect(proxy.port) as sock:
        received = bytearray()

        def read_all() -> None:
            while data := sock.recv(65536):
                received.extend(data)

        reader = threading.Thread(target=read_all)
        reader.start()
        sent = 0
        while sent < len(payload):  # many writes of varied sizes, each its own chunk
            step = rng.randint(1, 20_000)
            sock.sendall(payload[sent : sent + step])
            sent += step
        sock.shutdown(socket.SHUT_WR)  # the end travels through the proxy and back
        reader.join(20)
        assert not reader.is_alive()
    assert bytes(received) == payload
    assert proxy.to_target.bytes == proxy.to_client.bytes == len(payload)
    assert proxy.to_target.chunks >= 1


def test_a_round_trip_costs_at_least_twice_the_one_way_delay(echo_port: int) -> None:
    one_way = 0.04
    with DelayProxy("127.0.0.1", echo_port, one_way_ms=one_way * 1000) as proxy:
        with _connect(proxy.port) as sock:
            for i in range(3):
                started = time.monotonic()
                sock.sendall(b"ping %d\r\n" % i)
                assert _recv_exactly(sock, 8) == b"ping %d\r\n" % i
                # 1 ms of slack only for the clocks of two threads; the bound is a lower one.
                assert time.monotonic() - started >= 2 * one_way - 0.001
        assert proxy.connections_served == 1
        assert proxy.to_target.chunks == proxy.to_client.chunks == 3  # one per ping, each way


def test_stop_closes_open_connections_and_the_port(
    echo_port: int, caplog: pytest.LogCaptureFixture
) -> None:
    proxy = DelayProxy("127.0.0.1", echo_port, one_way_ms=1).start()
    port = proxy.port
    with _connect(port) as sock:
        sock.sendall(b"x")
        assert _recv_exactly(sock, 1) == b"x"
        proxy.stop()
        assert sock.recv(1) == b""  # the proxy closed its side
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
    # Cancelling the open connection is the normal way to stop, not an error to report.
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


def test_an_unreachable_target_closes_the_client_connection() -> None:
    with socket.socket() as spare:  # a port with nothing listening
        spare.bind(("127.0.0.1", 0))
        dead_port = int(spare.getsockname()[1])
    with DelayProxy("127.0.0.1", dead_port, one_way_ms=1) as proxy, _connect(proxy.port) as sock:
        assert sock.recv(1) == b""


def test_a_negative_delay_is_refused() -> None:
    with pytest.raises(ValueError):
        DelayProxy("127.0.0.1", 1, one_way_ms=-1)
