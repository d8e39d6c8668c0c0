"""The parts of a Besök Tillit day as plain data.

Catalogue keys (principles, obstacles, roles, ...) are stored as stable ASCII
ids; their names in either language come from the content catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The phases of the day, in order (docs/architecture.md).
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


# The name a forgotten participant's roster row holds instead of theirs (store/forget.py):
# the window shows its own words for it, and reports the role's pseudonym.
FORGOTTEN_NAME = "(forgotten)"


@dataclass(slots=True)
class Participant:
    """One person in the room: a chain role, a unit, and whether they may be named in handouts."""

    id: str
    name: str
    role: str
    unit: str = ""
    consent: bool = False
    position: float = 0.0


@dataclass(slots=True)
class AgendaItem:
    """One time box of the day, with the timer's state and the actual times."""

    id: str
    phase: str | None  # None for a break
    title: str
    minutes: int
    position: float = 0.0
    started_at: str | None = None  # first start of the timer (ISO 8601)
    ended_at: str | None = None  # when the facilitator closed the item
    running_since: str | None = None  # set while the timer runs
    elapsed_seconds: float = 0.0  # accumulated while paused

    def elapsed_at(self, now_epoch: float, running_since_epoch: float | None) -> float:
        """Seconds on the clock at ``now_epoch`` (running time included)."""
        extra = 0.0
        if running_since_epoch is not None:
            extra = max(0.0, now_epoch - running_since_epoch)
        return self.elapsed_seconds + extra


@dataclass(slots=True)
class Note:
    """One thing said during the day, placed by phase and kind (and link, principle, obstacle...)."""

    id: str
    phase: str
    kind: str
    text: str
    chain_link: str | None = None  # a chain role key
    relationship: str | None = None
    principle: str | None = None
    obstacle: str | None = None
    signal: str | None = None  # a governance signal key
    group_id: str | None = None  # the note this one is grouped under
    votes: int = 0
    participant_id: str | None = None
    role: str | None = None  # attributed to a chain role
    principles: tuple[str, ...] = ()  # principles that answer a problem
    position: float = 0.0
    created_at: str = ""
    updated_at: str = ""


@dataclass(slots=True)
class Rating:
    """"Where are we today", 1–5, by one participant or on behalf of a role."""

    id: str
    principle: str
    value: int
    role: str | None = None
    participant_id: str | None = None


@dataclass(slots=True)
class RelationshipMark:
    """How strong trust is in one of the five relationships of the chain, 1-5."""

    relationship: str
    strength: int  # how strong trust is here, 1–5


@dataclass(slots=True)
class StatusChange:
    """A commitment's status from a date on, with the follow-up's note."""

    status: str
    date: str  # the day the status applies from (ISO date)
    note: str = ""
    recorded_at: str = ""


@dataclass(slots=True)
class Commitment:
    """Who does what by when, the problems it answers, and its status history."""

    id: str
    what: str
    owner_participant_id: str | None = None
    owner_role: str | None = None
    due_date: str | None = None
    first_step: str = ""
    indicator: str = ""  # how we will know
    position: float = 0.0
    problem_ids: tuple[str, ...] = ()
    principles: tuple[str, ...] = ()
    history: list[StatusChange] = field(default_factory=list)
    insights: tuple[str, ...] = ()  # the insights on building trust it draws on (catalogue keys)

    @property
    def status(self) -> str:
        return self.history[-1].status if self.history else "planned"


@dataclass(slots=True)
class Workshop:
    """One Besök Tillit day: its facts, roster, agenda, and everything said and decided."""

    id: str
    organisation: str
    sector: str
    date: str  # ISO date of the day
    place: str = ""
    facilitators: list[str] = field(default_factory=list)
    language: str = "sv"
    follow_up_date: str | None = None
    long_term_card: bool = False  # the eighth principle, långsiktighet
    vote_budget: int = 3  # dots in problem mapping, per participant or for the room
    vote_mode: str = "participant"  # "participant" or "session" (one budget for the room)
    current_phase: str = "preparation"
    created_at: str = ""
    updated_at: str = ""
    participants: list[Participant] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    ratings: list[Rating] = field(default_factory=list)
    relationship_marks: list[RelationshipMark] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)

    def notes_in(self, phase: str, kind: str | None = None) -> list[Note]:
        return [n for n in self.notes if n.phase == phase and (kind is None or n.kind == kind)]

    def participant(self, participant_id: str | None) -> Participant | None:
        return next((p for p in self.participants if p.id == participant_id), None)
