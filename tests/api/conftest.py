"""Tiny loopback HTTP servers for the cases the sandbox does not play: redirects to another host,
an API that only knows the older template path, a server that never answers."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


# handler(seen) -> (status, headers, body) ; body may be bytes or a JSON-able object
Reply = tuple[int, dict[str, str], Any]


@dataclass
class Loopback:
    server: ThreadingHTTPServer
    host: str
    requests: list[Seen] = field(default_factory=list)

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"


def _handler_class(box: Loopback, answer: Callable[[Seen], Reply]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_args: Any) -> None:
            pass

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            seen = Seen(
                self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body
            )
            box.requests.append(seen)
            status, headers, payload = answer(seen)
            data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = _serve  # noqa: N815

    return Handler


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gave up (timeout tests) is expected, not news


@pytest.fixture
def loopback() -> Iterator[Callable[..., Loopback]]:
    """Start loopback servers: ``loopback(answer, host="127.0.0.1", name_as=None)``.

    ``name_as`` is the host name the test uses in URLs (e.g. ``localhost`` for a server bound to
    127.0.0.1), so two servers can be told apart by host name as well as by port.
    """
    started: list[ThreadingHTTPServer] = []

    def start(
        answer: Callable[[Seen], Reply], bind: str = "127.0.0.1", name_as: str | None = None
    ) -> Loopback:
        box = Loopback(server=None, host=name_as or bind)  # type: ignore[arg-type]
        server = _QuietServer((bind, 0), _handler_class(box, answer))
        box.server = server
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        started.append(server)
        return box

    yield start
    for server in started:
        server.shutdown()
        server.server_close()
