"""Importing within limits: what is not a regular file, or too much, is refused before it is
read, and every message stays short, whatever the file holds."""

from __future__ import annotations

import json
import os
import sqlite3
import sys

import pytest

from tillitworkshop.domain.validation import MAX_TEXT
from tillitworkshop.store import ImportRejected, reading
from tillitworkshop.store.demo import demo_document
from tillitworkshop.store.document_check import not_json
from tillitworkshop.store.portable import export_portable, import_session
from tillitworkshop.store.sessions import list_sessions, resolve_session

# A message is a header naming the file and a line per field, each quoting at most ~85
# characters of a value: far under this for one error.
SHORT = 1000


def refusal(lib, path) -> str:
    with pytest.raises(ImportRejected) as refused:
        import_session(lib, path)
    assert list_sessions(lib) == []
    return str(refused.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX pipes")
def test_a_pipe_is_refused_without_waiting_for_a_writer(lib, tmp_path):
    pipe = tmp_path / "session.json"
    os.mkfifo(pipe)
    assert "not a regular file" in refusal(lib, pipe)


def test_a_folder_is_refused(lib, tmp_path):
    assert "is a folder" in refusal(lib, tmp_path)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="a POSIX device")
def test_the_zero_device_is_refused_without_reading_it(lib):
    assert "not a regular file" in refusal(lib, "/dev/zero")


def test_an_oversized_file_is_refused_without_reading_it(lib, tmp_path, monkeypatch):
    big = tmp_path / "big.json"
    with open(big, "wb") as f:
        f.truncate(50 * 2**30)  # sparse: 50 GB that take no room

    def no_reading(*args):
        raise AssertionError("read")

    monkeypatch.setattr(reading.os, "open", no_reading)
    message = refusal(lib, big)
    assert "53,687,091,200 bytes; the limit is 67,108,864 (64 MB)" in message


def test_a_huge_value_is_quoted_short_with_its_length(lib, tmp_path):
    doc = demo_document()
    doc["notes"][0]["kind"] = "k" * 900_000
    path = tmp_path / "s.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    message = refusal(lib, path)
    assert len(message) < SHORT and "(900,000 characters)" in message


def test_a_text_longer_than_any_field_is_refused_before_the_schema(lib, tmp_path):
    """jsonschema's own messages quote a value whole: a 5 MB value never reaches it."""
    doc = demo_document()
    doc["notes"][0]["kind"] = "k" * 5_000_000
    doc["notes"][1]["text"] = "x" * 5_000_000
    doc["notes"][2]["k" * 5_000_000] = 1
    path = tmp_path / "s.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    message = refusal(lib, path)
    assert len(message) < SHORT
    assert "notes[0].kind: is 5,000,000 characters long" in message
    assert "notes[1].text: is 5,000,000 characters long" in message
    assert "notes[2]: is 5,000,000 characters long" in message


def test_too_many_lists_and_objects_are_refused_before_parsing(lib, tmp_path):
    path = tmp_path / "s.json"
    path.write_text("[" + ",".join(["{}"] * (reading.MAX_CONTAINERS + 1)) + "]")
    assert f"holds {reading.MAX_CONTAINERS + 2:,} lists and objects" in refusal(lib, path)


def test_too_many_texts_are_refused_before_parsing(lib, tmp_path):
    path = tmp_path / "s.json"
    path.write_text("[" + ",".join(['"ab"'] * (reading.MAX_STRINGS + 1)) + "]")
    assert "texts; a session file holds at most" in refusal(lib, path)


def test_too_many_numbers_are_refused_while_parsing(lib, tmp_path):
    path = tmp_path / "s.json"
    path.write_text("[" + ",".join(["0"] * (reading.MAX_NUMBERS + 1)) + "]")
    assert f"more than {reading.MAX_NUMBERS:,} numbers" in refusal(lib, path)


def test_an_integer_of_thousands_of_digits_is_said_plainly(lib, tmp_path):
    path = tmp_path / "s.json"
    path.write_text('{"format": "tillitworkshop.session", "version": ' + "9" * 5000 + "}")
    message = refusal(lib, path)
    assert f"more than {sys.get_int_max_str_digits():,} digits" in message
    assert "set_int_max_str_digits" not in message


def test_a_portable_file_with_a_long_table_name_gets_a_short_message(lib, tmp_path, demo_id):
    path = tmp_path / "s.tillit"
    export_portable(lib, demo_id, path)
    with sqlite3.connect(path) as conn:
        conn.execute(f'CREATE TABLE "{"t" * 100_000}" (x)')
    conn.close()
    lib.db.execute("DELETE FROM sessions")
    message = refusal(lib, path)
    assert len(message) < SHORT and "(100,000 characters)" in message


def test_a_long_session_reference_gets_a_short_message(lib):
    with pytest.raises(Exception) as refused:
        resolve_session(lib, "x" * 100_000)
    assert len(str(refused.value)) < SHORT and "(100,000 characters)" in str(refused.value)


def test_a_list_longer_than_the_schema_allows_is_refused_before_its_items_are_read(lib, tmp_path):
    """100,001 notes: the one line says how many, not twenty objections to its items (which
    took over a second to find in a file of 590,000)."""
    doc = demo_document()
    doc["notes"] = [["ab"]] * 100_001
    path = tmp_path / "s.json"
    path.write_text(json.dumps(doc))
    said = refusal(lib, path).splitlines()[1:]
    assert said == ["  notes: has 100,001 items; a session file holds at most 100,000"]


@pytest.mark.parametrize("bad", [
    float("inf"), float("nan"), "\ud800", "x" * (MAX_TEXT + 1), '"' * (MAX_TEXT + 1),
    "\\" * (MAX_TEXT + 1), "é" * (MAX_TEXT + 1)])
def test_the_quick_look_never_lets_through_what_the_walk_finds(bad):
    """``not_json`` first asks the json encoder (C code) whether anything is wrong: a text
    of more than MAX_TEXT quotes, backslashes or accented letters, a number that is not
    finite and a lone surrogate are still found, deep in a document."""
    doc = {"notes": [{"text": "ok"}, {"text": "ok", "principles": [bad]}]}
    assert [path for path, _ in not_json(doc)] == ["notes[1].principles[0]"]
    assert list(not_json({"notes": [{"text": "x" * MAX_TEXT, "n": 1.5}]})) == []
