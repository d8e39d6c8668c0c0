"""The summary's charts for a screen reader as well as for the eye: the heat map and the
problem map as tables whose coloured cells carry their numbers, the relationships as an SVG
bar chart with a text alternative followed by the same data as a table.

Cell colours are the PDF's (``report.charts``); the number in each is black or white,
whichever contrasts more, which is at least 4.58:1 on any fill (WCAG AA asks 4.5:1).
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import Color

from .. import charts
from ..layout import AMBER
from .text import esc

INK = "#1d2430"


def hex_of(color: Color) -> str:
    return "#{:02x}{:02x}{:02x}".format(*(round(v * 255) for v in (color.red, color.green,
                                                                      color.blue)))


def _luminance(hex_colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(int(hex_colour[i:i + 2], 16) / 255) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two "#rrggbb" colours."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_on(fill: str) -> str:
    """Black or white, whichever reads better on ``fill``."""
    return "#000000" if contrast(fill, "#000000") >= contrast(fill, "#ffffff") else "#ffffff"


def _cell(text: str, fill: Color, *, strong: bool = False, extra: str = "",
          cls: str = "") -> str:
    bg = hex_of(fill)
    inner = f"<strong>{text}</strong>" if strong else text
    classes = f' class="{cls}"' if cls else ""
    return (f'<td{classes} style="background:{bg};color:{text_on(bg)}">{inner}{extra}</td>')


def _table(caption: str, corner: str, columns: Sequence[str], cls: str,
           region: str) -> list[str]:
    """The opening of a wide table, in a region that scrolls sideways on a narrow screen
    (focusable, so a keyboard can scroll it too)."""
    head = "".join(f'<th scope="col">{esc(c)}</th>' for c in columns)
    return [f'<div class="wide" role="region" tabindex="0" aria-label="{esc(region)}">'
            f'<table class="{cls}"><caption>{esc(caption)}</caption>',
            f'<thead><tr><th scope="col">{esc(corner)}</th>{head}</tr></thead><tbody>']


def heat_map(caption: str, corner: str, roles: Sequence[str], principles: Sequence[str],
             means: Sequence[Sequence[float | None]], spreads: Sequence[float | None],
             widest: int | None, lang: str, spread_label: str, widest_label: str) -> str:
    """Average rating per chain role (rows) and principle (columns), then the spreads."""
    out = _table(caption, corner, principles, "heat", caption)
    for role, row in zip(roles, means, strict=True):
        cells = "".join(_cell(charts.number(v, lang), charts.rating_fill(v)) if v is not None
                        else _cell("–", charts._EMPTY) for v in row)
        out.append(f'<tr><th scope="row">{esc(role)}</th>{cells}</tr>')
    spread_cells = []
    for c, s in enumerate(spreads):
        if s is None:
            spread_cells.append(_cell("–", Color(1, 1, 1)))
            continue
        mark = f' <span class="hidden">({esc(widest_label)})</span>' if c == widest else ""
        spread_cells.append(_cell(charts.number(s, lang), charts.spread_fill(s), strong=True,
                                  extra=mark, cls="widest" if c == widest else ""))
    out.append(f'<tr class="spread"><th scope="row">{esc(spread_label)}</th>'
               f'{"".join(spread_cells)}</tr>')
    out.append("</tbody></table></div>")
    return "".join(out)


def legend(rating_label: str, spread_text: str) -> str:
    """The heat map's key: the colours of 1 to 5, and of a spread of one and two points."""
    swatches = "".join(
        f'<span class="swatch" style="background:{(bg := hex_of(charts.rating_fill(v)))};'
        f'color:{text_on(bg)}">{v}</span>' for v in range(1, 6))
    amber = "".join(
        f'<span class="swatch" style="background:{hex_of(c)}" aria-hidden="true"></span>'
        for c in (charts._LIGHT_AMBER, AMBER))
    return (f'<p class="legend">{esc(rating_label)} {swatches}</p>'
            f'<p class="legend">{amber} {esc(spread_text)}</p>')


def problem_map(caption: str, corner: str, obstacles: Sequence[str], links: Sequence[str],
                counts: Sequence[Sequence[int]], total: str) -> str:
    """Problems per obstacle (rows) and chain link (columns), with totals."""
    most = max((v for row in counts for v in row), default=0)
    white = Color(1, 1, 1)
    out = _table(caption, corner, [*links, total], "counts", caption)
    for obstacle, row in zip(obstacles, counts, strict=True):
        cells = "".join(_cell(str(v) if v else "–", charts.count_fill(v, most),
                              strong=v == most and v > 0) for v in row)
        out.append(f'<tr><th scope="row">{esc(obstacle)}</th>{cells}'
                   f'{_cell(str(sum(row)), white, strong=True)}</tr>')
    totals = [sum(row[c] for row in counts) for c in range(len(links))]
    cells = "".join(_cell(str(t), white, strong=True) for t in [*totals, sum(totals)])
    out.append(f'<tr class="total"><th scope="row">{esc(total)}</th>{cells}</tr>')
    out.append("</tbody></table></div>")
    return "".join(out)


def strength_chart(title: str, names: Sequence[str], values: Sequence[int], of_five: str,
                   caption: str, corner: str, column: str, chart_id: str) -> str:
    """Bars of 1–5 per relationship as an SVG with a title and description, then the table."""
    row_h, unit = 46, 80
    height = row_h * len(names) + 4
    desc = "; ".join(f"{n}: {of_five.format(value=v)}" for n, v in zip(names, values, strict=True))
    width = 5 * unit + 320
    parts = [f'<svg class="chart" role="img" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" '
             f'aria-labelledby="{chart_id}-t {chart_id}-d">',
             f'<title id="{chart_id}-t">{esc(title)}</title><desc id="{chart_id}-d">{esc(desc)}</desc>']
    for i, (name, value) in enumerate(zip(names, values, strict=True)):
        y = i * row_h  # the name on its own line, the bar under it: a long name never overlaps
        parts.append(f'<text x="0" y="{y + 15}" fill="{INK}" font-size="13">{esc(name)}</text>'
                     f'<rect x="0" y="{y + 21}" width="{5 * unit}" height="16" fill="#e3e8ee"/>'
                     f'<rect x="0" y="{y + 21}" width="{value * unit}" height="16" '
                     f'fill="#2a7f8e"/><text x="{5 * unit + 8}" y="{y + 34}" fill="{INK}" '
                     f'font-size="13">{value}/5</text>')
    parts.append("</svg>")
    rows = "".join(f'<tr><th scope="row">{esc(n)}</th><td>{v}</td></tr>'
                   for n, v in zip(names, values, strict=True))
    parts.append(f'<table class="data"><caption>{esc(caption)}</caption><thead><tr>'
                 f'<th scope="col">{esc(corner)}</th><th scope="col">{esc(column)}</th></tr>'
                 f'</thead><tbody>{rows}</tbody></table>')
    return "".join(parts)
