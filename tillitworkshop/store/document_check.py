"""Checking an interchange document before it is imported.

The JSON Schema ``resources/schema/session-v1.schema.json`` is the one statement of
what a valid document looks like: this module runs it (with ``format`` asserted, so a
date must be a day of the calendar) and only then checks the semantic rules JSON
Schema cannot say, which docs/interchange.md lists with the messages given here.

Messages name the field by its path and say what to do; a value quoted in one is cut
short, so a hostile file cannot make a message of megabytes.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError as SchemaError

from .. import package_data
from ..domain.validation import MAX_TEXT, cut_text, parse_date, shorten

MAX_ERRORS = 20

# The first ten characters of a date or a time: the day, whose shape the schema's pattern
# checks. "format" adds that the day exists (2026-02-30 does not).
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

_TYPE_WORDS = {"string": "text", "integer": "a whole number", "number": "a number",
               "boolean": "true or false", "array": "a list", "object": "an object",
               "null": "null"}


@cache
def schema() -> dict[str, Any]:
    text = package_data.path("schema", "session-v1.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _real_day(value: object) -> bool:
    """Format "date" and "date-time": the day exists. A value of another shape passes here,
    since the schema's pattern refuses it with a message that says how to write it."""
    if not isinstance(value, str) or not _DAY.match(value):
        return True
    return parse_date(value[:10]) is not None


@cache
def format_checker() -> FormatChecker:
    checker = FormatChecker(formats=())
    checker.checks("date")(_real_day)
    checker.checks("date-time")(_real_day)
    return checker


@cache
def validator() -> Draft202012Validator:
    """The schema with its local $refs inlined: jsonschema resolves a $ref on every use,
    which made validation three times slower than the checks themselves."""
    defs = schema()["$defs"]

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/$defs/"):
                rest = {k: v for k, v in node.items() if k not in ("$ref", "description")}
                return {**inline(defs[ref.removeprefix("#/$defs/")]), **inline(rest)}
            return {k: inline(v) for k, v in node.items() if k != "$defs"}
        if isinstance(node, list):
            return [inline(v) for v in node]
        return node

    return Draft202012Validator(inline(schema()), format_checker=format_checker())


def not_json(value: Any) -> Iterator[tuple[str, str]]:
    """What no JSON text can hold but a parsed document can: strings (keys too) that are
    not Unicode (a lone surrogate, from a \\ud800 escape) and numbers that are not finite;
    and texts longer than any field takes (MAX_TEXT, the schema's largest maxLength).

    A path is written out only for a list, an object, or a value found wrong.
    """
    if _surely_json(value):
        return
    if _suspect(value) and _not_json_value(value):
        yield "document", str(_not_json_value(value))
        return
    stack = [(value, "")] if isinstance(value, dict | list) else []
    while stack:
        container, path = stack.pop()
        if isinstance(container, dict):
            for k, v in container.items():
                if _suspect(k) and _not_json_value(k):
                    yield path or "document", str(_not_json_value(k))
                    continue
                if _suspect(v) and _not_json_value(v):
                    yield _joined(path, k), str(_not_json_value(v))
                elif isinstance(v, dict | list):
                    stack.append((v, _joined(path, k)))
        else:
            for i, v in enumerate(container):
                if _suspect(v) and _not_json_value(v):
                    yield f"{path}[{i}]", str(_not_json_value(v))
                elif isinstance(v, dict | list):
                    stack.append((v, f"{path}[{i}]"))


def _surely_json(value: Any) -> bool:
    """True when ``value`` certainly holds nothing ``not_json`` looks for, found by C code:
    the json encoder refuses a number that is not finite (``allow_nan=False``), UTF-8
    refuses a lone surrogate, and a text longer than MAX_TEXT leaves a run of more than
    MAX_TEXT characters without a quote (an escaped quote counted as one character). It
    may say False for a document that is fine (then the walk decides), never True for
    one that is not. The walk took 1.35 s over 3.5 million texts; this takes ~0.2 s."""
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
        text.encode("utf-8")
    except (ValueError, TypeError, RecursionError):  # UnicodeEncodeError is a ValueError
        return False
    return _LONG_RUN.search(text.replace('\\"', "x")) is None


_LONG_RUN = re.compile(f'[^"]{{{MAX_TEXT + 1},}}')


def _joined(path: str, key: str) -> str:
    return f"{path}.{cut_text(key)}" if path else cut_text(key)


def _suspect(value: Any) -> bool:
    """Whether ``value`` needs a closer look (quick: most values are short ASCII or ints)."""
    kind = type(value)
    if kind is str:
        return len(value) > MAX_TEXT or not value.isascii()
    return kind is float and not math.isfinite(value)


def _not_json_value(value: Any) -> str | None:
    if isinstance(value, str):
        if len(value) > MAX_TEXT:  # refused here: the schema's own messages quote it whole
            return (f"is {len(value):,} characters long; no text in a session file is longer "
                    f"than {MAX_TEXT:,}")
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return "contains characters that are not valid Unicode (a lone surrogate)"
    elif isinstance(value, float) and not math.isfinite(value):
        return f"{value} is not a number JSON can hold; write a number"
    return None


def too_many_items(doc: dict[str, Any]) -> list[tuple[str, str]]:
    """The document's lists that hold more than the schema's ``maxItems``, said before any
    other check walks their items: 590,000 notes took over a second to refuse otherwise,
    now the time to parse them (0.1-0.8 s)."""
    errors = []
    for key, rule in schema()["properties"].items():
        limit, value = rule.get("maxItems"), doc.get(key)
        if limit is not None and isinstance(value, list) and len(value) > limit:
            errors.append((key, f"has {len(value):,} items; a session file holds at most "
                                f"{limit:,}"))
    return errors


def schema_errors(doc: object) -> list[tuple[str, str]]:
    """The schema's objections, at most MAX_ERRORS, as (field path, message)."""
    return [_path_and_message(e) for e in itertools.islice(validator().iter_errors(doc), MAX_ERRORS)]


def _path_and_message(error: SchemaError) -> tuple[str, str]:
    path = error.json_path.removeprefix("$").removeprefix(".") or "document"
    if error.validator == "required":
        required: Any = error.validator_value
        instance: Any = error.instance
        name = next((p for p in required if p not in instance and repr(p) in error.message), "")
        path = f"{path}.{name}" if path != "document" else name
    return path, _message(error)


def _message(error: SchemaError) -> str:
    subschema: dict[str, Any] = error.schema if isinstance(error.schema, dict) else {}
    value: Any = error.validator_value
    instance: Any = error.instance
    custom = subschema.get("errorMessage", {})
    said: str | None = custom.get(str(error.validator)) if isinstance(custom, dict) else None
    if said and said.startswith("is "):  # "is not a date; ..." follows the value
        said = f"{shorten(instance)} {said}"
    match error.validator:
        case "anyOf":  # a key or null: what is wrong is what is wrong with the key
            keyed = [e for e in error.context or () if e.schema != {"type": "null"}]
            return _message(keyed[0]) if keyed else f"{shorten(instance)} is not allowed here"
        case "enum":
            allowed = ", ".join("null" if v is None else str(v) for v in value)
            return f"{said or shorten(instance) + ' is not a known value'}; use one of: {allowed}"
        case _ if said:
            return str(said)
        case "const":
            return f"must be {json.dumps(value)}, not {shorten(instance)}"
        case "type":
            types: list[str] = value if isinstance(value, list) else [value]
            return f"must be {' or '.join(_TYPE_WORDS.get(t) or t for t in types)}, " \
                   f"not {shorten(instance)}"
        case "required":
            return "is missing; it is required"
        case "additionalProperties":
            known = subschema.get("properties", {})
            extra = [k for k in instance if k not in known]
            return (f"unknown field {', '.join(shorten(k) for k in extra[:3])}"
                    f"{' and more' if len(extra) > 3 else ''}; remove it or check its spelling "
                    f"(the fields here are {', '.join(known)})")
        case "minLength":
            return "must not be empty"
        case "maxLength":
            return f"is longer than {value:,} characters; shorten it"
        case "minimum":
            return f"is {shorten(instance)}; it must be at least {value}"
        case "maximum":
            return f"is {shorten(instance)}; it must be at most {value:,}"
        case "maxItems":
            return f"has more than {value:,} items"
        case "uniqueItems":
            return "lists a value twice; list each once"
        case "pattern":
            return f"{shorten(instance)} does not have the expected form"
        case "format":
            return f"{shorten(instance)} is not a valid {value}"
    return f"{shorten(instance)} is not valid here ({error.validator})"


def semantic_errors(doc: dict[str, Any]) -> list[tuple[str, str]]:
    """The rules of docs/interchange.md that JSON Schema cannot say, on a document the
    schema has accepted; at most MAX_ERRORS, as (field path, message)."""
    return list(itertools.islice(_semantic_errors(doc), MAX_ERRORS))


def _semantic_errors(doc: dict[str, Any]) -> Iterator[tuple[str, str]]:
    ids: set[str] = set()
    for section in ("participants", "agenda", "notes", "commitments"):
        for i, item in enumerate(doc[section]):
            if "id" in item:
                if item["id"] in ids:
                    yield (f"{section}[{i}].id", f"{shorten(item['id'])} is used twice; give "
                           "every participant, time box, note and commitment an id of its own")
                ids.add(item["id"])
    participants = {p["id"] for p in doc["participants"]}
    notes = {n["id"]: n for n in doc["notes"]}

    def no_participant(path: str, pid: str | None) -> Iterator[tuple[str, str]]:
        if pid is not None and pid not in participants:
            yield path, f"no participant has id {shorten(pid)}; name one of the participants or null"

    for i, n in enumerate(doc["notes"]):
        yield from no_participant(f"notes[{i}].participant", n.get("participant"))
        group = n.get("group")
        if group is not None:
            if group not in notes or group == n["id"]:
                yield (f"notes[{i}].group", f"no other note has id {shorten(group)}; name the "
                       "note this one is grouped under, or null")
            elif notes[group].get("group") is not None:
                yield (f"notes[{i}].group", f"note {shorten(group)} is itself grouped; group this "
                       "note under the note that one is grouped under")
    rated = set()
    for i, r in enumerate(doc["ratings"]):
        yield from no_participant(f"ratings[{i}].participant", r.get("participant"))
        owner = r.get("participant") or (("device", r["device"]) if r.get("device")
                                         else ("role", r.get("role")))
        if (r["principle"], owner) in rated:
            yield (f"ratings[{i}]", "rates the same principle twice for the same participant (or "
                   "role); keep one of the two")
        rated.add((r["principle"], owner))
    for i, c in enumerate(doc["commitments"]):
        yield from no_participant(f"commitments[{i}].owner_participant", c.get("owner_participant"))
        for j, note_id in enumerate(c.get("problems", [])):
            if note_id not in notes:
                yield (f"commitments[{i}].problems[{j}]",
                       f"no note has id {shorten(note_id)}; name a note of this file")
    for i, a in enumerate(doc["agenda"]):
        if a.get("started_at") and a.get("ended_at") and \
                dt.datetime.fromisoformat(a["ended_at"]) < dt.datetime.fromisoformat(a["started_at"]):
            yield f"agenda[{i}].ended_at", "is before started_at; an item ends after it starts"
    marked = set()
    for i, m in enumerate(doc["relationships"]):
        if m["relationship"] in marked:
            yield (f"relationships[{i}].relationship",
                   "is marked twice; keep one mark per relationship")
        marked.add(m["relationship"])
