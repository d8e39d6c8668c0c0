"""File names from user text: one valid name on Linux, Windows and macOS, whatever the text."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tillitworkshop.store.names import MAX_BYTES, safe_file_name

WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                    *(f"LPT{i}" for i in range(1, 10))}


def problems(name: str) -> list[str]:
    """Why ``name`` is not one valid file name on every platform (empty when it is)."""
    found = []
    if not name:
        found.append("empty")
    # Linux: no slash, no NUL, not . or .., at most 255 bytes.
    if "/" in name or "\0" in name:
        found.append("a Linux path separator or NUL")
    if name in (".", ".."):
        found.append("a relative folder")
    # macOS: valid UTF-8 (no lone surrogates), no colon (Finder's separator).
    try:
        encoded = name.encode("utf-8")
    except UnicodeEncodeError:
        return [*found, "not UTF-8"]
    if ":" in name:
        found.append("a colon")
    if len(encoded) > 255:
        found.append("over 255 bytes")
    # Windows: no <>:"/\|?* nor control characters, no trailing dot or space, no device name.
    if any(c in '<>:"/\\|?*' or ord(c) < 32 for c in name):
        found.append("a character Windows refuses")
    if name.endswith((".", " ")):
        found.append("a trailing dot or space")
    if name.split(".")[0].rstrip(" ").upper() in WINDOWS_RESERVED:
        found.append("a Windows device name")
    if len(name.encode("utf-16-le")) // 2 > 255:
        found.append("over 255 UTF-16 units")
    # Ours: at most MAX_BYTES, not hidden.
    if len(encoded) > MAX_BYTES:
        found.append(f"over {MAX_BYTES} bytes")
    if name.startswith("."):
        found.append("hidden")
    return found


@settings(max_examples=500, deadline=None)
@given(st.text(), st.sampled_from(["", ".tillit", ".pdf"]), st.booleans())
@example("../../../x", "", False)
@example("CON", ".tillit", False)
@example("aux .txt", "", False)
@example("LPT9. ", "", False)
@example("Å" * 200, ".tillit", False)
@example("\ud800", "", False)
@example(" . ", "", True)
@example("CON" + " " * 300 + "x", "", False)
@example("CON." + "a" * 300, "", False)
def test_any_text_gives_one_valid_name_everywhere(text, suffix, ascii_only):
    name = safe_file_name(text, "session", suffix=suffix, ascii_only=ascii_only)
    assert problems(name) == [], (text, name)
    assert name.endswith(suffix)


def test_sensible_names():
    assert safe_file_name("Vård/omsorg Norr 2026-03-12", suffix=".tillit") \
        == "Vård-omsorg Norr 2026-03-12.tillit"
    assert safe_file_name("../../../x") == "x"
    assert safe_file_name("..") == "file"
    assert safe_file_name("CON") == "_CON"
    assert safe_file_name("nul.txt") == "_nul.txt"
    assert safe_file_name("Rapport: \"del 1\"?*  ") == "Rapport- -del 1---"
    assert safe_file_name("tab\there\nnewline\u202eevil") == "tab here newline evil"
    long = safe_file_name("Å" * 200, suffix=".tillit")
    assert long == "Å" * 96 + ".tillit" and len(long.encode()) <= MAX_BYTES
    assert safe_file_name("", "session") == "session"


def test_ascii_slugs_for_handouts():
    """Participant names become portable slugs without path separators or dots."""
    assert safe_file_name("Åsa Nyström", ascii_only=True) == "asa-nystrom"
    assert safe_file_name("../../etc/passwd", ascii_only=True) == "etc-passwd"
    assert safe_file_name("🦄", ascii_only=True) == "file"
    assert safe_file_name("Bjørn Ærø Strauß", ascii_only=True) == "bjorn-aero-strauss"
