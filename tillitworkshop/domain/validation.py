"""Field-level validation for a workshop and its parts.

Every check names the field it is about, so a form can show the message next
to the widget and the command line can say which field of a file is wrong.
Catalogue keys are checked against a ``Keys`` object (the content catalogue
provides one) so that this module stays standard-library only.
"""

from __future__ import annotations

import datetime as dt
import reprlib
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any, Protocol

from .model import (
    NOTE_KINDS,
    PHASES,
    RATING_MAX,
    RATING_MIN,
    STATUSES,
    STRENGTH_MAX,
    STRENGTH_MIN,
    VOTE_MODES,
    Commitment,
    Note,
    Participant,
    Rating,
    RelationshipMark,
    StatusChange,
)

_short = reprlib.Repr()
_short.maxstring = _short.maxother = 60
_short.maxlist = _short.maxdict = 3
_short.maxlevel = 2

MAX_TEXT = 1_000_000  # one note may hold a long pasted text, but not without bound
MAX_NAME = 200


class Keys(Protocol):
    @property
    def principles(self) -> frozenset[str]: ...
    @property
    def obstacles(self) -> frozenset[str]: ...
    @property
    def roles(self) -> frozenset[str]: ...
    @property
    def sectors(self) -> frozenset[str]: ...
    @property
    def insights(self) -> frozenset[str]: ...
    @property
    def relationships(self) -> frozenset[str]: ...
    @property
    def signals(self) -> frozenset[str]: ...


@dataclass(frozen=True, slots=True)
class FieldError:
    """What is wrong with one field: ``message`` in English (the command line prints it),
    ``code`` and ``params`` for a window that says it in the user's language.

    Codes: empty, not_text, too_long, unknown_value, not_date, not_integer,
    out_of_range, not_bool, not_names, signal_missing, rating_owner,
    no_participant, no_problem, group_nested, group_sessions, unknown_field,
    phone_dots.
    """

    field: str
    message: str
    code: str = ""
    params: dict[str, Any] = dataclass_field(default_factory=dict, compare=False)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(ValueError):
    """One or more fields are wrong; ``errors`` says which and why."""

    def __init__(self, errors: Iterable[FieldError]):
        self.errors = list(errors)
        super().__init__("; ".join(str(e) for e in self.errors))


def raise_if(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


def parse_date(value: object) -> dt.date | None:
    """An ISO date (YYYY-MM-DD) or None when it is not one."""
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def shorten(value: object) -> str:
    """``value`` as Python writes it, cut to about 60 characters, with the length of a
    text that was cut: a message quotes what it is about in at most ~85 characters
    without repeating a pasted megabyte."""
    try:
        text = _short.repr(value)
    except ValueError:  # an integer too long for Python to write out
        return "a number of thousands of digits"
    if isinstance(value, str) and len(value) > _short.maxstring:
        text += f" ({len(value):,} characters)"
    return text


def cut_text(text: str, limit: int = 60) -> str:
    """``text`` unquoted, for a message: at most ``limit`` characters of it (its start and
    its end) and its length when it was cut; characters that are not printable as "?"."""
    if len(text) > limit:
        half = limit // 2
        text = f"{text[:half]}...{text[-half:]} ({len(text):,} characters)"
    return "".join(c if c.isprintable() else "?" for c in text)


class _Checker:
    """Collects field errors under a prefix such as ``notes[3]``."""

    def __init__(self, prefix: str = ""):
        self.prefix = prefix
        self.errors: list[FieldError] = []

    def add(self, name: str, message: str, code: str, **params: object) -> None:
        self.errors.append(FieldError(f"{self.prefix}{name}", message, code, params))

    def text(self, name: str, value: object, *, required: bool, limit: int = MAX_TEXT) -> None:
        if not isinstance(value, str):
            self.add(name, "must be text", "not_text")
        elif required and not value.strip():
            self.add(name, "must not be empty", "empty")
        elif len(value) > limit:
            self.add(name, f"is longer than {limit:,} characters", "too_long", limit=limit)

    def key(self, name: str, value: object, allowed: Iterable[str], *, required: bool) -> None:
        if value is None and not required:
            return
        allowed = frozenset(allowed)
        if value not in allowed:
            self.add(name, f"unknown value {shorten(value)}; expected one of "
                     f"{', '.join(sorted(allowed))}",
                     "unknown_value", value=value, allowed=sorted(allowed))

    def date(self, name: str, value: object, *, required: bool) -> None:
        if value is None and not required:
            return
        if parse_date(value) is None:
            self.add(name, f"{shorten(value)} is not a date; write it as YYYY-MM-DD", "not_date",
                     value=value)

    def integer(self, name: str, value: object, low: int, high: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(name, "must be a whole number", "not_integer", value=value)
        elif not low <= value <= high:
            self.add(name, f"must be between {low} and {high}", "out_of_range",
                     value=value, low=low, high=high)


def check_workshop_fields(fields: dict[str, Any], keys: Keys, prefix: str = "") -> list[FieldError]:
    """The session's own fields, as given to ``create`` or ``update``."""
    c = _Checker(prefix)
    if "organisation" in fields:
        c.text("organisation", fields["organisation"], required=True, limit=MAX_NAME)
    if "sector" in fields:
        c.key("sector", fields["sector"], keys.sectors, required=True)
    if "date" in fields:
        c.date("date", fields["date"], required=True)
    if "place" in fields:
        c.text("place", fields["place"], required=False, limit=MAX_NAME)
    if "facilitators" in fields:
        value = fields["facilitators"]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            c.add("facilitators", "must be a list of names", "not_names")
        else:
            for i, name in enumerate(value):
                c.text(f"facilitators[{i}]", name, required=False, limit=MAX_NAME)
    if "language" in fields:
        c.key("language", fields["language"], ("sv", "en"), required=True)
    if "follow_up_date" in fields:
        c.date("follow_up_date", fields["follow_up_date"], required=False)
    if "long_term_card" in fields and not isinstance(fields["long_term_card"], bool):
        c.add("long_term_card", "must be true or false", "not_bool")
    if "vote_budget" in fields:
        c.integer("vote_budget", fields["vote_budget"], 0, 100)
    if "vote_mode" in fields:
        c.key("vote_mode", fields["vote_mode"], VOTE_MODES, required=True)
    if "current_phase" in fields:
        c.key("current_phase", fields["current_phase"], PHASES, required=True)
    return c.errors


def check_participant(p: Participant, keys: Keys, prefix: str = "") -> list[FieldError]:
    c = _Checker(prefix)
    c.text("name", p.name, required=True, limit=MAX_NAME)
    c.key("role", p.role, keys.roles, required=True)
    c.text("unit", p.unit, required=False, limit=MAX_NAME)
    if not isinstance(p.consent, bool):
        c.add("consent", "must be true or false", "not_bool")
    return c.errors


def check_note(n: Note, keys: Keys, prefix: str = "") -> list[FieldError]:
    c = _Checker(prefix)
    c.key("phase", n.phase, PHASES, required=True)
    if n.phase in NOTE_KINDS:
        c.key("kind", n.kind, NOTE_KINDS[n.phase], required=True)
    c.text("text", n.text, required=True)
    c.key("chain_link", n.chain_link, keys.roles, required=False)
    c.key("relationship", n.relationship, keys.relationships, required=False)
    c.key("principle", n.principle, keys.principles, required=False)
    c.key("obstacle", n.obstacle, keys.obstacles, required=False)
    c.key("signal", n.signal, keys.signals, required=False)
    c.key("role", n.role, keys.roles, required=False)
    c.integer("votes", n.votes, 0, 10_000)
    for i, principle in enumerate(n.principles):
        c.key(f"principles[{i}]", principle, keys.principles, required=True)
    if n.kind == "signal" and n.signal is None:
        c.add("signal", "a governance-signal note must name its signal", "signal_missing")
    return c.errors


def check_rating(r: Rating, keys: Keys, prefix: str = "") -> list[FieldError]:
    c = _Checker(prefix)
    c.key("principle", r.principle, keys.principles, required=True)
    c.integer("value", r.value, RATING_MIN, RATING_MAX)
    c.key("role", r.role, keys.roles, required=False)
    if r.role is None and r.participant_id is None:
        c.add("role", "a rating belongs to a participant or a chain role", "rating_owner")
    return c.errors


def check_relationship_mark(m: RelationshipMark, keys: Keys, prefix: str = "") -> list[FieldError]:
    c = _Checker(prefix)
    c.key("relationship", m.relationship, keys.relationships, required=True)
    c.integer("strength", m.strength, STRENGTH_MIN, STRENGTH_MAX)
    return c.errors


def check_commitment(cm: Commitment, keys: Keys, prefix: str = "") -> list[FieldError]:
    c = _Checker(prefix)
    c.text("what", cm.what, required=True)
    c.key("owner_role", cm.owner_role, keys.roles, required=False)
    c.date("due_date", cm.due_date, required=False)
    c.text("first_step", cm.first_step, required=False)
    c.text("indicator", cm.indicator, required=False)
    for i, principle in enumerate(cm.principles):
        c.key(f"principles[{i}]", principle, keys.principles, required=True)
    for i, insight in enumerate(cm.insights):
        c.key(f"insights[{i}]", insight, keys.insights, required=True)
    return c.errors


def check_status_change(s: StatusChange, prefix: str = "") -> list[FieldError]:
    c = _Checker(prefix)
    c.key("status", s.status, STATUSES, required=True)
    c.date("date", s.date, required=True)
    c.text("note", s.note, required=False)
    return c.errors
