"""Undo and redo against a model: random edits of every kind in three sessions of one
library, each session undone and redone on its own stack, checked after every step.

The model is a list of snapshots per session: the content after each step on its
stack. An undo must give back the snapshot before the step, a redo the one after,
whatever the other sessions did in between; an edit past the history drops the
redo part, as the window's QUndoStack does. Beside the content, what undo must
never touch: where the day is (``current_phase``, set by navigation), the timers'
clocks (started and paused here, outside the history), and ``updated_at``, which
only moves forward.

Steps: about 2,000 in ``make test`` (derandomized: the same steps every run, so a
failure in CI is a failure on every machine), 100,000 with TILLIT_STRESS=1 (``make
stress``: random, new ground each run; hypothesis prints the failing steps).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from tests.reliability.counts import STRESS, count, report
from tillitworkshop.domain import ValidationError
from tillitworkshop.domain.model import PHASES
from tillitworkshop.store import (
    Library,
    agenda,
    commitments,
    notes,
    participants,
    ratings,
    sessions,
)
from tillitworkshop.store.read import load_workshop

EXAMPLES, STEPS = count(42, 1_050), count(50, 100)
PRINCIPLES = ("tillit", "kunskap", "helhetssyn", "oppenhet")
ROLES = ("medarbetare", "enhetschef", "politik")
OBSTACLES = ("ledarskap", "kompetens", "oppenhet")
RELATIONSHIPS = ("inom_forvaltning", "huvudman_forvaltning", "forvaltning_medborgare")
STATUSES = ("started", "done", "dropped")

session = st.integers(0, 2)
pick = st.integers(0, 1_000)  # which of the session's rows: taken modulo how many there are
text = st.sampled_from(("Tillit", "Möte ✓", "עברית", "Ett längre inlägg om uppföljning"))
principle_sets = st.lists(st.sampled_from(PRINCIPLES), max_size=3, unique=True).map(tuple)
positions = st.sampled_from((0.5, 1.0, 2.0, 1 / 3, 7.25))  # ties too: then rowid orders


def _fields(obj, names: str) -> tuple:
    return tuple(getattr(obj, n) for n in names.split())


CLOCK = "started_at ended_at running_since elapsed_seconds"
UNSTARTED = (None, None, None, 0.0)


def content(lib: Library, sid: str) -> tuple:
    """What undo gives back: everything but navigation, the clocks and updated_at.

    Rows of equal position, and a note's or commitment's links, are compared as sets:
    the store orders them by rowid, and a row an undo brings back gets a new rowid
    when another session's row took its old one meanwhile (test_undo.py checks that
    the order comes back when the rowid is free).
    """
    w = load_workshop(lib, sid)
    return (
        _fields(w, "organisation sector date place facilitators language follow_up_date "
                   "long_term_card vote_budget vote_mode created_at"),
        _sorted(_fields(p, "position id name role unit consent") for p in w.participants),
        _sorted(_fields(a, "position id phase title minutes") for a in w.agenda),
        _sorted((*_fields(n, "position id phase kind text chain_link relationship principle "
                             "obstacle signal group_id votes participant_id role created_at "
                             "updated_at"), sorted(n.principles)) for n in w.notes),
        _sorted(_fields(r, "id principle value role participant_id") for r in w.ratings),
        _sorted(_fields(m, "relationship strength") for m in w.relationship_marks),
        _sorted((*_fields(c, "position id what owner_participant_id owner_role due_date "
                             "first_step indicator"),
                 sorted(c.problem_ids), sorted(c.principles),
                 [_fields(h, "status date note recorded_at") for h in c.history])
                for c in w.commitments),
    )


def _sorted(rows) -> list:
    return sorted(rows, key=lambda row: row[:2])  # (position, id), or (id, ...): unique


class Entry:
    """One step on a stack, as the window's StoreCommand holds it."""

    def __init__(self, change):
        self.change = change  # reverting it undoes the step
        self.inverse = None  # reverting it redoes the step (after an undo)


class UndoModel(RuleBasedStateMachine):
    @initialize()
    def open_library(self):
        self.folder = Path(tempfile.mkdtemp(prefix="tillit-undo-model-"))
        self.lib = Library.open(self.folder, backup=False)
        self.sids = [sessions.create_session(self.lib, org, "skola", "2026-03-12").session_id
                     for org in ("Lövhälla kommun", "Ekby region", "Norrvik stad")]
        self.stacks = {sid: [] for sid in self.sids}
        self.index = {sid: 0 for sid in self.sids}
        self.snapshots = {sid: [content(self.lib, sid)] for sid in self.sids}
        self.phase = {sid: "preparation" for sid in self.sids}
        self.clocks = {sid: self._clocks(sid) for sid in self.sids}
        self.updated = {sid: "" for sid in self.sids}
        self.steps = -1  # the invariant counts the steps: it also runs once after this
        self.pushed = 0

    def teardown(self):
        if hasattr(self, "lib"):
            try:
                assert self.lib.check()[0].ok, self.lib.check()[0].problems
            finally:
                self.lib.close()
                shutil.rmtree(self.folder, ignore_errors=True)
                UndoModel.total_steps += self.steps
                UndoModel.total_pushed += self.pushed

    total_steps = total_pushed = 0

    # Helpers

    def _ids(self, s: int, sql: str) -> list[str]:
        return [r[0] for r in self.lib.conn.execute(sql, [self.sids[s]])]

    def _one(self, s: int, table: str, i: int, where: str = "") -> str | None:
        ids = self._ids(s, f"SELECT id FROM {table} WHERE session_id = ? {where} ORDER BY rowid")
        return ids[i % len(ids)] if ids else None

    def _clocks(self, sid: str) -> dict:
        return {a.id: _fields(a, CLOCK) for a in load_workshop(self.lib, sid).agenda}

    def _edit(self, s: int, operation) -> None:
        """Run an edit; a step on the session's stack unless it had nothing to undo."""
        sid = self.sids[s]
        try:
            change = operation()
        except ValidationError:
            return  # refused: nothing stored (the invariant checks it)
        assert change.session_id == sid
        if not change.undo:
            return  # nothing changed that undo would give back (the invariant checks it)
        at = self.index[sid]
        del self.stacks[sid][at:]
        del self.snapshots[sid][at + 1:]
        self.stacks[sid].append(Entry(change))
        self.snapshots[sid].append(content(self.lib, sid))
        self.index[sid] = at + 1
        self.pushed += 1

    # Notes

    @rule(s=session, phase=st.sampled_from(("good_meeting", "chain", "problems")), words=text,
          principles=principle_sets, who=pick, attributed=st.booleans())
    def add_note(self, s, phase, words, principles, who, attributed):
        kind = {"good_meeting": "value", "chain": "need", "problems": "problem"}[phase]
        pid = self._one(s, "participants", who) if attributed else None
        self._edit(s, lambda: notes.add_note(self.lib, self.sids[s], phase, kind, words,
                                             principles=principles, participant_id=pid))

    @rule(s=session, i=pick, words=text, principles=st.none() | principle_sets)
    def update_note(self, s, i, words, principles):
        if (nid := self._one(s, "notes", i)):
            self._edit(s, lambda: notes.update_note(self.lib, nid, text=words,
                                                    principles=principles))

    @rule(s=session, i=pick, position=positions, obstacle=st.sampled_from(OBSTACLES))
    def move_note(self, s, i, position, obstacle):
        if (nid := self._one(s, "notes", i)):
            self._edit(s, lambda: notes.move_note(self.lib, nid, position, obstacle=obstacle))

    @rule(s=session, i=pick, delta=st.integers(-2, 3))
    def vote(self, s, i, delta):
        if (nid := self._one(s, "notes", i)):
            self._edit(s, lambda: notes.vote(self.lib, nid, delta))

    @rule(s=session, i=pick, j=pick)
    def group(self, s, i, j):
        target, member = self._one(s, "notes", i), self._one(s, "notes", j)
        if target and member:
            self._edit(s, lambda: notes.group_notes(self.lib, target, [member]))

    @rule(s=session, i=pick)
    def ungroup(self, s, i):
        if (nid := self._one(s, "notes", i, "AND group_id IS NOT NULL")):
            self._edit(s, lambda: notes.ungroup_note(self.lib, nid))

    @rule(s=session, i=pick)
    def delete_note(self, s, i):
        if (nid := self._one(s, "notes", i)):
            self._edit(s, lambda: notes.delete_note(self.lib, nid))

    # The roster, ratings and trust marks

    @rule(s=session, name=text, role=st.sampled_from(ROLES))
    def add_participant(self, s, name, role):
        self._edit(s, lambda: participants.add_participant(self.lib, self.sids[s], name, role))

    @rule(s=session, i=pick, consent=st.booleans(), position=positions)
    def update_participant(self, s, i, consent, position):
        if (pid := self._one(s, "participants", i)):
            self._edit(s, lambda: participants.update_participant(
                self.lib, pid, consent=consent, position=position))

    @rule(s=session, i=pick)
    def delete_participant(self, s, i):  # cascades: ratings go, notes and owners set null
        if (pid := self._one(s, "participants", i)):
            self._edit(s, lambda: participants.delete_participant(self.lib, pid))

    @rule(s=session, principle=st.sampled_from(PRINCIPLES), value=st.none() | st.integers(1, 5),
          who=st.none() | pick, role=st.sampled_from(ROLES))
    def rate(self, s, principle, value, who, role):
        pid = None if who is None else self._one(s, "participants", who)
        owner = {"participant_id": pid} if pid else {"role": role}
        self._edit(s, lambda: ratings.rate(self.lib, self.sids[s], principle, value, **owner))

    @rule(s=session, relationship=st.sampled_from(RELATIONSHIPS),
          strength=st.none() | st.integers(1, 5))
    def mark(self, s, relationship, strength):
        self._edit(s, lambda: ratings.set_relationship_strength(
            self.lib, self.sids[s], relationship, strength))

    # Commitments

    @rule(s=session, what=text, problem=st.none() | pick, principles=principle_sets,
          owner=st.none() | pick)
    def add_commitment(self, s, what, problem, principles, owner):
        problems = () if problem is None else tuple(filter(None, [self._one(s, "notes", problem)]))
        pid = None if owner is None else self._one(s, "participants", owner)
        self._edit(s, lambda: commitments.add_commitment(
            self.lib, self.sids[s], what, problems=problems, principles=principles,
            owner_participant_id=pid, owner_role=None if pid else "enhetschef",
            due_date="2026-06-30"))

    @rule(s=session, i=pick, what=text, problem=st.none() | pick,
          principles=st.none() | principle_sets)
    def update_commitment(self, s, i, what, problem, principles):
        if (cid := self._one(s, "commitments", i)):
            problems = None if problem is None else \
                tuple(filter(None, [self._one(s, "notes", problem)]))
            self._edit(s, lambda: commitments.update_commitment(
                self.lib, cid, what=what, problems=problems, principles=principles))

    @rule(s=session, i=pick, status=st.sampled_from(STATUSES))
    def set_status(self, s, i, status):
        if (cid := self._one(s, "commitments", i)):
            self._edit(s, lambda: commitments.set_status(self.lib, cid, status, "2026-04-01"))

    @rule(s=session, i=pick)
    def delete_commitment(self, s, i):
        if (cid := self._one(s, "commitments", i)):
            self._edit(s, lambda: commitments.delete_commitment(self.lib, cid))

    # The agenda and the session's own fields

    @rule(s=session, title=text, minutes=st.integers(0, 90))
    def add_item(self, s, title, minutes):
        self._edit(s, lambda: agenda.add_item(self.lib, self.sids[s], title, minutes))

    @rule(s=session, i=pick, title=text, position=positions)
    def update_item(self, s, i, title, position):
        if (item := self._one(s, "agenda_items", i)):
            self._edit(s, lambda: agenda.update_item(self.lib, item, title=title,
                                                     position=position))

    @rule(s=session, i=pick)
    def delete_item(self, s, i):
        if (item := self._one(s, "agenda_items", i)):
            self._edit(s, lambda: agenda.delete_item(self.lib, item))

    @rule(s=session, place=text, budget=st.integers(1, 10))
    def update_session(self, s, place, budget):
        self._edit(s, lambda: sessions.update_session(self.lib, self.sids[s], place=place,
                                                      vote_budget=budget))

    # Outside the history: navigation and the clocks

    @rule(s=session, phase=st.sampled_from(PHASES))
    def navigate(self, s, phase):
        sid = self.sids[s]
        assert sessions.update_session(self.lib, sid, current_phase=phase).undo == ()
        self.phase[sid] = phase

    @rule(s=session, i=pick, minute=st.integers(0, 59))
    def start_or_pause(self, s, i, minute):
        if (item := self._one(s, "agenda_items", i)):
            sid, at = self.sids[s], f"2026-03-12T10:{minute:02d}:00+01:00"
            running = self.lib.conn.execute("SELECT running_since FROM agenda_items WHERE id = ?",
                                            [item]).fetchone()[0]
            operation = agenda.pause_timer if running else agenda.start_timer
            assert operation(self.lib, item, at=at).undo == ()
            self.clocks[sid].update(self._clocks(sid))  # deleted items keep theirs

    # Undo and redo, each session on its own stack

    @rule(s=session)
    def undo(self, s):
        sid = self.sids[s]
        if self.index[sid] > 0:
            entry = self.stacks[sid][self.index[sid] - 1]
            entry.inverse = self.lib.revert(entry.change)
            self.index[sid] -= 1

    @rule(s=session)
    def redo(self, s):
        sid = self.sids[s]
        if self.index[sid] < len(self.stacks[sid]):
            entry = self.stacks[sid][self.index[sid]]
            entry.change = self.lib.revert(entry.inverse)
            self.index[sid] += 1

    # After every step, every session

    @invariant()
    def each_session_holds_its_model(self):
        self.steps += 1
        for sid in self.sids:
            assert content(self.lib, sid) == self.snapshots[sid][self.index[sid]]
            w = load_workshop(self.lib, sid)
            assert w.current_phase == self.phase[sid]
            for a in w.agenda:  # an item added since starts at zero; one deleted keeps its clock
                assert _fields(a, CLOCK) == self.clocks[sid].setdefault(a.id, UNSTARTED)
            assert w.updated_at >= self.updated[sid]
            self.updated[sid] = w.updated_at


UndoModel.TestCase.settings = settings(
    max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None, derandomize=not STRESS,
    database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def test_undo_matches_the_model():
    UndoModel.total_steps = UndoModel.total_pushed = 0
    UndoModel.TestCase().runTest()
    report("undo model", examples=EXAMPLES, steps=UndoModel.total_steps,
           undo_steps_pushed=UndoModel.total_pushed)
