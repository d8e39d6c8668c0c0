"""ROLLUP.metadata.json: every table, view and column described, in the chosen language."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tillitworkshop.rollup import roll_up_all

from .conftest import write_sessions


@pytest.mark.parametrize("lang, words", [("sv", "Sessioner från Besök Tillit-dagar"),
                                         ("en", "Sessions of Besök Tillit days")])
def test_every_column_is_described_in_the_chosen_language(tmp_path, lang, words):
    write_sessions(tmp_path / "in", 2)
    out = tmp_path / "prog.sqlite"
    roll_up_all([tmp_path / "in"], out, lang=lang)
    meta = json.loads((tmp_path / "prog.metadata.json").read_text(encoding="utf-8"))
    assert meta["description"].startswith(words)
    assert meta["license"] and meta["source"] and meta["title"]
    tables = meta["databases"]["prog"]["tables"]
    conn = sqlite3.connect(out)
    try:
        names = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
            "AND name NOT LIKE 'sqlite_%'")]
        for name in names:
            assert tables[name]["description"], name
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({name})")]
            missing = [c for c in columns if not tables[name]["columns"].get(c)]
            assert missing == [], (name, missing)
        for query in meta["databases"]["prog"]["queries"].values():
            conn.execute(query["sql"]).fetchall()  # every canned query runs
    finally:
        conn.close()
    assert tables["problems"]["facets"] == ["obstacle", "chain_link"]
    assert "sector" in tables["sessions"]["facets"]
