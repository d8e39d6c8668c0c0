"""reportlab's Paragraph, its lines broken once per width and text instead of once per question.

platypus asks a paragraph for its size more than once at the same width: a
``KeepTogether`` (every commitment block) measures its content, then the
frame measures each paragraph again to place it. reportlab's ``wrap`` breaks
the lines anew each time, and the second time is the slow one: the first
``breakLines`` replaces the parsed fragments by a word list, and breaking that
list compares every word's fragment again (``sameFrag``). And the handouts
repeat the same paragraphs: the top problems and the principles on every
handout, a role's commitments on the handout of everyone in that role.
Profiling 40 handouts of a big session put most of the export in line
breaking.

``Paragraph`` here keeps the lines of its last wrap, and a document being
built keeps the lines of every paragraph it has wrapped, by markup, style,
bullet and width: a paragraph with the same ones takes those lines instead of
breaking its own. The lines depend on nothing else (not on the height
offered, nor on where the paragraph lands), so the pages come out identical.
Drawing only reads the lines. Splitting a paragraph over two pages can alter
the fragments it splits, so a paragraph that took shared lines breaks its own
before it splits.
"""

from __future__ import annotations

import weakref
from collections.abc import Hashable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

# What Paragraph.wrap (and breakLines) set on the paragraph.
_WRAP_STATE = ("frags", "blPara", "width", "height", "_wrapWidths", "_width_max",
               "_splitLongWordCount", "_hyphenations")


class Paragraph(_Paragraph):
    """A reportlab Paragraph that does not break the same lines twice in one document."""

    _tw_wrap: tuple[float, tuple[float, float]] | None = None  # (width, size) of the last wrap
    _tw_own_frags: list[ParaFrag] | None = None  # set while the lines are shared: the paragraph's own
    _tw_outline: tuple[str, int]  # (title, level) of a heading: layout.heading sets it

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        last = self._tw_wrap
        if last is not None and last[0] == availWidth and "blPara" in self.__dict__:
            return last[1]
        cache, key = self._tw_cache(availWidth)
        shared = cache.get(key) if cache is not None else None
        if shared is not None:
            if self._tw_own_frags is None:
                self._tw_own_frags = self.frags
            self.__dict__.update(shared[0])
            size = shared[1]
        else:
            if self._tw_own_frags is not None:
                self.frags, self._tw_own_frags = self._tw_own_frags, None
            own = self.frags
            size = super().wrap(availWidth, availHeight)
            if cache is not None and "blPara" in self.__dict__:
                cache[key] = ({k: self.__dict__[k] for k in _WRAP_STATE if k in self.__dict__},
                              size)
                self._tw_own_frags = own  # the lines are shared from now on
        self._tw_wrap = (availWidth, size)
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self._tw_own_frags is not None:  # break our own lines: splitting may alter them
            width = self._tw_wrap[0] if self._tw_wrap else availWidth
            self.frags, self._tw_own_frags = self._tw_own_frags, None
            self.__dict__.pop("blPara", None)
            self._tw_wrap = (width, _Paragraph.wrap(self, width, availHeight))
        return super().split(availWidth, availHeight)

    def _tw_cache(self, width: float) -> tuple[
            dict[Hashable, tuple[dict[str, Any], tuple[float, float]]] | None, Hashable]:
        """The document's cache of wrapped lines and this paragraph's key in it, if any."""
        doc = getattr(getattr(self, "canv", None), "_doctemplate", None)
        cache = getattr(doc, "_tw_lines", None)
        if cache is None or not isinstance(self.text, str) or not (
                self.bulletText is None or isinstance(self.bulletText, str)):
            return None, None
        return cache, (self.text, self.style, self.bulletText, width)


def plain_paragraph(text: str, style: ParagraphStyle, bullet_text: str | None = None) -> Paragraph:
    """A paragraph showing ``text`` as written: no markup is read from it.

    reportlab parses every paragraph's text as markup, and in a big summary that parsing
    took most of the time spent building the pages' content. Text of one font needs none:
    it is handed over as the fragment the parser would have made (whitespace runs made
    one space, as the parser does). The words and their look are the parser's; only an
    ``&``, which the parser cuts the text at into three fragments, is kept in one, so
    such a line may break a hair differently. ``text`` is drawable already (see
    ``fonts.drawable``).
    """
    cleaned = cleanBlockQuotedText(text)
    if not cleaned or style.textTransform is not None:
        from .text import markup  # the parser's way: rare enough not to matter

        return Paragraph(markup(text), style, bulletText=bullet_text)
    frag = ParaFrag.__new__(ParaFrag)
    frag.__dict__.update(_template(style))
    frag.text = cleaned
    return Paragraph(escape(cleaned), style, bulletText=bullet_text, frags=[frag])


# Per style: the style's attributes when asked, and the fragment the parser made then.
# Kept beside the style, not on it: reportlab copies a style's attributes into the
# styles derived from it, which must not inherit their parent's fragment.
_TEMPLATES: weakref.WeakKeyDictionary[ParagraphStyle, tuple[dict[str, Any], dict[str, Any]]] = (
    weakref.WeakKeyDictionary())


def _template(style: ParagraphStyle) -> dict[str, Any]:
    """The attributes the parser gives a plain fragment in ``style`` as it is now."""
    found = _TEMPLATES.get(style)
    if found is None or found[0] != style.__dict__:  # new, or changed since
        _, frags, _ = ParaParser().parse("x", style)  # type: ignore[no-untyped-call]  # untyped in the stubs
        found = (dict(style.__dict__), {k: v for k, v in frags[0].__dict__.items() if k != "text"})
        _TEMPLATES[style] = found
    return found[1]
