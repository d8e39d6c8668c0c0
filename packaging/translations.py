"""Maintain translations/*.ts, the Qt Linguist sources of the window's languages.

    python packaging/translations.py update          # make translations-update
    python packaging/translations.py fill sv FILE    # translations from a TSV file
    python packaging/translations.py check           # exit 1 while anything is unfinished

``update`` runs pyside6-lupdate over tillitworkshop/ui/**/*.py (strings no longer in
the code are dropped), marks every English entry finished as its own source
(English is the source language), and lists the Swedish entries still to be
translated. Translate them in Qt Linguist (``pyside6-linguist
translations/tillitworkshop_sv.ts``, then "Mark as done"), or write them as
``context<TAB>source<TAB>translation`` lines (plural forms separated by `` || ``)
and run ``fill sv FILE``. ``make translations`` compiles the result.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TS = {"sv": REPO / "translations" / "tillitworkshop_sv.ts",
      "en": REPO / "translations" / "tillitworkshop_en.ts"}
TARGET = {"sv": "sv_SE", "en": "en_GB"}
NOT_DONE = ("unfinished", "vanished", "obsolete")


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.is_file() else name


def read(path: Path) -> ET.ElementTree:
    return ET.parse(path)


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def messages(tree: ET.ElementTree):
    """(context name, message element) for every message."""
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def not_done(path: Path) -> list[str]:
    """'context: source (state)' for every entry that is unfinished, vanished or obsolete."""
    out = []
    for context, m in messages(read(path)):
        state = m.find("translation").get("type")
        if state in NOT_DONE:
            out.append(f"{context}: {m.findtext('source')!r} ({state})")
    return out


def set_translation(message: ET.Element, forms: list[str]) -> None:
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]


def fill_identity(path: Path) -> int:
    """English: each entry is its own translation, finished. Returns how many were filled."""
    tree, filled = read(path), 0
    for _context, m in messages(tree):
        t = m.find("translation")
        if t.get("type") in ("vanished", "obsolete"):
            continue
        if t.get("type") == "unfinished" or not (t.text or len(t)):
            source = m.findtext("source")
            if m.get("numerus") == "yes":  # "Delete %n note(s)": one note, two notes
                set_translation(m, [source.replace("(s)", ""), source.replace("(s)", "s")])
            else:
                set_translation(m, [source])
            filled += 1
    write(tree, path)
    return filled


def fill(path: Path, tsv: Path) -> tuple[int, list[str]]:
    """Translations from ``context<TAB>source<TAB>translation`` lines; returns (filled, unused)."""
    table = {}
    for line in tsv.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            context, source, target = line.split("\t")
            table[(context, source.replace("\\n", "\n"))] = target.replace("\\n", "\n")
    tree, used = read(path), set()
    for context, m in messages(tree):
        key = (context, m.findtext("source"))
        if key not in table:
            key = ("*", key[1])
        if key in table:
            set_translation(m, table[key].split(" || "))
            used.add(key)
    write(tree, path)
    return len(used), [f"{c}\t{s}" for c, s in table if (c, s) not in used and c != "*"]


def update() -> int:
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "tillitworkshop" / "ui").rglob("*.py"))
    for lang, path in TS.items():
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "relative",
                        "-source-language", "en_GB", "-target-language", TARGET[lang],
                        "-ts", str(path.relative_to(REPO))], check=True, cwd=REPO)
    fill_identity(TS["en"])
    # Written back as `fill` writes it, so lupdate's indentation never shows up as a change
    # of every line between an update and a fill.
    write(read(TS["sv"]), TS["sv"])
    todo = not_done(TS["sv"])
    for line in todo:
        print(f"  to translate: {line}")
    print(f"{TS['sv'].name}: {len(todo)} entries to translate"
          + (" (pyside6-linguist translations/tillitworkshop_sv.ts)" if todo else ""))
    return 0


def check() -> int:
    bad = {path.name: not_done(path) for path in TS.values()}
    for name, lines in bad.items():
        for line in lines:
            print(f"{name}: {line}")
    return 1 if any(bad.values()) else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        return update()
    if argv[:1] == ["check"]:
        return check()
    if len(argv) == 3 and argv[0] == "fill" and argv[1] in TS:
        filled, unused = fill(TS[argv[1]], Path(argv[2]))
        print(f"{TS[argv[1]].name}: {filled} entries filled")
        for line in unused:
            print(f"  not in the .ts (any more): {line}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
