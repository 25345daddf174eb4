"""Flood control per chat: generous for a person tapping fast, firm for a flood, one kind note."""

from __future__ import annotations

from bot.throttle import ChatThrottle


def test_a_person_tapping_quickly_through_a_question_is_never_slowed_down() -> None:
    throttle = ChatThrottle(rate=5, burst=30, clock=lambda: 0.0)
    assert all(throttle.allow(1, at=i * 0.25) for i in range(200))


def test_a_flood_is_refused_after_the_burst_and_told_once_and_others_are_untouched() -> None:
    throttle = ChatThrottle(rate=5, burst=30, clock=lambda: 0.0)
    allowed = [throttle.allow(1, at=100.0) for _ in range(100)]
    assert allowed.count(True) == 30
    assert [throttle.first_refusal(1) for _ in range(3)] == [True, False, False]
    assert throttle.allow(2, at=100.0)
    assert throttle.allow(1, at=101.0), "a second later there is room again"


def test_messages_processed_late_are_judged_by_when_they_were_sent() -> None:
    throttle = ChatThrottle(rate=5, burst=30, clock=lambda: 0.0)
    # Ten messages sent a minute apart, all handled in one burst after a restart.
    assert all(throttle.allow(1, at=60.0 * i) for i in range(10))
