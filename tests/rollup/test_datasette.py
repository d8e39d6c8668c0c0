"""Datasette serves a roll-up with its metadata: the gap view and a canned query read as JSON
over HTTP give the numbers the database gives directly."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from tillitworkshop.rollup import roll_up_all

from .conftest import rows, write_sessions

pytest.importorskip("datasette")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str):
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


@pytest.fixture
def served(tmp_path):
    write_sessions(tmp_path / "in", 5)
    out = tmp_path / "programme.sqlite"
    roll_up_all([tmp_path / "in"], out, lang="en")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(out), "-m",
         str(tmp_path / "programme.metadata.json"), "-h", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60  # a bound on waiting, not a measurement
        while True:
            try:
                get(f"{base}/-/versions.json")
                break
            except (urllib.error.URLError, ConnectionError):
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"datasette did not start: {server.stderr.read().decode()}")
                # Waiting for the port to answer: a blocking connect attempt, no sleep.
                with socket.socket() as s:
                    s.settimeout(0.2)
                    s.connect_ex(("127.0.0.1", port))
        yield base, out
    finally:
        server.terminate()
        server.wait(timeout=10)
        server.stderr.close()


def test_the_gap_view_and_a_canned_query_over_http_match_the_database(served):
    base, out = served
    gap = get(f"{base}/programme/gap_by_principle_role.json?_shape=array&_size=max")
    assert gap == rows(out, "SELECT * FROM gap_by_principle_role")
    assert len(gap) > 20 and {"mean", "n", "sites", "spread_between_levels"} <= set(gap[0])
    kept = get(f"{base}/programme/commitments_kept.json?_shape=array")
    assert kept == rows(out, "SELECT sector, done, started, planned, dropped, late, total, "
                               "done_percent FROM commitment_completion_by_sector "
                               "ORDER BY done_percent DESC")
    assert kept
    meta = get(f"{base}/-/metadata.json")
    assert meta["title"].startswith("Besök Tillit") and meta["license"] == "CC BY 4.0"
    table = get(f"{base}/programme/problems.json?_size=0")  # the metadata's facets
    facets = table["facet_results"]
    facets = facets.get("results", facets)
    assert {"obstacle", "chain_link"} <= set(facets)
