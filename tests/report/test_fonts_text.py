"""The fonts and the escaping of user text."""

from __future__ import annotations

import unicodedata

from tillitworkshop.report.fonts import REPLACEMENT, drawable, register
from tillitworkshop.report.text import chunks, markup

EUROPEAN = ("Räksmörgås ÅÄÖ åäö Æø ÆØ Ðð Þþ Ñ ß ẞ Œœ Šš Žž Čč Ćć Łł Őő Űű Ğğ İı Şş Ęę Ąą "
            "Ţţ Ăâ Ýý Ëë Ïï Ğ € „quotes“ «guill» – — … ’ Ŋŋ Čáp Ŧŧ Ǥǥ Ʒʒ")


def test_bundled_fonts_draw_nordic_and_european_letters():
    """Every letter of Swedish, Finnish, the Nordic and most European languages is kept as typed."""
    covered = register()
    missing = [c for c in EUROPEAN if c != " " and ord(c) not in covered]
    assert missing == []
    assert drawable(EUROPEAN) == EUROPEAN


def test_characters_without_a_glyph_become_the_replacement_character():
    """Emoji and scripts the fonts lack become U+FFFD, one per emoji sequence, never a wrong letter."""
    assert drawable("ok 🦄 slut") == f"ok {REPLACEMENT} slut"
    assert drawable("tumme 👍🏽!") == f"tumme {REPLACEMENT}!"
    assert drawable("familj 👩‍👩‍👧.") == f"familj {REPLACEMENT}."
    assert drawable("bell\x07") == f"bell{REPLACEMENT}"
    assert ord(REPLACEMENT) in register()


def test_the_quick_check_for_drawable_text_agrees_with_the_full_one():
    """Text with nothing to replace skips the replacement pass; for every character up to
    the Greek and Cyrillic blocks, alone and beside others, both give the same answer."""
    from tillitworkshop.report.fonts import _DROP, _unsupported_pattern

    def full(text: str) -> str:
        text = unicodedata.normalize("NFC", text)
        return _unsupported_pattern().sub(REPLACEMENT, text).translate(_DROP)

    for code in range(0x20, 0x530):
        c = chr(code)
        for text in (c, f"å{c}ö", f"{c} {c}"):
            assert drawable(text) == full(text), hex(code)
    for text in (EUROPEAN, "ok 🦄 slut", "tab\tand\nnewline", "\u02ea", ""):
        assert drawable(text) == full(text)


def test_windows_line_ends_are_line_breaks_not_replacement_characters():
    """A note typed or imported with "\\r\\n" (or a lone "\\r") breaks its line there."""
    from tillitworkshop.report.layout import Styles
    from tillitworkshop.report.text import paragraphs

    assert markup("rad ett\r\nrad två\rrad tre") == "rad ett<br/>rad två<br/>rad tre"
    (p,) = paragraphs("rad ett\r\nrad två", Styles().body)
    assert REPLACEMENT not in p.text and "<br/>" in p.text
    first, second = paragraphs("stycke ett\r\n\r\nstycke två", Styles().body)
    assert (first.getPlainText(), second.getPlainText()) == ("stycke ett", "stycke två")


def test_decomposed_letters_are_composed():
    """An "a" followed by a combining ring is drawn as the single letter "å"."""
    assert drawable("a\u030angstro\u0308m") == "ångström"


def test_markup_shows_reportlab_tags_literally():
    """Tags, entities and newlines in user text are escaped, so reportlab shows them as text."""
    assert markup('<b>x</b> & <img src="/etc/passwd"/>\nrad 2') == (
        '&lt;b&gt;x&lt;/b&gt; &amp; &lt;img src="/etc/passwd"/&gt;<br/>rad 2')


def test_long_text_is_cut_into_pieces_that_rejoin_exactly():
    """Long text is cut into ~2 KB pieces at natural breaks, losing and adding nothing."""
    text = ("Ett långt stycke. " * 400) + "x" * 5000
    pieces = chunks(text)
    assert "".join(pieces) == text
    assert max(len(p) for p in pieces) <= 2000
    assert pieces[0].endswith(". ")

