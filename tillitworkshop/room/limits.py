"""Per-device rate limit: at most ``limit`` submissions in any ``window`` seconds."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class RateLimit:
    def __init__(self, limit: int = 30, window: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._seen: dict[str, deque[float]] = {}

    def allow(self, key: str) -> bool:
        """Count one submission by ``key``; False when it is over the limit (not counted)."""
        now = self._clock()
        times = self._seen.setdefault(key, deque())
        while times and now - times[0] >= self.window:
            times.popleft()
        if len(times) >= self.limit:
            return False
        times.append(now)
        return True

    def forget_idle(self) -> None:
        """Drop devices with nothing in the window, so memory stays bounded."""
        now = self._clock()
        for key in [k for k, t in self._seen.items() if not t or now - t[-1] >= self.window]:
            del self._seen[key]
