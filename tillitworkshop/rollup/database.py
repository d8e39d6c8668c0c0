"""The roll-up database: tables, views and indexes (docs/rollup.md describes each).

Written whole on every run into a new file, so it needs no migrations: its
``PRAGMA user_version`` says which layout it has, for readers that care.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..content import Text, catalogue
from .rows import SessionRows, role_keys

USER_VERSION = 1
# "TiRu": a roll-up, not a library; the app refuses to open it as one.
APPLICATION_ID = 0x54695275


def _role_columns() -> str:
    return "".join(f"    participants_{r} INTEGER NOT NULL,\n" for r in role_keys())


def tables_sql() -> str:
    return f"""
CREATE TABLE roles (
    key TEXT PRIMARY KEY, position INTEGER NOT NULL, chain_link INTEGER NOT NULL,
    name_sv TEXT NOT NULL, name_en TEXT NOT NULL
);
CREATE TABLE principles (
    key TEXT PRIMARY KEY, position INTEGER NOT NULL, name_sv TEXT NOT NULL, name_en TEXT NOT NULL
);
CREATE TABLE obstacles (
    key TEXT PRIMARY KEY, position INTEGER NOT NULL, name_sv TEXT NOT NULL, name_en TEXT NOT NULL
);
CREATE TABLE sectors (
    key TEXT PRIMARY KEY, position INTEGER NOT NULL, name_sv TEXT NOT NULL, name_en TEXT NOT NULL
);
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    organisation TEXT NOT NULL,
    sector TEXT NOT NULL,
    date TEXT NOT NULL,
    place TEXT NOT NULL,
    follow_up_date TEXT,
    followed_up INTEGER NOT NULL,
    current_phase TEXT NOT NULL,
    phases_completed INTEGER NOT NULL,
    phases_completed_list TEXT NOT NULL,
    participants INTEGER NOT NULL,
{_role_columns()}    notes INTEGER NOT NULL,
    problems INTEGER NOT NULL,
    commitments INTEGER NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE TABLE ratings (
    session_id TEXT NOT NULL REFERENCES sessions(id),
    principle TEXT NOT NULL,
    role TEXT NOT NULL,
    mean REAL NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (session_id, principle, role)
);
CREATE TABLE relationships (
    session_id TEXT NOT NULL REFERENCES sessions(id),
    relationship TEXT NOT NULL,
    trust_mark INTEGER NOT NULL,
    PRIMARY KEY (session_id, relationship)
);
CREATE TABLE problems (
    id INTEGER PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id),
    obstacle TEXT,
    chain_link TEXT,
    votes INTEGER NOT NULL,
    notes_grouped INTEGER NOT NULL,
    text TEXT NOT NULL,
    principles TEXT NOT NULL
);
CREATE TABLE commitments (
    id INTEGER PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id),
    owner_role TEXT,
    due_date TEXT,
    what TEXT NOT NULL,
    first_step TEXT NOT NULL,
    indicator TEXT NOT NULL,
    status TEXT,
    status_date TEXT,
    completion TEXT NOT NULL,
    principles TEXT NOT NULL
);
"""


VIEWS_SQL = """
CREATE VIEW gap_by_principle_role AS
WITH cell AS (
    SELECT r.principle, r.role,
           ROUND(SUM(r.mean * r.n) / SUM(r.n), 2) AS mean,
           SUM(r.n) AS n,
           COUNT(DISTINCT s.organisation) AS sites,
           COUNT(*) AS sessions,
           ROUND(MAX(r.mean) - MIN(r.mean), 2) AS spread_across_sites
    FROM ratings r JOIN sessions s ON s.id = r.session_id GROUP BY r.principle, r.role
)
SELECT c.principle, c.role, o.chain_link, c.mean, c.n, c.sites, c.sessions,
       c.spread_across_sites,
       (SELECT ROUND(MAX(l.mean) - MIN(l.mean), 2) FROM cell l JOIN roles lo ON lo.key = l.role
        WHERE l.principle = c.principle AND lo.chain_link = 1) AS spread_between_levels
FROM cell c JOIN roles o ON o.key = c.role JOIN principles p ON p.key = c.principle
ORDER BY p.position, o.position;

CREATE VIEW obstacles_by_sector AS
SELECT s.sector, p.obstacle, COUNT(*) AS problems, SUM(p.votes) AS votes,
       COUNT(DISTINCT s.organisation) AS sites, COUNT(DISTINCT p.session_id) AS sessions
FROM problems p JOIN sessions s ON s.id = p.session_id
WHERE p.obstacle IS NOT NULL
GROUP BY s.sector, p.obstacle ORDER BY s.sector, problems DESC, p.obstacle;

CREATE VIEW commitment_completion_by_sector AS
SELECT s.sector,
       SUM(c.completion = 'done') AS done, SUM(c.completion = 'started') AS started,
       SUM(c.completion = 'planned') AS planned, SUM(c.completion = 'dropped') AS dropped,
       SUM(c.completion = 'late') AS late, COUNT(*) AS total,
       ROUND(100.0 * SUM(c.completion = 'done') / COUNT(*), 1) AS done_percent,
       COUNT(DISTINCT s.organisation) AS sites, COUNT(DISTINCT c.session_id) AS sessions
FROM commitments c JOIN sessions s ON s.id = c.session_id
WHERE s.followed_up = 1
GROUP BY s.sector ORDER BY s.sector;

CREATE VIEW commitment_completion_by_role AS
SELECT COALESCE(c.owner_role, '') AS owner_role,
       SUM(c.completion = 'done') AS done, SUM(c.completion = 'started') AS started,
       SUM(c.completion = 'planned') AS planned, SUM(c.completion = 'dropped') AS dropped,
       SUM(c.completion = 'late') AS late, COUNT(*) AS total,
       ROUND(100.0 * SUM(c.completion = 'done') / COUNT(*), 1) AS done_percent,
       COUNT(DISTINCT s.organisation) AS sites, COUNT(DISTINCT c.session_id) AS sessions
FROM commitments c JOIN sessions s ON s.id = c.session_id
WHERE s.followed_up = 1
GROUP BY COALESCE(c.owner_role, '') ORDER BY owner_role;
"""

# Made after the rows are in (faster than keeping them up to date row by row).
INDEXES_SQL = """
CREATE INDEX sessions_sector ON sessions(sector);
CREATE INDEX ratings_principle_role ON ratings(principle, role);
CREATE INDEX ratings_session ON ratings(session_id);
CREATE INDEX problems_session ON problems(session_id);
CREATE INDEX problems_obstacle ON problems(obstacle);
CREATE INDEX commitments_session ON commitments(session_id);
CREATE INDEX commitments_owner_role ON commitments(owner_role);
"""

LOOKUPS = ("roles", "principles", "obstacles", "sectors")
TABLES = ("sessions", "ratings", "relationships", "problems", "commitments")
VIEWS = ("gap_by_principle_role", "obstacles_by_sector", "commitment_completion_by_sector",
         "commitment_completion_by_role")


def _statements(script: str) -> list[str]:
    """The statements of ``script``, each whole (a view's own text holds no ';')."""
    return [part.strip() for part in script.split(";") if part.strip()]


class Writer:
    """Fills a new roll-up file in one transaction; ``replace`` takes a session out again
    when a newer version of it turns up later."""

    def __init__(self, path: Path):
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = OFF")  # a new file, renamed into place whole
        self.conn.execute("PRAGMA synchronous = OFF")  # fsynced once, at the end
        # A session replaced by a newer version leaves no text in free pages.
        self.conn.execute("PRAGMA secure_delete = ON")
        self.conn.executescript(tables_sql())
        self.conn.execute("BEGIN")
        self._lookups()
        width = len(role_keys())
        self._session = f"INSERT INTO sessions VALUES ({', '.join('?' * (15 + width))})"

    def _lookups(self) -> None:
        """The catalogue's keys with their names and order, to label and sort by."""
        cat = catalogue()
        self.conn.executemany("INSERT INTO roles VALUES (?, ?, ?, ?, ?)", [
            (r.key, i, int(r.chain_link), r.name.sv, r.name.en) for i, r in enumerate(cat.roles)])
        named: dict[str, list[tuple[str, Text]]] = {
            "principles": [(e.key, e.name) for e in cat.principles],
            "obstacles": [(e.key, e.name) for e in cat.obstacles],
            "sectors": [(e.key, e.name) for e in cat.sectors]}
        for table, entries in named.items():
            self.conn.executemany(f"INSERT INTO {table} VALUES (?, ?, ?, ?)", [
                (key, i, name.sv, name.en) for i, (key, name) in enumerate(entries)])

    def add(self, rows: SessionRows) -> None:
        c = self.conn
        c.execute(self._session, rows.session)
        c.executemany("INSERT INTO ratings VALUES (?, ?, ?, ?, ?)", rows.ratings)
        c.executemany("INSERT INTO relationships VALUES (?, ?, ?)", rows.relationships)
        c.executemany("INSERT INTO problems (session_id, obstacle, chain_link, votes, "
                      "notes_grouped, text, principles) VALUES (?, ?, ?, ?, ?, ?, ?)",
                      rows.problems)
        c.executemany("INSERT INTO commitments (session_id, owner_role, due_date, what, "
                      "first_step, indicator, status, status_date, completion, principles) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.commitments)

    def remove(self, key: str) -> None:
        for table in reversed(TABLES):
            column = "id" if table == "sessions" else "session_id"
            self.conn.execute(f"DELETE FROM {table} WHERE {column} = ?", [key])

    def finish(self) -> None:
        c = self.conn
        # One by one: executescript would commit the transaction first (Python 3.11).
        for statement in _statements(INDEXES_SQL + VIEWS_SQL):
            c.execute(statement)
        c.execute(f"PRAGMA user_version = {USER_VERSION}")
        c.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        c.execute("COMMIT")
        c.execute("ANALYZE")
        c.close()

    def abandon(self) -> None:
        """Close without keeping anything (the file is removed by the caller)."""
        try:
            self.conn.rollback()
        except sqlite3.Error:
            pass  # closed already, or no transaction left to roll back
        finally:
            self.conn.close()
