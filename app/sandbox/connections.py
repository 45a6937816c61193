"""Open connections of the sandbox, each with the moment its next request must have arrived by.

The server gives every connection a thread and a file descriptor. Without a limit, clients that
open connections and never finish a request (or send it a byte at a time) keep both forever:
about 1,000 of them exhaust the usual limit of 1,024 open files and nobody is answered any more.
So a connection that is waiting for a request (idle between keep-alive requests, or still
receiving one) has a deadline; the server's loop shuts connections past it. A connection being
answered has none, since injected latency and timeouts may hold it on purpose. When the cap of
open connections is reached, the one that has waited longest makes room for the newcomer.
"""

from __future__ import annotations

import socket
import threading
import time

REAP_EVERY_S = 0.2  # how often the server's loop looks for connections past their deadline


class ConnectionGuard:
    """Tracks open connections and their deadlines (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        # connection -> monotonic deadline of its next request; None while it is being answered
        self._deadlines: dict[socket.socket, float | None] = {}
        self._next_reap = 0.0

    def __len__(self) -> int:
        with self._lock:
            return len(self._deadlines)

    def waiting(self, connection: socket.socket, timeout_s: float) -> None:
        """Start (or restart) the wait for the connection's next request."""
        with self._lock:
            self._deadlines[connection] = time.monotonic() + timeout_s

    def busy(self, connection: socket.socket) -> None:
        """Drop the deadline: the request has fully arrived and is being answered."""
        with self._lock:
            if connection in self._deadlines:
                self._deadlines[connection] = None

    def closed(self, connection: socket.socket) -> None:
        """Forget a connection its handler has finished with."""
        with self._lock:
            self._deadlines.pop(connection, None)

    def reap(self) -> int:
        """Shut every connection past its deadline (at most every ``REAP_EVERY_S``); count them."""
        now = time.monotonic()
        if now < self._next_reap:
            return 0
        self._next_reap = now + REAP_EVERY_S
        with self._lock:
            late = [c for c, due in self._deadlines.items() if due is not None and due <= now]
            for connection in late:
                del self._deadlines[connection]
        for connection in late:
            _shut(connection)
        return len(late)

    def make_room(self, limit: int) -> bool:
        """Return True when a new connection may be served; close the longest-waiting one if needed.

        False: ``limit`` connections are all being answered, so the newcomer is refused.
        """
        with self._lock:
            if len(self._deadlines) < limit:
                return True
            waiting = [(due, id(c), c) for c, due in self._deadlines.items() if due is not None]
            if not waiting:
                return False
            oldest = min(waiting)[2]
            del self._deadlines[oldest]
        _shut(oldest)
        return True

    def drop_all(self) -> None:
        """Shut every open connection, so that handler threads end and clients see it closed."""
        with self._lock:
            connections = list(self._deadlines)
            self._deadlines.clear()
        for connection in connections:
            _shut(connection)


def _shut(connection: socket.socket) -> None:
    """End a connection from outside its thread: its blocked read returns and its handler ends."""
    try:
        connection.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
