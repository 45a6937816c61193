"""The shared rate limiter, on a fake clock: no sleeping, exact times."""

from __future__ import annotations

import threading

import pytest

from app.api.errors import RequestCancelled
from app.api.ratelimit import RateLimiter


class FakeClock:
    """A clock that only moves when a waiter waits (or a test says so)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.waits: list[float] = []

    def __call__(self) -> float:
        return self.now

    def wait(self, stop_event: threading.Event | None, seconds: float) -> bool:
        self.waits.append(seconds)
        if stop_event is not None and stop_event.is_set():
            return True
        self.now += seconds
        return False


def make(
    max_requests: int | None = 10, interval: float = 10.0, **kw
) -> tuple[RateLimiter, FakeClock]:
    clock = FakeClock()
    return RateLimiter(max_requests, interval, clock=clock, wait=clock.wait, **kw), clock


def send(limiter: RateLimiter, clock: FakeClock, latency: float = 0.0) -> float:
    """Acquire, 'send' for ``latency`` seconds, release; return the grant time."""
    permit = limiter.acquire()
    granted = clock.now
    clock.now += latency
    limiter.release(permit)
    return granted


def test_limit_keeps_headroom_of_at_least_one_request() -> None:
    assert make(100)[0].limit == 98
    assert make(10)[0].limit == 9
    assert make(190)[0].limit == 186
    assert make(1)[0].limit == 1
    assert make(100, headroom=0.05)[0].limit == 95
    assert make(None)[0].limit is None


def test_requests_within_the_limit_go_at_once_without_pacing() -> None:
    limiter, clock = make(10, burst=10)
    times = [send(limiter, clock) for _ in range(9)]
    assert times == [1000.0] * 9
    assert clock.waits == []


def test_next_request_waits_until_the_oldest_answer_is_an_interval_old() -> None:
    limiter, clock = make(10, burst=10)
    for _ in range(9):
        send(limiter, clock, latency=0.5)  # answers at 1000.5, 1001.0, ... 1004.5
    assert clock.now == pytest.approx(1004.5)
    granted = send(limiter, clock)
    # The first request was answered at 1000.5: its slot frees at 1010.5, not at grant + 10.
    assert granted == pytest.approx(1010.5)


def test_no_window_of_interval_seconds_ever_holds_more_than_the_limit() -> None:
    limiter, clock = make(20, interval=10.0)
    grants = [send(limiter, clock, latency=0.07) for _ in range(200)]
    limit = limiter.limit
    assert limit == 19
    for i, start in enumerate(grants):
        in_window = [t for t in grants[i:] if t < start + 10.0]
        assert len(in_window) <= limit
    # ... and the limiter does not dawdle: 200 requests take about 200/19 windows.
    elapsed = grants[-1] - grants[0]
    assert elapsed < (200 / limit) * 10.07 + 1


def test_after_a_burst_requests_are_paced_evenly_over_the_window() -> None:
    limiter, clock = make(100, burst=5)  # limit 98 per 10 s: one every 10/98 s after 5 at once
    grants = [send(limiter, clock) for _ in range(20)]
    assert grants[:5] == [1000.0] * 5
    spacing = 10.0 / 98
    gaps = [b - a for a, b in zip(grants[4:], grants[5:], strict=False)]
    assert gaps == pytest.approx([spacing] * 15)
    # An idle spell earns the burst back, not more.
    clock.now += 60
    again = [send(limiter, clock) for _ in range(7)]
    assert again[:5] == [grants[-1] + 60] * 5
    assert again[5] - again[0] == pytest.approx(spacing)
    assert again[6] - again[5] == pytest.approx(spacing)


def test_pacing_keeps_the_throughput_of_the_window() -> None:
    limiter, clock = make(100)
    grants = [send(limiter, clock, latency=0.1) for _ in range(500)]
    limit = limiter.limit
    for i, start in enumerate(grants):
        assert len([t for t in grants[i:] if t < start + 10.0]) <= limit
    # One request every 10/98 s, or the window's own limit: about 5 windows for 490 requests.
    assert grants[-1] - grants[0] < (500 / limit) * 10.1 + 1


def test_a_request_still_in_flight_keeps_its_slot() -> None:
    limiter, clock = make(2)  # limit 1
    permit = limiter.acquire()
    clock.now += 60  # no answer for a minute
    stop = threading.Event()

    def waiter(ev: threading.Event | None, seconds: float) -> bool:
        clock.now += seconds
        if clock.now > 1000 + 61:
            limiter.release(permit)  # the answer arrives at ~1061
        return False

    limiter._wait = waiter
    limiter.acquire(stop)
    assert clock.now >= 1061 + 10 - 0.01


def test_pause_after_429_with_retry_after_holds_everyone() -> None:
    limiter, clock = make(100)
    send(limiter, clock)
    assert limiter.on_rate_limited(7.5) == 7.5
    granted = send(limiter, clock)
    assert granted == pytest.approx(1007.5)
    assert limiter.pauses == 1


def test_pause_after_429_without_retry_after_waits_for_the_oldest_to_leave_the_window() -> None:
    limiter, clock = make(100)
    send(limiter, clock, latency=0.2)  # answered at 1000.2
    clock.now = 1004.0
    pause = limiter.on_rate_limited(None)
    assert pause == pytest.approx(6.2)
    assert send(limiter, clock) == pytest.approx(1010.2)


def test_pause_without_history_is_short_but_at_least_a_second() -> None:
    limiter, clock = make(100)
    assert limiter.on_rate_limited(None) == pytest.approx(1.0)


def test_a_shorter_pause_does_not_cut_a_longer_one() -> None:
    limiter, clock = make(100)
    limiter.pause(30)
    limiter.pause(2)
    assert send(limiter, clock) == pytest.approx(1030)


def test_unlimited_limiter_only_obeys_pauses() -> None:
    limiter, clock = make(None)
    assert [send(limiter, clock) for _ in range(500)] == [1000.0] * 500
    limiter.on_rate_limited(3)
    assert send(limiter, clock) == pytest.approx(1003)


def test_headers_set_the_limit_and_the_interval() -> None:
    limiter, clock = make(100)
    limiter.update_from_headers(
        {
            "X-HubSpot-RateLimit-Max": "190",
            "X-HubSpot-RateLimit-Interval-Milliseconds": "5000",
            "X-HubSpot-RateLimit-Remaining": "180",
        }
    )
    assert limiter.limit == 186
    assert limiter.interval == 5.0
    assert limiter.pauses == 0


def test_remaining_lower_than_expected_holds_new_requests() -> None:
    limiter, clock = make(100)
    send(limiter, clock, latency=0.1)  # answered at 1000.1
    # Another program used the allowance: HubSpot says 1 left although we sent only one.
    limiter.update_from_headers(
        {"x-hubspot-ratelimit-max": "100", "x-hubspot-ratelimit-remaining": "1"}
    )
    assert limiter.pauses == 1
    assert send(limiter, clock) == pytest.approx(1010.1)


def test_remaining_at_our_own_headroom_does_not_pause() -> None:
    limiter, clock = make(100)
    limiter.update_from_headers(
        {"x-hubspot-ratelimit-max": "100", "x-hubspot-ratelimit-remaining": "2"}
    )
    assert limiter.pauses == 0


def test_malformed_or_ignored_headers_change_nothing() -> None:
    limiter, _ = make(100)
    limiter.update_from_headers({"X-HubSpot-RateLimit-Max": "lots"})
    assert limiter.limit == 98
    fixed, _ = make(100, adapt_to_headers=False)
    fixed.update_from_headers({"X-HubSpot-RateLimit-Max": "190"})
    assert fixed.limit == 98


def test_stop_event_interrupts_a_wait() -> None:
    limiter, clock = make(100)
    limiter.pause(60)
    stop = threading.Event()
    stop.set()
    with pytest.raises(RequestCancelled):
        limiter.acquire(stop)


def test_stop_event_set_during_the_wait_interrupts_it() -> None:
    limiter, clock = make(100)
    limiter.pause(60)
    stop = threading.Event()

    def waiter(ev: threading.Event | None, seconds: float) -> bool:
        clock.now += seconds
        if clock.now >= 1005:
            stop.set()
        return stop.is_set()

    limiter._wait = waiter
    with pytest.raises(RequestCancelled):
        limiter.acquire(stop)
    assert clock.now < 1010


def test_threads_sharing_one_limiter_never_exceed_it_with_the_real_clock() -> None:
    """Eight threads, a limit of 9 per 0.3 s: the grant times never crowd a window."""
    limiter = RateLimiter(10, 0.3)
    grants: list[float] = []
    lock = threading.Lock()
    import time

    def worker() -> None:
        for _ in range(5):
            permit = limiter.acquire()
            with lock:
                grants.append(time.monotonic())
            time.sleep(0.005)
            limiter.release(permit)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    grants.sort()
    assert len(grants) == 40
    for i, start in enumerate(grants):
        assert len([t for t in grants[i:] if t < start + 0.3]) <= 9
