"""Fixtures for the PDF exports: the demo session as a Workshop, and its PDFs rendered once."""

from __future__ import annotations

import datetime as dt

import pytest

from tillitworkshop.report import export_pdf, render_pdf
from tillitworkshop.store import Library
from tillitworkshop.store.demo import add_demo
from tillitworkshop.store.read import load_workshop

TODAY = dt.date(2026, 11, 28)  # the demo day is 44 days before this
REPORT_DAY = dt.date(2027, 1, 20)  # the follow-up report's "today": one commitment is late


@pytest.fixture(scope="session")
def demo(tmp_path_factory):
    """The demo session, read from a library of its own."""
    folder = tmp_path_factory.mktemp("report-lib")
    with Library.open(folder) as lib:
        return load_workshop(lib, add_demo(lib, today=TODAY).session_id)


@pytest.fixture(scope="session")
def pdfs(demo, tmp_path_factory):
    """Every kind of PDF of the demo session in both languages: {(kind, lang): {name: bytes}}."""
    out = {}
    root = tmp_path_factory.mktemp("pdfs")
    for lang in ("sv", "en"):
        for kind in ("summary", "cards", "followup"):
            out[(kind, lang)] = {f"{kind}.pdf": render_pdf(demo, kind, lang, today=REPORT_DAY)}
        folder = root / f"handouts-{lang}"
        written = export_pdf(demo, "handouts", folder, lang=lang, today=REPORT_DAY)
        out[("handouts", lang)] = {p.name: p.read_bytes() for p in written}
    return out
