"""The programme report (placeholder until the report is built)."""

from __future__ import annotations

from pathlib import Path


def write_report(database: Path, target: Path, lang: str) -> Path:
    raise NotImplementedError
