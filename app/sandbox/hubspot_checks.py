"""What the HubSpot timeline imitation accepts as one event, and the reasons it refuses one.

Written from ``shared/api/hubspot-timeline-events.md``: the template must exist, every token
must fit its declared type (numbers, dates, enumerations), the record must be named the way the
template's object type allows (objectId, or email / utk for contacts), and the timestamp must be
ISO 8601. An accepted event becomes a ``HubSpotCandidate`` for the store, shaped as HubSpot
returns events; a refused one carries HubSpot's ``ErrorDetail`` objects.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.sandbox.store import HubSpotCandidate
from app.sandbox.wire import now_iso

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_INTEGER = re.compile(r"^-?\d+$")
_OBJECT_ID = re.compile(r"^\d{1,20}$")


@dataclass(slots=True)
class Checked:
    """One event after validation: a candidate for the store, or the reasons it was refused."""

    sent_id: str
    candidate: HubSpotCandidate | None = None
    details: list[dict[str, Any]] = field(default_factory=list)  # ErrorDetail objects
    unknown_template: str = ""  # the template id, when the event names one that does not exist


class TimelineEventChecker:
    """Validates events against a fixed set of event templates."""

    def __init__(self, templates: list[dict[str, Any]]) -> None:
        self._templates = {t["id"]: t for t in templates}
        self._token_specs = {
            tid: {tok["name"]: tok for tok in t["tokens"]} for tid, t in self._templates.items()
        }

    def check(self, raw: Any, where: str) -> Checked:
        """Validate one event against its template; ``where`` prefixes the field names."""
        if not isinstance(raw, dict):
            return Checked(
                "",
                details=[
                    _detail(f"{where or 'The event '}must be a JSON object", where.rstrip("."))
                ],
            )
        sent_id = raw.get("id")
        checked = Checked(sent_id if isinstance(sent_id, str) else "")
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
