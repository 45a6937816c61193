"""The demo accounts of the timeline and Pipeless imitations: a HubSpot app and a Pipeless app.

The values are fixed so that the window's demo mode, the samples and the tests agree on them.
They unlock nothing outside the sandbox.
"""

from __future__ import annotations

import copy
from typing import Any

HUBSPOT_APP_ID = 123456
PIPELESS_APP_ID = 77

HUBSPOT_ACCESS_TOKEN = "sandbox-access-token"
HUBSPOT_REFRESH_TOKEN = "sandbox-refresh-token"
HUBSPOT_CLIENT_ID = "sandbox-client-id"
HUBSPOT_CLIENT_SECRET = "sandbox-client-secret"
HUBSPOT_DEVELOPER_KEY = "sandbox-developer-key"
# A valid token without the ``timeline`` scope: every event call with it answers 403.
HUBSPOT_NO_SCOPE_TOKEN = "sandbox-no-scope-token"
PIPELESS_API_KEY = "sandbox-pipeless-key"

_CREATED = "2024-03-01T09:00:00.000Z"


def _token(name: str, label: str, kind: str, options: list[tuple[str, str]] | None = None) -> dict:
    token: dict[str, Any] = {
        "name": name,
        "label": label,
        "type": kind,
        "createdAt": _CREATED,
        "updatedAt": _CREATED,
    }
    if options is not None:
        token["options"] = [{"label": lab, "value": val} for lab, val in options]
    return token


_TEMPLATES: list[dict[str, Any]] = [
    {
        "id": "1009876",
        "name": "Course completed",
        "objectType": "contacts",
        "headerTemplate": "Completed {{course}}",
        "detailTemplate": "Score: {{score}} ({{level}}), completed on {{completedOn}}",
        "tokens": [
            _token("course", "Course", "string"),
            _token("score", "Score", "number"),
            _token("completedOn", "Completed on", "date"),
            _token(
                "level", "Level", "enumeration", [("Beginner", "beginner"), ("Expert", "expert")]
            ),
        ],
        "createdAt": _CREATED,
        "updatedAt": _CREATED,
    },
    {
        "id": "1009877",
        "name": "Webinar attended",
        "objectType": "contacts",
        "headerTemplate": "Attended {{webinar}}",
        "detailTemplate": (
            "{{attendance}}: {{minutesAttended}} minutes (registered {{registeredOn}})"
        ),
        "tokens": [
            _token("webinar", "Webinar", "string"),
            _token("minutesAttended", "Minutes attended", "number"),
            _token("registeredOn", "Registration date", "date"),
            _token(
                "attendance",
                "Attendance",
                "enumeration",
                [
                    ("Attended live", "live"),
                    ("Watched replay", "replay"),
                    ("Did not attend", "absent"),
                ],
            ),
        ],
        "createdAt": _CREATED,
        "updatedAt": _CREATED,
    },
    {
        "id": "1009878",
        "name": "Demo booked",
        "objectType": "companies",
        "headerTemplate": "Demo of {{product}} booked",
        "detailTemplate": "{{seats}} seats",
        "tokens": [_token("product", "Product", "string"), _token("seats", "Seats", "number")],
        "createdAt": _CREATED,
        "updatedAt": _CREATED,
    },
]


def hubspot_templates() -> list[dict[str, Any]]:
    """Deep copies of the demo app's event templates (callers may change them freely)."""
    return copy.deepcopy(_TEMPLATES)


PIPELESS_OBJECT_TYPES: frozenset[str] = frozenset(
    "user product image comment article post video content tag category app book person skill "
    "job company account card country state film cart".split()
)
PIPELESS_RELATIONSHIP_TYPES: frozenset[str] = frozenset(
    "posted followed liked favorited saved disliked purchased commentedOn created viewed reported "
    "blocked deleted authored used dismissed loggedIn taggedWith categorizedIn interestedIn "
    "locatedIn readQuarter readHalf readAll subscribedTo subscribedFrom addedTo madeBy "
    "pausedOn".split()
)
