"""The sandbox server: every imitated API (``app.sandbox.imitations``) on one port.

``SandboxServer`` runs a stdlib ``ThreadingHTTPServer`` on 127.0.0.1 in daemon threads
(HTTP/1.1 keep-alive, Nagle off on every accepted socket: without it each answer waits for the
client's delayed ACK and loopback throughput drops about 80-fold). Around each API handler it
applies, in this order: the rate limiter, one fault draw, the latency, then the handler; resets
and timeouts happen after the handler for half the resets and every timeout, so the event is
stored and the client must retry idempotently. ``/_sandbox/...`` answers inspection requests
and is never faulted, limited or authenticated. A connection that does not send a whole request
within ``connection_timeout_s`` is closed, and at most ``max_connections`` are open at once (see
``app.sandbox.connections``), so half-finished requests cannot stop it answering others.
"""

from __future__ import annotations

import socket
import struct
import sys
import threading
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable
from email.utils import formatdate
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote

from app.sandbox.config import SandboxConfig
from app.sandbox.connections import ConnectionGuard
from app.sandbox.faults import (
    FAULT_5XX,
    FAULT_BURST_429,
    FAULT_RESET_AFTER,
    FAULT_RESET_BEFORE,
    FAULT_TIMEOUT,
    FaultDecision,
    FaultInjector,
    RateVerdict,
    RollingWindow,
)
from app.sandbox.imitations import (
    Imitation,
    demo_credentials,
    imitation_classes,
    inspect_get,
    inspect_post,
)
from app.sandbox.store import relationship_key
from app.sandbox.wire import Request, Response, Route, route

__all__ = ["SandboxConfig", "SandboxServer"]

_MAX_BODY = 16 * 1024 * 1024
_NO_FAULT = FaultDecision()


class _Stats:
    """Request and fault counters; one lock, touched once per request."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.clear()

    def clear(self) -> None:
        with self._lock:
            self._by_status: Counter[str] = Counter()
            self._by_route: defaultdict[str, Counter[str]] = defaultdict(Counter)
            self._faults: Counter[str] = Counter()
            self._rate_limited: Counter[str] = Counter()
            self._total = 0

    def count(self, route_name: str, outcome: str, fault: str | None = None) -> None:
        """Count one finished request; ``outcome`` is a status code or "reset"."""
        with self._lock:
            self._total += 1
            self._by_status[outcome] += 1
            self._by_route[route_name][outcome] += 1
            if fault:
                self._faults[fault] += 1

    def count_rate_limited(self, api: str) -> None:
        with self._lock:
            self._rate_limited[api] += 1

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return {
                "requests": self._total,
                "by_status": dict(self._by_status),
                "by_route": {name: dict(c) for name, c in self._by_route.items()},
                "faults": dict(self._faults),
                "rate_limited": dict(self._rate_limited),
            }


class _Sandbox:
    """Everything but the sockets: configuration, the imitations, faults, limits, stats, routing."""

    def __init__(self, config: SandboxConfig) -> None:
        self._config_lock = threading.Lock()
        self.config = config.validated()
        # By their routes' ``api`` name, built in the listed order (later ones may lean on
        # earlier ones, as one API may accept the OAuth tokens another one issued).
        self.imitations: dict[str, Imitation] = {}
        for cls in imitation_classes():
            self.imitations[cls.api] = cls(lambda: self.config, dict(self.imitations))
        self.faults = FaultInjector(config.seed)
        self.windows = {api: RollingWindow() for api in self.imitations}
        self.stats = _Stats()
        self.stopping = threading.Event()
        self.routes: list[Route] = [
            r for imitation in self.imitations.values() for r in imitation.routes()
        ] + self._inspection_routes()

    # ----- state ----------------------------------------------------------------------------

    def configure(self, **changes: Any) -> SandboxConfig:
        with self._config_lock:
            new = self.config.replace(**changes)
            if new.seed != self.config.seed:
                self.faults.reseed(new.seed)
            self.config = new
            return new

    def reset(self) -> None:
        for imitation in self.imitations.values():
            imitation.reset()
        for window in self.windows.values():
            window.clear()
        self.stats.clear()
        self.faults.reseed(self.config.seed)

    def stats_snapshot(self) -> dict[str, Any]:
        snap = self.stats.snapshot()
        for imitation in self.imitations.values():
            snap.update(imitation.stats())
        return snap

    def event_counts(self) -> dict[str, dict[str, int]]:
        return {i.events_key: i.counts() for i in self.imitations.values()}

    # ----- routing --------------------------------------------------------------------------

    def match(self, request: Request) -> tuple[Route | None, Any, bool]:
        """(route, match, path_known): path_known without a route means a wrong method."""
        path_known = False
        for candidate in self.routes:
            found = candidate.pattern.match(request.path)
            if found is None:
                continue
            if candidate.method == request.method:
                return candidate, found, True
            path_known = True
        return None, None, path_known

    def rate_check(self, target: Route, config: SandboxConfig) -> RateVerdict | None:
        """Return the limiter's verdict for the route's API, or None when it has no limit."""
        if not target.rate_limited:
            return None
        limit = getattr(config, self.imitations[target.api].rate_limit_setting)
        if limit is None:
            return None
        return self.windows[target.api].acquire(limit, config.rate_limit_interval_ms)

    def too_many(
        self, target: Route, verdict: RateVerdict | None, config: SandboxConfig
    ) -> Response:
        """Build a 429 in the API's own shape, with Retry-After when configured."""
        headers: dict[str, str] = {}
        if config.retry_after is not None:
            headers["Retry-After"] = _seconds_text(config.retry_after)
        return self.imitations[target.api].too_many(verdict, headers)

    def server_error(self, target: Route, status: int, config: SandboxConfig) -> Response:
        """Build an injected server error in the API's own shape (Retry-After when configured)."""
        message = f"{status} {_phrase(status) or 'Error'} (injected by the sandbox)"
        headers = {}
        if config.retry_after is not None:
            headers["Retry-After"] = _seconds_text(config.retry_after)
        return self.imitations[target.api].server_error(status, message, headers)

    # ----- inspection -----------------------------------------------------------------------

    def _inspection_routes(self) -> list[Route]:
        def all_events() -> dict[str, Any]:
            found: dict[str, Any] = {i.events_key: i.events() for i in self.imitations.values()}
            found["counts"] = self.event_counts()
            return found

        own = [entry for imitation in self.imitations.values() for entry in imitation.inspection()]
        return [
            inspect_get("index", "", self._index),
            inspect_get("events", "/events", all_events),
            *(entry_route for entry_route, _text in own),
            inspect_get("counts", "/counts", self.event_counts),
            inspect_get("stats", "/stats", self.stats_snapshot),
            inspect_get("config", "/config", lambda: self.config.as_dict()),
            route("sandbox.config_set", "POST", "/_sandbox/config", self._set_config, "inspect"),
            inspect_post("reset", "/reset", self.reset, {"reset": True}),
        ]

    def _index(self) -> dict[str, Any]:
        inspection = {"GET /_sandbox/events": "stored events of every API and counts per id"}
        for imitation in self.imitations.values():
            for _route, text in imitation.inspection():
                where, what = text.split(": ", 1)
                inspection[where] = what
        inspection.update(
            {
                "GET /_sandbox/counts": "stored copies per id as sent / per fact",
                "GET /_sandbox/stats": "requests by route and status, faults injected",
                "GET /_sandbox/config": "current settings",
                "POST /_sandbox/config": "change settings: JSON object of SandboxConfig fields",
                "POST /_sandbox/reset": "forget stored events, tokens and counters",
            }
        )
        index: dict[str, Any] = {
            "name": "Event Loader sandbox",
            "imitates": [imitation.title for imitation in self.imitations.values()],
        }
        for imitation in self.imitations.values():
            index.update(imitation.index())
        index["inspection"] = inspection
        return index

    def _set_config(self, request: Request, _match: Any) -> Response:
        try:
            changes = request.json()
            if not isinstance(changes, dict):
                raise ValueError("send a JSON object of setting name to value")
            return Response(200, self.configure(**changes).as_dict())
        except (ValueError, TypeError) as exc:
            return Response(400, {"errors": [str(exc)]})


def _call(target: Route, request: Request, found: Any) -> Response:
    """Run a handler; a bug in it becomes a 500 naming the route, not a dropped connection."""
    try:
        params = {name: unquote(value) for name, value in found.groupdict().items()}
        return target.handler(request, params)
    except Exception as exc:  # noqa: BLE001 (reported to the client and on stderr)
        traceback.print_exc(file=sys.stderr)
        message = f"sandbox error in {target.name}: {type(exc).__name__}"
        return Response(500, {"status": "error", "message": message, "errors": [message]})


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _seconds_text(seconds: float) -> str:
    return str(int(seconds)) if float(seconds).is_integer() else f"{seconds:g}"


class _Handler(BaseHTTPRequestHandler):
    """Reads one request at a time off a keep-alive connection and lets ``_Sandbox`` answer it."""

    protocol_version = "HTTP/1.1"
    server_version = "EventLoaderSandbox/1.0"
    sys_version = ""
    server: _HTTPServer

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.guard.closed(self.connection)

    def handle_one_request(self) -> None:
        """Wait for the next request with a deadline: idle and slow clients are let go."""
        timeout = self.server.sandbox.config.connection_timeout_s
        self.server.guard.waiting(self.connection, timeout)
        super().handle_one_request()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (stdlib signature)
        """Stay quiet: the CLI and the tests read stats instead of an access log."""

    def do_GET(self) -> None:  # noqa: N802 (stdlib naming)
        self._serve()

    def do_POST(self) -> None:  # noqa: N802
        self._serve()

    def do_PUT(self) -> None:  # noqa: N802
        self._serve()

    def do_PATCH(self) -> None:  # noqa: N802
        self._serve()

    def do_DELETE(self) -> None:  # noqa: N802
        self._serve()

    # ----- one request ----------------------------------------------------------------------

    def _serve(self) -> None:
        sandbox = self.server.sandbox
        body = self._read_body()
        if body is None:
            return
        self.server.guard.busy(self.connection)
        headers = {name.lower(): value for name, value in self.headers.items()}
        request = Request.build(self.command, self.path, headers, body)
        target, found, path_known = sandbox.match(request)
        if target is None:
            status = 405 if path_known else 404
            message = "Method not allowed" if path_known else f"No endpoint at {request.path}"
            sandbox.stats.count("unknown", str(status))
            self._send(Response(status, {"status": "error", "message": message}))
            return
        if target.api == "inspect":
            self._send(_call(target, request, found))
            return

        config = sandbox.config
        verdict = sandbox.rate_check(target, config)
        faultable = target.writes or config.fault_scope == "all"
        decision = sandbox.faults.decide(config) if faultable else _NO_FAULT
        delay = sandbox.faults.latency_s(config)
        if delay and sandbox.stopping.wait(delay):
            return

        if verdict is not None and not verdict.allowed:
            sandbox.stats.count_rate_limited(target.api)
            self._finish(target, sandbox.too_many(target, verdict, config))
            return
        if decision.kind == FAULT_BURST_429:
            self._finish(target, sandbox.too_many(target, verdict, config), FAULT_BURST_429)
            return
        if decision.kind == FAULT_5XX:
            self._finish(
                target, sandbox.server_error(target, decision.status or 500, config), FAULT_5XX
            )
            return
        if decision.kind == FAULT_RESET_BEFORE:
            self._reset(target, FAULT_RESET_BEFORE)
            return

        response = _call(target, request, found)
        if verdict is not None:
            sandbox.imitations[target.api].answered(response, verdict)
        if decision.kind == FAULT_RESET_AFTER:
            self._reset(target, FAULT_RESET_AFTER)
            return
        if decision.kind == FAULT_TIMEOUT:
            # Counted now: the client has usually given up before the late answer leaves.
            sandbox.stats.count(target.name, str(response.status), FAULT_TIMEOUT)
            if not sandbox.stopping.wait(config.timeout_s):
                self._send(response)
            return
        self._finish(target, response)

    def _finish(self, target: Route, response: Response, fault: str | None = None) -> None:
        self.server.sandbox.stats.count(target.name, str(response.status), fault)
        self._send(response)

    def _read_body(self) -> bytes | None:
        """Read the body (Content-Length or chunked); None when there is nothing to answer."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        length_text = self.headers.get("Content-Length", "0") or "0"
        try:
            length = int(length_text)
        except ValueError:
            length = -1
        if length < 0 or length > _MAX_BODY:
            self.close_connection = True
            self._send(
                Response(
                    413 if length > 0 else 400, {"status": "error", "message": "Bad Content-Length"}
                )
            )
            return None
        body = self.rfile.read(length) if length else b""
        if len(body) < length:  # the client went away mid-request: nothing to answer
            self.close_connection = True
            return None
        return body

    def _read_chunked(self) -> bytes | None:
        chunks: list[bytes] = []
        received = 0
        while True:
            size_line = self.rfile.readline(65537)
            try:
                size = int(size_line.split(b";", 1)[0].strip(), 16)
            except ValueError:  # EOF or garbage: the request cannot be completed
                self.close_connection = True
                return None
            if size == 0:
                while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return b"".join(chunks)
            received += size
            chunk = self.rfile.read(size)
            if len(chunk) < size or received > _MAX_BODY:
                self.close_connection = True
                return None
            chunks.append(chunk)
            self.rfile.readline(3)

    def _send(self, response: Response) -> None:
        """Write status line, headers and body in one call (one packet for small answers)."""
        data = response.encoded()
        lines = [
            f"HTTP/1.1 {response.status} {_phrase(response.status)}",
            f"Server: {self.server_version}",
            f"Date: {formatdate(usegmt=True)}",
            f"Content-Length: {len(data)}",
        ]
        if response.body is not None:
            lines.append("Content-Type: application/json;charset=utf-8")
        if self.close_connection:
            lines.append("Connection: close")
        lines += [f"{name}: {value}" for name, value in response.headers.items()]
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        try:
            self.wfile.write(head + data)
        except OSError:  # the client gave up (timeouts): nothing left to tell it
            self.close_connection = True

    def _reset(self, target: Route, fault: str) -> None:
        """Drop the connection with a TCP RST (SO_LINGER 0) instead of answering."""
        self.server.sandbox.stats.count(target.name, "reset", fault)
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            # The real close happens when finish() closes rfile, the socket's last user.
            self.connection.close()
        except OSError:
            pass


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # keep-alive clients must not make stop() wait for them
    allow_reuse_address = True
    request_queue_size = 256

    def __init__(self, address: tuple[str, int], sandbox: _Sandbox) -> None:
        self.sandbox = sandbox
        self.guard = ConnectionGuard()
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay quiet about clients that vanish (killed uploads, timeouts); report real bugs."""
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)

    def verify_request(self, request: Any, client_address: Any) -> bool:
        """Serve a new connection if there is room (the longest-waiting one may make room)."""
        return self.guard.make_room(self.sandbox.config.max_connections)

    def process_request(self, request: Any, client_address: Any) -> None:
        """Count the connection before its thread starts, so the cap holds under a flood."""
        self.guard.waiting(request, self.sandbox.config.connection_timeout_s)
        super().process_request(request, client_address)

    def service_actions(self) -> None:
        """Between accepts: close connections that took too long to send a request."""
        self.guard.reap()

    def drop_connections(self) -> None:
        """Shut every open connection, so that handler threads end and clients see it closed."""
        self.guard.drop_all()


class SandboxServer:
    """A local imitation of the listed APIs on ``http://127.0.0.1:PORT``.

    Use it as a context manager (``with SandboxServer(SandboxConfig(seed=1)) as sb:``) or call
    ``start()`` / ``stop()``. The inspection methods read the same in-memory store the HTTP
    endpoints write, so a test can check exactly what arrived; besides those below, each
    imitation adds its own (``Imitation.server_methods``: ``pipeless_events()``, ...).
    """

    def __init__(
        self, config: SandboxConfig | None = None, *, port: int = 0, host: str = "127.0.0.1"
    ) -> None:
        self._sandbox = _Sandbox(config or SandboxConfig())
        self._host = host
        self._requested_port = port
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ----- life cycle -----------------------------------------------------------------------

    def start(self) -> SandboxServer:
        """Bind and serve in a daemon thread; return self."""
        if self._httpd is not None:
            return self
        self._sandbox.stopping.clear()
        self._httpd = _HTTPServer((self._host, self._requested_port), self._sandbox)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.02},
            name=f"sandbox-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop accepting, drop open connections, free the port."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self._sandbox.stopping.set()  # wakes requests sleeping in latency or timeouts
        httpd.shutdown()
        httpd.drop_connections()
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        """True between start() and stop()."""
        return self._httpd is not None

    @property
    def port(self) -> int:
        """The port it listens on (the chosen free port when created with port 0)."""
        if self._httpd is None:
            raise RuntimeError("the sandbox is not running")
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``: the base URL of both APIs and of ``/_sandbox/``."""
        return f"http://{self._host}:{self.port}"

    @property
    def credentials(self) -> dict[str, Any]:
        """The demo accounts' tokens, keys and app ids (they work only against the sandbox)."""
        return demo_credentials()

    @property
    def config(self) -> SandboxConfig:
        """The current settings."""
        return self._sandbox.config

    # ----- control and inspection -----------------------------------------------------------

    def configure(self, **changes: Any) -> SandboxConfig:
        """Change settings while running (faults, limits, policies); returns the new config."""
        return self._sandbox.configure(**changes)

    def reset(self) -> None:
        """Forget stored events, tokens, counters and rate windows; restart faults from the seed.

        Settings stay as they are.
        """
        self._sandbox.reset()

    def __getattr__(self, name: str) -> Callable[..., Any]:
        """Return an imitation's own inspection method (``pipeless_events``, ...)."""
        if not name.startswith("_"):
            for imitation in self._sandbox.imitations.values():
                method = imitation.server_methods().get(name)
                if method is not None:
                    return method
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def event_counts(self) -> dict[str, dict[str, int]]:
        """Count stored events per key: any value above 1 is a row that arrived twice.

        ``hubspot`` is keyed by event id as sent, ``pipeless`` by
        ``type:id -relationship-> type:id``.
        """
        return self._sandbox.event_counts()

    def stats(self) -> dict[str, Any]:
        """Return requests by status and route, faults by kind, 429s, events stored."""
        return self._sandbox.stats_snapshot()


def pipeless_key(event: dict[str, Any]) -> str:
    """Name the fact a Pipeless event states, as ``event_counts()['pipeless']`` keys it.

    Accepts a stored item (``{event_at, event}``) or an event as sent.
    """
    return relationship_key(event.get("event", event))
