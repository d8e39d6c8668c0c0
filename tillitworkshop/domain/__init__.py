"""Plain records for a workshop and its parts, and their validation (standard library only)."""

from .model import (
    PHASES,
    STATUSES,
    AgendaItem,
    Commitment,
    Note,
    Participant,
    Rating,
    RelationshipMark,
    StatusChange,
    Workshop,
)
from .validation import FieldError, ValidationError

__all__ = [
    "PHASES",
    "STATUSES",
    "AgendaItem",
    "Commitment",
    "FieldError",
    "Note",
    "Participant",
    "Rating",
    "RelationshipMark",
    "StatusChange",
    "ValidationError",
    "Workshop",
]
