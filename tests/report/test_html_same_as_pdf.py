"""The HTML summary says what the PDF says (issue 21): the same parts left out, the same
one-line mention where an absence matters, the same origins of each commitment, the same role
wording and pseudonyms."""

from __future__ import annotations

import dataclasses
import io
import re
from html.parser import HTMLParser

import pytest
from pypdf import PdfReader
from report_helpers import normalised, text_of
from scripts_fixture import scripts_day

from tillitworkshop.content import catalogue
from tillitworkshop.domain import AgendaItem, Note, RelationshipMark, Workshop
from tillitworkshop.report import render_html, render_pdf
from tillitworkshop.report.blocks import Ctx, by_due_date, origins
from tillitworkshop.report.strings import translator

EMPTY = Workshop(id="e", organisation="Tom kommun", sector="omsorg", date="2026-05-04")


class _Text(HTMLParser):
    """The text of <body> as a reader hears it, and the table of contents' entries."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.contents: list[str] = []
        self._in_body = self._in_toc_link = False

    def handle_starttag(self, tag, attrs):
        self._in_body = self._in_body or tag == "body"
        self._in_toc_link = tag == "a" and (dict(attrs).get("href") or "").startswith("#s")

    def handle_endtag(self, tag):
        self._in_toc_link = self._in_toc_link and tag != "a"

    def handle_data(self, data):
        if self._in_body:
            self.parts.append(data)
        if self._in_toc_link:
            self.contents.append(data)

    @property
    def text(self) -> str:
        return normalised("".join(self.parts))


def html_of(workshop: Workshop, lang: str) -> _Text:
    parser = _Text()
    parser.feed(render_html(workshop, lang).decode("utf-8"))
    return parser


def pdf_outline(workshop: Workshop, lang: str) -> tuple[list[str], list[str]]:
    """The summary PDF's top-level bookmarks and those one level down."""
    reader = PdfReader(io.BytesIO(render_pdf(workshop, "summary", lang)))
    top = [o.title for o in reader.outline if not isinstance(o, list)]
    below = [o.title for sub in reader.outline if isinstance(sub, list) for o in sub
             if not isinstance(o, list)]
    return top, below


def days(demo: Workshop) -> dict[str, Workshop]:
    """Days that leave out different parts of the summary."""
    relationship = catalogue().relationships[0].key

    def only(**fields: object) -> Workshop:
        return dataclasses.replace(EMPTY, **fields)

    return {
        "demo": demo,
        "scripts": scripts_day(demo),
        "nothing": EMPTY,
        "a relationship judged": only(relationship_marks=[RelationshipMark(relationship, 4)]),
        "a relationship spoken of": only(notes=[
            Note("n1", "chain", "relationship", "Vi litar på varandra", relationship=relationship)]),
        "a chain note": only(notes=[Note("n1", "chain", "need", "Mer tid", chain_link="medarbetare")]),
        "a programme": only(agenda=[AgendaItem("a1", "chain", "Styrkedjan", 45)]),
        "a hinder": only(notes=[Note("n1", "good_meeting", "hinder", "Stress")]),
        "a problem": only(notes=[Note("n1", "problems", "problem", "Ingen tid", votes=2)]),
        "no commitments": dataclasses.replace(demo, commitments=[]),
    }


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_html_leaves_out_the_parts_the_pdf_leaves_out(demo, lang):
    """Section by section the HTML's table of contents is the PDF's outline, the
    relationships are there in both or neither, there is no filler line, and no commitments
    made is said in the same line in both."""
    tr = translator(lang)
    relationships = tr("Relationships for trust")
    for name, day in days(demo).items():
        top, below = pdf_outline(day, lang)
        page = html_of(day, lang)
        # The purpose of the day is part of the PDF's cover, a section of the HTML's own.
        contents = [t for t in page.contents if t != tr("Purpose of the day")]
        assert contents == top, name
        assert (relationships in below) == (relationships in page.text), name
        assert tr("Nothing was recorded.") not in page.text, name
        none_made = tr("No commitments were made on the day.")
        assert (none_made in text_of(render_pdf(day, "summary", lang))) == (
            none_made in page.text) == (not day.commitments), name


def test_an_empty_day_leaves_out_every_empty_section():
    page = html_of(EMPTY, "sv")
    for absent in ("Dagens program", "Relationer för tillit", "Problemkartläggning",
                   "Det goda mötet", "Styrkedjan", "Inget antecknades"):
        assert absent not in page.text
    assert page.contents == ["Deltagare", "Principkort", "Åtaganden", "Insikter och uppföljning"]
    assert "Inga åtaganden gjordes under dagen." in page.text


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_each_commitment_shows_the_origins_lines_of_the_pdf(demo, lang):
    """Every line the PDF prints under a commitment ("Svarar på: ”…”", "Principer: …",
    "Insikter om tillitsbyggande: …") is in that commitment's part of the HTML."""
    for day in (demo, scripts_day(demo)):
        ctx = Ctx(day, lang, translator(lang))
        doc = render_html(day, lang).decode("utf-8")
        articles = re.findall(r'<article class="commitment">.*?</article>', doc, re.S)
        items = by_due_date(day.commitments)
        assert len(articles) == len(items)
        pdf = text_of(render_pdf(day, "summary", lang))
        for c, article in zip(items, articles, strict=True):
            parser = _Text()
            parser.feed(f"<body>{article}</body>")
            lines = origins(ctx, c)
            assert lines == [] or any(line.startswith(ctx.tr("Answers")) for line in lines)
            for line in lines:
                assert normalised(line) in parser.text, line
                if line.isascii():  # pypdf gives right-to-left runs in visual order
                    assert normalised(line)[:60] in pdf
        assert sum(len(origins(ctx, c)) for c in items) >= len(items)
        assert "Problems it answers" not in doc and "Problem som åtagandet svarar mot" not in doc


def test_an_answered_problem_in_arabic_is_isolated_and_right_to_left(demo):
    day = scripts_day(demo)
    doc = render_html(day, "sv").decode("utf-8")
    problem = next(n.text for n in day.notes if n.id == "scripts-problem")
    assert f'Svarar på: ”<bdi lang="und-Arab" dir="rtl">{problem}</bdi>”' in doc


def test_roles_and_pseudonyms_as_in_the_pdf(demo):
    """One person is "Enhetschef 1", never followed by the group; the citizen link is named
    by the sector; every participant is shown by the same name or pseudonym as in the PDF."""
    for sector, citizens in (("skola", "Elever och vårdnadshavare"), ("omsorg", "Brukare")):
        w = dataclasses.replace(demo, sector=sector, participants=[
            dataclasses.replace(p, consent=False) if p.role == "enhetschef" else p
            for p in demo.participants])
        page, pdf = html_of(w, "sv").text, text_of(render_pdf(w, "summary", "sv"))
        for text in (page, pdf):
            assert citizens in text and "Brukare, elever, patienter" not in text
            assert "Enhetschef 1" in text and "(enhetschefer)" not in text
        names = Ctx(w, "sv", translator("sv")).names
        for p in w.participants:
            assert names.name(p.id) in page and names.name(p.id) in pdf, p.id
        hidden = [p.name for p in w.participants if not p.consent]
        assert hidden and not any(name in page or name in pdf for name in hidden)
