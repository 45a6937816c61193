"""The limiter against the sandbox's rolling window, over real HTTP: the allowance is used, never
exceeded. No timing is asserted (speed is in tests/perf/bench_upload.py); the sandbox refuses with
a 429 any request beyond its limit, so a count of 429s is the measure."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.api.factory import make_client, make_limiter
from app.api.http import HttpSettings
from app.core.conversion.convert import ConversionResult, RowOutcome
from app.core.conversion.mapping import HUBSPOT, HubSpotSettings
from app.core.upload.engine import run_upload
from app.core.upload.journal import FileFingerprint, Journal
from app.core.upload.upload_plan import destination_key, prepare_upload

TEMPLATE = "1009877"


def outcomes(n: int) -> ConversionResult:
    rows = []
    for i in range(n):
        event = {
            "eventTemplateId": TEMPLATE,
            "id": f"rl-{i}",
            "email": f"rl{i}@example.com",
            "tokens": {},
        }
        rows.append(RowOutcome(i, i + 2, event, event["id"]))
    return ConversionResult(rows)


def hubspot_client(sb, client_rate: int, concurrency: int = 1):
    return make_client(
        HUBSPOT,
        HubSpotSettings(app_id=123456, event_template_id=TEMPLATE),
        {"access_token": sb.credentials["hubspot_access_token"]},
        sb.base_url,
        batch_size=1,
        concurrency=concurrency,
        limiter=make_limiter(HUBSPOT, client_rate),
        http_settings=HttpSettings(concurrency=concurrency),
    )


def upload(sb, tmp_path: Path, rows: int, *, concurrency: int, client_rate: int) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("x\n")
    journal = Journal(tmp_path / "journal.sqlite3")
    plan = prepare_upload(
        outcomes(rows),
        journal,
        source=FileFingerprint.of(path),
        mapping_fingerprint="rl",
        destination_key=destination_key(HUBSPOT, 123456, TEMPLATE, sb.base_url),
        batch_size=1,
    )
    client = hubspot_client(sb, client_rate, concurrency)
    try:
        for _ in run_upload(plan, client, journal, concurrency=concurrency):
            pass
    finally:
        client.close()
        journal.close()


@pytest.mark.parametrize("client_rate", [20, 100], ids=["told", "learnt-from-headers"])
def test_three_full_windows_draw_no_429(sandbox_factory, tmp_path: Path, client_rate) -> None:
    # 20 requests per rolling second, uneven latency, 8 in flight: every window is filled to
    # the brim. A client told 100 learns the limit from the headers of the first answers,
    # which come back before a ninth request can leave.
    sb = sandbox_factory(
        rate_limit_per_10s=20, rate_limit_interval_ms=1000, latency_ms=10, latency_jitter_ms=40
    )
    upload(sb, tmp_path, 70, concurrency=8, client_rate=client_rate)
    counts = sb.event_counts()["hubspot"]
    assert len(counts) == 70 and max(counts.values()) == 1
    assert sb.stats()["by_status"].get("429", 0) == 0


def test_requests_of_another_program_are_learnt_from_the_headers(
    sandbox_factory, tmp_path: Path
) -> None:
    # Another program has just used half of the window with the same app; this upload, told the
    # whole limit, must learn of it from the first answer instead of drawing 429s. One request
    # at a time, so that answers cannot overtake one another and the figure is exact.
    sb = sandbox_factory(rate_limit_per_10s=20, rate_limit_interval_ms=3000, latency_ms=20)
    other = hubspot_client(sb, 20)
    for i in range(10):
        other.send_batch([{**outcomes(1).outcomes[0].event, "id": f"other-{i}"}])
    other.close()
    upload(sb, tmp_path, 30, concurrency=1, client_rate=20)
    counts = sb.event_counts()["hubspot"]
    assert len(counts) == 40 and max(counts.values()) == 1
    assert sb.stats()["by_status"].get("429", 0) == 0
