"""The migrations that build the library's schema (sqlite-utils ``Migrations``), in order.

Add a migration at the end, never edit a shipped one, raise ``SCHEMA_VERSION``
in ``schema.py`` to the new count, and add a fixture library for it to the tests.
Only opening a library that needs them imports this module (and sqlite-utils
with it): see ``schema.migrate``.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("tillitworkshop")


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    for statement in _INITIAL_SQL.split(";\n"):
        if statement.strip():
            db.execute(statement)


_INITIAL_SQL = """
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    organisation TEXT NOT NULL,
    sector TEXT NOT NULL,
    date TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    facilitators TEXT NOT NULL DEFAULT '[]',
    language TEXT NOT NULL DEFAULT 'sv',
    follow_up_date TEXT,
    long_term_card INTEGER NOT NULL DEFAULT 0,
    vote_budget INTEGER NOT NULL DEFAULT 3,
    current_phase TEXT NOT NULL DEFAULT 'preparation',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE participants (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    consent INTEGER NOT NULL DEFAULT 0,
    position REAL NOT NULL DEFAULT 0
);
CREATE INDEX participants_session ON participants(session_id, position);
CREATE TABLE agenda_items (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    phase TEXT,
    title TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    position REAL NOT NULL DEFAULT 0,
    started_at TEXT,
    ended_at TEXT,
    running_since TEXT,
    elapsed_seconds REAL NOT NULL DEFAULT 0
);
CREATE INDEX agenda_session ON agenda_items(session_id, position);
CREATE TABLE notes (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    phase TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    chain_link TEXT,
    relationship TEXT,
    principle TEXT,
    obstacle TEXT,
    signal TEXT,
    group_id TEXT REFERENCES notes(id) ON DELETE SET NULL,
    votes INTEGER NOT NULL DEFAULT 0,
    participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
    role TEXT,
    position REAL NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX notes_session ON notes(session_id, phase, position);
CREATE INDEX notes_group ON notes(group_id);
CREATE INDEX notes_participant ON notes(participant_id);
CREATE TABLE note_principles (
    note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    principle TEXT NOT NULL,
    PRIMARY KEY (note_id, principle)
);
CREATE TABLE ratings (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    principle TEXT NOT NULL,
    value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),
    role TEXT,
    participant_id TEXT REFERENCES participants(id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX ratings_by_participant
    ON ratings(session_id, principle, participant_id) WHERE participant_id IS NOT NULL;
CREATE UNIQUE INDEX ratings_by_role
    ON ratings(session_id, principle, role) WHERE participant_id IS NULL;
CREATE INDEX ratings_participant ON ratings(participant_id);
CREATE TABLE relationship_marks (
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    relationship TEXT NOT NULL,
    strength INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 5),
    PRIMARY KEY (session_id, relationship)
);
CREATE TABLE commitments (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    what TEXT NOT NULL,
    owner_participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
    owner_role TEXT,
    due_date TEXT,
    first_step TEXT NOT NULL DEFAULT '',
    indicator TEXT NOT NULL DEFAULT '',
    position REAL NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX commitments_session ON commitments(session_id, position);
CREATE INDEX commitments_owner ON commitments(owner_participant_id);
CREATE TABLE commitment_problems (
    commitment_id TEXT NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    PRIMARY KEY (commitment_id, note_id)
);
CREATE INDEX commitment_problems_note ON commitment_problems(note_id);
CREATE TABLE commitment_principles (
    commitment_id TEXT NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    principle TEXT NOT NULL,
    PRIMARY KEY (commitment_id, principle)
);
CREATE TABLE commitment_status (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    commitment_id TEXT NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    date TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
);
CREATE INDEX commitment_status_commitment ON commitment_status(commitment_id, id)
"""

@migrations(name="0002_vote_mode")
def _vote_mode(db: Database) -> None:
    # The dot budget is per participant ("participant") or one budget for the room ("session").
    db.execute("ALTER TABLE sessions ADD COLUMN vote_mode TEXT NOT NULL DEFAULT 'participant'")


@migrations(name="0003_drafts_and_insights")
def _drafts_and_insights(db: Database) -> None:
    # What was typed into an entry line or form and not yet submitted, per session and
    # field (store/drafts.py). Not content: no undo, not in exports; gone with its session.
    db.execute("""CREATE TABLE drafts (
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    text TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (session_id, field)
)""")
    # The insights on building trust (catalogue keys) a commitment draws on.
    db.execute("""CREATE TABLE commitment_insights (
    commitment_id TEXT NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    insight TEXT NOT NULL,
    PRIMARY KEY (commitment_id, insight)
)""")


@migrations(name="0004_privacy")
def _privacy(db: Database) -> None:
    # forgotten: who was forgotten, by id only (never their name), and whether copies of the
    # library (backups, set-aside files) still hold them: the marker a killed forget is
    # finished from. exports: every export made of a session (the export log), and
    # export_participants the participants each one named.
    for statement in _PRIVACY_SQL.split(";\n"):
        if statement.strip():
            db.execute(statement)


_PRIVACY_SQL = """
CREATE TABLE forgotten (
    participant_id TEXT PRIMARY KEY REFERENCES participants(id) ON DELETE CASCADE,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    notes_deleted INTEGER NOT NULL DEFAULT 0,
    forgotten_at TEXT NOT NULL,
    copies_pending INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX forgotten_session ON forgotten(session_id);
CREATE TABLE exports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    language TEXT,
    file_name TEXT NOT NULL,
    named INTEGER NOT NULL DEFAULT 0,
    exported_at TEXT NOT NULL
);
CREATE INDEX exports_session ON exports(session_id, id);
CREATE TABLE export_participants (
    export_id INTEGER NOT NULL REFERENCES exports(id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    PRIMARY KEY (export_id, participant_id)
);
CREATE INDEX export_participants_participant ON export_participants(participant_id)
"""
