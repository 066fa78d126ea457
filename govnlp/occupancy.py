"""Which characters of a page are already inside a span, in constant time per check.

Several components add spans only where none is yet (candidates, name lists,
repeated names); testing each new span against every earlier one costs
O(spans²) and took minutes on million-character pages.  A byte per character
makes each check and each addition cost the span's length.
"""
from __future__ import annotations


class Occupancy:
    def __init__(self, length: int, spans=()):
        self._taken = bytearray(length + 1)
        for st, en in spans:
            self.take(st, en)

    def free(self, st: int, en: int) -> bool:
        """No character of ``[st, en)`` is taken yet."""
        return not any(self._taken[st:en])

    def take(self, st: int, en: int) -> None:
        self._taken[st:en] = b"\x01" * (en - st)
