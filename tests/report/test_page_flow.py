"""No orphans, no empty sections, nothing cut (issue 21)."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from conftest import REPORT_DAY
from pypdf import PdfReader
from scripts_fixture import scripts_day

from tillitworkshop.domain import Workshop
from tillitworkshop.report import charts, render_pdf
from tillitworkshop.report.strings import translator


def body_lines_per_page(data: bytes, tmp_path) -> list[int]:
    """The lines of text on each page, less the running header and footer (two each)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    out = subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return [len([line for line in page.splitlines() if line.strip()]) - 4
            for page in out.split("\f")[:-1]]


@pytest.mark.parametrize("kind", ["summary", "followup"])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_no_page_but_the_last_has_fewer_than_five_lines(demo, tmp_path, kind, lang):
    for w in (demo, scripts_day(demo)):
        lines = body_lines_per_page(render_pdf(w, kind, lang, today=REPORT_DAY), tmp_path)
        assert all(n >= 5 for n in lines[:-1]), lines


def test_empty_sections_are_left_out_of_the_summary_and_its_outline():
    """A session with nothing recorded: no heading over nothing, no filler line, no bookmark;
    the missing commitments said in one line."""
    w = Workshop(id="e", organisation="Tom kommun", sector="omsorg", date="2026-05-04")
    data = render_pdf(w, "summary", "sv")
    reader = PdfReader(io.BytesIO(data))
    text = " ".join((p.extract_text() or "") for p in reader.pages)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    for absent in ("Dagens program", "Relationer för tillit", "Problemkartläggning",
                   "Det goda mötet", "Styrkedjan"):
        assert absent not in titles and absent not in text
    assert "Inget antecknades" not in text
    assert "Inga åtaganden gjordes under dagen." in text


def test_the_problem_map_names_every_chain_link_in_full():
    """A long link name ("Brukare, elever, patienter") is wrapped over two lines, not cut."""
    names = ["Politisk ledning", "Brukare, elever, patienter", "Tjänstemannaledning"]
    drawing = charts.problem_map(["Bristande tillit"], names, [[1, 2, 3]], translator("sv"),
                                 480)
    words = " ".join(s.text for s in _strings(drawing))
    assert "…" not in words
    for name in names:
        for word in name.split():
            assert word in words


def _strings(node):
    from reportlab.graphics.shapes import Group, String

    for item in getattr(node, "contents", []):
        if isinstance(item, String):
            yield item
        elif isinstance(item, Group):
            yield from _strings(item)
