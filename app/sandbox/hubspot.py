"""HubSpot timeline events v3, as ``shared/api/hubspot-timeline-events.md`` describes it.

Endpoints: batch and single event creation (``/integrators/timeline/v3/...`` and the older
``/crm/v3/timeline/...`` paths), reading one event, listing templates with the developer key, and
the OAuth refresh-token grant. Where the documentation says "unconfirmed", the choice made here is
written next to the code and configurable in ``SandboxConfig``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.sandbox import demo
from app.sandbox.hubspot_checks import Checked, TimelineEventChecker
from app.sandbox.hubspot_common import (
    HubSpotShaped,
    TokenBook,
    error_body,
)
from app.sandbox.imitations import Imitation, Setting, inspect_get, inspect_post
from app.sandbox.store import IN_USE, HubSpotStore
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

_ID_IN_USE = "Event ID already in use, please choose a new unique ID"


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
        self._checker = TimelineEventChecker(demo.hubspot_templates())

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
        checked = self._checker.check(raw, "")
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

        checked = [self._checker.check(raw, f"inputs[{i}].") for i, raw in enumerate(inputs)]
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

    def _batch_error(self, item: Checked, config: SandboxConfig) -> dict[str, Any]:
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

    def _refuse_batch(self, checked: list[Checked]) -> Response:
        """400 for the whole batch, listing every refused event's reasons (nothing was stored)."""
        details = [d for c in checked for d in c.details]
        first = details[0]["message"] if details else "Invalid batch"
        ids = [c.sent_id for c in checked if c.details and c.sent_id]
        extra: dict[str, Any] = {"errors": details}
        if ids and self._config().hubspot_error_ids:
            extra["context"] = {"ids": ids}
        return Response(400, error_body(first, "VALIDATION_ERROR", **extra))


IMITATION = HubSpotApi
