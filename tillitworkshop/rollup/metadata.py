"""ROLLUP.metadata.json: what Datasette shows beside the roll-up (title, licence, table and
column descriptions, facets, and canned queries for the programme's questions), in the
roll-up's language. ``datasette ROLLUP.sqlite -m ROLLUP.metadata.json`` serves both."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .. import __version__
from ..store.files import write_atomically
from .rows import role_keys
from .sources import metadata_path

SOURCE_URL = "https://www.regeringen.se/rattsliga-dokument/statens-offentliga-utredningar/2018/06/sou-201847/"
LICENSE, LICENSE_URL = "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"

# (table, column or "" for the table itself) -> (Swedish, English)
DESCRIPTIONS: dict[tuple[str, str], tuple[str, str]] = {
    ("sessions", ""): ("En rad per Besök Tillit-dag (session).", "One row per Besök Tillit day (session)."),
    ("sessions", "id"): ("Sessionens nyckel i sammanställningen.", "The session's key in the roll-up."),
    ("sessions", "organisation"): ("Organisationen som höll dagen.", "The organisation that held the day."),
    ("sessions", "sector"): ("Verksamhet: skola, omsorg, hälso- och sjukvård eller annan.",
                             "Sector: school, care, health care or other."),
    ("sessions", "date"): ("Dagens datum.", "The day's date."),
    ("sessions", "place"): ("Platsen.", "The place."),
    ("sessions", "follow_up_date"): ("Datum för uppföljningen.", "The follow-up's date."),
    ("sessions", "followed_up"): ("1 om status på åtaganden har registrerats efter dagen.",
                                  "1 when commitments' statuses were recorded after the day."),
    ("sessions", "current_phase"): ("Fasen sessionen stod i.", "The phase the session was in."),
    ("sessions", "phases_completed"): ("Antal avslutade faser.", "How many phases were completed."),
    ("sessions", "phases_completed_list"): ("De avslutade faserna (JSON).", "The completed phases (JSON)."),
    ("sessions", "participants"): ("Antal deltagare.", "Number of participants."),
    ("sessions", "notes"): ("Antal lappar.", "Number of notes."),
    ("sessions", "problems"): ("Antal problem.", "Number of problems."),
    ("sessions", "commitments"): ("Antal åtaganden.", "Number of commitments."),
    ("sessions", "changed_at"): ("När sessionen senast ändrades.", "When the session last changed."),
    ("ratings", ""): ("Skattningar av principerna: medelvärde och antal per session, princip och roll.",
                      "Ratings of the principles: mean and count per session, principle and role."),
    ("ratings", "principle"): ("Principen.", "The principle."),
    ("ratings", "role"): ("Rollen i styrkedjan.", "The role in the governance chain."),
    ("ratings", "mean"): ("Medelvärde (1–5).", "Mean (1–5)."),
    ("ratings", "n"): ("Antal skattningar.", "Number of ratings."),
    ("relationships", ""): ("Tillitsmarkering per relation i styrkedjan.", "Trust mark per relationship in the chain."),
    ("relationships", "trust_mark"): ("Tillit i relationen (1–5).", "Trust in the relationship (1–5)."),
    ("problems", ""): ("Problemen som röstades fram, utan vem som skrev dem.",
                       "The problems voted on, without who wrote them."),
    ("problems", "obstacle"): ("Hindret problemet hör till.", "The obstacle the problem belongs to."),
    ("problems", "chain_link"): ("Länken i styrkedjan.", "The link of the chain."),
    ("problems", "votes"): ("Röster.", "Votes."),
    ("problems", "notes_grouped"): ("Lappar grupperade under problemet.", "Notes grouped under it."),
    ("problems", "text"): ("Problemets text.", "The problem's text."),
    ("problems", "principles"): ("Kopplade principer (JSON).", "Linked principles (JSON)."),
    ("commitments", ""): ("Åtagandena och deras senaste status, med ägarens roll (inte namn).",
                          "The commitments and their latest status, with the owner's role (not name)."),
    ("commitments", "owner_role"): ("Ägarens roll.", "The owner's role."),
    ("commitments", "due_date"): ("Klart senast.", "Due date."),
    ("commitments", "what"): ("Åtagandet.", "The commitment."),
    ("commitments", "first_step"): ("Första steget.", "The first step."),
    ("commitments", "indicator"): ("Hur vi ser att det fungerar.", "How we see that it works."),
    ("commitments", "status"): ("Senaste status.", "Latest status."),
    ("commitments", "status_date"): ("Datum för senaste status.", "Date of the latest status."),
    ("commitments", "completion"): ("done, started, planned, dropped eller late (försenat).",
                                    "done, started, planned, dropped or late."),
    ("commitments", "principles"): ("Kopplade principer (JSON).", "Linked principles (JSON)."),
    ("gap_by_principle_role", ""): (
        "Glappet: princip × roll över alla platser (medelvärde, antal, platser, spridning).",
        "The gap: principle × role across sites (mean, count, sites, spread)."),
    ("gap_by_principle_role", "spread_across_sites"): (
        "Högsta minus lägsta platsmedelvärde i cellen.", "Highest minus lowest site mean in the cell."),
    ("gap_by_principle_role", "spread_between_levels"): (
        "Högsta minus lägsta rollmedelvärde för principen.",
        "Highest minus lowest role mean for the principle."),
    ("obstacles_by_sector", ""): ("Hinder per verksamhet: problem, röster, platser.",
                                  "Obstacles by sector: problems, votes, sites."),
    ("commitment_completion_by_sector", ""): (
        "Åtagandenas utfall vid uppföljningen per verksamhet.",
        "Commitment completion at follow-up by sector."),
    ("commitment_completion_by_role", ""): (
        "Åtagandenas utfall vid uppföljningen per ägarens roll.",
        "Commitment completion at follow-up by owner's role."),
}

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
        ("Hinder som tagits upp på flest platser, per verksamhet.",
         "Obstacles raised at the most sites, by sector."),
        "SELECT sector, obstacle, sites, problems, votes FROM obstacles_by_sector "
        "ORDER BY sites DESC, votes DESC"),
    "commitments_kept": (
        ("Hållna åtaganden", "Commitments kept"),
        ("Andel genomförda åtaganden vid uppföljningen, per verksamhet.",
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


def metadata(database: str, lang: str) -> dict[str, Any]:
    i = 0 if lang == "sv" else 1
    tables: dict[str, Any] = {}
    for (table, column), words in DESCRIPTIONS.items():
        entry = tables.setdefault(table, {"columns": {}})
        if column:
            entry["columns"][column] = words[i]
        else:
            entry["description"] = words[i]
    for role in role_keys():
        tables["sessions"]["columns"][f"participants_{role}"] = (
            f"Antal deltagare med rollen {role}." if i == 0 else f"Participants in the role {role}.")
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
    doc = metadata(output.stem, lang)
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    return write_atomically(metadata_path(output), text.encode("utf-8"))
