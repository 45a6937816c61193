"""Checking an account and listing what it offers (templates, a catalogue), off the GUI thread.

These are plain functions (no Qt) the Destination step runs through ``app.ui.workers.run_task``;
they build the same clients the upload uses (``app.api.factory.make_client``), so a connection
that passes the test here is the one the upload will use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.core.destinations import get
from app.ui.state import Account

PROBE_TEMPLATE_ID = "0"  # any id works for the token check: "no such event" proves the token


@dataclass
class ConnectionResult:
    """What a successful test learned: HubSpot templates when a developer key was given.

    For a destination whose account lists a catalogue (``listing == "catalogue"``),
    ``catalogue`` holds its entries as the API sends them.
    """

    templates: list[dict[str, Any]] = field(default_factory=list)
    templates_checked: bool = False
    catalogue: list[dict[str, Any]] = field(default_factory=list)
    catalogue_checked: bool = False


def template_to_dict(template: Any) -> dict[str, Any]:
    """Return a listed template in the API's JSON shape (what ``WizardState.templates`` holds)."""
    return {
        "id": template.id,
        "name": template.name,
        "objectType": template.object_type,
        "tokens": [
            {
                "name": token.name,
                "type": token.type,
                "label": token.label,
                "options": [{"label": o.label, "value": o.value} for o in token.options],
            }
            for token in template.tokens
        ],
    }


def fetch_templates(account: Account) -> list[dict[str, Any]]:
    """List the app's event templates with the account's developer key."""
    # deferred: the HTTP stack (httpx) costs ~40-100 ms if imported before the window shows
    from app.api.factory import make_client

    spec = get(account.destination)
    settings = spec.probe_settings(account.app_id, PROBE_TEMPLATE_ID)
    client = make_client(spec.key, settings, account.secrets, account.base_url)
    try:
        return [template_to_dict(t) for t in client.list_templates()]  # type: ignore[attr-defined]
    finally:
        client.close()


def fetch_catalogue(account: Account) -> list[dict[str, Any]]:
    """List the entries the account offers (``Destination.catalogue_entries``)."""
    # deferred: the HTTP stack (httpx) costs ~40-100 ms if imported before the window shows
    from app.api.factory import make_client

    spec = get(account.destination)
    settings = spec.probe_settings(account.app_id)
    client = make_client(spec.key, settings, account.secrets, account.base_url)
    try:
        return spec.catalogue_entries(client)
    finally:
        client.close()


def test_connection(account: Account, template_id: str | None = None) -> ConnectionResult:
    """Make one cheap authenticated call with the account; raise the API's error if refused.

    HubSpot: the access (or refresh) token is checked with a read that writes nothing; with a
    developer key the templates are listed too, which checks the key and the app id.
    A destination listing a catalogue: the catalogue is listed. Pipeless: the API key and app id.
    """
    # deferred: the HTTP stack (httpx) costs ~40-100 ms if imported before the window shows
    from app.api.factory import make_client

    spec = get(account.destination)
    if spec.listing == "catalogue":
        # Listing the catalogue is the check: it needs the same token, and nothing is written.
        return ConnectionResult(catalogue=fetch_catalogue(account), catalogue_checked=True)
    listing_key = "developer_key" if spec.listing == "templates" else None
    token_secrets = {k: v for k, v in account.secrets.items() if k != listing_key}
    settings = spec.probe_settings(account.app_id, template_id or PROBE_TEMPLATE_ID)
    client = make_client(spec.key, settings, token_secrets, account.base_url)
    try:
        client.check_connection()
    finally:
        client.close()
    if listing_key and account.secrets.get(listing_key):
        return ConnectionResult(fetch_templates(account), templates_checked=True)
    return ConnectionResult()


test_connection.__test__ = False  # type: ignore[attr-defined] - not a pytest test
