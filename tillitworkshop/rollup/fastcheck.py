"""The schema check of ``import``, faster: a roll-up of a thousand files spent 95% of its
time in jsonschema (about 45 ms a session of 150 notes).

fastjsonschema compiles the same schema (its local references inlined, as
``document_check.validator`` does) into Python code, with the same date and time checks.
It only ever says yes: a document it refuses goes to ``document_check.schema_errors``,
which gives import's own messages (and has the last word). The schema uses only keywords
whose meaning draft 7 and draft 2020-12 share; a test checks the two agree on documents
broken one field at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import fastjsonschema

from ..store.document_check import _real_day, schema_errors, validator


@cache
def _compiled() -> Callable[[Any], Any]:
    schema: Any = validator().schema  # a dict: the inlined schema document
    return fastjsonschema.compile(
        schema, formats={"date": _real_day, "date-time": _real_day},
        use_default=False, use_formats=True)


def accepts(doc: Any) -> bool:
    """Whether the compiled schema accepts ``doc``."""
    try:
        _compiled()(doc)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def schema_check(doc: Any) -> list[tuple[str, str]]:
    """As ``document_check.schema_errors``: none when the document is valid, else its
    objections (found by jsonschema)."""
    return [] if accepts(doc) else schema_errors(doc)
