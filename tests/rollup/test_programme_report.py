"""The programme report (`rollup --pdf`): its sections, page numbers, bookmarks, metadata
and fonts, in both languages; user text shown literally."""

from __future__ import annotations

import io
import json
import subprocess

import pytest
from pypdf import PdfReader

from tillitworkshop.rollup import roll_up_all

from .conftest import run, write_sessions


@pytest.fixture(scope="module", params=["sv", "en"])
def report(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(f"report-{request.param}")
    files = write_sessions(folder / "in", 10)
    doc = json.loads(files[0].read_text(encoding="utf-8"))
    problem = next(n for n in doc["notes"] if n["kind"] == "problem")
    problem.update(votes=10_000, text='<img src="/etc/passwd"/> <b>unclosed & "quoted"')
    files[0].write_text(json.dumps(doc), encoding="utf-8")
    pdf = folder / "programme.pdf"
    roll_up_all([folder / "in"], folder / "programme.sqlite", pdf=pdf, lang=request.param)
    return request.param, pdf


SECTIONS = {"sv": ["Platser som ingår", "Glappet över alla platser", "Hinder per sektor",
                   "Mest röstade problem över alla platser",
                   "Åtagandenas utfall vid uppföljningen"],
            "en": ["Sites covered", "The gap across sites", "Obstacles by sector",
                   "Most-voted problems across sites", "Commitment completion at follow-up"]}


def test_the_report_has_its_sections_as_bookmarks_a_page_per_sector_and_page_numbers(report):
    lang, pdf = report
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[:5] == SECTIONS[lang]
    sector_word = "Sektor: " if lang == "sv" else "Sector: "
    sectors = [t for t in titles if t.startswith(sector_word)]
    assert sectors
    for item in reader.outline:
        if not isinstance(item, list) and item.title.startswith(sector_word):
            page = reader.get_destination_page_number(item)
            assert item.title in reader.pages[page].extract_text()
    total = len(reader.pages)
    last = reader.pages[-1].extract_text()
    assert (f"Sida {total} av {total}" if lang == "sv" else f"Page {total} of {total}") in last


def test_the_report_has_its_metadata_and_embeds_every_font(report):
    lang, pdf = report
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    assert reader.metadata.title.startswith("Besök Tillit – ")
    assert reader.trailer["/Root"]["/Lang"] == lang
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows), fonts.stdout


def test_a_problems_text_is_shown_literally(report):
    _, pdf = report
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert '<img src="/etc/passwd"/> <b>unclosed & "quoted"' in text.replace("\n", " ")


def test_an_existing_report_is_replaced_only_with_force(tmp_path, capsys):
    write_sessions(tmp_path / "in", 2)
    (tmp_path / "r.pdf").write_bytes(b"old")
    assert run(tmp_path / "in", "-o", tmp_path / "r.sqlite", "--pdf", tmp_path / "r.pdf") == 2
    assert (tmp_path / "r.pdf").read_bytes() == b"old" and not (tmp_path / "r.sqlite").exists()
    assert run(tmp_path / "in", "-o", tmp_path / "r.sqlite", "--pdf", tmp_path / "r.pdf",
               "--force") == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
