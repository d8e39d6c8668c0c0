"""The bundled fonts (DejaVu Sans), registered once, and what they can draw.

reportlab's own Helvetica draws anything outside Latin-1 as a black box, so
every PDF here uses these embedded TrueType fonts only. A character none of
them has (most emoji, many scripts) is replaced *visibly* by U+FFFD, the
Unicode replacement character, which the fonts do have: the reader sees that
something was left out and text extraction says so, instead of a box that
extracts as a wrong letter.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from .. import package_data

REGULAR = "TillitSans"
BOLD = "TillitSans-Bold"
OBLIQUE = "TillitSans-Oblique"
REPLACEMENT = "\ufffd"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    OBLIQUE: "DejaVuSans-Oblique.ttf",
}
# Invisible helpers of emoji sequences: dropped together with what they decorate.
_JOINERS = "\u200d\ufe0e\ufe0f" + "".join(chr(c) for c in range(0x1F3FB, 0x1F400))
_KEEP_CONTROLS = {"\n", "\t"}


@functools.cache
def register() -> frozenset[int]:
    """Register the fonts with reportlab (once) and return the code points all of them draw."""
    coverage: frozenset[int] | None = None
    for name, file_name in _FILES.items():
        font = TTFont(name, str(package_data.path("fonts", file_name)))
        pdfmetrics.registerFont(font)
        chars = frozenset(c for c, glyph in font.face.charToGlyph.items() if glyph)
        coverage = chars if coverage is None else coverage & chars
    # No bold-oblique file is bundled: bold text in italics falls back to bold.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, OBLIQUE)
    addMapping(REGULAR, 1, 1, BOLD)
    assert coverage is not None
    return coverage


@functools.cache
def _unsupported_pattern() -> re.Pattern[str]:
    coverage = register()
    missing_ranges = _ranges_not_in(coverage)
    cls = "".join(f"{_esc(a)}-{_esc(b)}" if a != b else _esc(a) for a, b in missing_ranges)
    joiners = "".join(_esc(ord(c)) for c in _JOINERS)
    # One unsupported character and the joiners, skin tones and variation
    # selectors that belong to it, so "👍🏽" becomes one replacement, not two.
    return re.compile(f"[{cls}](?:[{joiners}]+[{cls}]?)*")


def _esc(code: int) -> str:
    return f"\\U{code:08x}"


def _ranges_not_in(coverage: frozenset[int]) -> list[tuple[int, int]]:
    """The code point ranges (inclusive) outside ``coverage``, excluding newline and tab."""
    inside = sorted(coverage | {ord(c) for c in _KEEP_CONTROLS})
    ranges: list[tuple[int, int]] = []
    previous = -1
    for code in [*inside, 0x110000]:
        if code > previous + 1:
            ranges.append((previous + 1, code - 1))
        previous = code
    return ranges


@functools.cache
def _beyond_all_drawn() -> re.Pattern[str]:
    """Matches a character at or past the first printable one the fonts lack: every
    printable character before it is drawn (Latin, Swedish, Nordic and European letters)."""
    coverage = register()
    code = 0x20
    while code < 0x110000 and (code in coverage or not chr(code).isprintable()):
        code += 1
    return re.compile(f"[^\\x20-{_esc(code - 1)}]")


def drawable(text: str) -> str:
    """``text`` in NFC, with every character the bundled fonts cannot draw shown as U+FFFD.

    Control characters other than newline and tab are replaced too; stray
    joiners and variation selectors (invisible) are dropped.
    """
    text = unicodedata.normalize("NFC", text)
    # Most text needs nothing done; saying so takes two scans in C, not the regex's pass.
    if text.isprintable() and not _beyond_all_drawn().search(text):
        return text
    text = _unsupported_pattern().sub(REPLACEMENT, text)
    return text.translate(_DROP)


_DROP = {ord(c): None for c in _JOINERS}
