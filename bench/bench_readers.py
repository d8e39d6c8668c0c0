"""The accessible HTML summary and the CSV tables of the big session (issue 21).

The big session is bench_report's (40 participants, 400 notes, 80 commitments). The floor is
the same session's user texts (every note, and each commitment's texts) escaped into bare
paragraphs of one HTML string: the least an HTML summary of it has to do. Goal: the whole HTML
summary, from the session to the bytes, in 300 ms or less.
"""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

from tillitworkshop.report import render_html
from tillitworkshop.report.blocks import Ctx
from tillitworkshop.report.csv_export import render as render_csv
from tillitworkshop.report.strings import translator

from .bench_report import big_workshop
from .stats import line, median, timings

REPEAT = 7


def _floor(w) -> bytes:
    texts = [n.text for n in w.notes]
    for c in w.commitments:
        texts += [c.what, c.first_step, c.indicator]
    return "".join(f"<p>{html.escape(t)}</p>" for t in texts).encode("utf-8")


def run() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="tillit-bench-") as tmp:
        w = big_workshop(Path(tmp))
        render_html(w, "sv")  # the first call imports reportlab's styles and the catalogue
        ours = median(timings(lambda: render_html(w, "sv"), REPEAT))
        floor = median(timings(lambda: _floor(w), REPEAT))
        csv = median(timings(lambda: render_csv(Ctx(w, "sv", translator("sv"))), REPEAT))
        return ["Every reader (issue 21)",
                line("HTML summary, big session", ours, floor,
                     f"goal ≤ 300 ms: {'met' if ours <= 0.3 else 'NOT MET'}"),
                line("CSV tables, big session (5 files)", csv, floor, "beside the same floor")]
