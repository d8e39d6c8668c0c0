"""Every kind of PDF from the demo session, in both languages: content, fonts, metadata, outline."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from report_helpers import normalised, pdffonts, text_of

from tillitworkshop.report import ExportError, render_pdf
from tillitworkshop.report.strings import translator

KINDS = ("summary", "handouts", "cards", "followup")
LANGS = ("sv", "en")


def all_pdfs(pdfs):
    for (kind, lang), files in pdfs.items():
        for name, data in files.items():
            yield kind, lang, name, data


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_exports_in_both_languages(pdfs, kind, lang):
    """Each kind of PDF is produced in Swedish and English, and each file is a readable PDF."""
    files = pdfs[(kind, lang)]
    assert files
    for data in files.values():
        assert data.startswith(b"%PDF-")
        assert len(PdfReader(io.BytesIO(data)).pages) >= 1


def test_summary_holds_the_session_in_swedish(pdfs, demo):
    """The Swedish summary has the SOU's section names and the session's own texts with å ä ö."""
    text = text_of(pdfs[("summary", "sv")]["summary.pdf"])
    for title in ("Det goda mötet", "Styrkedjan", "Principkort", "Problemkartläggning",
                  "Åtaganden", "Uppföljning", "Relationer för tillit",
                  "Tio insikter om tillitsbyggande", "Dagens program", "Sida 1 av"):
        assert title in text
    assert normalised(demo.organisation) in text
    for note in demo.notes[:40] + [n for n in demo.notes if n.phase == "problems"]:
        assert normalised(note.text)[:60] in text, note.text
    for c in demo.commitments:
        assert normalised(c.what)[:60] in text
    assert "15 oktober 2026" in text


def test_summary_in_english_uses_english_fixed_texts_and_names(pdfs):
    """The English summary translates fixed texts, catalogue names and dates."""
    text = text_of(pdfs[("summary", "en")]["summary.pdf"])
    for title in ("The good meeting", "The governance chain", "Principle cards",
                  "Problem mapping", "Action commitments", "Page 1 of", "15 October 2026",
                  "Micromanagement and administrative time thieves"):
        assert title in text
    assert "Sida 1 av" not in text and "Principer som svarar" not in text


def test_heat_map_shows_the_averages_with_the_decimal_sign_of_the_language(pdfs, demo):
    """The heat map's cells show each role's average rating ("3,5" in Swedish, "3.5" in English)."""
    from statistics import mean

    values = [r.value for r in demo.ratings if r.role == "politik" and r.principle == "tillit"]
    avg = f"{mean(values):.1f}"
    assert avg.replace(".", ",") in text_of(pdfs[("summary", "sv")]["summary.pdf"])
    assert avg in text_of(pdfs[("summary", "en")]["summary.pdf"])
    assert "Skillnad (högst − lägst)" in text_of(pdfs[("summary", "sv")]["summary.pdf"])


def test_every_font_is_embedded_and_none_is_helvetica(pdfs, tmp_path):
    """pdffonts lists only embedded fonts in every PDF, and no Helvetica."""
    for kind, lang, name, data in all_pdfs(pdfs):
        path = tmp_path / f"{kind}-{lang}-{name}"
        path.write_bytes(data)
        fonts = pdffonts(path)
        assert fonts, path
        for font in fonts:
            assert font["emb"] == "yes", (path.name, font)
            assert "Helvetica" not in font["name"], (path.name, font)


def test_metadata_title_author_subject_and_language(pdfs, demo):
    """Every PDF has a real title, the facilitators as author, a subject and the language."""
    for kind, lang, name, data in all_pdfs(pdfs):
        reader = PdfReader(io.BytesIO(data))
        meta = reader.metadata
        assert meta.title and "untitled" not in meta.title.lower(), (kind, name)
        assert "Besök Tillit" in meta.title
        assert meta.author == ", ".join(demo.facilitators)
        assert meta.subject
        assert reader.trailer["/Root"]["/Lang"] == lang


def test_outline_has_a_bookmark_per_section_on_the_right_page(pdfs):
    """The summary's outline lists its sections, each pointing at the page where it starts."""
    reader = PdfReader(io.BytesIO(pdfs[("summary", "sv")]["summary.pdf"]))
    top = [item for item in reader.outline if not isinstance(item, list)]
    titles = [item.title for item in top]
    for title in ("Deltagare", "Dagens program", "Det goda mötet", "Styrkedjan", "Principkort",
                  "Problemkartläggning", "Åtaganden", "Insikter och uppföljning"):
        assert title in titles
    pages = [reader.get_destination_page_number(item) for item in top]
    assert pages == sorted(pages) and pages[-1] > pages[0]
    for item in top:
        page_text = normalised(reader.pages[reader.get_destination_page_number(item)]
                               .extract_text())
        assert item.title in page_text


def test_page_numbers_count_the_pages(pdfs):
    """Every page of the summary says "Sida n av N" with the right n and N."""
    reader = PdfReader(io.BytesIO(pdfs[("summary", "sv")]["summary.pdf"]))
    total = len(reader.pages)
    for n, page in enumerate(reader.pages, start=1):
        assert f"Sida {n} av {total}" in page.extract_text()


def test_combined_handouts_number_pages_per_participant(pdfs, demo):
    """The combined handout file numbers each participant's pages from 1 and has one bookmark each."""
    files = pdfs[("handouts", "sv")]
    combined = next(data for name, data in files.items() if name.startswith("00-"))
    reader = PdfReader(io.BytesIO(combined))
    assert len(reader.outline) == len(demo.participants)
    firsts = sum("Sida 1 av" in page.extract_text() for page in reader.pages)
    assert firsts == len(demo.participants)


def test_cards_have_every_principle_and_its_questions(pdfs, demo):
    """The card deck has the seven principles with their questions, four cards per A4 page."""
    from tillitworkshop.content import catalogue

    data = pdfs[("cards", "sv")]["cards.pdf"]
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 2
    assert abs(float(reader.pages[0].mediabox.width) - 595.28) < 1
    text = text_of(data)
    cards = catalogue().principles_for(False)
    assert len(cards) == 7
    for p in cards:
        assert p.name("sv") in text
        for q in p.questions:
            assert normalised(q("sv"))[:50] in text
    assert "Långsiktighet" not in text


def test_cards_include_the_eighth_card_when_switched_on(demo):
    """With long_term_card on, the deck has eight cards, the last one långsiktighet."""
    from dataclasses import replace

    eight = render_pdf(replace(demo, long_term_card=True), "cards", "sv")
    text = text_of(eight)
    assert "Långsiktighet" in text and "PRINCIPKORT 8/8" in text


def test_followup_compares_with_the_day(pdfs, demo):
    """The follow-up report gives each commitment's history, the done and the late ones."""
    text = text_of(pdfs[("followup", "sv")]["followup.pdf"])
    assert "1 av 9 åtaganden är genomförda" in text
    assert "Försenat" in text  # c8 was due 15 January, before REPORT_DAY
    assert "Arbetsgruppen har träffats och hittat elva olika blanketter" in text
    assert "Läget den 20 januari 2027" in text
    en = text_of(pdfs[("followup", "en")]["followup.pdf"])
    assert "1 of 9 commitments are done" in en and "Late" in en and "overdue" in en


def test_followup_lateness_follows_the_report_date(demo):
    """Before any due date has passed, nothing is reported late."""
    import datetime as dt

    text = text_of(render_pdf(demo, "followup", "en", today=dt.date(2026, 10, 20)))
    assert "Late: 0" in text


def test_an_injected_translator_is_used_for_every_fixed_text(demo):
    """A translator passed in (as the window does) replaces the built-in one."""
    swedish = translator("sv")
    text = text_of(render_pdf(demo, "summary", "sv", tr=lambda s: "§" + swedish(s)))
    assert "§Dagens program" in text and "§Sida 1 av" in text


def test_unknown_kind_or_language_is_refused(demo):
    """A kind or language the exports do not know raises ExportError (exit status 2 in the CLI)."""
    with pytest.raises(ExportError):
        render_pdf(demo, "poster", "sv")
    with pytest.raises(ExportError):
        render_pdf(demo, "summary", "de")


def test_an_empty_session_exports_every_kind(tmp_path):
    """A new session with no participants, notes or commitments still gives every PDF."""
    from tillitworkshop.domain import Workshop
    from tillitworkshop.report import export_pdf

    w = Workshop(id="e", organisation="Tom kommun", sector="omsorg", date="2026-05-04")
    for kind in KINDS:
        written = export_pdf(w, kind, tmp_path / kind, lang="sv")
        assert written and all(p.read_bytes().startswith(b"%PDF-") for p in written)
    assert "Inget antecknades." in text_of((tmp_path / "summary").read_bytes())


def test_summary_names_the_insights_beside_the_commitment_that_used_them(pdfs, demo):
    """Each commitment's linked insights follow it in the summary, in the PDF's language."""
    assert all(c.insights for c in demo.commitments)
    for lang, label in (("sv", "Insikter om tillitsbyggande:"),
                        ("en", "Insights on building trust:")):
        text = text_of(pdfs[("summary", lang)]["summary.pdf"])
        assert text.count(label) == len(demo.commitments)
        start = text.index(normalised(demo.commitments[0].what)[:60])
        block = text[start:text.index(label, start) + 200]
        name = {"sv": "Begränsat antal mål", "en": "A limited number of goals"}[lang]
        assert name in block[block.index(label):]
