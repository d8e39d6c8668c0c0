"""Which screen the presenter goes to: a pure function of the screens there are.

Qt-free, so it is tested on made-up screen lists. The rule is OpenLP's
(core/display/screens.py): the screen remembered from last time if it is still
there (matched by name and geometry, then by name, then by geometry); otherwise the
first screen that is not the primary; with one screen, None: an ordinary window the
facilitator can drag to a projector plugged in later.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Geometry = tuple[int, int, int, int]  # x, y, width, height


@dataclass(frozen=True, slots=True)
class ScreenInfo:
    name: str
    geometry: Geometry
    primary: bool = False


@dataclass(frozen=True, slots=True)
class Remembered:
    """The screen the presenter was last on (settings: presenter/screen)."""

    name: str
    geometry: Geometry

    def text(self) -> str:
        return "|".join([self.name, *map(str, self.geometry)])

    @staticmethod
    def parse(text: str) -> Remembered | None:
        """From ``text()``; None for an empty or hand-damaged value."""
        parts = text.rsplit("|", 4)
        if len(parts) != 5:
            return None
        try:
            x, y, w, h = (int(p) for p in parts[1:])
        except ValueError:
            return None
        return Remembered(parts[0], (x, y, w, h))


def choose(screens: Sequence[ScreenInfo], remembered: Remembered | None = None) -> int | None:
    """The index of the presenter's screen, full screen; None: an ordinary window."""
    if len(screens) < 2:
        return None
    if remembered is not None:
        for match in (lambda s: s.name == remembered.name and s.geometry == remembered.geometry,
                      lambda s: s.name == remembered.name,
                      lambda s: s.geometry == remembered.geometry):
            found = next((i for i, s in enumerate(screens) if match(s)), None)
            if found is not None:
                return found
    return next((i for i, s in enumerate(screens) if not s.primary), 1)


def swapped(screens: Sequence[ScreenInfo], presenter: int | None, facilitator: int) -> int | None:
    """Where the presenter goes on "swap screens": where the facilitator's window is, unless
    it is there already, then the next screen; None with one screen."""
    if len(screens) < 2:
        return None
    if presenter != facilitator:
        return facilitator
    return (facilitator + 1) % len(screens)
