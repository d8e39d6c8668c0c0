"""Charts drawn with reportlab's own graphics: the gap heat map and the problem map.

Both are a labelled grid with the number in every cell, so they read in
black and white as well as in colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Unpack

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.utils import simpleSplit

from . import summary_data
from .fonts import BOLD, REGULAR, drawable
from .layout import AMBER, INK, MUTED, NAVY, RULE
from .strings import Translator

if TYPE_CHECKING:
    from reportlab.graphics.shapes import _SolidShapeKwArgs

_LOW = colors.HexColor("#e8a593")  # rating 1: soft coral
_MID = colors.HexColor("#f4ecd9")  # rating 3: sand
_HIGH = colors.HexColor("#6aa9a6")  # rating 5: sea green
_COUNT_MAX = colors.HexColor("#3d5f8a")
_EMPTY = colors.HexColor("#f6f7f9")
_LIGHT_AMBER = colors.HexColor("#f3d9b1")


@dataclass(frozen=True)
class Cell:
    text: str
    fill: Color
    bold: bool = False
    outline: Color | None = None


def number(value: float, lang: str) -> str:
    """One decimal, with the language's decimal sign ("3,5" / "3.5")."""
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "sv" else text


def rating_fill(value: float) -> Color:
    """The heat map's colour for an average rating 1–5."""
    t = min(max((value - 1) / 4, 0.0), 1.0)
    if t < 0.5:
        return colors.linearlyInterpolatedColor(_LOW, _MID, 0, 0.5, t)
    return colors.linearlyInterpolatedColor(_MID, _HIGH, 0.5, 1, t)


def spread_fill(spread: float) -> Color:
    """White below one point, light amber from one point, amber from two."""
    if spread >= 2.0:
        return AMBER
    return _LIGHT_AMBER if spread >= 1.0 else colors.white


def count_fill(count: int, most: int) -> Color:
    if count == 0 or most == 0:
        return _EMPTY
    return colors.linearlyInterpolatedColor(colors.HexColor("#dfe7f1"), _COUNT_MAX, 0, 1,
                                            (count / most) ** 0.8)


def _text_color(fill: Color) -> Color:
    r, g, b = fill.red, fill.green, fill.blue
    return colors.white if 0.299 * r + 0.587 * g + 0.114 * b < 0.55 else INK


def grid(rows: Sequence[str], columns: Sequence[str], cells: Sequence[Sequence[Cell]], *,
         width: float, label_width: float = 128, cell_height: float = 20,
         header_height: float = 84, frame_column: int | None = None) -> Drawing:
    """A grid with wrapped row labels at the left and slanted column labels on top."""
    font_size = 7.5
    col_width = min(52.0, (width - label_width - 40) / max(len(columns), 1))
    heights = []
    wrapped = []
    for label in rows:
        lines = simpleSplit(drawable(label), REGULAR, font_size, label_width - 8)[:3]
        wrapped.append(lines)
        heights.append(max(cell_height, len(lines) * 9 + 6))
    total_h = sum(heights) + header_height
    d = _drawing(width, total_h)
    y = total_h - header_height
    for c, label in enumerate(columns):
        x = label_width + c * col_width + col_width / 2
        head = Group(String(0, 0, _fit(drawable(label), 110, font_size), fontName=BOLD,
                            fontSize=font_size, fillColor=NAVY))
        head.translate(x - 2, y + 5)
        head.rotate(40)
        d.add(head)
    for r, lines in enumerate(wrapped):
        h = heights[r]
        y -= h
        for i, line in enumerate(lines):
            baseline = y + h / 2 + (len(lines) - 1) * 4.5 - i * 9 - 2.5
            d.add(String(0, baseline, line, fontName=REGULAR, fontSize=font_size, fillColor=INK))
        for c, cell in enumerate(cells[r]):
            x = label_width + c * col_width
            d.add(_rect(x + 1, y + 1, col_width - 2, h - 2, fillColor=cell.fill,
                       strokeColor=cell.outline, strokeWidth=1.6 if cell.outline else 0))
            d.add(String(x + col_width / 2, y + h / 2 - 3, cell.text, textAnchor="middle",
                         fontName=BOLD if cell.bold else REGULAR, fontSize=8,
                         fillColor=_text_color(cell.fill)))
    if frame_column is not None:
        x = label_width + frame_column * col_width
        d.add(_rect(x, 0, col_width, total_h - header_height, fillColor=None,
                   strokeColor=AMBER, strokeWidth=1.4))
    d.add(Line(0, total_h - header_height, label_width + len(columns) * col_width,
               total_h - header_height, strokeColor=RULE, strokeWidth=0.5))
    return d


def _drawing(width: float, height: float) -> Drawing:
    """A drawing that starts in the bundled font (else the PDF references Helvetica)."""
    return Drawing(width, height, initialFontName=REGULAR)


def _rect(x: float, y: float, width: float, height: float,
          **kw: Unpack[_SolidShapeKwArgs]) -> Rect:
    """A ``Rect`` with its keywords type-checked."""
    # types-reportlab declares Rect's keywords as `**kw: _SolidShapeKwArgs` (each one a
    # whole TypedDict), not `Unpack[...]` as for its other shapes.
    return Rect(x, y, width, height, **kw)  # type: ignore[arg-type]


def _fit(text: str, width: float, size: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, BOLD, size) <= width:
        return text
    while text and stringWidth(text + "…", BOLD, size) > width:
        text = text[:-1]
    return text + "…"


def heat_map(roles: Sequence[str], principles: Sequence[str],
             means: Sequence[Sequence[float | None]], lang: str, tr: Translator,
             width: float) -> Drawing:
    """Average rating per chain role (rows) and principle (columns), and each column's spread.

    The last row is the spread (highest minus lowest role); spreads of a
    whole point or more are marked, and the principle where the levels
    differ most is framed.
    """
    cells = [[Cell(number(v, lang), rating_fill(v)) if v is not None else Cell("–", _EMPTY)
              for v in row] for row in means]
    spreads, widest = summary_data.spreads([list(row) for row in means], len(principles))
    spread_row = [Cell(number(s, lang), spread_fill(s), bold=True, outline=RULE)
                  if s is not None else Cell("–", colors.white, outline=RULE) for s in spreads]
    return grid([*roles, tr("Spread (highest − lowest)")], principles, [*cells, spread_row],
                width=width, frame_column=widest)


def legend(tr: Translator, lang: str, width: float) -> Drawing:
    """The heat map's colour key, 1 to 5, and what the amber and the frame mean."""
    d = _drawing(width, 36)
    d.add(String(0, 24, tr("Average rating:"), fontName=REGULAR, fontSize=7.5, fillColor=MUTED))
    x = 72.0
    for value in range(1, 6):
        fill = rating_fill(value)
        d.add(_rect(x, 20, 18, 12, fillColor=fill, strokeColor=None))
        d.add(String(x + 9, 23, str(value), textAnchor="middle", fontName=REGULAR, fontSize=7.5,
                     fillColor=_text_color(fill)))
        x += 20
    x = 72.0
    for fill in (_LIGHT_AMBER, AMBER):
        d.add(_rect(x, 2, 18, 12, fillColor=fill, strokeColor=None))
        x += 20
    d.add(String(x + 4, 6, tr("spread of 1 point or more (light) and of 2 or more (dark); "
                              "framed: the largest spread"),
                 fontName=REGULAR, fontSize=7.5, fillColor=MUTED))
    return d


def problem_map(obstacles: Sequence[str], links: Sequence[str],
                counts: Sequence[Sequence[int]], tr: Translator, width: float) -> Drawing:
    """Problems per obstacle (rows) and chain link (columns), with totals."""
    most = max((v for row in counts for v in row), default=0)
    cells = []
    for row in counts:
        line = [Cell(str(v) if v else "–", count_fill(v, most), bold=v == most and v > 0)
                for v in row]
        line.append(Cell(str(sum(row)), colors.white, bold=True, outline=RULE))
        cells.append(line)
    totals = [sum(row[c] for row in counts) for c in range(len(links))]
    cells.append([*(Cell(str(t), colors.white, bold=True, outline=RULE) for t in totals),
                  Cell(str(sum(totals)), colors.white, bold=True, outline=RULE)])
    return grid([*obstacles, tr("Total")], [*links, tr("Total")], cells, width=width,
                label_width=150)
