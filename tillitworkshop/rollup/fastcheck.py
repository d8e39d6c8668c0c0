"""The schema check of ``import``, faster: a roll-up of a thousand files spent 95% of its
time in jsonschema (about 45 ms a session of 150 notes).

fastjsonschema compiles the same schema (its local references inlined, as
``document_check.validator`` does) into Python code, with the same date and time checks.
Compiled as is, it spent half its time building the message of an exception for each
``if`` of the notes' rules that does not apply (nine per note); so those rules, all of
the form "if the item's field K is V, then T", are taken out of the compiled schema and
checked here, T compiled on its own, for the items whose K is V.

More rewrites, each meaning the same, spare exceptions on the common path: "a key of this
list, or null" becomes one list with null in it, another "anyOf" tries "null" first, and
"if not S then T" becomes "anyOf [S, T]" (a rating names its participant, so S holds).

It only ever says yes: a document it refuses goes to ``document_check.schema_errors``,
which gives import's own messages (and has the last word). The schema uses only keywords
whose meaning draft 7 and draft 2020-12 share; a test checks the two agree on documents
broken one field at a time. When the schema's shape is not the one expected here, there is
no fast path and every document goes to jsonschema.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import fastjsonschema

from ..store.document_check import _real_day, schema_errors, validator

FORMATS = {"date": _real_day, "date-time": _real_day}


@dataclass(frozen=True, slots=True)
class _Rule:
    """For the items of the top-level list ``section``: when ``field`` is ``value``, the
    item must pass ``then``."""

    section: str
    field: str
    value: object
    then: Callable[[Any], Any]


def _compile(schema: Any) -> Callable[[Any], Any]:
    return fastjsonschema.compile(schema, formats=FORMATS, use_default=False, use_formats=True)


def _condition(clause: Any) -> tuple[str, object] | None:
    """(K, V) when ``clause`` is exactly {"if": {"required": [K], "properties": {K: {"const":
    V}}}, "then": ...}; else None."""
    if not isinstance(clause, dict) or set(clause) != {"if", "then"}:
        return None
    test = clause["if"]
    if not isinstance(test, dict) or set(test) != {"required", "properties"}:
        return None
    required, properties = test["required"], test["properties"]
    if not (isinstance(required, list) and len(required) == 1 and isinstance(properties, dict)
            and list(properties) == required):
        return None
    field = required[0]
    const = properties[field]
    if not isinstance(const, dict) or set(const) != {"const"} or not isinstance(const["const"], str):
        return None
    return field, const["const"]


@cache
def _compiled() -> tuple[Callable[[Any], Any], tuple[_Rule, ...]] | None:
    schema: Any = copy.deepcopy(validator().schema)
    rules: list[_Rule] = []
    for section, rule in schema.get("properties", {}).items():
        items = rule.get("items") if isinstance(rule, dict) else None
        if not isinstance(items, dict) or "allOf" not in items:
            continue
        conditions = [_condition(c) for c in items["allOf"]]
        if None in conditions:
            return None
        for clause, condition in zip(items["allOf"], conditions, strict=True):
            assert condition is not None
            rules.append(_Rule(section, condition[0], condition[1], _compile(clause["then"])))
        del items["allOf"]
    _rewrite(schema)
    # Keywords of 2020-12 that draft 7 lacks or reads otherwise (and $ref, inlined already).
    if _mentions(schema, {"$ref", "$dynamicRef", "unevaluatedProperties", "unevaluatedItems",
                          "prefixItems", "dependentSchemas", "dependentRequired"}):
        return None  # a shape this module does not know: no fast path
    return _compile(schema), tuple(rules)


def _rewrite(node: Any) -> None:
    """The two rewrites of the module's docstring, everywhere in ``node``."""
    if isinstance(node, list):
        for value in node:
            _rewrite(value)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        if key == "properties" and isinstance(value, dict):
            for v in value.values():
                _rewrite(v)
        else:
            _rewrite(value)
    branches = node.get("anyOf")
    if isinstance(branches, list) and {"type": "null"} in branches:
        others = [b for b in branches if b != {"type": "null"}]
        if (len(others) == 1 and isinstance(others[0], dict) and "enum" not in node
                and isinstance(others[0].get("enum"), list)
                and set(others[0]) <= {"enum", "errorMessage", "description"}
                and all(isinstance(v, str) for v in others[0]["enum"])):
            # A key or null: one enum with null in it (no exception for either).
            del node["anyOf"]
            node["enum"] = [*others[0]["enum"], None]
        else:
            node["anyOf"] = sorted(branches, key=lambda b: b != {"type": "null"})
    test = node.get("if")
    if (isinstance(test, dict) and set(test) == {"not"} and "then" in node
            and "else" not in node and "anyOf" not in node):
        node["anyOf"] = [test["not"], node.pop("then")]
        del node["if"]


def _mentions(node: Any, keywords: set[str]) -> bool:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                if any(_mentions(v, keywords) for v in value.values()):
                    return True
            elif key in keywords or _mentions(value, keywords):
                return True
    elif isinstance(node, list):
        return any(_mentions(v, keywords) for v in node)
    return False


def accepts(doc: Any) -> bool:
    """Whether the schema certainly accepts ``doc`` (False: ask jsonschema)."""
    compiled = _compiled()
    if compiled is None:
        return False
    whole, rules = compiled
    try:
        whole(doc)
        for rule in rules:
            for item in doc[rule.section]:
                if rule.field in item and item[rule.field] == rule.value:
                    rule.then(item)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def schema_check(doc: Any) -> list[tuple[str, str]]:
    """As ``document_check.schema_errors``: none when the document is valid, else its
    objections (found by jsonschema)."""
    return [] if accepts(doc) else schema_errors(doc)
