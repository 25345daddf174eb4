"""Per-chat flood control: a token bucket, so one person sending 100 messages a second is slowed
down kindly without slowing anyone else."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(slots=True)
class _Bucket:
    tokens: float
    updated: float
    warned: bool = False


@dataclass
class ChatThrottle:
    """Allow `burst` messages at once and `rate` a second after that, per chat."""

    # Generous enough for fast tapping through a multi-select; a flood of 100/s still trips it.
    rate: float = 5.0
    burst: float = 30.0
    # Wall-clock seconds, comparable with Telegram's message timestamps.
    clock: Callable[[], float] = time.time
    _buckets: dict[int, _Bucket] = field(default_factory=dict)

    def allow(self, chat_id: int, at: float | None = None) -> bool:
        """Take one token for this chat; False when the chat is over its budget.

        `at` is when the person sent the message (Telegram's timestamp), so a backlog we are slow
        to process is not mistaken for a flood, and a real flood is seen even when we lag."""
        now = self.clock() if at is None else at
        bucket = self._buckets.get(chat_id)
        if bucket is None:
            if len(self._buckets) > 10_000:
                self._forget_full(now)
            bucket = self._buckets[chat_id] = _Bucket(self.burst, now)
        elapsed = max(0.0, now - bucket.updated)
        bucket.tokens = min(self.burst, bucket.tokens + elapsed * self.rate)
        bucket.updated = max(bucket.updated, now)
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            bucket.warned = False
            return True
        return False

    def first_refusal(self, chat_id: int) -> bool:
        """True once per flood, so the person is told to slow down a single time."""
        bucket = self._buckets.get(chat_id)
        if bucket is None or bucket.warned:
            return False
        bucket.warned = True
        return True

    def _forget_full(self, now: float) -> None:
        full = [
            c
            for c, b in self._buckets.items()
            if b.tokens + (now - b.updated) * self.rate >= self.burst
        ]
        for chat_id in full:
            del self._buckets[chat_id]
