"""The bundled fonts, registered once, and what they can draw.

reportlab's own Helvetica draws anything outside Latin-1 as a black box, so
every PDF here uses embedded TrueType fonts only: DejaVu Sans for Latin, Greek
and Cyrillic, and Noto Sans (OFL) for the scripts DejaVu lacks or cannot
shape: Arabic (Arabic, Persian, Kurdish Sorani), Hebrew (Hebrew, Yiddish) and
Ethiopic (Tigrinya, Amharic). ``scripts`` picks the font per run of text. A
character none of them has (most emoji) is replaced *visibly* by U+FFFD, the
Unicode replacement character, which the fonts do have: the reader sees that
something was left out and text extraction says so, instead of a box that
extracts as a wrong letter. ``replaced()`` collects what was replaced, for
the export's log.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

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

@dataclass(frozen=True, slots=True)
class Fallback:
    """A font for one script, in regular and bold, used where DejaVu falls short."""

    regular: str
    bold: str
    files: tuple[str, str]
    ranges: tuple[tuple[int, int], ...]  # the script's blocks: preferred over DejaVu there
    rtl: bool


FALLBACKS = (
    Fallback("TillitArabic", "TillitArabic-Bold",
             ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
             ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
              (0xFE70, 0xFEFF)), rtl=True),
    Fallback("TillitHebrew", "TillitHebrew-Bold",
             ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
             ((0x0590, 0x05FF), (0xFB1D, 0xFB4F)), rtl=True),
    Fallback("TillitEthiopic", "TillitEthiopic-Bold",
             ("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
             ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F)), rtl=False),
)
# Directional formatting characters (embeddings, overrides, isolates, marks): dropped from
# user text, so a name with U+202E cannot reverse the rest of its line. The layout orders
# right-to-left runs itself (scripts.visual_line).
BIDI_CONTROLS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
# Invisible helpers of emoji sequences: dropped together with what they decorate.
_JOINERS = "\u200d\ufe0e\ufe0f" + "".join(chr(c) for c in range(0x1F3FB, 0x1F400))
_KEEP_CONTROLS = {"\n", "\t"}
# Joiners that shape Arabic and Indic text (Persian writes with U+200C): kept in those runs.
_SHAPING_JOINERS = {0x200C, 0x200D}
_REPLACED: set[str] = set()


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
    for fb in FALLBACKS:
        for name, file_name in zip((fb.regular, fb.bold), fb.files, strict=True):
            font = TTFont(name, str(package_data.path("fonts", file_name)))
            pdfmetrics.registerFont(font)
            COVERAGE[name] = frozenset(c for c, glyph in font.face.charToGlyph.items() if glyph)
        addMapping(fb.regular, 0, 0, fb.regular)
        addMapping(fb.regular, 1, 0, fb.bold)
        addMapping(fb.regular, 0, 1, fb.regular)
        addMapping(fb.regular, 1, 1, fb.bold)
    for name in _FILES:
        COVERAGE[name] = coverage
    return coverage


COVERAGE: dict[str, frozenset[int]] = {}
"""The code points each registered font draws (DejaVu's: what all three files draw)."""


@functools.cache
def all_coverage() -> frozenset[int]:
    """The code points some bundled font draws (in regular and bold)."""
    base = register()
    extra = [COVERAGE[fb.regular] & COVERAGE[fb.bold] for fb in FALLBACKS]
    return base.union(*extra) | _SHAPING_JOINERS


def replaced() -> set[str]:
    """The characters replaced by U+FFFD since the last ``reset_replaced`` (for the log)."""
    return _REPLACED


def reset_replaced() -> None:
    _REPLACED.clear()


@functools.cache
def _unsupported_pattern() -> re.Pattern[str]:
    coverage = all_coverage()
    missing_ranges = ranges_not_in(coverage)
    cls = "".join(f"{_esc(a)}-{_esc(b)}" if a != b else _esc(a) for a, b in missing_ranges)
    joiners = "".join(_esc(ord(c)) for c in _JOINERS)
    # One unsupported character and the joiners, skin tones and variation
    # selectors that belong to it, so "👍🏽" becomes one replacement, not two.
    return re.compile(f"[{cls}](?:[{joiners}]+[{cls}]?)*")


def _esc(code: int) -> str:
    return f"\\U{code:08x}"


def ranges_not_in(coverage: frozenset[int]) -> list[tuple[int, int]]:
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
    coverage = register()  # DejaVu's: text wholly before it needs no other font
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
    text = text.translate(_DROP_BIDI)
    text = _unsupported_pattern().sub(_replace, text)
    return text.translate(_DROP)


def _replace(match: re.Match[str]) -> str:
    _REPLACED.add(match.group())
    return REPLACEMENT


_DROP = {ord(c): None for c in _JOINERS if ord(c) not in _SHAPING_JOINERS}
_DROP_BIDI = {ord(c): None for c in BIDI_CONTROLS}
