"""What the room sees for each phase, as plain data: a title, a paragraph, columns of entries
or a grid. Built from the session only, never from the facilitator's widgets, so nothing the
facilitator types but has not stored (entry lines, hints, paths, errors) can reach it.

Participants are shown as the PDFs show them (report/pseudonyms.py): by name only if they
agreed to be named, else as their role and a number ("Medarbetare 2").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from PySide6.QtCore import QObject

from tillitworkshop.content import catalogue
from tillitworkshop.domain import Commitment, Note, Workshop
from tillitworkshop.domain.contrast import contrast
from tillitworkshop.report.pseudonyms import Names
from tillitworkshop.ui.common.roles import role_keys, role_name
from tillitworkshop.ui.common.statuses import status_names
from tillitworkshop.ui.common.widgets import number
from tillitworkshop.ui.shell import theme
from tillitworkshop.ui.shell.i18n import long_date

SOFT_HYPHEN = "\u00ad"
LONG_WORD = re.compile(r"\S{25,}")


def breakable(text: str) -> str:
    """``text`` with soft hyphens in words of 25 characters or more (wider than a column of
    the presenter), so a run of 5,000 characters wraps instead of running off the screen."""
    return LONG_WORD.sub(lambda m: SOFT_HYPHEN.join(m.group(0)[i:i + 16]
                                                     for i in range(0, len(m.group(0)), 16)),
                         text)


VOWELS = set("aeiouyåäöéAEIOUYÅÄÖÉ")
DIGRAPHS = {"ng", "ch", "ck", "sj", "tj", "sk", "kj", "ph", "th", "st"}


def hyphenate(word: str, longest: int) -> str:
    """A word longer than ``longest`` with soft hyphens: after a joining s nearest the middle
    ("Förvaltnings-chefer"), else where two consonants meet, never inside ng, ch, sk...
    ("Tjänsteman-naledning"), else at the middle."""
    if len(word) <= longest:
        return word
    middle = len(word) // 2

    def consonant(c: str) -> bool:
        return c.isalpha() and c not in VOWELS

    inside = [i for i in range(2, len(word) - 2)
              if consonant(word[i - 1]) and consonant(word[i])
              and word[i - 1:i + 1].lower() not in DIGRAPHS]
    joints = [i for i in range(3, len(word) - 2) if word[i - 1] == "s" and consonant(word[i - 2])
              and word[i].isalpha()
              and abs(i - middle) <= len(word) // 6]
    splits = joints or inside
    at = min(splits, key=lambda i: abs(i - middle)) if splits else middle
    return hyphenate(word[:at], longest) + SOFT_HYPHEN + hyphenate(word[at:], longest)


def narrow(text: str, longest: int = 12) -> str:
    """``text`` for a narrow column: every long word may break."""
    return " ".join(hyphenate(w, longest) for w in text.split(" "))


@dataclass(slots=True)
class Column:
    heading: str
    entries: list[str]
    colour: str = theme.ACCENT  # the heading's colour
    bullets: bool = True


@dataclass(slots=True)
class Grid:
    """The heat map: rows (roles), columns (principles), cells of text on a fill."""

    rows: list[str]
    columns: list[str]
    cells: dict[tuple[int, int], tuple[str, str]]  # (row, col) -> (text, fill colour)


@dataclass(slots=True)
class Slide:
    key: str  # what is shown: "chain:enhetschef", "card:tillit", "gaps", ...
    kicker: str  # the phase, small, above the title
    title: str
    body: str = ""
    columns: list[Column] = field(default_factory=list)
    grid: Grid | None = None
    per_row: int = 2  # columns side by side before the next row


def text_on(fill: str) -> str:
    """INK or white, whichever reads better on ``fill``."""
    return theme.INK if contrast(theme.INK, fill) >= contrast("#ffffff", fill) else "#ffffff"


class Ordered:
    """Notes' texts in the order the window shows them (position, then when made), kept
    in order one edit at a time: sorting a link's hundreds of notes again at every edit
    cost the presenter more than the rest of the edit."""

    def __init__(self) -> None:
        self.keys: list[tuple[float, str, str]] = []
        self.texts: list[str] = []
        self._key: dict[str, tuple[float, str, str]] = {}

    def put(self, n: Note, text: str) -> None:
        self.remove(n.id)
        key = self._key[n.id] = (n.position, n.created_at, n.id)
        i = bisect.bisect(self.keys, key)
        self.keys.insert(i, key)
        self.texts.insert(i, text)

    def remove(self, note_id: str) -> None:
        key = self._key.pop(note_id, None)
        if key is not None:
            i = bisect.bisect_left(self.keys, key)
            del self.keys[i]
            del self.texts[i]


class Slides(QObject):
    """Builds the slide for a phase and the item the facilitator has open."""

    def __init__(self, workshop: Workshop, lang: str, parent: QObject | None = None):
        super().__init__(parent)
        self.w, self.lang = workshop, lang
        self.cat = catalogue()
        self.names = Names(workshop, self.cat, lang)
        # A note's text as shown, by what it is made of: on a link of hundreds of notes an
        # edit changes one, and making every text again cost more than the edit.
        self._texts: dict[tuple, str] = {}
        # The link on screen's notes by kind, kept in order with each edit's ids.
        self._link: str | None = None
        self._on_link: dict[str, Ordered] = {}

    def update(self, workshop: Workshop, changed: list[str] | None = None,
               notes: dict[str, Note] | None = None) -> None:
        """The same session after an edit of the notes ``changed`` (names and roles as
        they were); ``notes`` is the session's notes by id, as they are now."""
        self.w = workshop
        if changed is None or notes is None:
            self._link = None
            return
        for nid in changed:
            for group in self._on_link.values():
                group.remove(nid)
            n = notes.get(nid)
            if n is not None and n.phase == "chain" and n.chain_link == self._link \
                    and n.kind in self._on_link:
                self._on_link[n.kind].put(n, self.note_text(n))

    def build(self, phase: str, focus: str) -> Slide:
        kicker = self.cat.phase(phase).name(self.lang) if phase else ""
        maker = {"preparation": self.agenda, "good_meeting": self.good_meeting,
                 "chain": self.chain, "principles": self.principles,
                 "problems": self.board, "commitments": self.commitments,
                 "closing": self.closing, "followup": self.followup}.get(phase, self.closing)
        slide = maker(focus)
        slide.kicker = kicker
        return slide

    # Who said it, as the PDFs say it.
    def who(self, participant_id: str | None, role: str | None) -> str:
        if participant_id and self.names.participant(participant_id) is not None:
            return self.names.name(participant_id)
        return role_name(role, self.lang, one=True, sector=self.w.sector)

    def note_text(self, n: Note) -> str:
        key = (n.text, n.participant_id, n.role)
        text = self._texts.get(key)
        if text is None:
            if len(self._texts) > 20_000:
                self._texts.clear()
            who = self.who(n.participant_id, n.role)
            text = self._texts[key] = breakable(f"{n.text} — {who}" if who else n.text)
        return text

    def _notes(self, notes: list[Note]) -> list[str]:
        return [self.note_text(n) for n in sorted(notes, key=lambda n: (n.position, n.created_at))]

    # One slide per phase.
    def agenda(self, _focus: str) -> Slide:
        entries = []
        for a in self.w.agenda:
            mark = "▶  " if a.running_since else ("✓  " if a.ended_at else "    ")
            entries.append(breakable(f"{mark}{a.title} · {a.minutes} min"))
        facts = " · ".join(x for x in (long_date(self.w.date), self.w.place) if x)
        return Slide("agenda", "", self.w.organisation or self.tr("Today"), facts,
                     [Column(self.tr("The day's agenda"), entries, bullets=False)], per_row=1)

    def good_meeting(self, _focus: str) -> Slide:
        cols = [Column(self.tr("What creates value in the meeting?"),
                       self._notes(self.w.notes_in("good_meeting", "value")),
                       theme.KIND_COLOURS["value"]),
                Column(self.tr("What hinders it?"),
                       self._notes(self.w.notes_in("good_meeting", "hinder")),
                       theme.KIND_COLOURS["hinder"])]
        return Slide("good_meeting", "", self.tr("The good meeting between citizen and employee"),
                     "", cols)

    def chain(self, focus: str) -> Slide:
        if focus == "relationships":
            return self.relationships()
        focus = focus or role_keys(chain_only=True)[0]
        if self._link != focus:  # one pass over the session; after it, edits update it
            self._link = focus
            self._on_link = {kind: Ordered() for kind in ("signal", "value", "hinder", "need")}
            for n in self.w.notes:
                if n.chain_link == focus and n.phase == "chain" and n.kind in self._on_link:
                    self._on_link[n.kind].put(n, self.note_text(n))
        cols = [Column(self.cat.note_kind(kind).name(self.lang), list(group.texts),
                       theme.KIND_COLOURS[kind]) for kind, group in self._on_link.items()]
        return Slide(f"chain:{focus}", "", role_name(focus, self.lang, sector=self.w.sector).capitalize(), "",
                     cols)

    def relationships(self) -> Slide:
        marks = {m.relationship: m.strength for m in self.w.relationship_marks}
        entries = []
        for r in self.cat.relationships:
            said = self._notes([n for n in self.w.notes_in("chain", "relationship")
                                if n.relationship == r.key])
            strength = marks.get(r.key)
            head = r.name(self.lang) + (f" · {'●' * strength}" if strength else "")
            entries.append("\n".join([head, *("    " + s for s in said)]))
        return Slide("chain:relationships", "", self.tr("Trust relationships"), "",
                     [Column("", entries)], per_row=1)

    def principles(self, focus: str) -> Slide:
        if focus == "gaps":
            return self.gaps()
        keys = [p.key for p in self.cat.principles_for(self.w.long_term_card)]
        key = focus if focus in keys else keys[0]
        p = self.cat.principle(key)
        number = self.tr("Card %1 of %2").replace("%1", str(keys.index(key) + 1)).replace(
            "%2", str(len(keys)))
        questions = self.tr("Questions for the room")
        return Slide(f"card:{key}", "", p.name(self.lang), breakable(p.description(self.lang)),
                     [Column(f"{questions} · {number}",
                             [breakable(q(self.lang)) for q in p.questions])], per_row=1)

    def gaps(self) -> Slide:
        from tillitworkshop.ui.phases.principles.gap_view import compute, fill

        g = compute(self.w)
        if not g.roles:
            return Slide("gaps", "", self.tr("Where are we today?"), self.tr("No ratings yet."))
        # Roles down, principles across: a role's name wraps at its spaces in the first
        # column; eight principles side by side fit 1920 px at the floor size, hyphenated.
        cells = {}
        for i, r in enumerate(g.roles):
            for j, p in enumerate(g.principles):
                if (r, p) in g.means:
                    mean = g.means[r, p][0]
                    cells[i, j] = (number(mean, 1), fill(mean).name())
        grid = Grid([role_name(r, self.lang, sector=self.w.sector) for r in g.roles],
                    [narrow(self.cat.principle(p).name(self.lang), 11) for p in g.principles],
                    cells)
        wide = [self.cat.principle(p).name(self.lang) for p in g.wide()]
        body = (self.tr("Widest gaps between the chain's levels: %1").replace("%1", ", ".join(wide))
                if wide else "")
        return Slide("gaps", "", self.tr("Where are we today? The chain's gaps"), body, grid=grid)

    def board(self, _focus: str) -> Slide:
        problems = {n.id: n for n in self.w.notes if n.phase == "problems" and n.kind == "problem"}
        votes = {nid: n.votes for nid, n in problems.items()}
        for n in problems.values():
            if n.group_id in problems:
                votes[n.group_id] += n.votes  # type: ignore[index]  # in problems: a key
        by_obstacle: dict[str | None, list[Note]] = {}
        for n in problems.values():
            if n.group_id not in problems:
                by_obstacle.setdefault(n.obstacle, []).append(n)
        cols = []
        for ob in [*(o.key for o in self.cat.obstacles), None]:
            on = by_obstacle.get(ob)
            if not on:
                continue
            on.sort(key=lambda n: (-votes[n.id], n.position, n.created_at))
            heading = self.cat.obstacle(ob).name(self.lang) if ob else self.tr("Not yet placed")
            cols.append(Column(breakable(heading), [self.card(n, votes[n.id]) for n in on],
                               bullets=False))
        return Slide("board", "", self.tr("Problems that hinder the good meeting"),
                     "" if cols else self.tr("No problems on the board yet."), cols, per_row=3)

    def card(self, n: Note, votes: int) -> str:
        """A problem's full text and its dots (at most 12 drawn, the number always)."""
        key = (n.text, n.participant_id, n.role, votes)
        text = self._texts.get(key)
        if text is None:
            dots = f"\n{'●' * min(votes, 12)}{'+' if votes > 12 else ''}  {votes}" if votes else ""
            text = self._texts[key] = self.note_text(n) + dots
        return text

    def commitment(self, c: Commitment) -> str:
        """What is to be done, and under it who and by when."""
        who = self.who(c.owner_participant_id, c.owner_role)
        line = " · ".join(x for x in (who, long_date(c.due_date) if c.due_date else "") if x)
        return breakable(c.what + (f"\n{line}" if line else ""))

    def commitments(self, _focus: str) -> Slide:
        entries = [self.commitment(c) for c in sorted(self.w.commitments, key=lambda c: c.position)]
        return Slide("commitments", "", self.tr("What we will do"),
                     "" if entries else self.tr("No commitments yet."),
                     [Column(self.tr("Commitments"), entries)] if entries else [], per_row=1)

    def followup(self, _focus: str) -> Slide:
        """The commitments by where they stand now: done first, what was dropped last."""
        named = status_names()
        names = {key: named[key] for key in ("done", "started", "planned", "dropped")}
        colours = {"done": theme.KIND_COLOURS["value"], "started": theme.ACCENT,
                   "planned": theme.MUTED, "dropped": theme.KIND_COLOURS["hinder"]}
        by_status: dict[str, list[str]] = {}
        for c in sorted(self.w.commitments, key=lambda c: c.position):
            text = self.commitment(c)
            last = c.history[-1] if c.history else None
            if last is not None and last.note:  # what the follow-up said, and when
                text += "\n" + breakable(f"{long_date(last.date)}: {last.note}")
            by_status.setdefault(c.status, []).append(text)
        cols = [Column(f"{names[s]} · {len(by_status[s])}", by_status[s], colours[s])
                for s in names if s in by_status]
        return Slide("followup", "", self.tr("Where our commitments stand"),
                     "" if cols else self.tr("No commitments yet."), cols, per_row=2)

    def closing(self, _focus: str) -> Slide:
        w = self.w
        counts = [
            self.tr("%1 things said about the good meeting").replace(
                "%1", str(len(w.notes_in("good_meeting")))),
            self.tr("%1 notes along the chain").replace("%1", str(len(w.notes_in("chain")))),
            self.tr("%1 problems mapped").replace(
                "%1", str(len(w.notes_in("problems", "problem")))),
            self.tr("%1 commitments").replace("%1", str(len(w.commitments))),
        ]
        if w.follow_up_date:
            counts.append(self.tr("We meet again on %1").replace("%1", long_date(w.follow_up_date)))
        return Slide("closing", "", self.tr("Thank you for today"), w.organisation,
                     [Column(self.tr("What the day gave"), counts)], per_row=1)
