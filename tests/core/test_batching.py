"""Batch sizes stay within what each destination takes; delivery keys keep destinations apart."""

from __future__ import annotations

import pytest

from app.core.conversion.mapping import (
    HUBSPOT,
    PIPELESS,
    HubSpotSettings,
    Mapping,
    PipelessSettings,
)
from app.core.upload.batching import BatchSizeError, choose_batch_size, chunked
from app.core.upload.upload_plan import destination_key, destination_key_for, mapping_fingerprint


def test_defaults_are_the_maxima() -> None:
    assert choose_batch_size(HUBSPOT) == 100
    assert choose_batch_size(PIPELESS) == 10
    assert choose_batch_size(HUBSPOT, client_max=40) == 40


@pytest.mark.parametrize(("destination", "size"), [(HUBSPOT, 101), (PIPELESS, 11), (HUBSPOT, 0)])
def test_sizes_out_of_range_are_refused(destination: str, size: int) -> None:
    with pytest.raises(BatchSizeError) as info:
        choose_batch_size(destination, size)
    assert str(info.value.maximum) in str(info.value)


def test_requested_size_within_range() -> None:
    assert choose_batch_size(HUBSPOT, 25) == 25
    with pytest.raises(BatchSizeError):
        choose_batch_size(HUBSPOT, 60, client_max=50)


def test_chunked() -> None:
    assert [list(c) for c in chunked(list(range(7)), 3)] == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(chunked([], 3)) == []
    with pytest.raises(ValueError):
        list(chunked([1], 0))


def _hubspot_mapping(name: str = "A", template: str = "1009877") -> Mapping:
    return Mapping(
        destination=HUBSPOT,
        fields={},
        name=name,
        hubspot=HubSpotSettings(app_id=123456, event_template_id=template),
    )


def test_destination_keys_separate_hosts_apps_and_templates() -> None:
    sandbox = destination_key_for(_hubspot_mapping(), "http://127.0.0.1:5000")
    real = destination_key_for(_hubspot_mapping(), "https://api.hubapi.com")
    other_template = destination_key_for(
        _hubspot_mapping(template="1009876"), "https://api.hubapi.com"
    )
    assert len({sandbox, real, other_template}) == 3
    assert real == "hubspot-timeline@api.hubapi.com:123456:1009877"
    pipeless = Mapping(destination=PIPELESS, fields={}, pipeless=PipelessSettings(app_id=77))
    assert destination_key_for(pipeless, "https://api.pipeless.io") == "pipeless@api.pipeless.io:77"
    assert destination_key(PIPELESS, 77, None, "https://API.pipeless.io/") == (
        "pipeless@api.pipeless.io:77"
    )


def test_mapping_fingerprint_ignores_the_name_only() -> None:
    assert mapping_fingerprint(_hubspot_mapping("A")) == mapping_fingerprint(_hubspot_mapping("B"))
    assert mapping_fingerprint(_hubspot_mapping()) != mapping_fingerprint(
        _hubspot_mapping(template="1009876")
    )


def test_split_test_batch_keeps_every_row_once_in_order() -> None:
    from app.core.upload.batching import split_test_batch
    from app.core.upload.upload_plan import PlannedBatch, PlannedRow, UploadPlan

    rows = [PlannedRow(i, i + 2, f"el-{i}", {}) for i in range(23)]
    batches = tuple(
        PlannedBatch(n, tuple(rows[k : k + 10])) for n, k in enumerate(range(0, 23, 10), 1)
    )
    plan = UploadPlan(7, "hubspot@x:1", 10, batches, total_batches=3)
    split = split_test_batch(plan, 4)
    assert [len(b.rows) for b in split.batches] == [4, 6, 10, 3]
    assert [b.batch_no for b in split.batches] == [1, 2, 3, 4]
    assert split.total_batches == 4
    assert [r for b in split.batches for r in b.rows] == rows  # each row once, same order
    assert split_test_batch(plan, 10) is plan  # already small enough
    assert split_test_batch(split, 4) is split
