"""``make_client`` builds working clients from mapping settings and saved secrets."""

from __future__ import annotations

import pytest

from app.api.errors import InsecureURL
from app.api.factory import default_base_url, make_client, make_limiter, max_batch_size
from app.api.hubspot import HubSpotClient
from app.api.pipeless import PipelessClient
from app.core.conversion.mapping import (
    HUBSPOT,
    PIPELESS,
    HubSpotSettings,
    Mapping,
    PipelessSettings,
)


def test_hubspot_client_from_settings_and_account_secrets(sandbox) -> None:
    c = sandbox.credentials
    secrets = {
        "refresh_token": c["hubspot_refresh_token"],
        "client_id": c["hubspot_client_id"],
        "client_secret": c["hubspot_client_secret"],
        "developer_key": c["hubspot_developer_key"],
    }
    settings = HubSpotSettings(app_id=123456, event_template_id="1009878", object_type="companies")
    client = make_client(HUBSPOT, settings, secrets, sandbox.base_url, batch_size=50, concurrency=2)
    assert isinstance(client, HubSpotClient)
    assert client.max_batch_size == 50 and client.template_id == "1009878"
    reply = client.send_batch(
        [
            {
                "eventTemplateId": "1009878",
                "id": "d1",
                "objectId": "501",
                "tokens": {"product": "Seats", "seats": 3},
            }
        ]
    )
    assert reply.http_status == 201
    assert client.get_template().name == "Demo booked"
    client.close()
    assert client._http.is_closed  # the factory's pool belongs to the client


def test_pipeless_client_from_a_mapping_and_sandbox_credentials(sandbox) -> None:
    mapping = Mapping(
        destination=PIPELESS, fields={}, pipeless=PipelessSettings(app_id=77, synchronous=True)
    )
    client = make_client(PIPELESS, mapping, sandbox.credentials, sandbox.base_url)
    assert isinstance(client, PipelessClient) and client.max_batch_size == 10
    client.check_connection()
    event = {
        "start_object": {"id": "u", "type": "user"},
        "relationship": {"type": "liked"},
        "end_object": {"id": "p", "type": "post"},
    }
    assert client.send_batch([event]).http_status == 201  # synchronous from the mapping
    client.close()


def test_factory_refuses_mismatches_and_insecure_urls() -> None:
    pipeless = PipelessSettings(app_id=77)
    with pytest.raises(ValueError):
        make_client(PIPELESS, pipeless, {"api_key": "k"}, batch_size=11)
    with pytest.raises(ValueError):
        make_client(HUBSPOT, Mapping(destination=PIPELESS, fields={}, pipeless=pipeless), {})
    with pytest.raises(InsecureURL):
        make_client(PIPELESS, pipeless, {"api_key": "k"}, "http://api.pipeless.io")


def test_defaults_per_destination() -> None:
    assert default_base_url(HUBSPOT) == "https://api.hubapi.com"
    assert default_base_url(PIPELESS) == "https://api.pipeless.io"
    assert max_batch_size(HUBSPOT) == 100 and max_batch_size(PIPELESS) == 10
    assert make_limiter(HUBSPOT).limit == 100
    assert make_limiter(HUBSPOT, 190).limit == 190
    assert make_limiter(PIPELESS).limit is None
