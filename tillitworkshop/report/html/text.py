"""User text made safe for HTML: escaped, cleaned of what HTML cannot hold, isolated with
``<bdi>``, and marked with the script and direction it is written in.

Every text a user typed goes through ``user`` (or ``user_inline`` in a title): escaped, so
``<script>`` in a note is shown, never run; inside ``<bdi>``, so a right-to-left override
(U+202E) in a name reverses at most that name, never the rest of the line; and, when most of
its letters are in another script than Latin, with ``lang="und-Arab"`` (the language
undetermined, the script known: a Persian note is in Arabic script but not in Arabic) and, for
the right-to-left scripts, ``dir="rtl"``.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter

# C0 and C1 controls (but tab and newline), and lone surrogates: not allowed in an HTML text.
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
REPLACEMENT = "\ufffd"

# The first word of a letter's Unicode name, for the scripts a Swedish room writes in, and
# the script's ISO 15924 code.
_SCRIPTS = {
    "ARABIC": "Arab", "HEBREW": "Hebr", "ETHIOPIC": "Ethi", "CYRILLIC": "Cyrl",
    "GREEK": "Grek", "ARMENIAN": "Armn", "GEORGIAN": "Geor", "SYRIAC": "Syrc",
    "THAANA": "Thaa", "NKO": "Nkoo", "DEVANAGARI": "Deva", "BENGALI": "Beng",
    "GURMUKHI": "Guru", "TAMIL": "Taml", "THAI": "Thai", "LAO": "Laoo", "KHMER": "Khmr",
    "MYANMAR": "Mymr", "TIBETAN": "Tibt", "HANGUL": "Kore", "HIRAGANA": "Jpan",
    "KATAKANA": "Jpan", "CJK": "Hani", "TIFINAGH": "Tfng", "ADLAM": "Adlm",
}
RTL_SCRIPTS = frozenset({"Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm"})
_SAMPLE = 400  # letters looked at: enough to tell the script of a 1 MB note


def clean(text: str | None) -> str:
    """``text`` with Windows and old Mac line ends as "\\n" and the characters an HTML
    document cannot hold shown as U+FFFD."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    return _FORBIDDEN.sub(REPLACEMENT, text)


def esc(text: str | None) -> str:
    """Our own short text (a label, a catalogue name), escaped for an element or attribute."""
    return html.escape(clean(text), quote=True)


def script_of(text: str) -> str:
    """The ISO 15924 code of the script most of ``text``'s letters are in ("Latn" for Latin,
    and for text with no letters)."""
    counts: Counter[str] = Counter()
    seen = 0
    for ch in text:
        if not ch.isalpha():
            continue
        if ch < "\u0250":  # ASCII, Latin-1 and Latin Extended A/B: most notes, no name lookup
            counts["Latn"] += 1
        else:
            first = unicodedata.name(ch, "").split(" ", 1)[0]
            counts[_SCRIPTS.get(first, "Latn")] += 1
        seen += 1
        if seen >= _SAMPLE:
            break
    return counts.most_common(1)[0][0] if counts else "Latn"


def bdi_attributes(text: str) -> str:
    """`` lang="und-Arab" dir="rtl"`` for a text mostly in another script; "" for Latin."""
    script = script_of(text)
    if script == "Latn":
        return ""
    direction = ' dir="rtl"' if script in RTL_SCRIPTS else ""
    return f' lang="und-{script}"{direction}'


def user(text: str | None, *, collapse: bool = False) -> str:
    """A user's text as HTML: escaped, in ``<bdi>`` with its script, newlines as ``<br>``.

    ``collapse`` makes its whitespace single spaces (names, titles).
    """
    text = clean(text).strip()
    if collapse:
        text = " ".join(text.split())
    body = html.escape(text, quote=True).replace("\n", "<br>")
    return f"<bdi{bdi_attributes(text)}>{body}</bdi>"


def isolated(text: str | None) -> str:
    """A user's text for where no element may go (``<title>``): whitespace made single,
    between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, escaped."""
    return html.escape("\u2068" + " ".join(clean(text).split()) + "\u2069", quote=True)


def block_text(text: str | None, tag: str = "p", cls: str = "") -> str:
    """A user's text as paragraphs, one per blank-line-separated part."""
    parts = [p for p in re.split(r"\n\s*\n", clean(text).strip()) if p.strip()] or [""]
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<{tag}{attr}>{user(p)}</{tag}>" for p in parts)
