"""A phone's note, once accepted, is printed as typed in the PDFs: markup of HTML, Qt
rich text and reportlab's paragraphs stays text."""

from __future__ import annotations

import io

from pypdf import PdfReader

from tillitworkshop.report import export_pdf
from tillitworkshop.store import room as store
from tillitworkshop.store.read import load_workshop

HOSTILE = ('<script>alert(1)</script> <img src="/etc/passwd" onerror="x"/> <b>fet '
           '<font color="red">röd</font> <para>stycke</para> <a href="http://x">länk</a>')


def test_an_accepted_phone_note_is_printed_literally(lib, demo_id, tmp_path):
    store.submit_note(lib, demo_id, "phone-cookie", "c1", "problems", "problem", HOSTILE)
    store.accept(lib, store.pending(lib, demo_id)[0].id)
    out = tmp_path / "summary.pdf"
    export_pdf(load_workshop(lib, demo_id), "summary", out, lang="sv")
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    assert " ".join(HOSTILE.split()) in text
