"""Every script in the PDFs (issue 21): the fixture day's notes, names and commitments in the
national minority languages and the languages of newer Swedes come out of ``pdftotext``
letter for letter, in logical order, with no U+FFFD but for the emoji."""

from __future__ import annotations

import logging
import re
import shutil
import subprocess

import pytest
from conftest import REPORT_DAY
from report_helpers import pdffonts
from scripts_fixture import LINES, RLO_NAME, scripts_day

from tillitworkshop.report import export_pdf, render_pdf

MIXED = "Arabic and Swedish"


def pdftotext(path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run([tool, str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    # poppler marks the direction of runs with embedding characters: not part of the text
    return " ".join(re.sub("[\u202a-\u202e\u200e\u200f]", "", out).split())


@pytest.fixture(scope="module")
def day(demo):
    return scripts_day(demo)


@pytest.fixture(scope="module")
def exported(day, tmp_path_factory):
    root = tmp_path_factory.mktemp("scripts")
    summary = root / "summary.pdf"
    summary.write_bytes(render_pdf(day, "summary", "sv", today=REPORT_DAY))
    handouts = export_pdf(day, "handouts", root / "handouts", lang="en", today=REPORT_DAY)
    return summary, handouts


def test_every_language_extracts_letter_for_letter(exported):
    """Each line of the test set is in the summary's text as written (logical order)."""
    text = pdftotext(exported[0])
    for language, line in LINES.items():
        if language != MIXED:
            assert line in text, language


def test_a_line_mixing_arabic_and_swedish_keeps_its_words(exported):
    """The Latin parts read in order and each Arabic word whole. (poppler writes a
    right-to-left run inside a left-to-right line in display order.)"""
    text = pdftotext(exported[0])
    assert "Vi behöver 3 timmar till" in text and "för samtal 2027." in text
    for word in ("نحتاج", "ساعات"):
        assert word in text


def test_only_the_emoji_are_replaced_and_said_once_in_the_log(day, caplog):
    with caplog.at_level(logging.WARNING, logger="tillitworkshop.report"):
        data = render_pdf(day, "summary", "sv", today=REPORT_DAY)
    assert data.startswith(b"%PDF")
    warnings = [r.getMessage() for r in caplog.records if "no bundled font" in r.getMessage()]
    assert len(warnings) == 1
    assert "U+1F44D" in warnings[0] and "U+1F469" in warnings[0]


def test_no_replacement_character_but_for_the_emoji(exported):
    text = pdftotext(exported[0])
    assert text.count("\ufffd") == 2  # "👍🏽" and "👩‍💻", one replacement each


def test_an_override_in_a_name_does_not_reverse_the_line(exported):
    text = pdftotext(exported[0])
    assert "Nadia Al-Karim – Hemtjänst Väst" in text
    assert "\u202e" not in text and RLO_NAME not in text


def test_the_handout_of_a_participant_named_in_arabic(exported):
    """Her handout shows her name, her Tigrinya commitment and the Arabic problem it answers."""
    handout = next(p for p in exported[1] if not p.name.startswith("00-")
                   and "فاطمة" in pdftotext(p))
    text = pdftotext(handout)
    for piece in ("فاطمة الزهراء", LINES["Tigrinya"], LINES["Arabic"]):
        assert piece in text
    assert "\ufffd" not in text


def test_every_font_is_embedded(exported):
    names = [f["name"] for f in pdffonts(exported[0])]
    assert any("NotoSansArabic" in n for n in names)
    assert any("NotoSansHebrew" in n for n in names)
    assert any("NotoSansEthiopic" in n for n in names)
    assert all(f["emb"] == "yes" for f in pdffonts(exported[0]))


@pytest.mark.slow
def test_a_megabyte_of_arabic(demo):
    """A 1 MB Arabic note is laid out (in ~2 KB paragraphs) without failing."""
    data = render_pdf(scripts_day(demo, big_arabic=True), "summary", "sv", today=REPORT_DAY)
    assert data.startswith(b"%PDF")


def test_a_right_to_left_paragraph_split_over_pages_stays_right_to_left(tmp_path):
    """Both parts of an Arabic paragraph cut by a page break are set right to left: in each
    line the earlier number stands to the right of the later one."""
    from reportlab.platypus import Spacer

    from tillitworkshop.report.layout import DocMeta, Styles, build_pdf
    from tillitworkshop.report.strings import translator
    from tillitworkshop.report.text import paragraphs

    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = " ".join(f"نحتاج إلى مزيد من الوقت مع كبار السن {i}" for i in range(60))
    story = [Spacer(1, 500), *paragraphs(text, Styles().body)]
    meta = DocMeta("t", "a", "s", "sv", "h", "k", translator("sv"))
    path = tmp_path / "split.pdf"
    path.write_bytes(build_pdf(story, meta))
    boxes = subprocess.run([tool, "-bbox", str(path), "-"], capture_output=True, text=True,
                           check=True).stdout
    x = {}
    for m in re.finditer(r'xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>(\d+)</word>', boxes):
        x.setdefault(int(m.group(3)), (float(m.group(1)), round(float(m.group(2)))))
    pairs = [(i, i + 1) for i in range(59) if i in x and i + 1 in x and x[i][1] == x[i + 1][1]]
    assert len(pairs) > 20  # lines on both pages
    assert all(x[a][0] > x[b][0] for a, b in pairs)
