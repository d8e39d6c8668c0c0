"""Who may be named: participants without consent appear as "Medarbetare 2" in every export.

The number counts only the participants of that role who are not named, in
roster order, so it is the same in the summary, the handouts and the
follow-up report, and says nothing about where the person sat in the list.
A participant without consent is never shown with their unit either: "Elev i
årskurs 9, elevrådet" names someone as surely as a name does.
"""

from __future__ import annotations

from collections import defaultdict

from ..content import Catalogue
from ..domain import Participant, Workshop


class Names:
    """How each participant of ``workshop`` is shown in ``lang``."""

    def __init__(self, workshop: Workshop, cat: Catalogue, lang: str):
        self._by_id: dict[str, str] = {}
        counters: dict[str, int] = defaultdict(int)
        for p in workshop.participants:
            if p.consent:
                self._by_id[p.id] = " ".join(p.name.split())
            else:
                counters[p.role] += 1
                self._by_id[p.id] = f"{_singular(cat, p.role, lang)} {counters[p.role]}"
        self._participants = {p.id: p for p in workshop.participants}

    def name(self, participant_id: str | None) -> str:
        """The name, or the pseudonym, of a participant; "" for none or an unknown id."""
        return self._by_id.get(participant_id or "", "")

    def unit(self, participant_id: str | None) -> str:
        """The unit or title, only for participants who agreed to be named."""
        p = self._participants.get(participant_id or "")
        return p.unit if p is not None and p.consent else ""

    def participant(self, participant_id: str | None) -> Participant | None:
        return self._participants.get(participant_id or "")


def _singular(cat: Catalogue, role: str, lang: str) -> str:
    try:
        return cat.role(role).singular(lang)
    except KeyError:
        return "Deltagare" if lang == "sv" else "Participant"
