"""The APIs the sandbox imitates: one module each, listed in ``IMITATION_MODULES``.

Each module defines ``IMITATION``, a subclass of ``Imitation`` that declares everything the
server, the settings and the command line need to know about it: its routes, its settings (with
their defaults and command-line options), its demo account, the setting holding its rate limit,
the shape of its errors and what the inspection endpoints show of it. The server, the settings
and ``event-loader sandbox`` only go through this list, so a new imitation is one module plus
one line here. Nothing here imports ``app.core`` or ``app.api``: the sandbox stands for the real
services, not for the client.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar

from app.sandbox.wire import Request, Response, Route, route

if TYPE_CHECKING:
    from app.sandbox.faults import RateVerdict

# In the order the index page lists them; an imitation another one leans on comes first.
IMITATION_MODULES: tuple[str, ...] = (
    "app.sandbox.hubspot",
    "app.sandbox.pipeless",
    "app.sandbox.hubspot_events",
)


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting an imitation adds to ``SandboxConfig`` (a flat field name, as before).

    ``minimum``: the lowest value allowed (None is allowed too when the annotation says so, and
    switches the thing off). ``flag``: the ``event-loader sandbox`` option setting it, if any;
    ``zero_is_none`` makes 0 on the command line mean None.
    """

    name: str
    default: Any
    annotation: str  # the dataclass field's type, as text ("int | None")
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    flag: str | None = None
    help: str | None = None
    group: str = "policies"  # "limits" (limits and faults) or "policies" (docs are silent)
    zero_is_none: bool = False
    metavar: str | None = None


class Imitation:
    """Base of one imitated API: handlers over a store, and what the server asks of it."""

    api: ClassVar[str]  # its routes' ``api`` name; also the key of its rate window
    title: ClassVar[str]  # what the index page says it imitates
    rate_limit_setting: ClassVar[str]  # the setting holding its requests per interval
    settings: ClassVar[tuple[Setting, ...]] = ()
    demo_credentials: ClassVar[dict[str, Any]] = {}  # the demo account (sandbox-only values)
    events_key: ClassVar[str]  # its key in ``/_sandbox/events`` and ``event_counts()``

    def __init__(self, config: Callable[[], Any], others: dict[str, Imitation]) -> None:
        """Keep the live settings; ``others`` holds the imitations built before this one."""
        self._config = config

    def routes(self) -> list[Route]:
        """List its API endpoints."""
        raise NotImplementedError

    def reset(self) -> None:
        """Forget what it stored."""

    def events(self) -> list[dict[str, Any]]:
        """Return what it stored, oldest first."""
        raise NotImplementedError

    def counts(self) -> dict[str, int]:
        """Return stored copies per key: any value above 1 is a row that arrived twice."""
        raise NotImplementedError

    def stats(self) -> dict[str, Any]:
        """Return its own figures for ``/_sandbox/stats``."""
        return {}

    def inspection(self) -> list[tuple[Route, str]]:
        """Return its ``/_sandbox/...`` routes, each with the sentence the index page shows."""
        return []

    def index(self) -> dict[str, Any]:
        """Return what the index page says of its demo account."""
        return {}

    def server_methods(self) -> dict[str, Callable[..., Any]]:
        """Return the inspection methods ``SandboxServer`` offers for it (tests read them)."""
        return {}

    # ----- the shape of its answers -----------------------------------------------------------

    def too_many(self, verdict: RateVerdict | None, headers: dict[str, str]) -> Response:
        """Build a 429 in the API's own shape (``headers`` has Retry-After when configured)."""
        raise NotImplementedError

    def server_error(self, status: int, message: str, headers: dict[str, str]) -> Response:
        """Build an injected server error in the API's own shape."""
        raise NotImplementedError

    def answered(self, response: Response, verdict: RateVerdict) -> None:
        """Add what the API tells of its rate limit to a normal answer (nothing by default)."""


def inspect_get(name: str, path: str, read: Callable[[], Any]) -> Route:
    """Build a ``GET /_sandbox<path>`` route answering ``read()``."""

    def handler(_request: Request, _match: Any) -> Response:
        return Response(200, read())

    return route(f"sandbox.{name}", "GET", "/_sandbox" + path, handler, "inspect")


def inspect_post(name: str, path: str, act: Callable[[], None], answer: dict[str, Any]) -> Route:
    """Build a ``POST /_sandbox<path>`` route doing ``act()``."""

    def handler(_request: Request, _match: Any) -> Response:
        act()
        return Response(200, answer)

    return route(f"sandbox.{name}", "POST", "/_sandbox" + path, handler, "inspect")


@cache
def imitation_classes() -> tuple[type[Imitation], ...]:
    """Return the ``IMITATION`` of every listed module, in the listed order."""
    return tuple(importlib.import_module(name).IMITATION for name in IMITATION_MODULES)


def all_settings() -> list[Setting]:
    """Return every imitation's settings, in the listed order."""
    return [s for cls in imitation_classes() for s in cls.settings]


def demo_credentials() -> dict[str, Any]:
    """Return the demo accounts of every imitation, in one dict (``SandboxServer.credentials``)."""
    merged: dict[str, Any] = {}
    for cls in imitation_classes():
        merged.update(cls.demo_credentials)
    return merged
