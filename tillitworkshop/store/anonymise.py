"""A session document without names: for sharing a session (``export json --anonymise``,
and the portable file's ``--anonymise``).

Every participant gets their role's pseudonym, numbered within the role in roster order
as in the PDFs ("Medarbetare 2"; store/pseudonyms.py), with no unit and no consent; what
they said and the commitments they own are kept as their role's (the link to the
pseudonymous roster row goes, so nothing but the role is attached to free text); their
ratings stay with the pseudonymous row. The facilitators' names go too. The result is
an ordinary session document: it imports like any other.

Free text is left as it was written: a note that names someone still names them.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..content import catalogue
from ..domain import Workshop
from .pseudonyms import Names


def anonymise(doc: dict[str, Any], workshop: Workshop) -> dict[str, Any]:
    """``doc`` (``interchange.to_document(workshop)``) with names and units replaced."""
    nobody_named = dataclasses.replace(workshop, participants=[
        dataclasses.replace(p, consent=False) for p in workshop.participants])
    names = Names(nobody_named, catalogue(), workshop.language)
    roles = {p.id: p.role for p in workshop.participants}
    doc = {**doc, "session": {**doc["session"], "facilitators": []}}
    doc["participants"] = [{**p, "name": names.name(p["id"]), "unit": "", "consent": False}
                           for p in doc["participants"]]
    doc["notes"] = [{**n, "participant": None, "role": roles.get(n["participant"], n["role"])}
                    if n.get("participant") else n for n in doc["notes"]]
    doc["commitments"] = [
        {**c, "owner_participant": None,
         "owner_role": roles.get(c["owner_participant"], c.get("owner_role"))}
        if c.get("owner_participant") else c for c in doc["commitments"]]
    return doc
