"""HubSpot custom events, as ``shared/api/hubspot-custom-events.md`` describes them.

Endpoints: ``POST /events/v3/send/batch`` (``{"inputs": [...]}``, 204 without a body) and
``POST /events/v3/send`` (one event), ``GET /events/v3/event-definitions`` (paged with
``limit``/``after``, ``includeProperties``) and ``GET /events/v3/event-definitions/{name}``.
Bearer token: the demo private-app token, or any token the HubSpot imitation's OAuth accepts.

What the notes leave open is settled conservatively and made a setting: one bad event refuses
the whole batch (400, nothing stored); the error details name the event as ``inputs[i]`` only
when ``hubspot_events_error_index`` is on; a repeated ``uuid`` of the same event name is
accepted and kept once.
"""

from __future__ import annotations

import copy
import re
import threading
import uuid
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from app.sandbox import demo
from app.sandbox.hubspot import HubSpotApi
from app.sandbox.hubspot_common import HubSpotShaped, error_body
from app.sandbox.imitations import Imitation, Setting, inspect_get
from app.sandbox.wire import PathParams, Request, Response, Route, new_correlation_id, route

if TYPE_CHECKING:
    from app.sandbox.config import SandboxConfig

# The demo account: its portal id and a private-app token (they work only on the sandbox).
PORTAL_ID = 4040404
PRIVATE_APP_TOKEN = "sandbox-private-app-token"
MAX_PROPERTIES = 50
MAX_VALUE = 256
_NUMBER = re.compile(r"-?\d+(\.\d+)?\Z")
_CREATED = "2024-03-01T09:00:00.000Z"


def _prop(name: str, label: str, kind: str, options: list[tuple[str, str]] | None = None) -> dict:
    prop: dict[str, Any] = {"name": name, "label": label, "type": kind, "createdAt": _CREATED}
    if options is not None:
        prop["options"] = [{"label": lab, "value": val} for lab, val in options]
    return prop


def _definition(
    name: str, singular: str, primary: str, properties: list[dict], archived: bool = False
) -> dict[str, Any]:
    return {
        "name": name,
        "fullyQualifiedName": f"pe{PORTAL_ID}_{name}",
        "labels": {"singular": singular, "plural": singular + "s"},
        "primaryObject": primary,
        "archived": archived,
        "trackingType": "MANUAL",
        "createdAt": _CREATED,
        "properties": properties,
    }


# Properties of every type, next to the ``hs_`` defaults HubSpot adds to each definition.
_DEFINITIONS: list[dict[str, Any]] = [
    _definition(
        "webinar_attended",
        "Webinar attended",
        "CONTACT",
        [
            _prop("webinar_name", "Webinar", "string"),
            _prop("minutes_watched", "Minutes attended", "number"),
            _prop("registered_on", "Registration date", "datetime"),
            _prop(
                "attendance",
                "Attendance",
                "enumeration",
                [
                    ("Attended live", "live"),
                    ("Watched replay", "replay"),
                    ("Did not attend", "absent"),
                ],
            ),
            _prop("hs_city", "City", "string"),
            _prop("hs_page_url", "Page URL", "string"),
        ],
    ),
    _definition(
        "demo_booked",
        "Demo booked",
        "COMPANY",
        [_prop("product", "Product", "string"), _prop("seats", "Seats", "number")],
    ),
    _definition("spring_promo", "Spring promotion", "CONTACT", [], archived=True),
]


def definitions() -> list[dict[str, Any]]:
    """Deep copies of the demo account's event definitions (callers may change them)."""
    return copy.deepcopy(_DEFINITIONS)


def validation_error(message: str, errors: list[dict[str, Any]]) -> dict[str, Any]:
    """Build the documented ``Error`` shape of a 400."""
    return {
        "category": "VALIDATION_ERROR",
        "correlationId": new_correlation_id(),
        "message": message,
        "context": {},
        "errors": errors,
        "links": {},
    }


class EventsStore:
    """Occurrences in arrival order, one per (event name, uuid); repeats counted, not kept."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.clear()

    def clear(self) -> None:
        """Forget everything."""
        with self._lock:
            self._events: list[dict[str, Any]] = []
            self._keys: set[tuple[str, str]] = set()
            self._counts: Counter[str] = Counter()
            self.repeats = 0

    def add_all(self, events: list[dict[str, Any]]) -> None:
        """Store a checked batch at once (a repeated uuid is accepted and kept once)."""
        with self._lock:
            for event in events:
                key = (event["eventName"], event.get("uuid") or str(uuid.uuid4()))
                if key in self._keys:
                    self.repeats += 1
                    continue
                self._keys.add(key)
                self._counts[key[1]] += 1
                self._events.append(event)

    def has(self, raw: Any) -> bool:
        """Tell whether an occurrence with this event name and uuid is stored already."""
        if not isinstance(raw, dict) or not raw.get("uuid"):
            return False
        with self._lock:
            return (raw.get("eventName"), raw.get("uuid")) in self._keys

    def events(self) -> list[dict[str, Any]]:
        """Return copies of the stored occurrences, oldest first."""
        with self._lock:
            return copy.deepcopy(self._events)

    def counts(self) -> dict[str, int]:
        """Count stored copies per uuid (a value above 1 would be a row stored twice)."""
        with self._lock:
            return dict(self._counts)

    def __len__(self) -> int:
        with self._lock:
            return len(self._events)


class HubSpotEventsApi(HubSpotShaped):
    """Handlers of the custom events endpoints over one store and configuration."""

    api = "hubspot_events"
    title = "HubSpot custom events (api.hubapi.com/events/v3)"
    rate_limit_setting = "hubspot_events_rate_limit"
    events_key = "hubspot_custom_events"
    settings = (
        # Batch maximum ("batches of 500"), rate limit (none documented for the send
        # endpoints), and whether 400 details name the event as ``inputs[i]`` (unconfirmed).
        Setting("hubspot_events_batch_max", 500, "int", minimum=1),
        Setting("hubspot_events_rate_limit", None, "int | None", minimum=1),
        Setting("hubspot_events_error_index", False, "bool"),
        # A uuid sent again: "accept" (kept once, 204) or "reject" (400, as the v3 spec words
        # it: "the first will be accepted and all others will be rejected").
        Setting("hubspot_events_repeated_uuid", "accept", "str", choices=("accept", "reject")),
    )
    demo_credentials = {
        "hubspot_events_access_token": PRIVATE_APP_TOKEN,
        "hubspot_events_portal_id": PORTAL_ID,
    }

    def __init__(self, config: Callable[[], SandboxConfig], others: dict[str, Imitation]) -> None:
        super().__init__(config, others)
        hubspot = others[HubSpotApi.api]
        assert isinstance(hubspot, HubSpotApi)
        # 'ok', 'expired' or 'unknown' for a token of the HubSpot imitation's OAuth.
        self._oauth_check: Callable[[str], str] = lambda token: hubspot.tokens.check(
            token, self._config()
        )
        self.store = EventsStore()
        self._by_name = {d["fullyQualifiedName"]: d for d in _DEFINITIONS}

    def reset(self) -> None:
        """Empty the store (definitions are fixed)."""
        self.store.clear()

    def events(self) -> list[dict[str, Any]]:
        """Return the stored occurrences, oldest first (one per uuid)."""
        return self.store.events()

    def counts(self) -> dict[str, int]:
        """Count stored copies per uuid."""
        return self.store.counts()

    def stats(self) -> dict[str, Any]:
        """Return occurrences stored and repeated uuids kept once."""
        return {
            "hubspot_custom_events": len(self.store),
            "hubspot_custom_events_repeats": self.store.repeats,
        }

    def inspection(self) -> list[tuple[Route, str]]:
        """Its stored occurrences."""
        return [
            (inspect_get("custom_events", "/hubspot-events/events", self.store.events),
             "GET /_sandbox/hubspot-events/events: stored HubSpot custom events"),
        ]  # fmt: skip

    def index(self) -> dict[str, Any]:
        """Name the demo account's portal id."""
        return {"hubspot_portal_id": PORTAL_ID}

    def server_methods(self) -> dict[str, Callable[..., Any]]:
        """``hubspot_custom_events()``: the stored occurrences, oldest first (one per uuid)."""
        return {"hubspot_custom_events": self.store.events}

    def routes(self) -> list[Route]:
        """Every custom events endpoint."""
        api = "hubspot_events"
        return [
            route("events.send_batch", "POST", r"/events/v3/send/batch", self.send_batch, api,
                  writes=True, rate_limited=True),
            route("events.send", "POST", r"/events/v3/send", self.send_one, api,
                  writes=True, rate_limited=True),
            route("events.definitions", "GET", r"/events/v3/event-definitions",
                  self.list_definitions, api, rate_limited=True),
            route("events.definition", "GET", r"/events/v3/event-definitions/(?P<name>[^/]+)",
                  self.get_definition, api, rate_limited=True),
        ]  # fmt: skip

    # ----- authentication -------------------------------------------------------------------

    def _authorize(self, request: Request) -> Response | None:
        token = request.bearer_token()
        if token is None:
            return Response(
                401, error_body("Authentication credentials not found.", "INVALID_AUTHENTICATION")
            )
        if token == demo.HUBSPOT_NO_SCOPE_TOKEN:
            return Response(
                403,
                error_body(
                    "This app hasn't been granted all required scopes to make this call.",
                    "MISSING_SCOPES",
                    context={"missingScopes": ["analytics.behavioral_events.send"]},
                ),
            )
        if token == PRIVATE_APP_TOKEN:
            return None
        state = self._oauth_check(token)
        if state == "ok":
            return None
        message = (
            "The OAuth token used to make this call expired."
            if state == "expired"
            else "Authentication credentials are invalid."
        )
        return Response(401, error_body(message, "INVALID_AUTHENTICATION"))

    # ----- definitions ----------------------------------------------------------------------

    def list_definitions(self, request: Request, _match: PathParams) -> Response:
        """Answer a page of definitions (``limit`` default 100, ``after`` an offset)."""
        refused = self._authorize(request)
        if refused is not None:
            return refused
        try:
            limit = max(1, min(int(request.query_value("limit") or 100), 100))
            start = int(request.query_value("after") or 0)
        except ValueError:
            return Response(400, validation_error("limit and after must be numbers", []))
        found = definitions()
        with_props = (request.query_value("includeProperties") or "").lower() == "true"
        page = found[start : start + limit]
        if not with_props:
            for item in page:
                item.pop("properties", None)
        body: dict[str, Any] = {"total": len(found), "results": page}
        if start + limit < len(found):
            body["paging"] = {"next": {"after": str(start + limit)}}
        return Response(200, body)

    def get_definition(self, request: Request, match: PathParams) -> Response:
        """One definition by its name or fully qualified name."""
        refused = self._authorize(request)
        if refused is not None:
            return refused
        for item in definitions():
            if match["name"] in (item["name"], item["fullyQualifiedName"]):
                return Response(200, item)
        return Response(
            404, error_body(f"Event definition {match['name']} not found", "OBJECT_NOT_FOUND")
        )

    # ----- events ---------------------------------------------------------------------------

    def send_one(self, request: Request, _match: PathParams) -> Response:
        """One occurrence: 204, or 400 with the reasons."""
        refused = self._authorize(request)
        if refused is not None:
            return refused
        try:
            raw = request.json()
        except ValueError as exc:
            return Response(400, validation_error(f"Invalid input JSON: {exc}", []))
        problems = self._check(raw, "")
        if problems:
            return Response(400, validation_error(problems[0]["message"], problems))
        self.store.add_all([_stored(raw)])
        return Response(204)

    def send_batch(self, request: Request, _match: PathParams) -> Response:
        """Take a batch: 204 when every event is valid, else 400 and nothing stored."""
        refused = self._authorize(request)
        if refused is not None:
            return refused
        config = self._config()
        try:
            body = request.json()
        except ValueError as exc:
            return Response(400, validation_error(f"Invalid input JSON: {exc}", []))
        inputs = body.get("inputs") if isinstance(body, dict) else None
        if not isinstance(inputs, list) or not inputs:
            return Response(400, validation_error("inputs must be a non-empty list", []))
        if len(inputs) > config.hubspot_events_batch_max:
            return Response(
                400,
                validation_error(
                    f"inputs: at most {config.hubspot_events_batch_max} events per batch", []
                ),
            )
        problems: list[dict[str, Any]] = []
        for i, raw in enumerate(inputs):
            where = f"inputs[{i}]." if config.hubspot_events_error_index else ""
            problems += self._check(raw, where)
            if config.hubspot_events_repeated_uuid == "reject" and self.store.has(raw):
                problems.append(
                    {"message": f"Event with uuid {raw.get('uuid')} already exists",
                     "code": "DUPLICATE_UUID", "in": where + "uuid", "context": {},
                     "subCategory": "INVALID_EVENT"}
                )  # fmt: skip
        if problems:
            return Response(400, validation_error(problems[0]["message"], problems))
        self.store.add_all([_stored(raw) for raw in inputs])
        return Response(204)

    def _check(self, raw: Any, where: str) -> list[dict[str, Any]]:
        """Every reason the occurrence is refused, as ``ErrorDetail`` objects; [] when valid."""
        problems: list[dict[str, Any]] = []

        def fail(message: str, field_name: str, code: str = "INVALID_INPUT") -> None:
            problems.append(
                {"message": message, "code": code, "in": where + field_name, "context": {},
                 "subCategory": "INVALID_EVENT"}
            )  # fmt: skip

        if not isinstance(raw, dict):
            fail("each input must be a JSON object", "")
            return problems
        name = raw.get("eventName")
        definition = self._by_name.get(name) if isinstance(name, str) else None
        if definition is None or definition["archived"]:
            fail(f"Event {name!r} does not exist in this account", "eventName", "NOT_FOUND")
            return problems
        self._check_record(raw, definition["primaryObject"], fail)
        occurred = raw.get("occurredAt")
        if occurred is not None and not _is_time(occurred):
            fail(f"occurredAt must be ISO 8601 with an offset or epoch milliseconds, got "
                 f"{occurred!r}", "occurredAt")  # fmt: skip
        sent_uuid = raw.get("uuid")
        if sent_uuid is not None:
            try:
                uuid.UUID(str(sent_uuid))
            except ValueError:
                fail(f"uuid must be a UUID, got {sent_uuid!r}", "uuid")
        self._check_properties(raw.get("properties"), definition, fail)
        return problems

    @staticmethod
    def _check_record(raw: dict[str, Any], primary: str, fail: Callable[..., None]) -> None:
        given = [k for k in ("email", "objectId", "utk") if raw.get(k) not in (None, "")]
        if not given:
            fail("One of email, objectId or utk is required", "objectId")
        if primary != "CONTACT":
            for key in ("email", "utk"):
                if key in given:
                    fail(f"{key} only identifies contacts; this event is for {primary}", key)
        object_id = raw.get("objectId")
        if object_id not in (None, "") and not str(object_id).isdigit():
            fail(f"objectId must be a record id, got {object_id!r}", "objectId")
        email = raw.get("email")
        if email not in (None, "") and (not isinstance(email, str) or "@" not in email):
            fail(f"email is not an email address: {email!r}", "email")

    @staticmethod
    def _check_properties(
        properties: Any, definition: dict[str, Any], fail: Callable[..., None]
    ) -> None:
        if properties is None:
            fail("properties is required (send {} when there are none)", "properties")
            return
        if not isinstance(properties, dict):
            fail("properties must be an object of property name to text", "properties")
            return
        if len(properties) > MAX_PROPERTIES:
            fail(f"at most {MAX_PROPERTIES} properties per event, got {len(properties)}",
                 "properties")  # fmt: skip
        specs = {p["name"]: p for p in definition["properties"]}
        for name, value in properties.items():
            field_name = f"properties.{name}"
            spec = specs.get(name)
            if spec is None:
                fail(f"Property {name} does not exist on event {definition['name']}", field_name)
                continue
            if not isinstance(value, str):
                fail(f"Property {name}: values are strings, got {value!r}", field_name)
                continue
            if len(value) > MAX_VALUE:
                fail(f"Property {name}: value longer than {MAX_VALUE} characters", field_name)
            kind = spec["type"]
            if kind == "number" and not _NUMBER.match(value):
                fail(f"Property {name}: {value!r} is not a number", field_name)
            elif kind == "enumeration":
                allowed = {o["value"] for o in spec.get("options", [])}
                if any(part not in allowed for part in value.split(";")):
                    fail(f"Property {name}: {value!r} is not one of {sorted(allowed)}", field_name)
            elif kind == "datetime" and not _is_time(value):
                fail(f"Property {name}: {value!r} is not a date-time", field_name)


def _stored(raw: dict[str, Any]) -> dict[str, Any]:
    keys = ("eventName", "email", "objectId", "utk", "occurredAt", "uuid", "properties")
    return {k: copy.deepcopy(raw[k]) for k in keys if k in raw}


def _is_time(value: Any) -> bool:
    """ISO 8601 with an offset, or epoch milliseconds (a number or digits)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return True
    if not isinstance(value, str):
        return False
    if value.isdigit():
        return True
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return parsed.tzinfo is not None


IMITATION = HubSpotEventsApi
