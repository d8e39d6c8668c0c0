"""Checks on the raw JSON files of the content catalogue.

The catalogue is hand-edited data, so every problem is reported with the file,
the entry and the field it is in; a translator fixing a typo should not have
to read a traceback. All problems are collected before anything is raised so
that one run shows everything that needs fixing.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path

LANGUAGES: tuple[str, ...] = ("sv", "en")

# Field kinds. Each file's schema lists every field an entry must have and
# nothing else; an unknown field is an error because a misspelt optional field
# would otherwise be ignored without a word.
KEY, TEXT, QUESTIONS, BOOL, MINUTES, PHASE_REF, ROLE_PAIR = (
    "key",
    "text",
    "questions",
    "bool",
    "minutes",
    "phase_ref",
    "role_pair",
)

SCHEMAS: dict[str, dict[str, str]] = {
    "principles.json": {
        "key": KEY,
        "name": TEXT,
        "description": TEXT,
        "questions": QUESTIONS,
        "optional": BOOL,
    },
    "obstacles.json": {"key": KEY, "name": TEXT, "description": TEXT},
    "roles.json": {"key": KEY, "name": TEXT, "singular": TEXT, "chain_link": BOOL},
    "sectors.json": {"key": KEY, "name": TEXT},
    "relationships.json": {"key": KEY, "name": TEXT, "between": ROLE_PAIR},
    "insights.json": {"key": KEY, "name": TEXT, "description": TEXT},
    "signals.json": {"key": KEY, "name": TEXT},
    "phases.json": {"key": KEY, "name": TEXT, "guidance": TEXT},
    "agenda.json": {"phase": PHASE_REF, "title": TEXT, "minutes": MINUTES},
    "note_kinds.json": {"key": KEY, "name": TEXT},
}

FILE_NAMES: tuple[str, ...] = tuple(SCHEMAS)
QUESTIONS_MIN, QUESTIONS_MAX = 2, 4
_KEY_PATTERN = re.compile(r"[a-z_]+")


class CatalogueError(ValueError):
    """The content files are missing or wrong; ``problems`` lists each one."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class _DuplicateField(ValueError):
    pass


def _reject_duplicate_fields(pairs: list[tuple[str, object]]) -> dict[str, object]:
    # json.loads keeps the last of two equal names silently; in a hand-edited
    # file that usually means one translation overwrote another.
    result: dict[str, object] = {}
    for name, value in pairs:
        if name in result:
            raise _DuplicateField(name)
        result[name] = value
    return result


def read_files(root: Path) -> tuple[dict[str, object], list[str]]:
    """Parse every catalogue file under ``root``; the ones that parse, and the problems."""
    files: dict[str, object] = {}
    problems: list[str] = []
    for name in FILE_NAMES:
        path = root / name
        if not path.is_file():
            problems.append(f"{name}: file is missing from {root}")
            continue
        try:
            files[name] = json.loads(
                path.read_text(encoding="utf-8"), object_pairs_hook=_reject_duplicate_fields
            )
        except UnicodeDecodeError:
            problems.append(f"{name}: is not UTF-8 text")
        except _DuplicateField as dup:
            problems.append(f"{name}: field {str(dup)!r} appears twice in one object")
        except json.JSONDecodeError as err:
            problems.append(
                f"{name}: malformed JSON at line {err.lineno}, column {err.colno}: {err.msg}"
            )
    return files, problems


def text_problems(value: object) -> list[str]:
    """What is wrong with a two-language text, as phrases that follow a field name."""
    if not isinstance(value, dict):
        return [f"must be an object with {' and '.join(map(repr, LANGUAGES))}"]
    problems = [f"has unknown language {lang!r}" for lang in value if lang not in LANGUAGES]
    for lang in LANGUAGES:
        if lang not in value:
            problems.append(f"lacks {lang!r}")
        elif not isinstance(value[lang], str):
            problems.append(f"has a {lang!r} that is not text")
        elif not value[lang].strip():
            problems.append(f"has an empty {lang!r}")
        elif unicodedata.normalize("NFC", value[lang]) != value[lang]:
            # Decomposed å/ä/ö look right but break comparison and search.
            problems.append(f"has a {lang!r} that is not in Unicode NFC form")
    return problems


def _entry_label(index: int, entry: object) -> str:
    if isinstance(entry, dict) and isinstance(entry.get("key"), str) and entry["key"]:
        return f"entry {entry['key']!r}"
    return f"entry at index {index}"


def _keys_of(data: object) -> frozenset[str]:
    if not isinstance(data, list):
        return frozenset()
    return frozenset(
        e["key"] for e in data if isinstance(e, dict) and isinstance(e.get("key"), str)
    )


def _field_problems(
    kind: str, value: object, references: Mapping[str, frozenset[str] | None]
) -> list[tuple[str, str]]:
    """(sub-field suffix, phrase) pairs for one field's value."""
    if kind == KEY:
        if not isinstance(value, str) or not _KEY_PATTERN.fullmatch(value):
            return [("", f"{value!r} is not a key of ASCII lowercase letters and '_'")]
    elif kind == TEXT:
        return [("", p) for p in text_problems(value)]
    elif kind == QUESTIONS:
        if not isinstance(value, list):
            return [("", "must be a list of questions")]
        found = []
        if not QUESTIONS_MIN <= len(value) <= QUESTIONS_MAX:
            noun = "question" if len(value) == 1 else "questions"
            expected = f"expected {QUESTIONS_MIN} to {QUESTIONS_MAX}"
            found.append(("", f"has {len(value)} {noun}; {expected}"))
        for i, question in enumerate(value):
            found += [(f"[{i}]", p) for p in text_problems(question)]
        return found
    elif kind == BOOL:
        if not isinstance(value, bool):
            return [("", "must be true or false")]
    elif kind == MINUTES:
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            return [("", f"{value!r} is not a positive whole number of minutes")]
    elif kind == PHASE_REF:
        phases = references["phases.json"]
        if value is not None and (not isinstance(value, str) or (phases and value not in phases)):
            return [("", f"{value!r} is neither null nor a key in phases.json")]
    elif kind == ROLE_PAIR:
        roles = references["roles.json"]
        if value is None:
            return []
        if not isinstance(value, list) or len(value) != 2:
            return [("", "must be null or a list of two role keys")]
        return [
            (f"[{i}]", f"{key!r} is not a key in roles.json")
            for i, key in enumerate(value)
            if not isinstance(key, str) or (roles and key not in roles)
        ]
    return []


def check_files(files: Mapping[str, object]) -> list[str]:
    """Every problem in the parsed files, each naming file, entry and field."""
    # A reference into a file that failed to load is not checked: the missing
    # file is already reported and would otherwise drown the real message.
    references = {
        name: (_keys_of(files[name]) if name in files else None)
        for name in ("phases.json", "roles.json")
    }
    problems: list[str] = []
    for name, data in files.items():
        schema = SCHEMAS[name]
        if not isinstance(data, list):
            problems.append(f"{name}: must be a JSON list of entries")
            continue
        if not data:
            problems.append(f"{name}: has no entries")
        seen: set[str] = set()
        for index, entry in enumerate(data):
            label = f"{name}: {_entry_label(index, entry)}"
            if not isinstance(entry, dict):
                problems.append(f"{label}: must be a JSON object")
                continue
            problems += [f"{label}: unknown field {f!r}" for f in entry if f not in schema]
            for field, kind in schema.items():
                if field not in entry:
                    problems.append(f"{label}: field {field!r} is missing")
                    continue
                for suffix, phrase in _field_problems(kind, entry[field], references):
                    problems.append(f"{label}: field {field + suffix!r} {phrase}")
            key = entry.get("key")
            if "key" in schema and isinstance(key, str):
                if key in seen:
                    problems.append(f"{label}: field 'key' repeats a key used earlier in the file")
                seen.add(key)
    return problems
