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


def test_the_whole_limit_is_used_unless_headroom_is_asked_for() -> None:
    assert make(100)[0].limit == 100
    assert make(1)[0].limit == 1
    assert make(100, headroom=0.05)[0].limit == 95
    assert make(None)[0].limit is None


def test_a_short_upload_goes_out_at_once() -> None:
    limiter, clock = make(40)
    times = [send(limiter, clock) for _ in range(40)]
    assert times == [1000.0] * 40
    assert clock.waits == []


def test_next_request_waits_until_the_oldest_answer_is_an_interval_old() -> None:
    limiter, clock = make(10)
    for _ in range(10):
        send(limiter, clock, latency=0.5)  # answers at 1000.5, 1001.0, ... 1005.0
    granted = send(limiter, clock)
    # The first request was answered at 1000.5: its slot frees at 1010.5, not at grant + 10.
    assert granted == pytest.approx(1010.5)


def test_slots_are_used_the_moment_they_free_and_never_before() -> None:
    # Forty requests answered after 0.1 s, sixty to send: forty at once, then each of the last
    # twenty exactly when a slot frees, an interval after an answer.
    limiter, clock = make(40)
    permits = [limiter.acquire() for _ in range(40)]
    clock.now += 0.1
    for permit in permits:
        limiter.release(permit)
    rest = [limiter.acquire().granted_at for _ in range(20)]
    assert rest == [pytest.approx(1010.1)] * 20
    assert sum(clock.waits) == pytest.approx(10.0)


def test_no_window_of_interval_seconds_ever_holds_more_than_the_limit() -> None:
    limiter, clock = make(20, interval=10.0)
    grants = [send(limiter, clock, latency=0.07) for _ in range(200)]
    for i, start in enumerate(grants):
        in_window = [t for t in grants[i:] if t < start + 10.0]
        assert len(in_window) <= 20
    # ... and the limiter does not dawdle: ten windows of twenty, one latency late each.
    assert grants[-1] - grants[0] == pytest.approx(9 * 10.07 + 19 * 0.07, abs=0.01)


def test_a_request_still_in_flight_keeps_its_slot() -> None:
    limiter, clock = make(1)
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
            "X-HubSpot-RateLimit-Remaining": "189",
        }
    )
    assert limiter.limit == 190
    assert limiter.interval == 5.0
    # Headers with no request of ours: the one counted is another program's.
    assert [send(limiter, clock) for _ in range(189)] == [1000.0] * 189


def test_requests_of_another_program_take_their_slots_for_one_interval() -> None:
    limiter, clock = make(10)
    permit = limiter.acquire()
    clock.now += 0.1
    limiter.release(permit)
    # The server counted 4 when our request arrived: 3 are another program's.
    limiter.update_from_headers(
        {"x-hubspot-ratelimit-max": "10", "x-hubspot-ratelimit-remaining": "6"}, permit
    )
    assert limiter.pauses == 0
    grants = [send(limiter, clock) for _ in range(7)]
    assert grants[:6] == [1000.1] * 6  # 10 - 1 ours - 3 others
    # The next waits for the first slot to free: ours and the others' at 1010.1.
    assert grants[6] == pytest.approx(1010.1)


def test_an_answer_overtaken_on_the_way_does_not_hold_slots_for_long() -> None:
    # Three requests leave one after the other; the first is overtaken and arrives last, so the
    # server counts 3 for it: alone, that answer would mean two requests of another program.
    # The next answers (counted 1 and 2) show there are none, and the slots come back at once.
    limiter, clock = make(10)
    permits = []
    for _ in range(3):
        permits.append(limiter.acquire())
        clock.now += 0.01
    for permit, remaining in ((permits[0], 7), (permits[1], 9), (permits[2], 8)):
        limiter.release(permit)
        limiter.update_from_headers(
            {"x-hubspot-ratelimit-max": "10", "x-hubspot-ratelimit-remaining": str(remaining)},
            permit,
        )
    granted = [limiter.acquire().granted_at for _ in range(7)]  # 10 - our 3
    assert granted == [pytest.approx(clock.now)] * 7


def test_a_429s_remaining_of_zero_is_left_to_the_pause() -> None:
    limiter, clock = make(10)
    permit = limiter.acquire()
    clock.now += 0.1
    limiter.release(permit)
    limiter.update_from_headers(
        {"x-hubspot-ratelimit-max": "10", "x-hubspot-ratelimit-remaining": "0"}, permit
    )
    assert limiter.on_rate_limited(2.0) == 2.0
    assert [send(limiter, clock) for _ in range(9)] == [pytest.approx(1002.1)] * 9


def test_remaining_that_counts_only_our_own_requests_holds_nothing() -> None:
    limiter, clock = make(10)
    permits = [limiter.acquire() for _ in range(4)]
    clock.now += 0.1
    for permit in permits:
        limiter.release(permit)
    # Answers come in any order; each counts at most the four of ours.
    for remaining, permit in zip((9, 8, 7, 6), permits, strict=True):
        limiter.update_from_headers(
            {"x-hubspot-ratelimit-max": "10", "x-hubspot-ratelimit-remaining": str(remaining)},
            permit,
        )
    assert [send(limiter, clock) for _ in range(6)] == [1000.1] * 6


def test_remaining_arriving_late_still_sees_what_was_in_the_window() -> None:
    # A request answered at the end of a window: the requests it was counted with have left our
    # window by the time its header is read, but they were ours, not another program's.
    limiter, clock = make(10, interval=1.0)
    first = [limiter.acquire() for _ in range(9)]
    for permit in first:
        limiter.release(permit)
    clock.now += 0.9
    late = limiter.acquire()
    clock.now += 0.2  # answered at 1001.1, after the first nine left the window
    limiter.release(late)
    limiter.update_from_headers(
        {"x-hubspot-ratelimit-max": "10", "x-hubspot-ratelimit-remaining": "1"}, late
    )
    assert [send(limiter, clock) for _ in range(9)] == [pytest.approx(1001.1)] * 9


def test_malformed_or_ignored_headers_change_nothing() -> None:
    limiter, _ = make(100)
    limiter.update_from_headers({"X-HubSpot-RateLimit-Max": "lots"})
    assert limiter.limit == 100
    fixed, _ = make(100, adapt_to_headers=False)
    fixed.update_from_headers({"X-HubSpot-RateLimit-Max": "190"})
    assert fixed.limit == 100


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
    limiter = RateLimiter(9, 0.3)
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
