"""The method's content as immutable objects, loaded from ``resources/content``.

Swedish is the source text (SOU 2018:47), English our translation. Keys are
the stable ids stored in sessions and files; names are looked up here at the
moment they are shown, so a corrected translation reaches old sessions too.

The entries and the catalogue are frozen dataclasses: no caller can change the
catalogue that every screen shares.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import package_data
from .validate import LANGUAGES, CatalogueError, check_files, read_files


@dataclass(frozen=True, slots=True)
class Text:
    """One text in both languages; calling it, as in ``principle.name("sv")``, picks one."""

    sv: str
    en: str

    def __call__(self, lang: str) -> str:
        if lang == "sv":
            return self.sv
        if lang == "en":
            return self.en
        raise KeyError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")


@dataclass(frozen=True, slots=True)
class Principle:
    """One of the principle cards (seven, and the optional eighth, Långsiktighet)."""

    key: str
    name: Text
    description: Text  # the SOU's own sentence for the principle
    questions: tuple[Text, ...]  # for the facilitator to put to the room
    optional: bool  # only långsiktighet, switched on per session


@dataclass(frozen=True, slots=True)
class Obstacle:
    """One of the six obstacles to trust, the problem board's columns."""

    key: str
    name: Text
    description: Text


@dataclass(frozen=True, slots=True)
class Role:
    """A role in the chain of governance, from politicians to citizens."""

    key: str
    name: Text  # the group, as in "Enhetschefer"
    singular: Text  # one person, for pseudonyms such as "Enhetschef 2"
    chain_link: bool


@dataclass(frozen=True, slots=True)
class Entry:
    """A catalogue item that is only a key and a name (sector, signal, note kind)."""

    key: str
    name: Text


@dataclass(frozen=True, slots=True)
class Insight:
    """One of the ten insights on building trust: its title and a sentence on it."""

    key: str
    name: Text
    description: Text


@dataclass(frozen=True, slots=True)
class Sector:
    """A sector a session belongs to, and what its citizen link is called there."""

    key: str
    name: Text
    citizens: Text  # the chain's citizen link in this sector, as a group: "Brukare"
    citizen: Text  # one of them: "Brukare", "Patient"


CITIZEN_ROLE = "medborgare"
"""The role key of the chain's citizen link, named by the session's sector."""


@dataclass(frozen=True, slots=True)
class Relationship:
    """One of the five trust relationships."""

    key: str
    name: Text
    between: tuple[str, str] | None  # the chain roles it spans, when it spans any


@dataclass(frozen=True, slots=True)
class Phase:
    """A phase of the day, with the facilitator's guidance for it."""

    key: str
    name: Text
    guidance: Text


@dataclass(frozen=True, slots=True)
class AgendaTemplateItem:
    """One row of the agenda template: a phase (or a break) and its minutes."""

    phase: str | None  # None for breaks
    title: Text
    minutes: int


@dataclass(frozen=True, slots=True)
class Keys:
    """The valid keys of each kind, for validating stored sessions."""

    principles: frozenset[str]
    obstacles: frozenset[str]
    roles: frozenset[str]
    sectors: frozenset[str]
    relationships: frozenset[str]
    signals: frozenset[str]
    insights: frozenset[str]
    phases: frozenset[str]
    note_kinds: frozenset[str]


_KINDS = (
    "principle",
    "obstacle",
    "role",
    "sector",
    "relationship",
    "insight",
    "signal",
    "phase",
    "note_kind",
)


@dataclass(frozen=True, slots=True)
class Catalogue:
    """The whole method's content, each kind in the SOU's order, looked up by key."""

    principles: tuple[Principle, ...]
    obstacles: tuple[Obstacle, ...]
    roles: tuple[Role, ...]
    sectors: tuple[Sector, ...]
    relationships: tuple[Relationship, ...]
    insights: tuple[Insight, ...]
    signals: tuple[Entry, ...]
    phases: tuple[Phase, ...]
    agenda: tuple[AgendaTemplateItem, ...]
    note_kinds: tuple[Entry, ...]
    # Private, never handed out: the lookup by key of each kind.
    _index: dict[str, dict[str, Any]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index = {kind: {e.key: e for e in getattr(self, kind + "s")} for kind in _KINDS}
        object.__setattr__(self, "_index", index)  # frozen: set once, here

    def _lookup(self, kind: str, key: str) -> Any:
        try:
            return self._index[kind][key]
        except KeyError:
            known = ", ".join(self._index[kind])
            raise KeyError(f"unknown {kind} key {key!r}; known keys: {known}") from None

    def principle(self, key: str) -> Principle:
        return self._lookup("principle", key)

    def obstacle(self, key: str) -> Obstacle:
        return self._lookup("obstacle", key)

    def role(self, key: str) -> Role:
        return self._lookup("role", key)

    def sector(self, key: str) -> Sector:
        return self._lookup("sector", key)

    def role_name(self, key: str, lang: str, *, sector: str | None = None,
                  one: bool = False) -> str:
        """A role's name in ``lang``: the group ("Enhetschefer") or, with ``one``, one person
        ("Enhetschef"). The citizen link is named by ``sector`` when the catalogue has it
        ("Brukare" in elderly care, "Patienter" in health care). Unknown keys raise KeyError.
        """
        role = self.role(key)
        if key == CITIZEN_ROLE and sector:
            try:
                found = self.sector(sector)
            except KeyError:
                found = None
            if found is not None:
                return (found.citizen if one else found.citizens)(lang)
        return (role.singular if one else role.name)(lang)

    def relationship(self, key: str) -> Relationship:
        return self._lookup("relationship", key)

    def insight(self, key: str) -> Insight:
        return self._lookup("insight", key)

    def signal(self, key: str) -> Entry:
        return self._lookup("signal", key)

    def phase(self, key: str) -> Phase:
        return self._lookup("phase", key)

    def note_kind(self, key: str) -> Entry:
        return self._lookup("note_kind", key)

    def principles_for(self, long_term: bool) -> tuple[Principle, ...]:
        """The seven principles, and the optional långsiktighet card when ``long_term``."""
        return tuple(p for p in self.principles if long_term or not p.optional)

    def chain_links(self) -> tuple[Role, ...]:
        """The roles that are links of the governance chain, top to bottom."""
        return tuple(r for r in self.roles if r.chain_link)

    def keys(self) -> Keys:
        """Every key of each kind, for checking keys stored in sessions and files."""
        return Keys(**{kind + "s": frozenset(self._index[kind]) for kind in _KINDS})


def _text(raw: dict[str, Any]) -> Text:
    return Text(sv=raw["sv"], en=raw["en"])


def _build(files: dict[str, Any]) -> Catalogue:
    """Objects from files that have passed ``check_files``."""
    return Catalogue(
        principles=tuple(
            Principle(
                key=e["key"],
                name=_text(e["name"]),
                description=_text(e["description"]),
                questions=tuple(_text(q) for q in e["questions"]),
                optional=e["optional"],
            )
            for e in files["principles.json"]
        ),
        obstacles=tuple(
            Obstacle(key=e["key"], name=_text(e["name"]), description=_text(e["description"]))
            for e in files["obstacles.json"]
        ),
        roles=tuple(
            Role(
                key=e["key"],
                name=_text(e["name"]),
                singular=_text(e["singular"]),
                chain_link=e["chain_link"],
            )
            for e in files["roles.json"]
        ),
        sectors=tuple(
            Sector(key=e["key"], name=_text(e["name"]), citizens=_text(e["citizens"]),
                   citizen=_text(e["citizen"]))
            for e in files["sectors.json"]
        ),
        relationships=tuple(
            Relationship(
                key=e["key"],
                name=_text(e["name"]),
                between=None if e["between"] is None else (e["between"][0], e["between"][1]),
            )
            for e in files["relationships.json"]
        ),
        insights=tuple(
            Insight(key=e["key"], name=_text(e["name"]), description=_text(e["description"]))
            for e in files["insights.json"]
        ),
        signals=_entries(files["signals.json"]),
        phases=tuple(
            Phase(key=e["key"], name=_text(e["name"]), guidance=_text(e["guidance"]))
            for e in files["phases.json"]
        ),
        agenda=tuple(
            AgendaTemplateItem(phase=e["phase"], title=_text(e["title"]), minutes=e["minutes"])
            for e in files["agenda.json"]
        ),
        note_kinds=_entries(files["note_kinds.json"]),
    )


def _entries(data: list[dict[str, Any]]) -> tuple[Entry, ...]:
    return tuple(Entry(key=e["key"], name=_text(e["name"])) for e in data)


def packaged_root() -> Path:
    """The catalogue shipped with the application."""
    return package_data.path("content")


def load_catalogue(root: Path | str | None = None) -> Catalogue:
    """Load and check the catalogue under ``root`` (default: the packaged one).

    Raises ``CatalogueError`` listing every problem, each naming the file, the
    entry key and the field.
    """
    if root is None:
        root = packaged_root()
    elif isinstance(root, str):
        root = Path(root)
    files, problems = read_files(root)
    problems += check_files(files)
    if problems:
        raise CatalogueError(problems)
    return _build(files)


@functools.cache
def catalogue() -> Catalogue:
    """The packaged catalogue, loaded once per process."""
    return load_catalogue()
