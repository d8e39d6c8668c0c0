"""A broken copy of the catalogue is refused with a message naming file, entry and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tillitworkshop.content import FILE_NAMES, CatalogueError, load_catalogue, packaged_root


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A writable copy of the packaged catalogue files."""
    for name in FILE_NAMES:
        (tmp_path / name).write_text((packaged_root() / name).read_text(encoding="utf-8"), "utf-8")
    return tmp_path


def edit(root: Path, name: str, change) -> None:
    data = json.loads((root / name).read_text(encoding="utf-8"))
    change(data)
    (root / name).write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def entry(data: list, key: str) -> dict:
    return next(e for e in data if e["key"] == key)


def problems(root: Path) -> str:
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(root)
    return str(caught.value)


def test_intact_copy_loads(content):
    """The unbroken copy loads, so the failures below come from the breakage alone."""
    assert len(load_catalogue(content).principles) == 8


def test_accepts_a_string_path(content):
    """A directory given as a string is accepted as well as a Path."""
    assert len(load_catalogue(str(content)).roles) == 8


def test_text_lacking_english(content):
    """A name without 'en' is named by file, key, field and the missing language."""
    edit(content, "principles.json", lambda d: entry(d, "stod")["name"].pop("en"))
    assert "principles.json: entry 'stod': field 'name' lacks 'en'" in problems(content)


def test_text_with_empty_swedish(content):
    """A blank Swedish text counts as missing."""
    edit(content, "obstacles.json", lambda d: entry(d, "kompetens")["description"].update(sv="  "))
    assert "obstacles.json: entry 'kompetens': field 'description' has an empty 'sv'" in problems(
        content
    )


def test_text_with_unknown_language(content):
    """A third language code (a typo for sv or en) is an error, not silently ignored."""
    edit(content, "roles.json", lambda d: entry(d, "enhetschef")["singular"].update(se="Chef"))
    assert "roles.json: entry 'enhetschef': field 'singular' has unknown language 'se'" in problems(
        content
    )


def test_duplicate_key(content):
    """Two entries with one key are refused, naming the key and the field."""
    edit(content, "signals.json", lambda d: d.append(dict(d[0])))
    message = problems(content)
    assert "signals.json: entry 'lagar_och_regler': field 'key' repeats a key" in message


def test_unknown_field(content):
    """A misspelt field is reported rather than ignored."""
    edit(
        content, "phases.json", lambda d: entry(d, "chain").update(guidence={"sv": "x", "en": "x"})
    )
    assert "phases.json: entry 'chain': unknown field 'guidence'" in problems(content)


def test_missing_field(content):
    """An entry lacking a required field names that field."""
    edit(content, "roles.json", lambda d: entry(d, "facklig").pop("chain_link"))
    assert "roles.json: entry 'facklig': field 'chain_link' is missing" in problems(content)


def test_field_repeated_inside_one_object(content):
    """A field written twice in one object, which plain JSON parsing would hide, is refused."""
    path = content / "sectors.json"
    path.write_text('[{"key": "skola", "key": "omsorg", "name": {"sv": "S", "en": "S"}}]', "utf-8")
    assert "sectors.json: field 'key' appears twice in one object" in problems(content)


def test_missing_file(content):
    """A missing file is named."""
    (content / "insights.json").unlink()
    assert "insights.json: file is missing" in problems(content)


def test_malformed_json(content):
    """Malformed JSON is reported with the file and the position."""
    (content / "relationships.json").write_text('[{"key": "x",}]', encoding="utf-8")
    assert "relationships.json: malformed JSON at line 1" in problems(content)


def test_file_that_is_not_a_list(content):
    """A file holding one object instead of a list of entries is refused."""
    (content / "sectors.json").write_text('{"key": "skola"}', encoding="utf-8")
    assert "sectors.json: must be a JSON list of entries" in problems(content)


def test_one_question_only(content):
    """A principle card with a single question is refused; the card needs 2–4."""
    edit(
        content,
        "principles.json",
        lambda d: entry(d, "kunskap").update(questions=entry(d, "kunskap")["questions"][:1]),
    )
    assert (
        "principles.json: entry 'kunskap': field 'questions' has 1 question; expected 2 to 4"
        in (problems(content))
    )


def test_question_lacking_english(content):
    """A question missing its translation is named by its position in the list."""
    edit(content, "principles.json", lambda d: entry(d, "tillit")["questions"][1].pop("en"))
    assert "principles.json: entry 'tillit': field 'questions[1]' lacks 'en'" in problems(content)


def test_key_must_be_ascii_lowercase(content):
    """A key with Swedish letters or capitals is refused, because keys go into stored files."""
    edit(content, "principles.json", lambda d: entry(d, "stod").update(key="Stöd"))
    assert "principles.json: entry 'Stöd': field 'key' 'Stöd' is not a key" in problems(content)


def test_agenda_minutes_must_be_positive(content):
    """An agenda item of zero minutes is refused, naming its position."""
    edit(content, "agenda.json", lambda d: d[1].update(minutes=0))
    assert "agenda.json: entry at index 1: field 'minutes' 0 is not a positive" in problems(content)


def test_agenda_minutes_must_be_whole(content):
    """Minutes written as text or a fraction are refused."""
    edit(content, "agenda.json", lambda d: d[0].update(minutes="30"))
    assert "agenda.json: entry at index 0: field 'minutes'" in problems(content)


def test_agenda_phase_must_exist(content):
    """An agenda item pointing at an unknown phase is refused."""
    edit(content, "agenda.json", lambda d: d[0].update(phase="lunch"))
    assert "agenda.json: entry at index 0: field 'phase' 'lunch' is neither null" in problems(
        content
    )


def test_relationship_between_must_name_roles(content):
    """A relationship spanning a role that does not exist is refused."""
    edit(
        content,
        "relationships.json",
        lambda d: entry(d, "inom_forvaltning").update(between=["tjansteledning", "chef"]),
    )
    assert "relationships.json: entry 'inom_forvaltning': field 'between[1]' 'chef'" in problems(
        content
    )


def test_boolean_must_be_boolean(content):
    """A flag written as a string is refused."""
    edit(content, "principles.json", lambda d: entry(d, "langsiktighet").update(optional="true"))
    assert "principles.json: entry 'langsiktighet': field 'optional' must be true or false" in (
        problems(content)
    )


def test_all_problems_reported_together(content):
    """Several problems in different files are listed in one error, one per line."""
    (content / "insights.json").unlink()
    edit(content, "principles.json", lambda d: entry(d, "stod")["name"].pop("en"))
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(content)
    assert len(caught.value.problems) == 2
    assert str(caught.value).count("\n") == 1
