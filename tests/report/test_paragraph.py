"""Paragraphs share their broken lines within a document, and the pages stay the same."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.platypus import KeepTogether
from reportlab.platypus import Paragraph as ReportlabParagraph

from tillitworkshop.report.blocks import Ctx
from tillitworkshop.report.layout import Styles, build_pdf
from tillitworkshop.report.paragraph import Paragraph
from tillitworkshop.report.strings import translator


def pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def story(cls, styles: Styles) -> list:
    text = ("Tre system för samma sak, och <b>ingen</b> vet vilket som gäller. " * 40).strip()
    out = []
    for i in range(12):  # the same paragraphs again and again, some split over two pages
        out.append(KeepTogether([cls(f"Åtagande {i % 3}", styles.h3),
                                 cls("Vem: Lena Håkansson   Senast: 31 mars 2027", styles.body)]))
        out.append(cls(text, styles.bullet, bulletText="•"))
    return out


def test_shared_lines_give_the_pages_reportlab_gives(demo):
    """Repeated and split paragraphs come out exactly as with reportlab's own Paragraph."""
    ctx = Ctx(demo, "sv", translator("sv"))
    meta = ctx.meta("Test", "Test", "Test")
    ours = pages(build_pdf(story(Paragraph, ctx.styles), meta))
    theirs = pages(build_pdf(story(ReportlabParagraph, ctx.styles), meta))
    assert len(ours) > 3
    assert ours == theirs


def test_a_paragraph_is_broken_once_per_width_and_text(demo, monkeypatch):
    """Within one document, the same markup in the same style and width is broken into lines once."""
    ctx = Ctx(demo, "sv", translator("sv"))
    calls = []
    wrap = ReportlabParagraph.wrap
    monkeypatch.setattr(ReportlabParagraph, "wrap",
                        lambda self, w, h: calls.append(self.text) or wrap(self, w, h))
    build_pdf(story(Paragraph, ctx.styles), ctx.meta("Test", "Test", "Test"))
    shared = len(calls)
    calls.clear()
    build_pdf(story(ReportlabParagraph, ctx.styles), ctx.meta("Test", "Test", "Test"))
    assert shared < len(calls) / 2


def _runs(frags) -> list[tuple[str, dict]]:
    """Fragments as (text, attributes), neighbours with the same attributes joined."""
    runs: list[tuple[str, dict]] = []
    for f in frags:
        attrs = {k: v for k, v in f.__dict__.items() if k != "text"}
        if runs and runs[-1][1] == attrs:
            runs[-1] = (runs[-1][0] + f.text, attrs)
        else:
            runs.append((f.text, attrs))
    return runs


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aåÖ &<>;'\"#/=\t ·–…xy\u00a0é")) | st.characters(
    blacklist_categories=("Cs", "Cc")), max_size=60), st.sampled_from(
    ["body", "bullet", "h3", "sub_principles", "cell_bold"]))
def test_plain_paragraphs_are_what_the_parser_makes_of_the_escaped_text(text, style_name):
    """Text given to reportlab without its markup parser (most notes) gets the fragment
    the parser makes of the same text escaped: the same words and the same attributes."""
    from tillitworkshop.report.fonts import drawable
    from tillitworkshop.report.paragraph import Paragraph, plain_paragraph
    from tillitworkshop.report.text import markup

    style = getattr(STYLES, style_name)
    shown = drawable(text).replace("\n", " ")
    fast = plain_paragraph(shown, style)
    # through the parser, then split into runs of one font per script like every paragraph
    parsed = Paragraph(markup(shown), style)
    assert _runs(fast.frags) == _runs(parsed.frags)
    assert fast.getPlainText() == parsed.getPlainText()


STYLES = Styles()


def test_a_style_derived_from_a_used_one_draws_in_its_own_font():
    """The parser's fragment is remembered per style; a style made from one already used
    (reportlab copies the parent's attributes) or a style changed since gets its own."""
    from reportlab.lib.colors import red
    from reportlab.lib.styles import ParagraphStyle

    from tillitworkshop.report.fonts import BOLD
    from tillitworkshop.report.paragraph import plain_paragraph

    styles = Styles()
    plain_paragraph("först", styles.body)
    child = ParagraphStyle("child", parent=styles.body, fontSize=20, textColor=red)
    clone = styles.body.clone("clone", fontName=BOLD)
    for style in (child, clone):
        (frag,) = plain_paragraph("sedan", style).frags
        assert (frag.fontName, frag.fontSize, frag.textColor) == (
            style.fontName, style.fontSize, style.textColor)
    styles.body.fontSize = 11
    assert plain_paragraph("ändrad", styles.body).frags[0].fontSize == 11


def test_a_built_document_leaves_its_paragraphs_lines_to_reference_counting():
    """The lines of every paragraph (kept by the document while it is built) are let go
    with it, not left in a cycle for a full garbage collection, which holds every thread
    still while it runs: the window, during an export. Twice the paragraphs, about the
    same left for the collector."""
    import gc

    styles = Styles()

    def left_for_the_collector(count: int) -> int:
        story = [Paragraph(f"Stycke {i}: " + "ord " * 120, styles.body) for i in range(count)]
        gc.collect()
        gc.disable()
        try:
            build_pdf(story, _meta())
            del story
            return gc.collect()
        finally:
            gc.enable()

    left_for_the_collector(10)  # fonts and caches made once
    assert left_for_the_collector(120) - left_for_the_collector(60) < 300


def _meta():
    from tillitworkshop.report.layout import DocMeta

    return DocMeta("Titel", "Författare", "Ämne", "sv", "Huvud", "Slag", lambda text: text)


# A reportlab that keeps one more piece of state after wrapping than this one does.
NEWER_REPORTLAB = """
import io, json, sys
from pypdf import PdfReader
from reportlab.platypus import Paragraph

real_wrap = Paragraph.wrap
def wrap(self, width, height):
    self._state_of_a_newer_reportlab = (width, height)
    return real_wrap(self, width, height)
Paragraph.wrap = wrap

from tillitworkshop.report import paragraph, render_pdf
from tillitworkshop.store import Library
from tillitworkshop.store.read import load_workshop

def no_fragments(*args):
    raise AssertionError("a fast path ran")
paragraph._plain_fragment = no_fragments
with Library.open(sys.argv[1]) as lib:
    workshop = load_workshop(lib, sys.argv[2])
data = render_pdf(workshop, "summary", "sv")
print(json.dumps({"fast": paragraph.FAST_PATHS,
                  "pages": [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]}))
"""


def test_a_reportlab_that_moved_its_state_gets_its_own_parser_and_the_same_pages(tmp_path):
    """The fast paths write reportlab's private state; a reportlab that keeps more (or other)
    state than they share is found at import, and the export goes through reportlab's
    own parser and line breaking instead: the pages say the same."""
    import json
    import subprocess
    import sys

    from tillitworkshop.report import paragraph, render_pdf
    from tillitworkshop.store import Library
    from tillitworkshop.store.demo import add_demo
    from tillitworkshop.store.read import load_workshop

    with Library.open(tmp_path) as lib:
        session_id = add_demo(lib).session_id
        ours = pages(render_pdf(load_workshop(lib, session_id), "summary", "sv"))
    assert paragraph.FAST_PATHS  # this reportlab is the one tested
    done = subprocess.run([sys.executable, "-c", NEWER_REPORTLAB, str(tmp_path), session_id],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    fallback = json.loads(done.stdout)
    assert fallback["fast"] is False
    assert fallback["pages"] == ours
