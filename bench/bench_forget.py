"""Forgetting a person in a 2,000-note library with 10 backups (issue 22).

The forget rewrites the library (checkpoint, VACUUM) and every backup (read into memory,
changed, vacuumed into a new file). The floor is what a facilitator's machine does anyway:
taking the same number of backups (11 ``VACUUM INTO``) of the same library. Each round
starts from a copy of the same folder.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from .stats import line, median

ROUNDS = 5
BACKUPS = 10


def prepare(tmp: Path) -> tuple[Path, str, str]:
    from bench.bench_store import big_document
    from tillitworkshop.store import Library
    from tillitworkshop.store.interchange import import_document
    from tillitworkshop.store.sessions import update_session

    folder = tmp / "template"
    with Library.open(folder, backup=False) as lib:
        sid = import_document(lib, big_document(2000)).session_id
        for i in range(BACKUPS):
            update_session(lib, sid, place=f"Rum {i}")
            lib.backup()
        pid = lib.query_one("SELECT id FROM participants WHERE session_id = ? LIMIT 1",
                            [sid])["id"]  # type: ignore[index]
    return folder, sid, pid


def forget_times(tmp: Path) -> list[str]:
    from tillitworkshop.store import Library
    from tillitworkshop.store.forget import forget

    template, sid, pid = prepare(tmp)
    ours, floor, rewritten = [], [], 0
    for i in range(ROUNDS):
        folder = tmp / f"round{i}"
        shutil.copytree(template, folder)
        lib = Library.open(folder, backup=False)
        try:
            start = time.perf_counter()
            for _ in range(BACKUPS + 1):
                lib.backup()
            floor.append(time.perf_counter() - start)
        finally:
            lib.close()
        shutil.rmtree(folder)
        shutil.copytree(template, folder)
        lib = Library.open(folder, backup=False)
        try:
            start = time.perf_counter()
            report = forget(lib, sid, pid)
            ours.append(time.perf_counter() - start)
            rewritten = report.count("rewritten")
        finally:
            lib.close()
        shutil.rmtree(folder)
    return [line(f"forget: 2,000 notes, {rewritten} backups rewritten", median(ours),
                 median(floor), f"floor: {BACKUPS + 1} backups taken")]


def run() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="tillit-bench-forget-") as tmp:
        return ["Forget a person (issue 22)", *forget_times(Path(tmp))]


if __name__ == "__main__":
    print("\n".join(run()), flush=True)
