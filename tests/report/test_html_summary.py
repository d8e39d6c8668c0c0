"""The HTML summary: accessible (axe-core in Chromium finds no WCAG 2.1 A/AA violation),
self-contained, every note in it, user text escaped and isolated, the right scripts marked."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest
from readers_fixture import HTML_ATTACK, MANY_SCRIPTS, RLO_NAME, readers_workshop

from tests.browser import axe_violations, describe
from tillitworkshop.report import render_html
from tillitworkshop.report.html.charts import contrast
from tillitworkshop.report.html.text import script_of


def _squash(text: str) -> str:
    return " ".join(text.split())


class _Tags(HTMLParser):
    """Every start tag and its attributes, and the text, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parsed(doc: bytes) -> _Tags:
    p = _Tags()
    p.feed(doc.decode("utf-8"))
    return p


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_demo_and_the_readers_day_pass_axe_with_every_note_in_the_text(page, demo, lang):
    """No WCAG 2.1 A/AA violation, in either language, and every note's text in the page."""
    for workshop in (demo, readers_workshop()):
        page.set_content(render_html(workshop, lang).decode("utf-8"))
        violations = axe_violations(page)
        assert not violations, describe(violations)
        shown = _squash(page.inner_text("body"))
        missing = [n.text for n in workshop.notes if _squash(n.text) not in shown]
        assert not missing
        assert page.evaluate("document.documentElement.lang") == lang


def test_html_injection_in_every_field_is_shown_not_run():
    """The attack in every text field comes out as text: no script, no img, no handler."""
    doc = render_html(readers_workshop(), "sv")
    tags = parsed(doc)
    assert {t for t, _ in tags.tags} <= {
        "html", "head", "meta", "title", "style", "body", "header", "nav", "main", "p", "h1",
        "h2", "h3", "h4", "dl", "dt", "dd", "ol", "ul", "li", "a", "table", "caption",
        "thead", "tbody", "tr", "th", "td", "div", "span", "strong", "em", "bdi", "br",
        "article", "svg", "desc", "rect", "text"}
    assert not any(name.startswith("on") for _, attrs in tags.tags for name in attrs)
    text = "".join(tags.text)
    assert text.count(HTML_ATTACK) >= 20  # every field shows it, literally


def test_a_commitment_shows_the_problems_it_answers():
    doc = render_html(readers_workshop(), "en").decode("utf-8")
    commitment = doc[doc.index('<article class="commitment">'):]
    assert "Problems it answers" in commitment
    assert html.escape(f"Problem {HTML_ATTACK}") in commitment[:commitment.index("</article>")]


def test_self_contained_no_scripts_no_outside_resources(demo):
    """(The ``page`` fixture also fails a test whose page makes any request.)"""
    for doc in (render_html(readers_workshop(), "en").decode("utf-8"),
                render_html(demo, "sv").decode("utf-8")):
        assert "<script" not in doc and "<link" not in doc and "@import" not in doc
        assert not re.search(r"\b(src|href)=\"(?!#)", doc) and "url(" not in doc
    assert "http" not in doc


def test_right_to_left_override_in_a_name_stays_inside_its_bdi():
    """U+202E only ever appears inside a <bdi> (in the head: between U+2068 and U+2069)."""
    doc = render_html(readers_workshop(), "sv").decode("utf-8")
    head, body = doc.split("<style>", 1)
    positions = [m.start() for m in re.finditer("\u202e", body)]
    assert positions
    for at in positions:
        opened, closed = body.rfind("<bdi", 0, at), body.rfind("</bdi>", 0, at)
        assert opened > closed, body[max(0, at - 80):at + 20]
    assert "\u2068Kommun" in head and head.count("\u2068") == head.count("\u2069")
    for m in re.finditer("\u202e", head):
        assert head.rfind("\u2068", 0, m.start()) > head.rfind("\u2069", 0, m.start())
    assert RLO_NAME not in doc.replace("\u202e", "")  # the raw name, not a changed one


def test_scripts_marked_with_language_and_direction():
    doc = render_html(readers_workshop(), "sv").decode("utf-8")
    for code, direction in (("ar", "rtl"), ("fa", "rtl"), ("ckb", "rtl"), ("he", "rtl"),
                            ("yi", "rtl"), ("ti", None), ("sr", None)):
        text = html.escape(MANY_SCRIPTS[code], quote=True)
        script = script_of(MANY_SCRIPTS[code])
        attrs = f' lang="und-{script}"' + (f' dir="{direction}"' if direction else "")
        assert f"<bdi{attrs}>{text}</bdi>" in doc, code
    for code in ("se", "smj", "fi", "fit", "rom", "so", "kmr", "bs", "pl", "vi", "tr"):
        assert f"<bdi>{html.escape(MANY_SCRIPTS[code])}</bdi>" in doc  # Latin: the page's lang
    assert f"<bdi>{html.escape(MANY_SCRIPTS['mixed'])}</bdi>" in doc  # mostly Swedish


def test_headings_in_order_and_tables_with_captions_and_scopes(demo):
    tags = parsed(render_html(demo, "sv")).tags
    levels = [int(t[1]) for t, _ in tags if re.fullmatch(r"h[1-6]", t)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False))
    names = [t for t, _ in tags]
    assert names.count("table") == names.count("caption") >= 5
    ths = [a for t, a in tags if t == "th"]
    assert ths and all(a.get("scope") in ("col", "row") for a in ths)


def test_heat_map_cells_carry_their_numbers_in_readable_colours(demo):
    """Every coloured cell has its number, in black or white at 4.5:1 or more."""
    doc = render_html(demo, "sv").decode("utf-8")
    heat = doc[doc.index('<table class="heat"'):]
    heat = heat[:heat.index("</table>")]
    cells = re.findall(r'<td[^>]*style="background:(#\w{6});color:(#\w{6})">(?:<strong>)?'
                       r"([^<]*)", heat)
    assert len(cells) >= 7 * 3
    assert all(re.fullmatch(r"\d,\d|–", text) for _, _, text in cells)
    assert min(contrast(bg, fg) for bg, fg, _ in cells) >= 4.5


def test_a_1_mb_note_is_there_whole():
    big = ("Detta är en mening i en mycket lång anteckning. " * 22000)[:1_000_000]
    doc = render_html(readers_workshop(big_note=big), "sv").decode("utf-8")
    assert html.escape(big.strip()) in doc
