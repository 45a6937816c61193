"""HubSpot timeline events v3, as ``shared/api/hubspot-timeline-events.md`` describes it.

Endpoints: batch and single event creation (``/integrators/timeline/v3/...`` and the older
``/crm/v3/timeline/...`` paths), reading one event, listing templates with the developer key, and
the OAuth refresh-token grant. Where the documentation says "unconfirmed", the choice made here is
written next to the code and configurable in ``SandboxConfig``.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from app.sandbox import demo
from app.sandbox.hubspot_common import (
    HubSpotShaped,
    TokenBook,
    error_body,
)
from app.sandbox.imitations import Imitation, Setting, inspect_get, inspect_post
from app.sandbox.store import IN_USE, HubSpotCandidate, HubSpotStore
from app.sandbox.wire import (
    PathParams,
    Request,
    Response,
    Route,
    new_correlation_id,
    now_iso,
    route,
)

if TYPE_CHECKING:
    from app.sandbox.config import SandboxConfig

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_INTEGER = re.compile(r"^-?\d+$")
_OBJECT_ID = re.compile(r"^\d{1,20}$")
_ID_IN_USE = "Event ID already in use, please choose a new unique ID"


@dataclass(slots=True)
class _Checked:
    """One event after validation: a candidate for the store, or the reasons it was refused."""

    sent_id: str
    candidate: HubSpotCandidate | None = None
    details: list[dict[str, Any]] = field(default_factory=list)  # ErrorDetail objects
    unknown_template: str = ""  # the template id, when the event names one that does not exist


class HubSpotApi(HubSpotShaped):
    """Handlers of the HubSpot endpoints over one store, token book and configuration."""

    api = "hubspot"
    title = "HubSpot timeline events v3 (api.hubapi.com)"
    rate_limit_setting = "rate_limit_per_10s"
    events_key = "hubspot"
    settings = (
        Setting("rate_limit_per_10s", 100, "int | None", minimum=1, flag="--rate-limit",
                help="HubSpot requests allowed per 10 s (0 = no limit; default 100)",
                group="limits", zero_is_none=True, metavar="N"),
        # Tokens: lifetime of the access tokens the refresh endpoint issues; the static demo
        # token can be made to expire after N authenticated requests (None = never).
        Setting("token_ttl_s", 1800.0, "float", flag="--token-ttl-s", group="limits",
                help="lifetime of access tokens issued by the refresh endpoint"),
        Setting("static_token_expires_after", None, "int | None",
                flag="--static-token-expires-after", group="limits", metavar="N",
                help="the demo access token expires after N requests"),
        # Choices where the docs say "unconfirmed".
        Setting("hubspot_batch_max", 100, "int", minimum=1, flag="--hubspot-batch-max"),
        Setting("hubspot_repeated_id", "accept", "str", choices=("accept", "reject"),
                flag="--hubspot-repeated-id",
                help="an event id sent again for the same record (default accept)"),
        # "multi_status": invalid events are reported in a 207 next to the created ones;
        # "reject_batch": any invalid event refuses the whole batch with a 400 (nothing stored).
        Setting("hubspot_partial", "multi_status", "str", choices=("multi_status", "reject_batch"),
                flag="--hubspot-partial",
                help="invalid events in a batch: 207 (default) or 400 for the whole batch"),
        # Whether 207 errors name the failing events in ``context.ids``.
        Setting("hubspot_error_ids", True, "bool"),
    )  # fmt: skip
    demo_credentials = {
        "hubspot_access_token": demo.HUBSPOT_ACCESS_TOKEN,
        "hubspot_refresh_token": demo.HUBSPOT_REFRESH_TOKEN,
        "hubspot_client_id": demo.HUBSPOT_CLIENT_ID,
        "hubspot_client_secret": demo.HUBSPOT_CLIENT_SECRET,
        "hubspot_developer_key": demo.HUBSPOT_DEVELOPER_KEY,
        "hubspot_app_id": demo.HUBSPOT_APP_ID,
        "hubspot_no_scope_token": demo.HUBSPOT_NO_SCOPE_TOKEN,
    }

    def __init__(self, config: Callable[[], SandboxConfig], others: dict[str, Imitation]) -> None:
        super().__init__(config, others)
        self.store = HubSpotStore()
        self.tokens = TokenBook()
        self._templates = {t["id"]: t for t in demo.hubspot_templates()}
        self._token_specs = {
            tid: {tok["name"]: tok for tok in t["tokens"]} for tid, t in self._templates.items()
        }

    def reset(self) -> None:
        """Empty the store and forget issued tokens (templates are fixed)."""
        self.store.clear()
        self.tokens.clear()

    def events(self) -> list[dict[str, Any]]:
        """Return the stored events as the API answers them (ids expanded, tokens text)."""
        return self.store.events()

    def counts(self) -> dict[str, int]:
        """Count stored events per id as sent."""
        return self.store.sent_id_counts()

    def stats(self) -> dict[str, Any]:
        """Return events stored, repeats accepted and tokens refreshed."""
        return {
            "hubspot_events": len(self.store),
            "hubspot_repeats_accepted": self.store.repeats,
            "tokens_refreshed": self.tokens.refreshed,
        }

    def inspection(self) -> list[tuple[Route, str]]:
        """Its stored events, and expiring every access token at once."""
        return [
            (inspect_get("hubspot_events", "/hubspot/events", self.store.events),
             "GET /_sandbox/hubspot/events: stored HubSpot timeline events"),
            (inspect_post("expire_tokens", "/expire-tokens", self.tokens.expire_all,
                          {"expired": True}),
             "POST /_sandbox/expire-tokens: expire every HubSpot access token now"),
        ]  # fmt: skip

    def index(self) -> dict[str, Any]:
        """Name the demo app and its templates."""
        return {
            "hubspot_app_id": demo.HUBSPOT_APP_ID,
            "hubspot_templates": [
                {"id": t["id"], "name": t["name"], "objectType": t["objectType"]}
                for t in demo.hubspot_templates()
            ],
        }

    def server_methods(self) -> dict[str, Callable[..., Any]]:
        """``hubspot_events()``, ``hubspot_contacts()`` and ``expire_tokens()``."""
        return {
            "hubspot_events": self.store.events,
            "hubspot_contacts": self.store.contacts,
            "expire_tokens": self.tokens.expire_all,
        }

    def routes(self) -> list[Route]:
        """Every HubSpot endpoint, on the current and the older path."""
        routes: list[Route] = [
            route("hubspot.oauth_token", "POST", r"/oauth/v1/token", self.oauth_token, "hubspot")
        ]
        for prefix, tag in (("/integrators/timeline/v3", ""), ("/crm/v3/timeline", "_crm")):
            routes += [
                route(
                    f"hubspot.batch_create{tag}",
                    "POST",
                    prefix + r"/events/batch/create",
                    self.batch_create,
                    "hubspot",
                    writes=True,
                    rate_limited=True,
                ),
                route(
                    f"hubspot.create{tag}",
                    "POST",
                    prefix + r"/events",
                    self.create_one,
                    "hubspot",
                    writes=True,
                    rate_limited=True,
                ),
                route(
                    f"hubspot.get_event{tag}",
                    "GET",
                    prefix + r"/events/(?P<tid>[^/]+)/(?P<eid>[^/]+)",
                    self.get_event,
                    "hubspot",
                    rate_limited=True,
                ),
                route(
                    f"hubspot.templates{tag}",
                    "GET",
                    prefix + r"/(?P<app>[^/]+)/event-templates",
                    self.list_templates,
                    "hubspot",
                    rate_limited=True,
                ),
                route(
                    f"hubspot.template{tag}",
                    "GET",
                    prefix + r"/(?P<app>[^/]+)/event-templates/(?P<tid>[^/]+)",
                    self.get_template,
                    "hubspot",
                    rate_limited=True,
                ),
            ]
        return routes

    # ----- authentication -------------------------------------------------------------------

    def _authorize(self, request: Request) -> Response | None:
        """None when the request carries a usable OAuth token with the timeline scope."""
        token = request.bearer_token()
        if token is None:
            return Response(
                401,
                error_body(
                    "Authentication credentials not found. "
                    "This API supports OAuth 2.0 authentication.",
                    "INVALID_AUTHENTICATION",
                ),
            )
        if token == demo.HUBSPOT_NO_SCOPE_TOKEN:
            return Response(
                403,
                error_body(
                    "This app hasn't been granted all required scopes to make this call.",
                    "MISSING_SCOPES",
                    context={"missingScopes": ["timeline"]},
                    errors=[
                        {
                            "message": "One or more of the following scopes are required.",
                            "context": {"requiredScopes": ["timeline"]},
                        }
                    ],
                ),
            )
        state = self.tokens.check(token, self._config())
        if state == "expired":
            return Response(
                401,
                error_body(
                    "The OAuth token used to make this call expired.", "EXPIRED_AUTHENTICATION"
                ),
            )
        if state == "unknown":
            return Response(
                401, error_body("Authentication credentials are invalid.", "INVALID_AUTHENTICATION")
            )
        return None

    def _authorize_developer(self, request: Request, app: str) -> Response | None:
        """None when ``hapikey`` is the developer key of an existing app."""
        if request.query_value("hapikey") != demo.HUBSPOT_DEVELOPER_KEY:
            return Response(
                401, error_body("The API key provided is invalid.", "INVALID_AUTHENTICATION")
            )
        if app != str(demo.HUBSPOT_APP_ID):
            return Response(404, error_body(f"App {app} not found", "OBJECT_NOT_FOUND"))
        return None

    # ----- OAuth ----------------------------------------------------------------------------

    def oauth_token(self, request: Request, _match: PathParams) -> Response:
        """Refresh-token grant: a new access token, the same refresh token."""
        form = request.form()

        def refused(status: str, message: str) -> Response:
            return Response(
                400,
                {
                    "status": status,
                    "message": message,
                    "correlationId": new_correlation_id(),
                    "requestId": new_correlation_id(),
                },
            )

        if form.get("grant_type") != "refresh_token":
            return refused("BAD_GRANT_TYPE", "grant_type must be refresh_token")
        if form.get("client_id") != demo.HUBSPOT_CLIENT_ID:
            return refused("BAD_CLIENT_ID", "missing or unknown client id")
        if form.get("client_secret") != demo.HUBSPOT_CLIENT_SECRET:
            return refused("BAD_CLIENT_SECRET", "missing or invalid client secret")
        if form.get("refresh_token") != demo.HUBSPOT_REFRESH_TOKEN:
            return refused("BAD_REFRESH_TOKEN", "missing or unknown refresh token")
        ttl = self._config().token_ttl_s
        return Response(
            200,
            {
                "access_token": self.tokens.issue(ttl),
                "refresh_token": demo.HUBSPOT_REFRESH_TOKEN,
                "expires_in": int(math.ceil(ttl)),
                "token_type": "bearer",
            },
        )

    # ----- templates ------------------------------------------------------------------------

    def list_templates(self, request: Request, match: PathParams) -> Response:
        """All templates of the app, with their tokens (no paging)."""
        refused = self._authorize_developer(request, match["app"])
        if refused is not None:
            return refused
        return Response(200, {"results": demo.hubspot_templates()})

    def get_template(self, request: Request, match: PathParams) -> Response:
        """One template by id."""
        refused = self._authorize_developer(request, match["app"])
        if refused is not None:
            return refused
        for template in demo.hubspot_templates():
            if template["id"] == match["tid"]:
                return Response(200, template)
        return Response(
            404, error_body(f"Event template {match['tid']} not found", "OBJECT_NOT_FOUND")
        )

    # ----- events ---------------------------------------------------------------------------

    def get_event(self, request: Request, match: PathParams) -> Response:
        """One stored event by template and id."""
        refused = self._authorize(request)
        if refused is not None:
            return refused
        event = self.store.get(match["tid"], match["eid"])
        if event is None:
            return Response(
                404,
                error_body(
                    f"Event {match['eid']} of template {match['tid']} not found", "OBJECT_NOT_FOUND"
                ),
            )
        return Response(200, event)

    def create_one(self, request: Request, _match: PathParams) -> Response:
        """Single create: 201 with the event, 400 with the reasons, 404 for an unknown template."""
        refused = self._authorize(request)
        if refused is not None:
            return refused
        try:
            raw = request.json()
        except ValueError as exc:
            return Response(400, error_body(f"Invalid input JSON: {exc}", "VALIDATION_ERROR"))
        checked = self._check(raw, "")
        if checked.unknown_template:
            return Response(404, error_body(checked.details[0]["message"], "OBJECT_NOT_FOUND"))
        if checked.candidate is None:
            return Response(
                400,
                error_body(
                    checked.details[0]["message"], "VALIDATION_ERROR", errors=checked.details
                ),
            )
        config = self._config()
        [(outcome, event)] = self.store.offer(
            [checked.candidate], accept_repeats=config.hubspot_repeated_id == "accept", atomic=True
        )
        if outcome == IN_USE:
            return Response(400, error_body(_ID_IN_USE, "VALIDATION_ERROR"))
        return Response(201, event)

    def batch_create(self, request: Request, _match: PathParams) -> Response:
        """Batch create: 201 all stored, 207 some refused, 400 whole batch refused, 404 template."""
        refused = self._authorize(request)
        if refused is not None:
            return refused
        started = now_iso()
        config = self._config()
        try:
            body = request.json()
        except ValueError as exc:
            return Response(400, error_body(f"Invalid input JSON: {exc}", "VALIDATION_ERROR"))
        inputs = body.get("inputs") if isinstance(body, dict) else None
        if not isinstance(inputs, list):
            return Response(
                400,
                error_body("The body must be an object with an inputs array", "VALIDATION_ERROR"),
            )
        if not inputs:
            return Response(
                400, error_body("inputs must contain at least one event", "VALIDATION_ERROR")
            )
        if len(inputs) > config.hubspot_batch_max:
            return Response(
                400,
                error_body(
                    f"Batch of {len(inputs)} events exceeds the maximum of "
                    f"{config.hubspot_batch_max} per request",
                    "VALIDATION_ERROR",
                ),
            )

        checked = [self._check(raw, f"inputs[{i}].") for i, raw in enumerate(inputs)]
        # Chosen: a batch where every event names an unknown template is a 404, as a single
        # create would be; with at least one known template the others are per-event errors.
        if all(c.unknown_template for c in checked):
            missing = sorted({c.unknown_template for c in checked})
            return Response(
                404,
                error_body(f"Event template(s) {', '.join(missing)} not found", "OBJECT_NOT_FOUND"),
            )

        atomic = config.hubspot_partial == "reject_batch"
        valid = [c for c in checked if c.candidate is not None]
        if atomic and len(valid) < len(checked):
            return self._refuse_batch(checked)
        outcomes = iter(
            self.store.offer(
                [c.candidate for c in valid if c.candidate is not None],
                accept_repeats=config.hubspot_repeated_id == "accept",
                atomic=atomic,
            )
        )
        results: list[dict[str, Any]] = []
        errors: list[dict[str, Any]] = []
        for item in checked:
            if item.candidate is None:
                errors.append(self._batch_error(item, config))
                continue
            outcome, event = next(outcomes)
            if outcome == IN_USE:
                item.details = [{"message": _ID_IN_USE, "in": "id", "code": "ID_IN_USE"}]
                errors.append(self._batch_error(item, config))
            else:
                results.append(event)
        if atomic and errors:
            return self._refuse_batch(checked)
        batch: dict[str, Any] = {
            "status": "COMPLETE",
            "results": results,
            "requestedAt": started,
            "startedAt": started,
            "completedAt": now_iso(),
            "links": {},
        }
        if errors:
            batch["numErrors"] = len(errors)
            batch["errors"] = errors
            return Response(207, batch)
        return Response(201, batch)

    def _batch_error(self, item: _Checked, config: SandboxConfig) -> dict[str, Any]:
        """Build the StandardError of one refused event of a 207."""
        context: dict[str, list[str]] = {}
        if config.hubspot_error_ids and item.sent_id:
            context["ids"] = [item.sent_id]
        return {
            "status": "error",
            "category": "OBJECT_NOT_FOUND" if item.unknown_template else "VALIDATION_ERROR",
            "message": item.details[0]["message"],
            "context": context,
            "errors": item.details,
            "links": {},
        }

    def _refuse_batch(self, checked: list[_Checked]) -> Response:
        """400 for the whole batch, listing every refused event's reasons (nothing was stored)."""
        details = [d for c in checked for d in c.details]
        first = details[0]["message"] if details else "Invalid batch"
        ids = [c.sent_id for c in checked if c.details and c.sent_id]
        extra: dict[str, Any] = {"errors": details}
        if ids and self._config().hubspot_error_ids:
            extra["context"] = {"ids": ids}
        return Response(400, error_body(first, "VALIDATION_ERROR", **extra))

    # ----- validation -----------------------------------------------------------------------

    def _check(self, raw: Any, where: str) -> _Checked:
        """Validate one event against its template; ``where`` prefixes the field names."""
        if not isinstance(raw, dict):
            return _Checked(
                "",
                details=[
                    _detail(f"{where or 'The event '}must be a JSON object", where.rstrip("."))
                ],
            )
        sent_id = raw.get("id")
        checked = _Checked(sent_id if isinstance(sent_id, str) else "")
        details = checked.details

        def fail(message: str, field_name: str, **context: list[str]) -> None:
            details.append(_detail(message, where + field_name, **context))

        if sent_id is not None and (not isinstance(sent_id, str) or not sent_id.strip()):
            fail("id must be a non-empty string", "id")

        template_id = raw.get("eventTemplateId")
        template: dict[str, Any] | None = None
        if isinstance(template_id, int) and not isinstance(template_id, bool):
            template_id = str(template_id)
        if template_id is None:
            fail("eventTemplateId is required", "eventTemplateId")
        elif not isinstance(template_id, str):
            fail("eventTemplateId must be a string", "eventTemplateId")
        else:
            template = self._templates.get(template_id)
            if template is None:
                checked.details = [
                    _detail(f"Event template {template_id} not found", where + "eventTemplateId")
                ]
                checked.unknown_template = template_id
                return checked

        tokens = self._check_tokens(raw.get("tokens"), template, fail)
        object_type = template["objectType"] if template else ""
        object_id, email, utk = self._check_record(raw, object_type, fail)

        timestamp = raw.get("timestamp")
        if timestamp is not None and not _is_iso_datetime(timestamp):
            fail(
                f"timestamp must be an ISO 8601 date-time such as 2024-05-01T09:30:00Z, "
                f"got {timestamp!r}",
                "timestamp",
            )
        for name in ("extraData", "timelineIFrame"):
            if name in raw and not isinstance(raw[name], dict):
                fail(f"{name} must be a JSON object", name)
        for name in ("domain", "customObjectTypeId"):
            if name in raw and not isinstance(raw[name], str):
                fail(f"{name} must be a string", name)
        if details or template is None:
            return checked

        event_id = sent_id.replace("{{uuid}}", str(uuid.uuid4())) if sent_id else str(uuid.uuid4())
        event: dict[str, Any] = {
            "id": event_id,
            "eventTemplateId": template_id,
            "objectType": object_type,
        }
        if object_id is not None:
            event["objectId"] = object_id
        for name, value in (("email", email), ("utk", utk)):
            if value is not None:
                event[name] = value
        event["tokens"] = tokens
        created_at = now_iso()
        event["timestamp"] = timestamp if timestamp is not None else created_at
        for name in ("domain", "extraData", "timelineIFrame", "customObjectTypeId"):
            if name in raw:
                event[name] = raw[name]
        event["createdAt"] = created_at
        checked.candidate = HubSpotCandidate(
            sent_id=checked.sent_id,
            event_id=event_id,
            template_id=template_id,
            object_type=object_type,
            event=event,
            object_id=object_id,
            email=email,
            utk=utk,
        )
        return checked

    def _check_tokens(
        self, tokens: Any, template: dict[str, Any] | None, fail: Callable[..., None]
    ) -> dict[str, str]:
        """Token values as HubSpot returns them (strings); reasons go to ``fail``."""
        if tokens is None:
            fail("tokens is required (send {} when the template has none to fill)", "tokens")
            return {}
        if not isinstance(tokens, dict):
            fail("tokens must be a JSON object of token name to value", "tokens")
            return {}
        if template is None:
            return {}
        specs = self._token_specs[template["id"]]
        out: dict[str, str] = {}
        for name, value in tokens.items():
            spec = specs.get(name)
            where = f"tokens.{name}"
            if spec is None:
                fail(f"Token {name} does not exist in event template {template['id']}", where)
                continue
            reason = _token_problem(spec, value)
            if reason:
                fail(f"Token {name} {reason}", where)
                continue
            out[name] = _token_text(spec["type"], value)
        return out

    @staticmethod
    def _check_record(
        raw: dict[str, Any], object_type: str, fail: Callable[..., None]
    ) -> tuple[str | None, str | None, str | None]:
        """(objectId, email, utk) identifying the record; reasons go to ``fail``."""
        object_id = raw.get("objectId")
        email = raw.get("email")
        utk = raw.get("utk")
        if isinstance(object_id, int) and not isinstance(object_id, bool):
            object_id = str(object_id)
        if object_id is not None and (
            not isinstance(object_id, str) or not _OBJECT_ID.match(object_id)
        ):
            fail(f"objectId must be a numeric record id, got {object_id!r}", "objectId")
            object_id = None
        if email is not None and (not isinstance(email, str) or not _EMAIL.match(email)):
            fail(f"email {email!r} is not a valid email address", "email")
            email = None
        if utk is not None and (not isinstance(utk, str) or not utk.strip()):
            fail("utk must be a non-empty string", "utk")
            utk = None
        if not object_type:
            return object_id, email, utk
        if object_type == "contacts":
            if (
                object_id is None
                and email is None
                and utk is None
                and "objectId" not in raw
                and "email" not in raw
                and "utk" not in raw
            ):
                fail("A contact event needs objectId, email or utk to find its contact", "objectId")
        else:
            if "email" in raw or "utk" in raw:
                fail(
                    f"email and utk identify contacts only; this template writes on {object_type}",
                    "email" if "email" in raw else "utk",
                )
            if "objectId" not in raw:
                fail(f"objectId is required for a template on {object_type}", "objectId")
        return object_id, email, utk


def _detail(message: str, where: str, **context: list[str]) -> dict[str, Any]:
    """Build an ErrorDetail: message, the field it is about, optional context."""
    detail: dict[str, Any] = {"message": message, "in": where, "code": "INVALID"}
    if context:
        detail["context"] = context
    return detail


def _token_problem(spec: dict[str, Any], value: Any) -> str | None:
    """Why ``value`` does not fit the token, or None."""
    kind = spec["type"]
    if value is None:
        return "must not be null (leave the token out instead)"
    if isinstance(value, bool) or isinstance(value, dict | list):
        return f"must be a {kind} value, got {value!r}"
    if kind == "number":
        if isinstance(value, int | float):
            return None if math.isfinite(value) else f"must be a finite number, got {value!r}"
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        return None if math.isfinite(number) else f"must be a number, got {value!r}"
    if kind == "date":
        if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
            return None
        if isinstance(value, str) and _INTEGER.match(value.strip()):
            return None
        return f"must be a date in milliseconds since the Unix epoch, got {value!r}"
    if kind == "enumeration":
        allowed = [o["value"] for o in spec.get("options", [])]
        if isinstance(value, str) and value in allowed:
            return None
        return f"has invalid option {value!r} (allowed: {', '.join(allowed)})"
    return None  # string: any scalar is written as text


def _token_text(kind: str, value: Any) -> str:
    """Write a valid token value as HubSpot echoes it: always a string."""
    if kind == "date":
        return str(int(value if not isinstance(value, str) else value.strip()))
    if isinstance(value, str):
        return value.strip() if kind == "number" else value
    return str(value)


def _is_iso_datetime(value: Any) -> bool:
    """Tell whether ``value`` is an ISO 8601 date *and time*, with or without offset."""
    if not isinstance(value, str) or "T" not in value.upper():
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


IMITATION = HubSpotApi
