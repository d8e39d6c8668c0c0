"""The export log: what each export named, and which exports named a participant."""

from __future__ import annotations

import json

from tillitworkshop import cli
from tillitworkshop.store import Library, exports
from tillitworkshop.store.forget import forget
from tillitworkshop.store.participants import add_participant
from tillitworkshop.store.sessions import create_session


def test_the_log_records_who_each_kind_names(lib):
    sid = create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id
    named = add_participant(lib, sid, "Per Lind", "medarbetare", consent=True).ids[0]
    hidden = add_participant(lib, sid, "Bo Berg", "medarbetare").ids[0]
    exports.record(lib, sid, "json", "/tmp/a.json")
    exports.record(lib, sid, "summary", "/tmp/s.pdf", language="sv")
    exports.record(lib, sid, "cards", "/tmp/c.pdf", language="sv")
    exports.record(lib, sid, "json", "/tmp/anon.json", anonymised=True)
    assert [(r.kind, r.named) for r in exports.log(lib, sid)] == [
        ("json", False), ("cards", False), ("summary", True), ("json", True)]
    assert [r.file_name for r in exports.naming(lib, named)] == ["/tmp/s.pdf", "/tmp/a.json"]
    assert [r.file_name for r in exports.naming(lib, hidden)] == ["/tmp/a.json"]
    assert exports.latest_by_kind(lib, sid)["json"].file_name == "/tmp/anon.json"


def test_forget_keeps_the_log_of_what_named_them_and_scrubs_their_name_from_it(lib):
    sid = create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id
    pid = add_participant(lib, sid, "Zelmira Ödqvist", "medarbetare").ids[0]
    exports.record(lib, sid, "json", "/tmp/zelmira ödqvist.json")
    forget(lib, sid, pid)
    assert [r.file_name for r in exports.naming(lib, pid)] == ["/tmp/….json"]


def test_cli_exports_are_logged(tmp_path, data_dir):
    with Library.open(data_dir) as lib:
        sid = create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id
        add_participant(lib, sid, "Per Lind", "medarbetare", consent=True)
    assert cli.main(["export", "json", sid, "-o", str(tmp_path / "s.json")]) == 0
    assert cli.main(["export", "pdf", sid, "--kind", "cards", "-o", str(tmp_path / "c.pdf")]) == 0
    assert cli.main(["export", "sqlite", sid, "-o", str(tmp_path / "s.tillit")]) == 0
    with Library.open(data_dir) as lib:
        log = exports.log(lib, sid)
    assert [(r.kind, r.language, r.named) for r in log] == [
        ("tillit", None, True), ("cards", "sv", False), ("json", None, True)]
    assert log[2].file_name == str(tmp_path / "s.json")
    assert json.loads((tmp_path / "s.json").read_text())["participants"][0]["name"] == "Per Lind"
