"""A handout fits one A4 side (issue 21): it sizes its content to fit, and the combined file
has exactly one page per participant: over the demo, the scripts fixture and a large day."""

from __future__ import annotations

import dataclasses
import io
from collections import Counter

import pytest
from pypdf import PdfReader
from scripts_fixture import scripts_day

from tillitworkshop.report import export_pdf
from tillitworkshop.report.blocks import top_problems


def pages(path) -> int:
    return len(PdfReader(io.BytesIO(path.read_bytes())).pages)


def assert_one_page_each(workshop, folder, lang):
    written = export_pdf(workshop, "handouts", folder, lang=lang)
    combined = [p for p in written if p.name.startswith("00-")]
    singles = [p for p in written if not p.name.startswith("00-")]
    assert len(singles) == len(workshop.participants)
    assert Counter(pages(p) for p in singles) == Counter({1: len(singles)})
    assert pages(combined[0]) == len(workshop.participants)
    return written


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_demo_handouts_are_one_page_each(demo, tmp_path, lang):
    assert_one_page_each(demo, tmp_path / "h", lang)


def test_scripts_fixture_handouts_are_one_page_each(demo, tmp_path):
    assert_one_page_each(scripts_day(demo), tmp_path / "h", "en")


def test_a_large_day_fits_one_page_each(tmp_path):
    """40 participants, 10 top problems, and a participant with 12 commitments of their own
    and their role's."""
    from bench.bench_report import big_workshop
    from tillitworkshop.report.blocks import Ctx
    from tillitworkshop.report.strings import translator

    w = big_workshop(tmp_path)
    assert len(w.participants) == 40
    assert len(top_problems(Ctx(w, "en", translator("en")), 10)) == 10
    p = w.participants[0]
    mine = [c for c in w.commitments if c.owner_participant_id == p.id or c.owner_role == p.role]
    w.commitments += [dataclasses.replace(mine[0], id=f"extra-{i}", owner_participant_id=p.id)
                      for i in range(12 - len(mine))]
    assert len([c for c in w.commitments
                if c.owner_participant_id == p.id or c.owner_role == p.role]) >= 12
    written = assert_one_page_each(w, tmp_path / "h", "en")
    # a handout is made for 12 commitments: all of them shown, none only counted
    first = next(path for path in written if path.name.startswith("01-"))
    text = " ".join(page.extract_text() for page in PdfReader(first).pages)
    assert "more commitments of your role" not in text
