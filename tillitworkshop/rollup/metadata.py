"""ROLLUP.metadata.json: what Datasette shows beside the roll-up (title, licence, table and
column descriptions, facets, and canned queries for the programme's questions), in the
roll-up's language. ``datasette ROLLUP.sqlite -m ROLLUP.metadata.json`` serves both."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from .. import __version__
from ..store.files import write_atomically
from .sources import metadata_path

SOURCE_URL = "https://www.regeringen.se/rattsliga-dokument/statens-offentliga-utredningar/2018/06/sou-201847/"
LICENSE, LICENSE_URL = "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"

# Each table's and view's description, then its columns': a column named in COLUMNS means
# the same wherever it is, SPECIFIC overrides it for one table. (Swedish, English)
TABLES: dict[str, tuple[str, str]] = {
    "sessions": ("En rad per Besök Tillit-dag (session).", "One row per Besök Tillit day (session)."),
    "ratings": ("Skattningar av principerna: medelvärde och antal per session, princip och roll.",
                "Ratings of the principles: mean and count per session, principle and role."),
    "relationships": ("Tillitsmarkering per relation i styrkedjan.",
                      "Trust mark per relationship in the chain."),
    "problems": ("Problemen som röstades fram, utan vem som skrev dem.",
                 "The problems voted on, without who wrote them."),
    "commitments": ("Åtagandena och deras senaste status, med ägarens roll (inte namn).",
                    "The commitments and their latest status, with the owner's role (not name)."),
    "roles": ("Rollerna i styrkedjan, i metodens ordning.", "The chain's roles, in the method's order."),
    "principles": ("De åtta principerna.", "The eight principles."),
    "obstacles": ("De sex hindren.", "The six obstacles."),
    "sectors": ("Sektorerna.", "The sectors."),
    "gap_by_principle_role": (
        "Glappet: princip × roll över alla platser (medelvärde, antal, platser, spridning).",
        "The gap: principle × role across sites (mean, count, sites, spread)."),
    "obstacles_by_sector": ("Hinder per sektor: problem, röster, platser.",
                            "Obstacles by sector: problems, votes, sites."),
    "commitment_completion_by_sector": (
        "Åtagandenas utfall vid uppföljningen per sektor (sessioner som följts upp).",
        "Commitment completion at follow-up by sector (sessions followed up)."),
    "commitment_completion_by_role": (
        "Åtagandenas utfall vid uppföljningen per ägarens roll (sessioner som följts upp).",
        "Commitment completion at follow-up by owner's role (sessions followed up)."),
}

COLUMNS: dict[str, tuple[str, str]] = {
    "id": ("Radens nyckel.", "The row's key."),
    "session_id": ("Sessionen (sessions.id).", "The session (sessions.id)."),
    "key": ("Nyckeln som används i de andra tabellerna.", "The key used in the other tables."),
    "position": ("Ordningen i metoden.", "The order in the method."),
    "name_sv": ("Namnet på svenska.", "The name in Swedish."),
    "name_en": ("Namnet på engelska.", "The name in English."),
    "chain_link": ("Länken i styrkedjan.", "The link of the chain."),
    "organisation": ("Organisationen som höll dagen.", "The organisation that held the day."),
    "sector": ("Sektor: hälso- och sjukvård, skola, omsorg eller annan.",
               "Sector: health care, school, care or other."),
    "date": ("Dagens datum.", "The day's date."),
    "place": ("Platsen.", "The place."),
    "follow_up_date": ("Datum för uppföljningen.", "The follow-up's date."),
    "followed_up": ("1 om status på åtaganden har registrerats efter dagen.",
                    "1 when commitments' statuses were recorded after the day."),
    "current_phase": ("Fasen sessionen stod i.", "The phase the session was in."),
    "phases_completed": ("Antal avslutade faser.", "How many phases were completed."),
    "phases_completed_list": ("De avslutade faserna (JSON).", "The completed phases (JSON)."),
    "participants": ("Antal deltagare.", "Number of participants."),
    "notes": ("Antal lappar.", "Number of notes."),
    "problems": ("Antal problem.", "Number of problems."),
    "commitments": ("Antal åtaganden.", "Number of commitments."),
    "changed_at": ("När sessionen senast ändrades.", "When the session last changed."),
    "principle": ("Principen.", "The principle."),
    "role": ("Rollen i styrkedjan.", "The role in the governance chain."),
    "mean": ("Medelvärde (1–5).", "Mean (1–5)."),
    "n": ("Antal skattningar.", "Number of ratings."),
    "relationship": ("Relationen i styrkedjan.", "The relationship in the chain."),
    "trust_mark": ("Tillit i relationen (1–5).", "Trust in the relationship (1–5)."),
    "obstacle": ("Hindret.", "The obstacle."),
    "votes": ("Röster.", "Votes."),
    "notes_grouped": ("Lappar grupperade under problemet.", "Notes grouped under it."),
    "text": ("Problemets text.", "The problem's text."),
    "principles": ("Kopplade principer (JSON).", "Linked principles (JSON)."),
    "owner_role": ("Ägarens roll.", "The owner's role."),
    "due_date": ("Klart senast.", "Due date."),
    "what": ("Åtagandet.", "The commitment."),
    "first_step": ("Första steget.", "The first step."),
    "indicator": ("Så vet vi att vi lyckats.", "How we will know."),
    "status": ("Senaste status.", "Latest status."),
    "status_date": ("Datum för senaste status.", "Date of the latest status."),
    "completion": ("done, started, planned, dropped eller late (försenat).",
                   "done, started, planned, dropped or late."),
    "sites": ("Antal platser (organisationer).", "Number of sites (organisations)."),
    "sessions": ("Antal sessioner.", "Number of sessions."),
    "spread_across_sites": ("Högsta minus lägsta sessionsmedelvärde i cellen.",
                            "Highest minus lowest session mean in the cell."),
    "spread_between_levels": ("Högsta minus lägsta rollmedelvärde för principen, bland "
                              "styrkedjans länkar.",
                              "Highest minus lowest role mean for the principle, among the "
                              "chain's links."),
    "done": ("Genomförda.", "Done."),
    "started": ("Påbörjade.", "Started."),
    "planned": ("Planerade.", "Planned."),
    "dropped": ("Avbrutna.", "Dropped."),
    "late": ("Försenade: planerade eller påbörjade, med slutdatum före uppföljningen.",
             "Late: planned or started, due before the follow-up."),
    "total": ("Alla åtaganden.", "All commitments."),
    "done_percent": ("Andel genomförda, procent.", "Share done, per cent."),
}

SPECIFIC: dict[tuple[str, str], tuple[str, str]] = {
    ("sessions", "id"): ("Sessionens nyckel i sammanställningen (en hash av när den skapades).",
                         "The session's key in the roll-up (a hash of its creation time)."),
    ("roles", "chain_link"): ("1 för styrkedjans länkar.", "1 for the links of the chain."),
    ("gap_by_principle_role", "chain_link"): ("1 om rollen är en länk i styrkedjan.",
                                              "1 when the role is a link of the chain."),
    ("gap_by_principle_role", "mean"): ("Medelvärde av alla skattningar (1–5).",
                                        "Mean of every rating (1–5)."),
    ("obstacles_by_sector", "problems"): ("Antal problem.", "Number of problems."),
}


def _column(table: str, column: str, i: int) -> str | None:
    if column.startswith("participants_") and table == "sessions":
        role = column.removeprefix("participants_")
        return f"Antal deltagare med rollen {role}." if i == 0 else f"Participants in the role {role}."
    words = SPECIFIC.get((table, column)) or COLUMNS.get(column)
    return words[i] if words else None


TEXT = {
    "title": ("Besök Tillit – sammanställning av programmets sessioner",
              "Besök Tillit – roll-up of the programme's sessions"),
    "description": (
        "Sessioner från Besök Tillit-dagar (SOU 2018:47) sammanställda av Tillit Workshop. "
        "Endast roller, inga namn: deltagare, enheter och vem som skrev vad finns inte med.",
        "Sessions of Besök Tillit days (SOU 2018:47) rolled up by Tillit Workshop. Roles only, "
        "no names: participants, units and who wrote what are left out."),
    "source": (f"Tillit Workshop {__version__}, sessionsfiler", f"Tillit Workshop {__version__}, session files"),
}

QUERIES: dict[str, tuple[tuple[str, str], tuple[str, str], str]] = {
    "largest_gaps": (
        ("Största glappen mellan nivåer", "Largest gaps between levels"),
        ("Principerna med störst spridning mellan rollerna i styrkedjan.",
         "The principles with the largest spread between the chain's roles."),
        "SELECT principle, MAX(spread_between_levels) AS spread_between_levels, "
        "MIN(mean) AS lowest_mean, MAX(mean) AS highest_mean, SUM(n) AS n "
        "FROM gap_by_principle_role GROUP BY principle ORDER BY spread_between_levels DESC"),
    "recurring_obstacles": (
        ("Återkommande hinder", "Recurring obstacles"),
        ("Hinder som tagits upp på flest platser, per sektor.",
         "Obstacles raised at the most sites, by sector."),
        "SELECT sector, obstacle, sites, problems, votes FROM obstacles_by_sector "
        "ORDER BY sites DESC, votes DESC"),
    "commitments_kept": (
        ("Hållna åtaganden", "Commitments kept"),
        ("Andel genomförda åtaganden vid uppföljningen, per sektor.",
         "Share of commitments done at follow-up, by sector."),
        "SELECT sector, done, started, planned, dropped, late, total, done_percent "
        "FROM commitment_completion_by_sector ORDER BY done_percent DESC"),
    "most_voted_problems": (
        ("Mest röstade problem", "Most-voted problems"),
        ("Problemen med flest röster över alla platser.", "The problems with most votes across sites."),
        "SELECT p.votes, p.text, p.obstacle, p.chain_link, s.sector, s.organisation "
        "FROM problems p JOIN sessions s ON s.id = p.session_id ORDER BY p.votes DESC LIMIT 50"),
}

FACETS = {"sessions": ["sector"], "problems": ["obstacle", "chain_link"],
          "commitments": ["owner_role", "completion"], "ratings": ["principle", "role"],
          "obstacles_by_sector": ["sector", "obstacle"],
          "gap_by_principle_role": ["principle", "role"]}


def metadata(database: str, lang: str, columns: dict[str, list[str]]) -> dict[str, Any]:
    """Datasette's metadata for the roll-up ``database`` whose tables and views have
    ``columns``, in ``lang``."""
    i = 0 if lang == "sv" else 1
    tables: dict[str, Any] = {}
    for table, names in columns.items():
        described = {c: text for c in names if (text := _column(table, c, i))}
        tables[table] = {"description": TABLES[table][i] if table in TABLES else "",
                         "columns": described}
    for table, facets in FACETS.items():
        tables[table]["facets"] = facets
    queries = {name: {"title": title[i], "description": description[i], "sql": sql}
               for name, (title, description, sql) in QUERIES.items()}
    return {
        "title": TEXT["title"][i], "description": TEXT["description"][i],
        "source": TEXT["source"][i], "source_url": SOURCE_URL,
        "license": LICENSE, "license_url": LICENSE_URL,
        "databases": {database: {"tables": tables, "queries": queries}},
    }


def write_metadata(output: Path, lang: str) -> Path:
    conn = sqlite3.connect(f"{output.absolute().as_uri()}?mode=ro", uri=True)
    try:
        names = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
            "AND name NOT LIKE 'sqlite_%' ORDER BY rowid")]
        columns = {n: [r[1] for r in conn.execute(f"PRAGMA table_info([{n}])")] for n in names}
    finally:
        conn.close()
    doc = metadata(output.stem, lang, columns)
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    return write_atomically(metadata_path(output), text.encode("utf-8"))
