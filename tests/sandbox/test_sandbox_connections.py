"""Half-finished requests cannot stop the sandbox answering: slow connections time out.

The flood test runs the sandbox in a child process whose open-file limit is low (128), then
opens more half-finished connections than that limit on loopback. Without a connection timeout
and cap, the server runs out of file descriptors and the next normal request is never answered.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest

from app.sandbox.server import SandboxServer

REPO = Path(__file__).resolve().parents[2]
FILE_LIMIT = 128
HALF_FINISHED = 200  # more than FILE_LIMIT
SETTINGS = {"connection_timeout_s": 1.0, "max_connections": 64}
HEADERS_ONLY = b"POST /_sandbox/reset HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nab"
PARTIAL_LINE = b"GET /_sandbox/config HTTP/1.1\r\nHost: x\r\nX-Slow: "

CHILD = f"""
import json, resource, sys
hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
resource.setrlimit(resource.RLIMIT_NOFILE, ({FILE_LIMIT}, hard))
from app.sandbox.server import SandboxConfig, SandboxServer
server = SandboxServer(SandboxConfig().replace(**json.loads(sys.argv[1]))).start()
print(server.port, flush=True)
sys.stdin.read()
server.stop()
"""


@pytest.fixture
def limited_sandbox() -> Iterator[int]:
    """A sandbox in a child process allowed 128 open files; yields its port."""
    settings = json.dumps(SETTINGS)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, settings],
        cwd=REPO, env=dict(os.environ, PYTHONPATH=str(REPO)),
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.strip().isdigit(), "the sandbox did not start"
        yield int(line)
    finally:
        if child.stdin:
            child.stdin.close()
        try:
            child.wait(10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def half_finished(port: int, stack: ExitStack, count: int) -> list[socket.socket]:
    """Open ``count`` connections that each start a request and never finish it."""
    opened = []
    for i in range(count):
        sock = stack.enter_context(socket.create_connection(("127.0.0.1", port), timeout=10))
        sock.sendall(HEADERS_ONLY if i % 2 else PARTIAL_LINE)
        opened.append(sock)
    return opened


@pytest.mark.skipif(sys.platform == "win32", reason="file limits are set with resource (Unix)")
def test_a_flood_of_half_finished_requests_does_not_stop_the_sandbox(limited_sandbox: int) -> None:
    with ExitStack() as stack:
        half_finished(limited_sandbox, stack, HALF_FINISHED)
        answer = httpx.get(f"http://127.0.0.1:{limited_sandbox}/_sandbox/config", timeout=10)
        assert answer.status_code == 200
        assert answer.json()["max_connections"] == 64


def _closed_by_server(sock: socket.socket) -> bool:
    try:
        return sock.recv(1024) == b""
    except ConnectionResetError:
        return True


def test_idle_and_slow_connections_are_closed(sandbox_factory) -> None:
    server: SandboxServer = sandbox_factory(connection_timeout_s=0.5)
    with ExitStack() as stack:
        idle = stack.enter_context(socket.create_connection(("127.0.0.1", server.port), timeout=10))
        partial = half_finished(server.port, stack, 2)
        slow = stack.enter_context(socket.create_connection(("127.0.0.1", server.port), timeout=10))
        # A byte every 0.1 s keeps it busy, but the whole request must arrive within the timeout.
        slow.settimeout(0.1)
        started = time.monotonic()
        closed = False
        for byte in PARTIAL_LINE * 20:
            try:
                slow.sendall(bytes([byte]))
                closed = _closed_by_server(slow)
            except TimeoutError:
                continue
            except OSError:  # broken pipe: closed while sending
                closed = True
            if closed or time.monotonic() - started > 10:
                break
        assert closed
        assert all(_closed_by_server(sock) for sock in (idle, *partial))
        # A client that answers in time is served on its keep-alive connection as before.
        with httpx.Client(base_url=server.base_url, timeout=5) as client:
            assert client.get("/_sandbox/config").status_code == 200
            assert client.get("/_sandbox/stats").status_code == 200
