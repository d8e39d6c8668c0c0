"""Every script in one paragraph: a font per run of text, shaping, and right-to-left order.

reportlab 5 shapes TrueType text with HarfBuzz when ``uharfbuzz`` is installed
(``ParagraphStyle.shaping``, per paragraph) but orders right-to-left text only
through ``rlbidi``, which is not on PyPI. So this module does three things:

- ``prepare`` splits a parsed paragraph's fragments into runs of one font each
  (DejaVu, or the Noto font of the script: ``fonts.FALLBACKS``), in the weight
  of the fragment, and turns shaping on only for paragraphs that need it
  (Latin text is laid out as before, unshaped and fast).
- ``visual_line`` puts the words of one laid-out line in display order
  (a simplified Unicode bidirectional algorithm over words: strong letters,
  neutrals taking their neighbours' direction, runs reversed by level); a
  paragraph whose first letter is right-to-left is right-to-left as a whole
  and right-aligned. Each word keeps its own shaping.
- so that text extraction (``pdftotext``, screen readers) reads a
  right-to-left word in logical order, its shaped glyphs are written in
  logical order, each placed at its visual position (``_logical_glyphs``),
  and the fonts' ToUnicode maps give the letters a glyph stands for:
  presentation forms and ligatures as their letters (NFKC), and the glyphs
  HarfBuzz reaches without a character (reportlab numbers them in the private
  use area) as the text of their cluster.

Both hooks replace module globals of reportlab (``_install``), which
pyproject.toml pins to the major version tested.
"""

from __future__ import annotations

import copy
import functools
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics as _pdfmetrics
from reportlab.pdfbase import ttfonts as _ttfonts
from reportlab.platypus import paragraph as _rl_paragraph

from . import fonts

# reportlab's modules, untyped here: the stubs lack the shaping API this module uses
ttfonts: Any = _ttfonts
rl_paragraph: Any = _rl_paragraph
pdfmetrics: Any = _pdfmetrics

_RTL_FONTS: set[str] = set()
_BASE_FONTS = {fonts.REGULAR, fonts.BOLD, fonts.OBLIQUE}
_BOLD = {fonts.BOLD}
# Per face name (as in the PDF's BaseFont), the text of each private-use glyph.
_PRIVATE: dict[str, dict[int, str]] = {}
_PRESENTATION = ((0xFB00, 0xFB4F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_WORD = re.compile(r" +|[^ ]+")


@functools.cache
def _script_of() -> dict[int, fonts.Fallback]:
    fonts.register()
    table: dict[int, fonts.Fallback] = {}
    for fb in fonts.FALLBACKS:
        for a, b in fb.ranges:
            for c in range(a, b + 1):
                table[c] = fb
        if fb.rtl:
            _RTL_FONTS.update((fb.regular, fb.bold))
    return table


def font_for(ch: str, base: str, previous: str | None) -> str:
    """The font to draw ``ch`` in, inside text whose style font is ``base``."""
    code = ord(ch)
    bold = base in _BOLD
    fb = _script_of().get(code)
    if fb is not None:
        name = fb.bold if bold else fb.regular
        if code in fonts.COVERAGE[name]:
            return name
    if previous is not None and previous not in _BASE_FONTS and code in (0x200C, 0x200D):
        return previous  # HarfBuzz needs the joiners inside the run they join
    # marks, spaces and punctuation stay with the letters before them: one word, one font,
    # one HarfBuzz run
    if previous is not None and previous not in _BASE_FONTS and (
            code in fonts.COVERAGE[previous] or ch == " ") and (
            unicodedata.category(ch) in ("Mn", "Me", "Mc", "Cf") or ch in " \u00a0"
            or unicodedata.bidirectional(ch) in ("ON", "CS", "ES", "ET", "EN", "AN")):
        return previous
    if code in fonts.COVERAGE.get(base, fonts.COVERAGE[fonts.REGULAR]):
        return base
    for fb in fonts.FALLBACKS:
        name = fb.bold if bold else fb.regular
        if code in fonts.COVERAGE[name]:
            return name
    return base


def runs(text: str, base: str) -> list[tuple[str, str]]:
    """``text`` cut into (font, text) runs, each drawn in one font."""
    out: list[tuple[str, str]] = []
    previous: str | None = None
    start = 0
    for i, ch in enumerate(text):
        name = font_for(ch, base, previous)
        if name != previous and i > start:
            out.append((previous or base, text[start:i]))
            start = i
        previous = name
    if start < len(text):
        out.append((previous or base, text[start:]))
    # a space between two runs of one script belongs to them (kept above); one between a
    # script run and Latin stays Latin
    return out


def _strong(text: str) -> str | None:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return None


@functools.cache
def _other_font() -> re.Pattern[str]:
    """Matches a character DejaVu lacks or a script's own font draws (one C-speed scan:
    Latin text with dashes and quotes needs no more)."""
    coverage = fonts.register()
    _script_of()
    ranges = fonts.ranges_not_in(coverage)
    ranges += [r for fb in fonts.FALLBACKS for r in fb.ranges]
    cls = "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges if a > 0x1F)
    return re.compile(f"[{cls}]")


def prepare(para: Any) -> None:
    """Split ``para``'s fragments into runs of one font; shape and order it if needed."""
    frags = getattr(para, "frags", None)
    if not frags:
        return
    search = _other_font().search
    if not any(search(getattr(f, "text", "") or "") for f in frags):
        return
    new: list[Any] = []
    shaped = False
    for f in frags:
        text = getattr(f, "text", None)
        if isinstance(text, ttfonts.ShapedStr):  # the part of a paragraph split over pages
            new.append(f)
            shaped = True
            continue
        if not text or not search(text) or getattr(f, "cbDefn", None):
            new.append(f)
            continue
        for name, piece in runs(text, f.fontName):
            if name not in _BASE_FONTS:
                shaped = True
            new.append(f.clone(text=piece, fontName=name))
    para.frags = new
    if not shaped:
        return
    logical = "".join(getattr(f, "text", "") or "" for f in new)
    # Right-to-left as a whole (right-aligned) only when no letter is left-to-right: a line
    # that adds "(9 votes)" or a name to a quote keeps the document's direction, and the
    # quote is a run of its own inside it.
    rtl = _strong(logical) == "R" and not any(
        unicodedata.bidirectional(c) == "L" for c in logical)
    para.style = _shaping_style(para.style, rtl)
    para._tw_rtl = rtl if any(f.fontName in _RTL_FONTS for f in new) else None


_STYLES: dict[tuple[int, bool], ParagraphStyle] = {}


def _shaping_style(style: ParagraphStyle, rtl: bool) -> ParagraphStyle:
    key = (id(style), rtl)
    found = _STYLES.get(key)
    if found is None or found.parent is not style:
        found = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
        if rtl:
            found.alignment = TA_RIGHT
        _STYLES[key] = found
    return found


def _direction(frag: Any, piece: str) -> str | None:
    if piece.startswith(" "):
        return None
    if frag.fontName in _RTL_FONTS:
        return "R" if any(unicodedata.bidirectional(c) in ("R", "AL") for c in piece) else None
    if frag.fontName in _BASE_FONTS or not isinstance(piece, ttfonts.ShapedStr):
        found = _strong(piece)
        if found is None and any(c.isdigit() for c in piece):
            return "EN"
        return found
    return "L"  # a shaped left-to-right script (Ethiopic): its glyphs are not its letters


def visual_line(words: Sequence[Any], rtl: bool) -> list[Any]:
    """The fragments of one line (logical order) in display order."""
    tokens: list[tuple[Any, str, str | None]] = []
    for f in words:
        text = getattr(f, "text", None)
        if not isinstance(text, str) or getattr(f, "cbDefn", None):
            tokens.append((f, "", None))
            continue
        for m in _WORD.finditer(str(text)):
            piece = text[m.start():m.end()]
            tokens.append((f, piece, _direction(f, piece)))
    base = 1 if rtl else 0
    strong = [t[2] for t in tokens]
    levels: list[int] = []
    for i, d in enumerate(strong):
        if d is None or d == "EN":
            before = next((s for s in reversed(strong[:i]) if s in ("L", "R")), None)
            after = next((s for s in strong[i + 1:] if s in ("L", "R")), None)
            if d == "EN":  # a number reads left to right, in its place among its neighbours
                levels.append(2 if base or (before == after == "R") else 0)
                continue
            d = before if before == after else None
        if d == "R":
            levels.append(1)
        elif d == "L":
            levels.append(2 if base else 0)
        else:
            levels.append(base)
    order = list(range(len(tokens)))
    for level in range(max(levels, default=0), 0, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    out: list[Any] = []
    for k in order:
        f, piece, _ = tokens[k]
        if out and out[-1][0] is f and piece:
            out[-1][1].append(piece)
        else:
            out.append((f, [piece]))
    result = []
    for f, pieces in out:
        if not getattr(f, "text", None) or not isinstance(f.text, str):
            result.append(f)
            continue
        text = pieces[0]
        for p in pieces[1:]:
            text = text + p
        result.append(f.clone(text=text))
    return result


def visual_lines(bl_para: Any, rtl: bool) -> Any:
    """A copy of a paragraph's laid-out lines with every line in display order."""
    if getattr(bl_para, "kind", 0) != 1:
        return bl_para
    out = copy.copy(bl_para)
    lines = []
    for line in bl_para.lines:
        new = copy.copy(line)
        new.words = visual_line(line.words, rtl)
        lines.append(new)
    out.lines = lines
    return out


def _shape(w: list[Any], *args: Any, **kwargs: Any) -> Any:
    """reportlab's ``shapeFragWord`` for words in a script font; Latin words unshaped."""
    pieces = w[1:]
    if isinstance(w, ttfonts.ShapedFragWord) or any(
            isinstance(piece, ttfonts.ShapedStr) for _, piece in pieces):
        return w  # shaped already (a paragraph wrapped again): never twice
    if not pieces or all(getattr(f, "fontName", fonts.REGULAR) in _BASE_FONTS
                         for f, _ in pieces):
        return w
    if len({getattr(f, "fontName", None) for f, _ in pieces}) > 1:
        # reportlab shapes a word with its first fragment's font: shape each font's part alone
        out = [0.0]
        for f, s in pieces:
            part = _shape([rl_paragraph.stringWidth(s, f.fontName, f.fontSize), (f, s)],
                          *args, **kwargs)
            out[0] += part[0]
            out.extend(part[1:])
        return _retype(w, out)
    text = "".join(s for _, s in pieces)
    single = len(pieces) == 1 and not args and not kwargs and not hasattr(pieces[0][0], "cbDefn")
    if single:
        frag = pieces[0][0]
        key = (frag.fontName, frag.fontSize, text)
        known = _SHAPED.get(key)
        if known is not None:  # the same word in the same font: HarfBuzz has shaped it
            return w if known is _UNCHANGED else _retype(w, [known[0], (frag, known[1])])
    new = _shape_new(w, text, *args, **kwargs)
    if single:
        if len(_SHAPED) > 50_000:
            _SHAPED.clear()
        _SHAPED[key] = _UNCHANGED if new is w else (
            (new[0], new[1][1]) if len(new) == 2 and new[1][0] is frag else _UNCHANGED)
        if _SHAPED[key] is _UNCHANGED and new is not w:
            del _SHAPED[key]
    return new


# Shaped words by (font, size, text): a word shapes the same wherever it stands.
_SHAPED: dict[tuple[str, float, str], Any] = {}
_UNCHANGED = object()


def _shape_new(w: list[Any], text: str, *args: Any, **kwargs: Any) -> Any:
    new = _ORIGINAL(w, *args, **kwargs)
    if new is w:
        return w
    font_name = w[1][0].fontName
    _remember_private(font_name, text, new)
    if "\u200c" in text or "\u200d" in text:
        new[1:] = [(f, _joiners_kept(s, text, font_name)) for f, s in new[1:]]
    if font_name in _RTL_FONTS:
        new[1:] = [(f, _logical_glyphs(s)) if isinstance(s, ttfonts.ShapedStr) else (f, s)
                   for f, s in new[1:]]
    return new


def _joiners_kept(s: Any, text: str, font_name: str) -> Any:
    """A shaped word whose joiners' glyphs read as joiners, not as the spaces that share
    their glyph (a space would cut the word in two at line breaking and ordering)."""
    data = getattr(s, "__shapeData__", None)
    if not data:
        return s
    widths = pdfmetrics.getFont(font_name).face.charWidths
    chars, new_data = [], []
    for ch, d in zip(str(s), data, strict=False):
        if ch == " " and 0 <= d.cluster < len(text) and text[d.cluster] in "\u200c\u200d":
            ch = text[d.cluster]
            d = d._replace(width=widths.get(ord(ch), 0))  # the PDF draws the joiner's width
        chars.append(ch)
        new_data.append(d)
    return ttfonts.ShapedStr("".join(chars), shapeData=new_data)


def _retype(w: list[Any], items: list[Any]) -> Any:
    maker = ttfonts.makeShapedFragWord(w)
    return maker(items)


def _remember_private(font_name: str, text: str, new: Sequence[Any]) -> None:
    """The text each private-use glyph of a shaped word stands for (its cluster's)."""
    face = ttfonts_face_name(font_name)
    table = _PRIVATE.setdefault(face, {})
    for _, s in new[1:]:
        data = getattr(s, "__shapeData__", None)
        if not data:
            continue
        clusters = sorted({d.cluster for d in data} | {len(text)})
        for ch, d in zip(str(s), data, strict=False):
            code = ord(ch)
            if code in table or d.cluster < 0 or d.cluster >= len(text):
                continue
            end = next(c for c in clusters if c > d.cluster)
            stands_for = text[d.cluster:end]
            # a glyph without a character (reportlab numbers it in the private use area),
            # or a ligature whose character is not its letters (Yiddish "יי" as "ײ")
            if 0xE000 <= code <= 0xF8FF or (
                    len(stands_for) > 1 and unicodedata.normalize("NFKC", ch) != stands_for
                    and unicodedata.category(stands_for[1]) not in ("Mn", "Mc", "Cf")):
                table[code] = stands_for


def ttfonts_face_name(font_name: str) -> str:
    face = pdfmetrics.getFont(font_name).face
    return str((face.name + face.subfontNameX).decode("pdfdoc"))


def _logical_glyphs(s: Any) -> Any:
    """A right-to-left word's glyphs (visual order from HarfBuzz) in logical order, each
    still drawn where it was: the first glyph written is the rightmost."""
    data = s.__shapeData__
    positions = []
    x = 0
    for d in data:
        positions.append(x)
        x += d.x_advance
    order = range(len(data) - 1, -1, -1)
    chars = "".join(s[i] for i in order)
    last = len(data) - 1
    new_data = [ttfonts.ShapeData(data[i].cluster, x if k == last else 0, data[i].y_advance,
                                  positions[i] + data[i].x_offset, data[i].y_offset,
                                  data[i].width)
                for k, i in enumerate(order)]
    return ttfonts.ShapedStr(chars, shapeData=new_data)


def _to_unicode(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode map, with each glyph mapped to the letters it stands for."""
    face = fontname.split("+", 1)[-1]
    private = _PRIVATE.get(face, {})
    # Readers (poppler) reverse a right-to-left run character by character, the letters of
    # a ligature too: give those in reverse, so they come out in logical order.
    rtl = face.startswith(("NotoSansArabic", "NotoSansHebrew"))
    lines = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar",
    ]
    for i, code in enumerate(subset):
        text = private.get(code) or chr(code)
        if any(a <= code <= b for a, b in _PRESENTATION):
            text = unicodedata.normalize("NFKC", text)
        if rtl and len(text) > 1:
            text = text[::-1]
        lines.append(f"<{i:02X}> <{text.encode('utf-16-be').hex().upper()}>")
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop",
              "end", "end"]
    return "\n".join(lines)


_ORIGINAL = rl_paragraph.shapeFragWord


def _install() -> None:
    rl_paragraph.shapeFragWord = _shape
    ttfonts.makeToUnicodeCMap = _to_unicode


_install()
