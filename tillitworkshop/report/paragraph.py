"""reportlab's Paragraph, laid out once per width instead of once per question.

platypus asks a paragraph for its size more than once at the same width: a
``KeepTogether`` (every commitment block) measures its content, then the
frame measures each paragraph again to place it. reportlab's ``wrap`` breaks
the lines anew each time, and the second time is the slow one: the first
``breakLines`` replaces the parsed fragments by a word list, and breaking that
list compares every word's fragment again (``sameFrag``). Profiling 40
handouts of a big session put half the export in those repeated wraps.

``Paragraph`` here keeps the lines of its last wrap and returns them when
asked again at the same width. The lines depend on the width only (never on
the height offered), so the pages come out identical; ``split`` still breaks
anew, and a split (which drops the lines) forces a fresh wrap.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph as _Paragraph


class Paragraph(_Paragraph):
    """A reportlab Paragraph that does not break its lines twice at the same width."""

    _tw_wrap: tuple[float, tuple[float, float]] | None = None  # (width, size) of the last wrap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        last = self._tw_wrap
        if last is not None and last[0] == availWidth and "blPara" in self.__dict__:
            return last[1]
        size = super().wrap(availWidth, availHeight)
        self._tw_wrap = (availWidth, size)
        return size
