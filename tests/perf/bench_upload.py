"""Upload speed against the sandbox's rate limit, and peak memory of a 200,000-row upload.

Run: ``.venv/bin/python tests/perf/bench_upload.py`` (about 3 minutes). Prints:

1. Time at the rate limit, for a short upload and a long one: the sandbox allows R requests per
   rolling window and answers after a latency; the engine sends batches of 100 HubSpot events.
   The ideal is the fastest any sender with the same number of requests in flight could finish
   without a refusal (the first R at once, each later one when the request R places before it
   leaves the window); the run's time is printed as a ratio ideal / actual (target >= 0.95),
   with the 429 answers it drew (target 0). Short: 60 requests with R=40 per 10 s (the second
   window is only half used); long: ten full windows.
2. The same for HubSpot custom events (``--custom-events``): batches of up to 500 occurrences
   (the documented maximum) against the sandbox's custom events limit of R requests per 10 s, in
   events a second: the steady rate from the R-th to the last completed request, as a ratio to
   the ceiling R/10 x batch size.
3. Peak memory (max RSS) of the ``event-loader upload`` process sending a 200,000-row CSV to a
   sandbox process without rate limit, and its events per second.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from app.api.factory import make_client, make_limiter  # noqa: E402
from app.api.http import HttpSettings  # noqa: E402
from app.core.conversion.convert import ConversionResult, RowOutcome  # noqa: E402
from app.core.conversion.mapping import HUBSPOT, HubSpotSettings  # noqa: E402
from app.core.destinations.hubspot_events import (  # noqa: E402
    HUBSPOT_EVENTS,
    HubSpotEventsSettings,
    event_uuid,
)
from app.core.upload.engine import run_upload  # noqa: E402
from app.core.upload.journal import FileFingerprint, Journal  # noqa: E402
from app.core.upload.upload_plan import destination_key, prepare_upload  # noqa: E402
from app.paths import samples_dir  # noqa: E402
from app.sandbox.server import SandboxConfig, SandboxServer  # noqa: E402

TEMPLATE = "1009877"


def outcomes(n: int) -> ConversionResult:
    rows = []
    for i in range(n):
        event = {
            "eventTemplateId": TEMPLATE,
            "id": f"bench-{i:07d}",
            "email": f"bench{i}@example.com",
            "tokens": {
                "webinar": "Bench",
                "minutesAttended": i % 90,
                "registeredOn": 1714521600000,
                "attendance": "live",
            },
        }
        rows.append(RowOutcome(i, i + 2, event, event["id"]))
    return ConversionResult(rows)


def ideal_seconds(
    requests: int, rate: int, interval: float, latency: float, concurrency: int
) -> float:
    """Return the fastest finish: each request leaves when a worker is free and the request
    ``rate`` places before it has left the rolling window (counted when it arrives)."""
    sent: list[float] = []
    free = [0.0] * concurrency  # when each worker is free again
    for i in range(requests):
        worker = min(range(concurrency), key=free.__getitem__)
        start = free[worker]
        if i >= rate:
            start = max(start, sent[i - rate] + interval)
        sent.append(start)
        free[worker] = start + latency
    return max(free)


def throughput(
    label: str,
    n_requests: int,
    rate: int,
    interval_ms: int,
    latency_ms: float,
    batch: int,
    concurrency: int,
    client_rate: int | None = None,
) -> None:
    """Send ``n_requests`` batches through the engine to a rate-limited sandbox; print the ratio."""
    conversion = outcomes(n_requests * batch)
    config = SandboxConfig(
        rate_limit_per_10s=rate, rate_limit_interval_ms=interval_ms, latency_ms=latency_ms
    )
    with tempfile.TemporaryDirectory() as tmp, SandboxServer(config) as sb:
        path = Path(tmp) / "rows.csv"
        path.write_text("bench\n")
        journal = Journal(Path(tmp) / "journal.sqlite3")
        plan = prepare_upload(
            conversion,
            journal,
            source=FileFingerprint.of(path),
            mapping_fingerprint="bench",
            destination_key=destination_key(HUBSPOT, 123456, TEMPLATE, sb.base_url),
            batch_size=batch,
        )
        limiter = make_limiter(HUBSPOT, client_rate or rate)
        client = make_client(
            HUBSPOT,
            HubSpotSettings(app_id=123456, event_template_id=TEMPLATE),
            {"access_token": sb.credentials["hubspot_access_token"]},
            sb.base_url,
            batch_size=batch,
            concurrency=concurrency,
            limiter=limiter,
            http_settings=HttpSettings(concurrency=concurrency),
        )
        started = time.monotonic()
        for _result in run_upload(plan, client, journal, concurrency=concurrency):
            pass
        elapsed = time.monotonic() - started
        client.close()
        journal.close()
        stats = sb.stats()
        stored = len(sb.hubspot_events())
    ideal = ideal_seconds(n_requests, rate, interval_ms / 1000, latency_ms / 1000, concurrency)
    too_many = stats["by_status"].get("429", 0)
    print(
        f"{label}: {n_requests} requests of {batch} events ({stored:,} stored), R={rate} per "
        f"{interval_ms / 1000:g} s, latency {latency_ms:.0f} ms, concurrency {concurrency}: "
        f"{elapsed:.2f} s, ideal {ideal:.2f} s, ratio {ideal / elapsed:.3f} (target >= 0.95), "
        f"429 answers: {too_many}"
    )


EVENT_NAME = "pe4040404_webinar_attended"


def custom_event_outcomes(n: int) -> ConversionResult:
    rows = []
    for i in range(n):
        event_id = f"bench-{i:07d}"
        event = {
            "eventName": EVENT_NAME,
            "email": f"bench{i}@example.com",
            "occurredAt": "2025-03-14T16:00:00+01:00",
            "uuid": event_uuid(event_id),
            "properties": {
                "webinar_name": "Bench",
                "minutes_watched": str(i % 90),
                "registered_on": "1714521600000",
                "attendance": "live",
            },
        }
        rows.append(RowOutcome(i, i + 2, event, event_id))
    return ConversionResult(rows)


def custom_events_throughput(
    rate: int, windows: int, latency_ms: float, batch: int, concurrency: int
) -> None:
    """Events a second of custom events at the sandbox's limit, batches of ``batch``."""
    n_requests = rate * windows
    conversion = custom_event_outcomes(n_requests * batch)
    config = SandboxConfig(hubspot_events_rate_limit=rate, latency_ms=latency_ms)
    with tempfile.TemporaryDirectory() as tmp, SandboxServer(config) as sb:
        path = Path(tmp) / "rows.csv"
        path.write_text("bench\n")
        journal = Journal(Path(tmp) / "journal.sqlite3")
        plan = prepare_upload(
            conversion,
            journal,
            source=FileFingerprint.of(path),
            mapping_fingerprint="bench",
            destination_key=destination_key(HUBSPOT_EVENTS, EVENT_NAME, None, sb.base_url),
            batch_size=batch,
        )
        client = make_client(
            HUBSPOT_EVENTS,
            HubSpotEventsSettings(event_name=EVENT_NAME),
            {"access_token": sb.credentials["hubspot_events_access_token"]},
            sb.base_url,
            batch_size=batch,
            concurrency=concurrency,
            requests_per_10s=rate,
            http_settings=HttpSettings(concurrency=concurrency),
        )
        done_at: list[float] = []
        started = time.monotonic()
        for result in run_upload(plan, client, journal, concurrency=concurrency):
            if result.state.final:
                done_at.append(time.monotonic())
        client.close()
        journal.close()
        elapsed = time.monotonic() - started
        stats = sb.stats()
        stored = len(sb.hubspot_custom_events())
    done_at.sort()
    steady = (len(done_at) - rate) / (done_at[-1] - done_at[rate - 1])
    ceiling = rate / 10
    print(
        f"custom events: R={rate} requests/10 s, latency {latency_ms:.0f} ms, batch {batch}, "
        f"concurrency {concurrency}, {n_requests} requests, {stored:,} events stored"
    )
    print(
        f"  steady rate {steady * batch:,.1f} events/s; ceiling {ceiling * batch:,.1f} events/s; "
        f"ratio {steady / ceiling:.3f}; whole run {stored / elapsed:,.1f} events/s over "
        f"{elapsed:.1f} s; 429 answers: {stats['by_status'].get('429', 0)}"
    )


def memory(rows: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        data = tmpdir / "big.csv"
        header = [
            "Email address",
            "First name",
            "Last name",
            "Company",
            "Webinar",
            "Minutes attended",
            "Registered on",
            "Attendance",
            "Joined at",
        ]
        kinds = ("Attended live", "Watched replay", "Did not attend")
        with data.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            for i in range(rows):
                writer.writerow(
                    [
                        f"m{i}@example.org",
                        "F",
                        "L",
                        "Orbis",
                        f"Webinar {i % 9}",
                        i % 90,
                        "2025-03-17",
                        kinds[i % 3],
                        "2025-04-03 10:56:00",
                    ]
                )
        ready = tmpdir / "ready"
        sandbox_log = (tmpdir / "sandbox.log").open("w")
        sandbox = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "app",
                "sandbox",
                "--port",
                "0",
                "--ready-file",
                str(ready),
                "--rate-limit",
                "0",
            ],
            cwd=REPO,
            stdout=sandbox_log,
            stderr=subprocess.STDOUT,
        )
        try:
            while not (ready.exists() and ready.read_text().strip()):
                time.sleep(0.05)
            base_url = ready.read_text().strip()
            env = {**os.environ, "HS_TOKEN": "sandbox-access-token"}
            command = [
                sys.executable,
                "-m",
                "app",
                "upload",
                str(data),
                "--mapping",
                str(samples_dir() / "webinar-attendees.mapping.json"),
                "--base-url",
                base_url,
                "--token-env",
                "HS_TOKEN",
                "--state-dir",
                str(tmpdir / "state"),
                "--rate-limit",
                "100000",
                "--report",
                str(tmpdir / "report.csv"),
            ]
            started = time.monotonic()
            child = subprocess.Popen(
                command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            _pid, status, usage = os.wait4(child.pid, 0)
            elapsed = time.monotonic() - started
            if sandbox.poll() is not None:
                print("the sandbox process ended early:", (tmpdir / "sandbox.log").read_text())
        finally:
            sandbox.terminate()
            sandbox.wait(10)
            sandbox_log.close()
    code = os.waitstatus_to_exitcode(status)
    peak_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    print(
        f"memory: event-loader upload of {rows:,} rows (read, convert, send, journal, report): "
        f"exit {code}, {elapsed:.1f} s ({rows / elapsed:,.0f} rows/s end to end), "
        f"peak RSS {peak_mb:,.0f} MB"
    )


def main() -> None:
    """Parse options and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rate", type=int, default=40, help="R: requests per window")
    parser.add_argument("--interval-ms", type=int, default=10_000, help="the rolling window")
    parser.add_argument("--short-requests", type=int, default=60)
    parser.add_argument("--long-windows", type=int, default=10, help="the long run: K x R requests")
    parser.add_argument("--latency-ms", type=float, default=100.0)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument(
        "--client-rate",
        type=int,
        help="the rate the client starts from (default R); a higher one shows how it adapts to "
        "the rate-limit headers and 429s",
    )
    parser.add_argument("--memory-rows", type=int, default=200_000)
    parser.add_argument("--skip-short", action="store_true")
    parser.add_argument("--skip-long", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument(
        "--custom-events",
        action="store_true",
        help="also measure HubSpot custom events (batches of --events-batch-size)",
    )
    parser.add_argument("--events-batch-size", type=int, default=500)
    parser.add_argument("--events-windows", type=int, default=4, help="custom events: K x R")
    args = parser.parse_args()
    common = (args.rate, args.interval_ms, args.latency_ms, args.batch_size, args.concurrency)
    if not args.skip_short:
        throughput("short", args.short_requests, *common, args.client_rate)
    if not args.skip_long:
        throughput("long", args.rate * args.long_windows, *common, args.client_rate)
    if args.custom_events:
        custom_events_throughput(
            args.rate, args.events_windows, args.latency_ms, args.events_batch_size,
            args.concurrency,
        )  # fmt: skip
    if not args.skip_memory:
        memory(args.memory_rows)
    print(f"machine load average (1 min): {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
