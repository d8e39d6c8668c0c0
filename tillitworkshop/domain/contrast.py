"""Colour contrast as WCAG 2.1 measures it, and the heat map's palette (standard library only,
so the window, a presenter screen and an HTML export all use the same numbers).

WCAG 2.1 AA asks 4.5:1 for text (3:1 for large text and for the parts of a control);
``contrast`` is its formula (relative luminance of sRGB colours). The rating palette is
ColorBrewer's YlGnBu (sequential, safe for the common colour-vision deficiencies), five
steps far apart in lightness so that they stay apart in greyscale, with the text on each
step the ink that meets AA on it.
"""

from __future__ import annotations

AA_TEXT = 4.5
AA_LARGE = 3.0  # large text (18 pt, or 14 pt bold), and the borders of controls
DARK_INK = "#1d2730"
LIGHT_INK = "#ffffff"

# Ratings 1 to 5: ColorBrewer YlGnBu (Cynthia Brewer, Penn State), light to dark.
RATING_PALETTE = ("#ffffcc", "#a1dab4", "#41b6c4", "#225ea8", "#081d58")


def rgb(colour: str) -> tuple[int, int, int]:
    """``#rrggbb`` (or ``rrggbb``) as three 0–255 numbers."""
    h = colour.lstrip("#")
    if len(h) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG's relative luminance: 0 for black, 1 for white."""
    r, g, b = (_linear(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG's contrast ratio of two colours, from 1 (none) to 21 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def lightness(colour: str) -> float:
    """CIE L* (0–100): how light the colour looks, which is what a greyscale print keeps."""
    y = luminance(colour)
    return 116 * y ** (1 / 3) - 16 if y > 216 / 24389 else y * 24389 / 27


def ink_on(background: str) -> str:
    """The dark or the light ink, whichever contrasts more with ``background``."""
    return max((DARK_INK, LIGHT_INK), key=lambda ink: contrast(ink, background))


def rating_colour(mean: float) -> str:
    """The palette's step for a mean rating 1–5, halves rounded up (2.5 and 3.5 alike:
    Python's round() takes halves to the even step); out of range, the nearest end."""
    step = min(len(RATING_PALETTE), max(1, int(mean + 0.5)))
    return RATING_PALETTE[step - 1]


# Machado, Oliveira & Fernandes (2009), severity 1.0, on linear sRGB: what a person with
# protanopia, deuteranopia or tritanopia sees.
DEFICIENCIES: dict[str, tuple[tuple[float, float, float], ...]] = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}


def _encode(linear: float) -> int:
    c = min(1.0, max(0.0, linear))
    c = c * 12.92 if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055
    return round(c * 255)


def simulate(colour: str, deficiency: str) -> str:
    """``colour`` as seen with ``deficiency`` (a key of DEFICIENCIES), as #rrggbb."""
    lin = [_linear(c) for c in rgb(colour)]
    out = [_encode(sum(m * v for m, v in zip(row, lin, strict=True)))
           for row in DEFICIENCIES[deficiency]]
    return "#{:02x}{:02x}{:02x}".format(*out)
