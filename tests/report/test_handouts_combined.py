"""The combined handouts file is laid out once and each participant's file is cut from it."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from report_helpers import pdffonts

from tillitworkshop.report.pdfsplit import split_pdf


def readers(pdfs, lang):
    files = pdfs[("handouts", lang)]
    combined = PdfReader(io.BytesIO(files[min(files)]))
    singles = [PdfReader(io.BytesIO(files[name])) for name in sorted(files)[1:]]
    return combined, singles


def page_texts(reader):
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_singles_are_the_combined_files_pages_in_order(pdfs, demo, lang):
    """The combined file's pages are every handout's pages, in roster order, and nothing else."""
    combined, singles = readers(pdfs, lang)
    assert len(singles) == len(demo.participants)
    assert len(combined.pages) == sum(len(r.pages) for r in singles)
    assert page_texts(combined) == [t for r in singles for t in page_texts(r)]


def test_every_participant_is_in_the_combined_file_with_a_bookmark(pdfs, demo):
    """Each participant's name (or pseudonym) heads their handout and is an outline entry there."""
    combined, singles = readers(pdfs, "sv")
    texts = page_texts(combined)
    outline = [(o.title, combined.get_destination_page_number(o)) for o in combined.outline]
    first = 0
    for (title, page), single in zip(outline, singles, strict=True):
        assert page == first
        assert title in texts[first] and title in single.metadata.title
        assert "Sida 1 av" in texts[first]
        first += len(single.pages)
    assert "Medarbetare 1" in [title for title, _ in outline]  # a pseudonym, not a name


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_each_single_has_its_own_title_the_language_and_no_outline(pdfs, lang):
    """A handout cut from the combined file keeps the metadata a reportlab file would have."""
    combined, singles = readers(pdfs, lang)
    whole = combined.metadata
    for reader in singles:
        meta = reader.metadata
        assert meta.title != whole.title and meta.title.startswith(whole.title.split(":")[0])
        assert (meta.author, meta.subject, meta.creator) == (whole.author, whole.subject,
                                                              whole.creator)
        assert "untitled" not in meta.title and "anonymous" not in meta.author
        assert reader.trailer["/Root"]["/Lang"] == lang
        assert reader.outline == []
        assert reader.pdf_header == combined.pdf_header


def test_a_single_embeds_only_the_bundled_fonts(pdfs, tmp_path):
    """The fonts a single takes over from the combined file are embedded DejaVu, no Helvetica."""
    files = pdfs[("handouts", "sv")]
    path = tmp_path / "single.pdf"
    path.write_bytes(files[sorted(files)[1]])
    fonts = pdffonts(path)
    assert fonts and all(f["emb"] == "yes" and "DejaVuSans" in f["name"] for f in fonts)


def test_split_pdf_refuses_page_counts_that_do_not_add_up(pdfs):
    """Cutting by page counts that do not cover the document exactly is an error, not a bad file."""
    files = pdfs[("handouts", "sv")]
    data = files[min(files)]
    pages = len(PdfReader(io.BytesIO(data)).pages)
    with pytest.raises(ValueError):
        split_pdf(data, [pages - 1], ["short"])
    with pytest.raises(ValueError):
        split_pdf(data, [1, pages - 1], ["one title"])
    assert len(split_pdf(data, [1, pages - 1], ["a", "b"])) == 2
