"""Failed sign-in attempts counted over a moving window, per account and per address.

Counts live in memory for one process, or in Redis when several workers share them.
"""

from __future__ import annotations

import math
import time

from limits import RateLimitItemPerSecond
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter


class LoginThrottle:
    def __init__(
        self, storage_uri: str, *, per_account: int, per_address: int, window_seconds: int
    ) -> None:
        self._limiter = MovingWindowRateLimiter(storage_from_string(storage_uri))
        self._account = RateLimitItemPerSecond(per_account, window_seconds)
        self._address = RateLimitItemPerSecond(per_address, window_seconds)

    def _keys(self, account: str, address: str) -> tuple[tuple[RateLimitItemPerSecond, str], ...]:
        return ((self._account, f"account:{account}"), (self._address, f"address:{address}"))

    def retry_after(self, *, account: str, address: str) -> int | None:
        """Seconds to wait when either failure budget is spent, else None."""
        waits = [
            self._limiter.get_window_stats(item, "login", key).reset_time - time.time()
            for item, key in self._keys(account, address)
            if not self._limiter.test(item, "login", key)
        ]
        return max(1, math.ceil(max(waits))) if waits else None

    def record_failure(self, *, account: str, address: str) -> None:
        for item, key in self._keys(account, address):
            self._limiter.hit(item, "login", key)
