"""Two fast paths through reportlab's Paragraph, both on private state of reportlab 5.

Shared lines (``Paragraph``). platypus asks a paragraph for its size more than
once at the same width: a ``KeepTogether`` (every commitment block) measures
its content, then the frame measures each paragraph again to place it.
reportlab's ``wrap`` breaks the lines anew each time, and the second time is
the slow one: the first ``breakLines`` replaces the parsed fragments by a word
list, and breaking that list compares every word's fragment again
(``sameFrag``). And the handouts repeat the same paragraphs: the top problems
and the principles on every handout, a role's commitments on the handout of
everyone in that role. So ``Paragraph`` keeps the lines of its last wrap, and
a document being built keeps the lines of every paragraph it has wrapped, by
markup, style, bullet and width: a paragraph with the same ones takes those
lines instead of breaking its own. The lines depend on nothing else (not on the
height offered, nor on where the paragraph lands), so the pages come out
identical. Drawing only reads the lines. Splitting a paragraph over two pages
can alter the fragments it splits, so a paragraph that took shared lines breaks
its own before it splits.

No parser for plain text (``plain_paragraph``): see its docstring.

Both write reportlab's private attributes (``_WRAP_STATE``, the parser's
fragments). ``reportlab_as_tested`` checks at import that reportlab still keeps
them where they are written; if it does not, ``FAST_PATHS`` is off and every
paragraph goes through reportlab's own parser and line breaking: slower, the
same pages. pyproject.toml pins reportlab to the major version tested (5).
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

from . import scripts
from .markup import markup

# What Paragraph.wrap (and breakLines) set on the paragraph.
_WRAP_STATE = ("frags", "blPara", "width", "height", "_wrapWidths", "_width_max",
               "_splitLongWordCount", "_hyphenations")


class Paragraph(_Paragraph):
    """A reportlab Paragraph that does not break the same lines twice in one document.

    Measured when made: 40 handouts of a 40-participant session broke lines 287 times
    instead of 4,137, 2.2 s of CPU instead of 3.0-3.9 s (commit d481f6f); re-measured
    with issue 17 (CPU, medians of 5, bench.bench_report's session): 40 handouts 600 ms
    against 823 ms without it, the summary 161 against 181 ms.
    """

    _tw_wrap: tuple[float, tuple[float, float]] | None = None  # (width, size) of the last wrap
    _tw_own_frags: list[ParaFrag] | None = None  # set while the lines are shared: the paragraph's own
    _tw_outline: tuple[str, int]  # (title, level) of a heading: layout.heading sets it
    _tw_rtl: bool | None = None  # holds right-to-left text: whether its base direction is RTL

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        scripts.prepare(self)  # a font per script, shaping and direction (scripts.py)

    def draw(self) -> None:
        if self._tw_rtl is None or "blPara" not in self.__dict__:
            return super().draw()
        logical = self.blPara  # type: ignore[has-type]  # set by wrap
        self.blPara = scripts.visual_lines(logical, self._tw_rtl)
        try:
            super().draw()
        finally:
            self.blPara = logical

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if not FAST_PATHS:
            return super().wrap(availWidth, availHeight)
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
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if self._tw_rtl is not None:  # reportlab makes the parts without __init__
            for part in parts:
                if isinstance(part, Paragraph):
                    part._tw_rtl = self._tw_rtl
        return parts

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
    ``fonts.drawable``). Measured with issue 17 (CPU, medians of 5, bench.bench_report's
    session): the summary 161 ms against 180 ms through the parser, 40 handouts 600 against
    668 ms; with neither fast path, 209 and 918 ms.
    """
    cleaned = cleanBlockQuotedText(text)
    if not FAST_PATHS or not cleaned or style.textTransform is not None:
        return Paragraph(markup(text), style, bulletText=bullet_text)  # the parser's way
    return Paragraph(escape(cleaned), style, bulletText=bullet_text,
                     frags=[_plain_fragment(cleaned, style)])


def _plain_fragment(cleaned: str, style: ParagraphStyle) -> ParaFrag:
    frag = ParaFrag.__new__(ParaFrag)
    frag.__dict__.update(_template(style))
    frag.text = cleaned
    return frag


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


def reportlab_as_tested() -> bool:
    """Whether this reportlab keeps a paragraph's state where the fast paths write it.

    One short paragraph, made and wrapped both ways: reportlab's wrap must set
    ``blPara`` and nothing outside ``_WRAP_STATE`` (the state ``Paragraph`` shares), and
    the paragraph made from a fragment (``plain_paragraph``) must break into the parser's
    lines. Any error counts as a no.
    """
    text = "Tillit i styrningen, " * 6
    style = ParagraphStyle("tillit-check")
    try:
        parsed = _Paragraph(escape(text), style)
        before = dict(parsed.__dict__)
        parsed.wrap(120, 1000)
        written = {k for k, v in parsed.__dict__.items() if before.get(k, _UNSET) is not v}
        cleaned = cleanBlockQuotedText(text)
        fast = _Paragraph(escape(cleaned), style, frags=[_plain_fragment(cleaned, style)])
        fast.wrap(120, 1000)
        return ("blPara" in written and written <= set(_WRAP_STATE)
                and fast.blPara.lines == parsed.blPara.lines  # type: ignore[attr-defined]  # set by wrap
                and fast.height == parsed.height)
    except Exception:
        return False


_UNSET = object()
FAST_PATHS = reportlab_as_tested()
