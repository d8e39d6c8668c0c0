"""`tillitworkshop room SESSION` headless: JOIN line, a phone's post stored, SIGINT stops it."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys

import pytest

from tillitworkshop.store import Library
from tillitworkshop.store import room as store

from .conftest import client


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_room_serves_until_a_signal_and_leaves_notes_in_the_queue(data_dir, demo_id, lib, sig):
    lib.close()  # the command takes the library's lock
    proc = subprocess.Popen(
        [sys.executable, "-m", "tillitworkshop", "--data-dir", str(data_dir), "room", demo_id[:8],
         "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        line = proc.stdout.readline()
        assert line.startswith("JOIN http://127.0.0.1:"), line + proc.stderr.read()
        url = line.split()[1]

        async def phone():
            async with client() as session:
                async with session.get(url) as r:
                    assert r.status == 200
                origin = url.split("/j/")[0]
                async with session.post(url + "api/notes", headers={"Origin": origin}, json={
                        "id": "c1", "phase": "preparation", "kind": "note", "text": "x"}) as r:
                    refused = r.status
                async with session.get(url + "api/state") as r:
                    phase = (await r.json())["phase"]
                return refused, phase

        refused, phase = asyncio.run(phone())
        assert refused == 400 and phase == "closing"  # the demo is at its closing: no notes
    finally:
        proc.send_signal(sig)
        assert proc.wait(timeout=20) == 0, proc.stderr.read()
    with Library.open(data_dir) as again:
        assert store.pending(again, demo_id) == []


def test_a_note_posted_to_the_headless_room_waits_for_the_window(data_dir, demo_id, lib):
    from tillitworkshop.store.sessions import update_session

    update_session(lib, demo_id, current_phase="good_meeting")
    lib.close()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tillitworkshop", "--data-dir", str(data_dir), "room", demo_id],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        url = proc.stdout.readline().split()[1]

        async def phone():
            async with client() as session:
                async with session.get(url):
                    pass
                async with session.post(url + "api/notes", headers={
                        "Origin": url.split("/j/")[0]}, json={
                        "id": "c1", "phase": "good_meeting", "kind": "value",
                        "text": "<script>alert(1)</script>"}) as r:
                    return r.status

        assert asyncio.run(phone()) == 201
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=20) == 0
    with Library.open(data_dir) as again:
        assert [q.text for q in store.pending(again, demo_id)] == ["<script>alert(1)</script>"]
