"""The parts of a Besök Tillit day as plain data.

Catalogue keys (principles, obstacles, roles, ...) are stored as stable ASCII
ids; their names in either language come from the content catalogue.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..plain_data import Record

# The phases of the day, in order (DESIGN.md section 2).
PHASES: tuple[str, ...] = (
    "preparation",
    "good_meeting",
    "chain",
    "principles",
    "problems",
    "commitments",
    "closing",
    "followup",
)

# The kinds of note each phase collects. A note's kind says which list of the
# phase it belongs to; placement (link, principle, obstacle...) is separate.
NOTE_KINDS: dict[str, tuple[str, ...]] = {
    "preparation": ("note",),
    "good_meeting": ("value", "hinder"),
    "chain": ("signal", "value", "hinder", "need", "relationship"),
    "principles": ("reflection", "example"),
    "problems": ("problem",),
    "commitments": ("note",),
    "closing": ("note",),
    "followup": ("note",),
}

STATUSES: tuple[str, ...] = ("planned", "started", "done", "dropped")
VOTE_MODES: tuple[str, ...] = ("participant", "session")

RATING_MIN, RATING_MAX = 1, 5
STRENGTH_MIN, STRENGTH_MAX = 1, 5


class Participant(Record):
    """One person in the room: a chain role, a unit, and whether they may be named in handouts."""

    __slots__ = ("id", "name", "role", "unit", "consent", "position")

    def __init__(self, id: str, name: str, role: str, unit: str = "", consent: bool = False,
                 position: float = 0.0):
        self.id = id
        self.name = name
        self.role = role
        self.unit = unit
        self.consent = consent
        self.position = position


class AgendaItem(Record):
    """One time box of the day, with the timer's state and the actual times."""

    __slots__ = ("id", "phase", "title", "minutes", "position", "started_at", "ended_at",
                 "running_since", "elapsed_seconds")

    def __init__(self, id: str, phase: str | None, title: str, minutes: int,
                 position: float = 0.0, started_at: str | None = None,
                 ended_at: str | None = None, running_since: str | None = None,
                 elapsed_seconds: float = 0.0):
        self.id = id
        self.phase = phase  # None for a break
        self.title = title
        self.minutes = minutes
        self.position = position
        self.started_at = started_at  # first start of the timer (ISO 8601)
        self.ended_at = ended_at  # when the facilitator closed the item
        self.running_since = running_since  # set while the timer runs
        self.elapsed_seconds = elapsed_seconds  # accumulated while paused

    def elapsed_at(self, now_epoch: float, running_since_epoch: float | None) -> float:
        """Seconds on the clock at ``now_epoch`` (running time included)."""
        extra = 0.0
        if running_since_epoch is not None:
            extra = max(0.0, now_epoch - running_since_epoch)
        return self.elapsed_seconds + extra


class Note(Record):
    """One thing said during the day, placed by phase and kind (and link, principle, obstacle...)."""

    __slots__ = ("id", "phase", "kind", "text", "chain_link", "relationship", "principle",
                 "obstacle", "signal", "group_id", "votes", "participant_id", "role",
                 "principles", "position", "created_at", "updated_at")

    def __init__(self, id: str, phase: str, kind: str, text: str,
                 chain_link: str | None = None, relationship: str | None = None,
                 principle: str | None = None, obstacle: str | None = None,
                 signal: str | None = None, group_id: str | None = None, votes: int = 0,
                 participant_id: str | None = None, role: str | None = None,
                 principles: tuple[str, ...] = (), position: float = 0.0,
                 created_at: str = "", updated_at: str = ""):
        self.id = id
        self.phase = phase
        self.kind = kind
        self.text = text
        self.chain_link = chain_link  # a chain role key
        self.relationship = relationship
        self.principle = principle
        self.obstacle = obstacle
        self.signal = signal  # a governance signal key
        self.group_id = group_id  # the note this one is grouped under
        self.votes = votes
        self.participant_id = participant_id
        self.role = role  # attributed to a chain role
        self.principles = principles  # principles that answer a problem
        self.position = position
        self.created_at = created_at
        self.updated_at = updated_at


class Rating(Record):
    """"Where are we today", 1–5, by one participant or on behalf of a role."""

    __slots__ = ("id", "principle", "value", "role", "participant_id")

    def __init__(self, id: str, principle: str, value: int, role: str | None = None,
                 participant_id: str | None = None):
        self.id = id
        self.principle = principle
        self.value = value
        self.role = role
        self.participant_id = participant_id


class RelationshipMark(Record):
    """How strong trust is in one of the five relationships of the chain, 1-5."""

    __slots__ = ("relationship", "strength")

    def __init__(self, relationship: str, strength: int):
        self.relationship = relationship
        self.strength = strength  # how strong trust is here, 1–5


class StatusChange(Record):
    """A commitment's status from a date on, with the follow-up's note."""

    __slots__ = ("status", "date", "note", "recorded_at")

    def __init__(self, status: str, date: str, note: str = "", recorded_at: str = ""):
        self.status = status
        self.date = date  # the day the status applies from (ISO date)
        self.note = note
        self.recorded_at = recorded_at


class Commitment(Record):
    """Who does what by when, the problems it answers, and its status history."""

    __slots__ = ("id", "what", "owner_participant_id", "owner_role", "due_date", "first_step",
                 "indicator", "position", "problem_ids", "principles", "history")

    def __init__(self, id: str, what: str, owner_participant_id: str | None = None,
                 owner_role: str | None = None, due_date: str | None = None,
                 first_step: str = "", indicator: str = "", position: float = 0.0,
                 problem_ids: tuple[str, ...] = (), principles: tuple[str, ...] = (),
                 history: Iterable[StatusChange] = ()):
        self.id = id
        self.what = what
        self.owner_participant_id = owner_participant_id
        self.owner_role = owner_role
        self.due_date = due_date
        self.first_step = first_step
        self.indicator = indicator  # how we will know
        self.position = position
        self.problem_ids = problem_ids
        self.principles = principles
        self.history: list[StatusChange] = list(history)

    @property
    def status(self) -> str:
        return self.history[-1].status if self.history else "planned"


class Workshop(Record):
    """One Besök Tillit day: its facts, roster, agenda, and everything said and decided.

    The lists are the workshop's own: each is a new list of what it is given.
    """

    __slots__ = ("id", "organisation", "sector", "date", "place", "facilitators", "language",
                 "follow_up_date", "long_term_card", "vote_budget", "vote_mode",
                 "current_phase", "created_at", "updated_at", "participants", "agenda",
                 "notes", "ratings", "relationship_marks", "commitments")

    def __init__(self, id: str, organisation: str, sector: str, date: str, place: str = "",
                 facilitators: Iterable[str] = (), language: str = "sv",
                 follow_up_date: str | None = None, long_term_card: bool = False,
                 vote_budget: int = 3, vote_mode: str = "participant",
                 current_phase: str = "preparation", created_at: str = "", updated_at: str = "",
                 participants: Iterable[Participant] = (), agenda: Iterable[AgendaItem] = (),
                 notes: Iterable[Note] = (), ratings: Iterable[Rating] = (),
                 relationship_marks: Iterable[RelationshipMark] = (),
                 commitments: Iterable[Commitment] = ()):
        self.id = id
        self.organisation = organisation
        self.sector = sector
        self.date = date  # ISO date of the day
        self.place = place
        self.facilitators: list[str] = list(facilitators)
        self.language = language
        self.follow_up_date = follow_up_date
        self.long_term_card = long_term_card  # the eighth principle, långsiktighet
        self.vote_budget = vote_budget  # dots in problem mapping, per participant or for the room
        self.vote_mode = vote_mode  # "participant" or "session" (one budget for the room)
        self.current_phase = current_phase
        self.created_at = created_at
        self.updated_at = updated_at
        self.participants: list[Participant] = list(participants)
        self.agenda: list[AgendaItem] = list(agenda)
        self.notes: list[Note] = list(notes)
        self.ratings: list[Rating] = list(ratings)
        self.relationship_marks: list[RelationshipMark] = list(relationship_marks)
        self.commitments: list[Commitment] = list(commitments)

    def notes_in(self, phase: str, kind: str | None = None) -> list[Note]:
        return [n for n in self.notes if n.phase == phase and (kind is None or n.kind == kind)]

    def participant(self, participant_id: str | None) -> Participant | None:
        return next((p for p in self.participants if p.id == participant_id), None)
