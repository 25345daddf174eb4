"""PTB's AIORateLimiter, extended to retry what Telegram's own limiter does not: 5xx answers,
timeouts and dropped connections, with exponential back-off."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import BadRequest, NetworkError
from telegram.ext import AIORateLimiter

log = logging.getLogger("groupfinder.ratelimit")

# A crisis handoff is worth more patience than any other reply.
HANDOFF_RETRIES = 8


class PatientRateLimiter(AIORateLimiter):
    """Keeps Telegram's flood limits and honours 429 retry_after (the parent), and retries network
    failures `retries` times (or `rate_limit_args` times for one call) before giving up."""

    def __init__(self, retries: int = 3, backoff: float = 0.5, max_backoff: float = 8.0) -> None:
        super().__init__(max_retries=retries)
        self._retries = retries
        self._backoff = backoff
        self._max_backoff = max_backoff

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        # Polling has its own back-off in the Updater; only what the bot sends is retried here.
        retries = 0 if endpoint == "getUpdates" else (rate_limit_args or self._retries)
        delay = self._backoff
        for attempt in range(retries + 1):
            try:
                return await super().process_request(
                    callback, args, kwargs, endpoint, data, rate_limit_args
                )
            except BadRequest:
                raise  # a malformed request fails the same way every time
            except NetworkError as exc:
                if attempt == retries:
                    raise
                log.warning(
                    "retrying after a network failure",
                    extra={
                        "endpoint": endpoint,
                        "error": type(exc).__name__,
                        "attempt": attempt + 1,
                    },
                )
                await asyncio.sleep(delay)
                delay = min(delay * 2, self._max_backoff)
        raise AssertionError("unreachable")
