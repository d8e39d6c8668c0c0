"""What the programme report shows, read from the roll-up database (its views and tables).

Reading the database, not the files, keeps the report quick for a thousand sessions and
makes it say exactly what Datasette shows."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

STATUSES = ("done", "started", "planned", "dropped", "late")


@dataclass(slots=True)
class Site:
    organisation: str
    sectors: str
    sessions: int
    first: str
    last: str
    participants: int
    followed_up: int


@dataclass(slots=True)
class Gap:
    """Means per (role, principle) with their counts, and each principle's spread."""

    means: dict[tuple[str, str], tuple[float, int]] = field(default_factory=dict)
    spreads: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class Problem:
    votes: int
    text: str
    obstacle: str | None
    chain_link: str | None
    sector: str
    organisation: str


@dataclass(slots=True)
class Programme:
    sessions: int
    sites: int
    first: str
    last: str
    participants: int
    site_rows: list[Site]
    gap: Gap
    obstacles: dict[str, dict[str, int]]  # sector -> obstacle -> problems
    problems: list[Problem]
    completion: dict[str, dict[str, int]]  # sector -> status -> commitments
    by_role: dict[str, dict[str, int]]  # owner's role -> status -> commitments
    sector_gaps: dict[str, Gap]
    sector_facts: dict[str, tuple[int, int, int]]  # sector -> sessions, sites, participants
    sector_problems: dict[str, list[Problem]]


def _query(conn: sqlite3.Connection, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
    return list(conn.execute(sql, args))


def _gap(conn: sqlite3.Connection, sector: str | None) -> Gap:
    where = "WHERE s.sector = ?" if sector else ""
    gap = Gap()
    for r in _query(conn, f"""
            SELECT r.principle, r.role, SUM(r.mean * r.n) / SUM(r.n) AS mean, SUM(r.n) AS n
            FROM ratings r JOIN sessions s ON s.id = r.session_id {where}
            GROUP BY r.principle, r.role""", (sector,) if sector else ()):
        gap.means[(r["role"], r["principle"])] = (r["mean"], r["n"])
    chain = {r["key"] for r in _query(conn, "SELECT key FROM roles WHERE chain_link = 1")}
    for principle in {p for _, p in gap.means}:
        values = [m for (role, p), (m, _) in gap.means.items() if p == principle and role in chain]
        if len(values) > 1:
            gap.spreads[principle] = max(values) - min(values)
    return gap


def _problems(conn: sqlite3.Connection, limit: int, sector: str | None = None) -> list[Problem]:
    where = "WHERE s.sector = ?" if sector else ""
    return [Problem(r["votes"], r["text"], r["obstacle"], r["chain_link"], r["sector"],
                    r["organisation"])
            for r in _query(conn, f"""
                SELECT p.votes, p.text, p.obstacle, p.chain_link, s.sector, s.organisation
                FROM problems p JOIN sessions s ON s.id = p.session_id {where}
                ORDER BY p.votes DESC, s.date, p.id LIMIT ?""",
                            ((sector,) if sector else ()) + (limit,))]


def read(database: Path, top: int = 25) -> Programme:
    conn = sqlite3.connect(f"{database.absolute().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        head = _query(conn, "SELECT COUNT(*) AS n, COUNT(DISTINCT organisation) AS sites, "
                            "MIN(date) AS first, MAX(date) AS last, "
                            "COALESCE(SUM(participants), 0) AS people FROM sessions")[0]
        sites = [Site(r["organisation"], r["sectors"], r["n"], r["first"], r["last"],
                      r["people"], r["followed"])
                 for r in _query(conn, """
                    SELECT organisation, GROUP_CONCAT(DISTINCT sector) AS sectors,
                           COUNT(*) AS n, MIN(date) AS first, MAX(date) AS last,
                           SUM(participants) AS people, SUM(followed_up) AS followed
                    FROM sessions GROUP BY organisation ORDER BY organisation""")]
        obstacles: dict[str, dict[str, int]] = {}
        for r in _query(conn, "SELECT sector, obstacle, problems FROM obstacles_by_sector"):
            obstacles.setdefault(r["sector"], {})[r["obstacle"]] = r["problems"]
        completion = {r["sector"]: {s: r[s] for s in STATUSES}
                      for r in _query(conn, "SELECT * FROM commitment_completion_by_sector")}
        by_role = {r["owner_role"]: {s: r[s] for s in STATUSES}
                   for r in _query(conn, "SELECT * FROM commitment_completion_by_role")}
        sectors = [r["sector"] for r in _query(
            conn, "SELECT DISTINCT s.sector FROM sessions s JOIN sectors o ON o.key = s.sector "
                  "ORDER BY o.position")]
        facts = {r["sector"]: (r["n"], r["sites"], r["people"]) for r in _query(conn, """
            SELECT sector, COUNT(*) AS n, COUNT(DISTINCT organisation) AS sites,
                   SUM(participants) AS people FROM sessions GROUP BY sector""")}
        return Programme(
            sessions=head["n"], sites=head["sites"], first=head["first"] or "",
            last=head["last"] or "", participants=head["people"], site_rows=sites,
            gap=_gap(conn, None), obstacles=obstacles, problems=_problems(conn, top),
            completion=completion, by_role=by_role,
            sector_gaps={s: _gap(conn, s) for s in sectors},
            sector_facts={s: facts[s] for s in sectors},
            sector_problems={s: _problems(conn, 8, s) for s in sectors})
    finally:
        conn.close()
