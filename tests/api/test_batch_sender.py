"""The steps of ``send_batch`` every client shares, checked for every registered destination.

Each client only posts its batch and reads the answer; the empty batch, the size check and a
413 answer are the same everywhere, over real loopback HTTP.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.api.errors import BatchRejected
from app.api.factory import make_client
from app.core.conversion.mapping import HUBSPOT, PIPELESS, HubSpotSettings, PipelessSettings
from app.core.destinations import all_destinations
from app.core.destinations.hubspot_events import HubSpotEventsSettings

SECRETS = {"access_token": "pat-token", "api_key": "pl-key", "developer_key": "dev-key"}
SETTINGS: dict[str, Any] = {
    HUBSPOT: HubSpotSettings(app_id=123456, event_template_id="1009878"),
    PIPELESS: PipelessSettings(app_id=77),
    "hubspot-events": HubSpotEventsSettings(event_name="pe4040404_webinar_attended"),
}
SERVICE = {HUBSPOT: "HubSpot", PIPELESS: "Pipeless", "hubspot-events": "HubSpot"}


def test_every_registered_destination_is_covered() -> None:
    assert {d.key for d in all_destinations()} == set(SETTINGS)


@pytest.mark.parametrize("destination", sorted(SETTINGS))
def test_batch_too_large_answer_is_refused_with_the_service_name(loopback, destination) -> None:
    server = loopback(lambda seen: (413, {}, {"message": "too big"}))
    client = make_client(destination, SETTINGS[destination], SECRETS, server.base_url, batch_size=3)
    try:
        with pytest.raises(BatchRejected) as refused:
            client.send_batch([{"id": "a"}, {"id": "b"}])
    finally:
        client.close()
    assert refused.value.code == "batch_too_large" and refused.value.http_status == 413
    assert str(refused.value).startswith(f"{SERVICE[destination]} found the batch too large")
    assert len([r for r in server.requests if r.method == "POST"]) == 1


@pytest.mark.parametrize("destination", sorted(SETTINGS))
def test_empty_and_oversized_batches_send_nothing(loopback, destination) -> None:
    server = loopback(lambda seen: (500, {}, {}))
    client = make_client(destination, SETTINGS[destination], SECRETS, server.base_url, batch_size=2)
    try:
        assert client.send_batch([]).http_status == 0
        with pytest.raises(ValueError, match="batch of 3 events exceeds 2"):
            client.send_batch([{"id": "a"}, {"id": "b"}, {"id": "c"}])
    finally:
        client.close()
    assert server.requests == []
