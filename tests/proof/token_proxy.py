"""A loopback proxy in front of the sandbox that makes every credential recognisable.

The sandbox only knows its demo credentials, but the secret-hygiene suites need tokens that
cannot be mistaken for anything else, so that finding one in a file proves a leak. The proxy
swaps recognisable stand-ins (``sk-PROOF-7f3a9c41d2e8b605-...``) for the demo credentials on the
way in, and gives every access or refresh token the sandbox issues a recognisable stand-in on the
way out. The client therefore never holds a credential that does not contain ``NEEDLE``.
"""

from __future__ import annotations

import http.client
import itertools
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

NEEDLE = "7f3a9c41d2e8b605"
PROOF_ACCESS = f"sk-PROOF-{NEEDLE}-access"
PROOF_REFRESH = f"sk-PROOF-{NEEDLE}-refresh"
PROOF_SECRET = f"sk-PROOF-{NEEDLE}-secret"
PROOF_DEVELOPER = f"sk-PROOF-{NEEDLE}-developer"
PROOF_PIPELESS = f"sk-PROOF-{NEEDLE}-pipeless"
PROOF_WRONG = f"sk-PROOF-{NEEDLE}-wrong"  # refused by the sandbox (a 401)

_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


class TokenProxy:
    """Start with ``with TokenProxy(sandbox.base_url) as proxy:``; use ``proxy.base_url``."""

    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        self.upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
        self._lock = threading.Lock()
        self._counter = itertools.count(1)
        self.to_sandbox: dict[str, str] = {
            PROOF_ACCESS: "sandbox-access-token",
            PROOF_REFRESH: "sandbox-refresh-token",
            PROOF_SECRET: "sandbox-client-secret",
            PROOF_DEVELOPER: "sandbox-developer-key",
            PROOF_PIPELESS: "sandbox-pipeless-key",
        }
        self.requests = 0
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: Any) -> None:
                pass

            def _relay(self) -> None:
                proxy.relay(self)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _relay  # noqa: N815

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> TokenProxy:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _inward(self, text: str) -> str:
        with self._lock:
            pairs = sorted(self.to_sandbox.items(), key=lambda p: -len(p[0]))
        for proof, real in pairs:
            text = text.replace(proof, real)
        return text

    def _outward_token(self, real: str, kind: str) -> str:
        with self._lock:
            for proof, known in self.to_sandbox.items():
                if known == real:
                    return proof
            proof = f"sk-PROOF-{NEEDLE}-{kind}-{next(self._counter)}"
            self.to_sandbox[proof] = real
            return proof

    def relay(self, handler: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self.requests += 1
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        headers = {k: self._inward(v) for k, v in handler.headers.items() if k.lower() not in _HOP}
        path = self._inward(handler.path)
        if body:
            body = self._inward(body.decode("utf-8", "surrogateescape")).encode(
                "utf-8", "surrogateescape"
            )
        conn = http.client.HTTPConnection(*self.upstream, timeout=30)
        try:
            conn.request(handler.command, path, body=body or None, headers=headers)
            answer = conn.getresponse()
            data = answer.read()
        except (OSError, http.client.HTTPException):
            handler.close_connection = True  # the sandbox reset or dropped it: so do we
            return
        finally:
            conn.close()
        if path.startswith("/oauth/") and data:
            try:
                payload = json.loads(data)
                for name in ("access_token", "refresh_token"):
                    if isinstance(payload.get(name), str):
                        payload[name] = self._outward_token(payload[name], name.split("_")[0])
                data = json.dumps(payload).encode()
            except (ValueError, AttributeError):
                pass
        handler.send_response(answer.status)
        for k, v in answer.getheaders():
            if k.lower() not in _HOP:
                handler.send_header(k, v)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)
