"""Pipeless events, as ``shared/api/pipeless-events.md`` describes it.

Endpoints: batch (``/v1/apps/{app_id}/events/batch``, up to 10 events), single
(``/v1/apps/{app_id}/events``) and ``recent-events``. Bearer API key; 400 bodies are
``{"errors": [...]}`` whose messages name ``events[i].field``. The docs do not say what a batch
with one bad event does: by default it is refused whole (nothing stored), see
``SandboxConfig.pipeless_partial``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from app.sandbox import demo
from app.sandbox.imitations import Imitation, Setting, inspect_get
from app.sandbox.store import PipelessStore
from app.sandbox.wire import PathParams, Request, Response, Route, route

if TYPE_CHECKING:
    from app.sandbox.config import SandboxConfig
    from app.sandbox.faults import RateVerdict

_ID_SYMBOLS = set(" @-!#%^&()/+=;:'\"?<>\\][{}.,")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\Z")
_ENDS = ("start_object", "end_object")


def errors_body(*messages: str) -> dict[str, list[str]]:
    """Pipeless's only documented error shape."""
    return {"errors": list(messages)}


def id_problem(value: Any, ascii_only: bool = False) -> str | None:
    """Why ``value`` is not a valid object id (1-40 letters, digits, spaces, listed symbols).

    Letters and digits of any script, as the docs read; ``ascii_only`` (the
    ``pipeless_id_letters`` setting) refuses the others, to show how a refusal is handled.
    """
    if not isinstance(value, str):
        return f"must be a string, got {value!r}"
    if not 1 <= len(value) <= 40:
        return f"must be 1 to 40 characters, got {len(value)}"
    bad = sorted({ch for ch in value if not _id_char(ch, ascii_only)})
    if bad:
        return f"contains characters that are not allowed: {' '.join(repr(ch) for ch in bad)}"
    return None


def _id_char(char: str, ascii_only: bool) -> bool:
    if char in _ID_SYMBOLS:
        return True
    return (char.isalpha() or char.isdigit()) and (char.isascii() or not ascii_only)


def date_problem(value: Any) -> str | None:
    """Why ``value`` is not a ``YYYY-MM-DDTHH:MM:SS`` date-time (no zone, no fractions)."""
    if not isinstance(value, str) or not _DATE.match(value):
        return f"must be a date-time formatted YYYY-MM-DDTHH:MM:SS, got {value!r}"
    try:
        datetime.strptime(value, "%Y-%m-%dT%H:%M:%S")
    except ValueError:
        return f"is not a real date-time: {value!r}"
    return None


def check_event(raw: Any, where: str, ascii_ids: bool = False) -> list[str]:
    """Every reason the event at ``where`` (e.g. ``events[3]``) is invalid; [] when valid."""
    if not isinstance(raw, dict):
        return [f"{where} must be an object with start_object, relationship and end_object"]
    problems: list[str] = []
    for end in _ENDS:
        obj = raw.get(end)
        path = f"{where}.{end}"
        if obj is None:
            problems.append(f"{path} is required")
            continue
        if not isinstance(obj, dict):
            problems.append(f"{path} must be an object with id and type")
            continue
        if "id" not in obj:
            problems.append(f"{path}.id is required")
        elif reason := id_problem(obj["id"], ascii_ids):
            problems.append(f"{path}.id {reason}")
        if "type" not in obj:
            problems.append(f"{path}.type is required")
        elif obj["type"] not in demo.PIPELESS_OBJECT_TYPES:
            problems.append(
                f"{path}.type must be one of the allowed object types, got {obj['type']!r}"
            )
        for name in ("created_on", "modified_on"):
            if name in obj and (reason := date_problem(obj[name])):
                problems.append(f"{path}.{name} {reason}")
    rel = raw.get("relationship")
    path = f"{where}.relationship"
    if rel is None:
        problems.append(f"{path} is required")
    elif not isinstance(rel, dict):
        problems.append(f"{path} must be an object with a type")
    else:
        if "type" not in rel:
            problems.append(f"{path}.type is required")
        elif rel["type"] not in demo.PIPELESS_RELATIONSHIP_TYPES:
            problems.append(
                f"{path}.type must be one of the allowed relationship types, got {rel['type']!r}"
            )
        if "created_on" in rel and (reason := date_problem(rel["created_on"])):
            problems.append(f"{path}.created_on {reason}")
        if "single" in rel and not isinstance(rel["single"], bool):
            problems.append(f"{path}.single must be true or false")
    return problems


def _normalised(raw: dict[str, Any]) -> dict[str, Any]:
    """Only the documented fields of a valid event, with ``single`` made explicit."""
    event: dict[str, Any] = {}
    for end in _ENDS:
        obj = raw[end]
        event[end] = {k: obj[k] for k in ("id", "type", "created_on", "modified_on") if k in obj}
    rel = raw["relationship"]
    event["relationship"] = {k: rel[k] for k in ("type", "created_on") if k in rel}
    event["relationship"]["single"] = rel.get("single", True)
    return event


def _utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S")


class PipelessApi(Imitation):
    """Handlers of the Pipeless endpoints over one store and configuration."""

    api = "pipeless"
    title = "Pipeless events (api.pipeless.io)"
    rate_limit_setting = "pipeless_rate_limit"
    events_key = "pipeless"
    settings = (
        Setting("pipeless_rate_limit", None, "int | None", minimum=1,
                flag="--pipeless-rate-limit", group="limits", zero_is_none=True, metavar="N",
                help="Pipeless requests allowed per 10 s (0 = no limit, the default)"),
        # Choices where the docs say "unconfirmed".
        Setting("pipeless_batch_max", 10, "int", minimum=1),
        # "reject_batch": one invalid event refuses the batch whole (400, nothing stored);
        # "accept_valid": the valid events are stored and the answer is still a 400 naming
        # the others.
        Setting("pipeless_partial", "reject_batch", "str",
                choices=("reject_batch", "accept_valid"), flag="--pipeless-partial",
                help="invalid events in a batch: refuse it whole (default) or keep the valid "
                "ones"),
        # Letters and digits allowed in object ids: "any" script, as the docs read
        # ("article-é-0"), or "ascii" only, to see how an upload handles ids it refuses.
        Setting("pipeless_id_letters", "any", "str", choices=("any", "ascii"),
                flag="--pipeless-id-letters",
                help="letters and digits allowed in Pipeless ids: any script (default) or "
                "ASCII only"),
    )  # fmt: skip
    demo_credentials = {
        "pipeless_api_key": demo.PIPELESS_API_KEY,
        "pipeless_app_id": demo.PIPELESS_APP_ID,
    }

    def __init__(self, config: Callable[[], SandboxConfig], others: dict[str, Imitation]) -> None:
        super().__init__(config, others)
        self.store = PipelessStore()

    def reset(self) -> None:
        """Empty the store."""
        self.store.clear()

    def events(self) -> list[dict[str, Any]]:
        """Return the stored relationships, oldest first."""
        return self.store.events()

    def counts(self) -> dict[str, int]:
        """Count stored relationships per ``type:id -relationship-> type:id``."""
        return self.store.counts()

    def stats(self) -> dict[str, Any]:
        """Return relationships stored and repeats accepted."""
        return {
            "pipeless_events": len(self.store),
            "pipeless_repeats_accepted": self.store.repeats,
        }

    def inspection(self) -> list[tuple[Route, str]]:
        """Its stored relationships and objects."""
        return [
            (inspect_get("pipeless_events", "/pipeless/events", self.store.events),
             "GET /_sandbox/pipeless/events: stored Pipeless relationships"),
            (inspect_get("pipeless_objects", "/pipeless/objects", self.store.objects),
             "GET /_sandbox/pipeless/objects: stored Pipeless objects"),
        ]  # fmt: skip

    def index(self) -> dict[str, Any]:
        """Name the demo app."""
        return {"pipeless_app_id": demo.PIPELESS_APP_ID}

    def server_methods(self) -> dict[str, Callable[..., Any]]:
        """``pipeless_events()`` and ``pipeless_objects()``."""
        return {"pipeless_events": self.store.events, "pipeless_objects": self.store.objects}

    def too_many(self, verdict: RateVerdict | None, headers: dict[str, str]) -> Response:
        """Build a 429 in Pipeless's only error shape."""
        return Response(429, errors_body("Too many requests, slow down"), headers)

    def server_error(self, status: int, message: str, headers: dict[str, str]) -> Response:
        """Build an injected server error in Pipeless's only error shape."""
        return Response(status, errors_body(message), headers)

    def routes(self) -> list[Route]:
        """List the Pipeless endpoints the client uses."""
        base = r"/v1/apps/(?P<app>[^/]+)"
        return [
            route(
                "pipeless.batch",
                "POST",
                base + r"/events/batch",
                self.create_batch,
                "pipeless",
                writes=True,
                rate_limited=True,
            ),
            route(
                "pipeless.create",
                "POST",
                base + r"/events",
                self.create_one,
                "pipeless",
                writes=True,
                rate_limited=True,
            ),
            route(
                "pipeless.recent_events",
                "GET",
                base + r"/recent-events",
                self.recent_events,
                "pipeless",
                rate_limited=True,
            ),
        ]

    def _authorize(self, request: Request, app: str) -> Response | None:
        """None when the Bearer key is the app's key and the app exists."""
        if request.bearer_token() != demo.PIPELESS_API_KEY:
            return Response(
                401,
                errors_body(
                    "Invalid or missing API key: send 'Authorization: Bearer <App API Key>'"
                ),
            )
        if app != str(demo.PIPELESS_APP_ID):
            return Response(404, errors_body(f"App {app} not found"))
        return None

    def _body(self, request: Request) -> tuple[dict[str, Any] | None, Response | None]:
        try:
            body = request.json()
        except ValueError as exc:
            return None, Response(400, errors_body(f"Request body is not valid JSON ({exc})"))
        if not isinstance(body, dict):
            return None, Response(400, errors_body("Request body must be a JSON object"))
        if "synchronous" in body and not isinstance(body["synchronous"], bool):
            return None, Response(400, errors_body("synchronous must be true or false"))
        return body, None

    def create_batch(self, request: Request, match: PathParams) -> Response:
        """``{"events": [...], "synchronous": bool}`` → 201 (synchronous) / 202, or 400."""
        refused = self._authorize(request, match["app"])
        if refused is not None:
            return refused
        body, refused = self._body(request)
        if refused is not None or body is None:
            return refused or Response(400, errors_body("Request body is missing"))
        events = body.get("events")
        limit = self._config().pipeless_batch_max
        if not isinstance(events, list):
            return Response(400, errors_body("events is required and must be an array"))
        if not 1 <= len(events) <= limit:
            return Response(
                400, errors_body(f"events must contain 1 to {limit} events, got {len(events)}")
            )
        return self._write(events, [f"events[{i}]" for i in range(len(events))], body)

    def create_one(self, request: Request, match: PathParams) -> Response:
        """``{"event": {...}, "synchronous": bool}`` → 201 / 202, or 400."""
        refused = self._authorize(request, match["app"])
        if refused is not None:
            return refused
        body, refused = self._body(request)
        if refused is not None or body is None:
            return refused or Response(400, errors_body("Request body is missing"))
        if "event" not in body:
            return Response(400, errors_body("event is required"))
        return self._write([body["event"]], ["event"], body)

    def _write(self, events: list[Any], places: list[str], body: dict[str, Any]) -> Response:
        ascii_ids = self._config().pipeless_id_letters == "ascii"
        problems = [
            check_event(raw, where, ascii_ids) for raw, where in zip(events, places, strict=True)
        ]
        valid = [_normalised(raw) for raw, found in zip(events, problems, strict=True) if not found]
        messages = [m for found in problems for m in found]
        if messages and self._config().pipeless_partial == "reject_batch":
            return Response(400, errors_body(*messages))
        # Asynchronous writes are stored at once too: the answer differs, not the outcome.
        self.store.add(valid, _utc_now())
        if messages:  # accept_valid: the valid ones are in, the answer still names the others
            return Response(400, errors_body(*messages))
        return Response(201 if body.get("synchronous") is True else 202, {})

    def recent_events(self, request: Request, match: PathParams) -> Response:
        """Return the latest stored events, newest first (``limit``, default 10)."""
        refused = self._authorize(request, match["app"])
        if refused is not None:
            return refused
        limit_text = request.query_value("limit") or "10"
        if not limit_text.isdigit() or int(limit_text) < 1:
            return Response(400, errors_body("limit must be a positive integer"))
        events = self.store.events()
        return Response(200, list(reversed(events[-int(limit_text) :])))


IMITATION = PipelessApi
