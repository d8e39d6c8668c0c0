"""Fixtures for the roll-up: a programme's session files, made from the demo (bench/programme.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.programme import sessions
from tillitworkshop.cli import main


def write_sessions(folder: Path, count: int, start: int = 0, **kwargs) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, doc in enumerate(sessions(start + count, participants=kwargs.get("participants", 12),
                                     notes=kwargs.get("notes", 30))):
        if i < start:
            continue
        path = folder / f"session-{i:03d}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def programme(tmp_path) -> Path:
    """Six sessions' .json files in a folder (and a subfolder: searched recursively)."""
    folder = tmp_path / "programme"
    write_sessions(folder, 4)
    write_sessions(folder / "autumn", 2, start=4)
    return folder


def run(*args: object) -> int:
    return main(["rollup", *map(str, args)])


def rows(db, sql: str) -> list[dict]:
    """The rows of ``sql`` on the roll-up database ``db``, each as a dict."""
    import sqlite3

    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql)]
    finally:
        conn.close()
