"""File names made from user text: the one place every export and default name comes from.

An organisation called "Vård/omsorg Norr" or "../../../x" must give one file name in the
chosen folder, valid on Linux, Windows and macOS: no path separators, no characters
Windows refuses (``<>:"/\\|?*`` and control characters), no name Windows reserves for a
device (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with any extension), no leading dots (a
hidden file, or ``..``), no trailing dots or spaces (Windows drops them), at most
MAX_BYTES in UTF-8 (cut between characters; file systems allow 255), and never empty.
"""

from __future__ import annotations

import re
import unicodedata

MAX_BYTES = 200

_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{dev}{n}" for dev in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]])
# Other (control, format such as a right-to-left override, surrogate, private use,
# unassigned) and line or paragraph separators: shown as nothing useful, or refused.
_INVISIBLE = frozenset(["Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"])
_ASCII_SPECIAL = {"ß": "ss", "æ": "ae", "ø": "o", "đ": "d", "ł": "l", "þ": "th", "œ": "oe"}


def safe_file_name(text: str, fallback: str = "file", *, suffix: str = "",
                   ascii_only: bool = False) -> str:
    """A single file name made from ``text`` (then ``suffix``, e.g. ".tillit"), valid on
    Linux, Windows and macOS; ``fallback`` when nothing of ``text`` is left.

    ``ascii_only`` gives a lower-case slug of ASCII letters, digits and hyphens ("Åsa
    Nyström" -> "asa-nystrom"), for names that travel by e-mail and zip.
    """
    stem = _ascii_slug(text) if ascii_only else _cleaned(text)
    limit = MAX_BYTES - len(suffix.encode("utf-8"))
    stem = _trimmed(_cut(stem, limit))
    if not stem:
        stem = _trimmed(_cut(_cleaned(fallback), limit)) or "file"
    if _reserved(stem + suffix):
        stem = _trimmed(_cut("_" + stem, limit))
    return stem + suffix


def _cleaned(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    kept = "".join(" " if c.isspace() or unicodedata.category(c) in _INVISIBLE else c
                   for c in text)
    return " ".join(_FORBIDDEN.sub("-", kept).split())


def _ascii_slug(text: str) -> str:
    lowered = "".join(_ASCII_SPECIAL.get(c, c) for c in text.lower())
    plain = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:60]


def _cut(text: str, limit: int) -> str:
    """At most ``limit`` bytes of ``text`` in UTF-8, cut between characters."""
    return text.encode("utf-8")[:max(limit, 0)].decode("utf-8", "ignore")


def _trimmed(text: str) -> str:
    # Leading: a dot hides the file (and makes "." or ".."), a hyphen reads as an option.
    return text.lstrip(". -").rstrip(". ")


def _reserved(name: str) -> bool:
    return name.split(".", 1)[0].rstrip(" ").upper() in _RESERVED
