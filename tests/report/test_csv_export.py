"""The CSV tables for Excel: read back with each language's separator and decimal mark, with
a byte-order mark, formula injection neutralised, and only the ratings that may be shown."""

from __future__ import annotations

import csv
import io
from statistics import mean

import pytest
from readers_fixture import CSV_ATTACKS, HTML_ATTACK, readers_workshop

from tillitworkshop.report import ExportError, export_csv
from tillitworkshop.report.csv_export import FILES, neutralised

BOM = b"\xef\xbb\xbf"


def read(folder, name, lang):
    """A CSV file as Excel in ``lang`` would split it: a list of dicts by header."""
    data = (folder / name).read_bytes()
    assert data.startswith(BOM), name
    separator = ";" if lang == "sv" else ","
    return list(csv.DictReader(io.StringIO(data[len(BOM):].decode("utf-8"), newline=""),
                               delimiter=separator))


def number(text, lang):
    return float(text.replace(",", ".") if lang == "sv" else text)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_demo_tables_read_back_with_the_language_s_separator_and_decimal_mark(demo, tmp_path,
                                                                              lang):
    written = export_csv(demo, tmp_path / "csv", lang)
    assert sorted(p.name for p in written) == sorted(FILES)
    notes = read(tmp_path / "csv", "notes.csv", lang)
    assert len(notes) == len(demo.notes)
    text = "Text"
    assert [r[text] for r in notes] == [neutralised(n.text) for n in demo.notes]
    ratings = read(tmp_path / "csv", "ratings.csv", lang)
    mean_col, n_col = ("Medelvärde", "Antal skattningar") if lang == "sv" else (
        "Average", "Number of ratings")
    assert list(ratings[0]) == (["Roll", "Princip", mean_col, n_col] if lang == "sv" else
                                ["Role", "Principle", mean_col, n_col])
    assert sum(int(r[n_col]) for r in ratings) == len(demo.ratings)
    marks = {r[mean_col][1] for r in ratings}
    assert marks == ({","} if lang == "sv" else {"."})
    first = ratings[0]
    role_values = [r.value for r in demo.ratings if r.principle == "tillit" and (
        r.role or demo.participant(r.participant_id).role) == "politik"]
    assert number(first[mean_col], lang) == pytest.approx(mean(role_values), abs=0.005)
    problems = read(tmp_path / "csv", "problems.csv", lang)
    votes = "Röster" if lang == "sv" else "Votes"
    assert sum(int(r[votes]) for r in problems) == sum(
        n.votes for n in demo.notes_in("problems", "problem"))
    commitments = read(tmp_path / "csv", "commitments.csv", lang)
    assert len(commitments) == len(demo.commitments)
    assert {r["Status"] for r in commitments} <= (
        {"Planerat", "Påbörjat", "Genomfört", "Avbrutet"} if lang == "sv" else
        {"Planned", "Started", "Done", "Dropped"})


def test_formula_injection_is_neutralised_and_html_kept_as_text(tmp_path):
    export_csv(readers_workshop(), tmp_path, "en")
    cells = [c for name in FILES for row in read(tmp_path, name, "en") for c in row.values()]
    assert not [c for c in cells if c and c[0] in "=+-@\t\r"]
    for attack in CSV_ATTACKS:
        assert "'" + attack.replace("\r", "\n") in cells or "'" + attack in cells, attack
    assert any(HTML_ATTACK in c for c in cells)


def test_individual_ratings_only_of_those_who_agreed_or_of_no_one(tmp_path):
    export_csv(readers_workshop(), tmp_path, "sv")
    rows = read(tmp_path, "individual_ratings.csv", "sv")
    assert [(r["Deltagare"], r["Skattning"]) for r in rows] == [
        ("Sara " + HTML_ATTACK, "4"), ("Amir \u202eetsniM", "2"), ("", "3"), ("Nils", "4")]
    averages = read(tmp_path, "ratings.csv", "sv")
    assert sum(int(r["Antal skattningar"]) for r in averages) == 5  # the hidden one counts


def test_a_file_where_the_folder_should_be_is_refused(tmp_path):
    (tmp_path / "taken").write_text("x")
    with pytest.raises(ExportError):
        export_csv(readers_workshop(), tmp_path / "taken", "sv")
    assert (tmp_path / "taken").read_text() == "x"


def test_a_1_mb_note_is_cut_to_what_an_excel_cell_holds_saying_so(tmp_path):
    big = "مرحبا بالعالم " * 75000
    export_csv(readers_workshop(big_note=big), tmp_path, "sv")
    cell = next(r["Text"] for r in read(tmp_path, "notes.csv", "sv") if r["Text"][:5] == big[:5])
    assert len(cell) <= 32767 and big.startswith(cell[:32000])
    assert cell.endswith(f"… [+{len(big) - 32743}]")
