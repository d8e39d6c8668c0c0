"""The packaged content catalogue: counts, keys, order and the SOU's own wording."""

from __future__ import annotations

import dataclasses

import pytest

from tillitworkshop.content import LANGUAGES, Catalogue, Text, catalogue

SEVEN = (
    "tillit",
    "medborgarfokus",
    "helhetssyn",
    "handlingsutrymme",
    "stod",
    "kunskap",
    "oppenhet",
)
CHAIN = ("politik", "tjansteledning", "forvaltningschef", "enhetschef", "medarbetare", "medborgare")


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return catalogue()


def test_languages():
    """Swedish and English are the two languages, Swedish first."""
    assert LANGUAGES == ("sv", "en")


def test_catalogue_is_cached(cat):
    """catalogue() reads the files once and hands out the same object."""
    assert catalogue() is cat


def test_principles_are_seven_plus_the_optional_long_term_card(cat):
    """The seven SOU principles come in order, and långsiktighet is the one optional extra."""
    assert tuple(p.key for p in cat.principles) == (*SEVEN, "langsiktighet")
    assert tuple(p.key for p in cat.principles_for(False)) == SEVEN
    assert tuple(p.key for p in cat.principles_for(True)) == (*SEVEN, "langsiktighet")
    assert [p.optional for p in cat.principles] == [False] * 7 + [True]
    assert cat.principle("langsiktighet").name("sv") == "Långsiktighet"


def test_principle_names_keep_swedish_letters(cat):
    """Swedish names are spelt with å, ä and ö, not their ASCII keys."""
    assert cat.principle("stod").name("sv") == "Stöd"
    assert cat.principle("oppenhet").name("sv") == "Öppenhet"
    assert cat.principle("stod").name("en") == "Support"
    assert cat.principle("handlingsutrymme").name.en == "Room for action"


def test_principle_descriptions_are_the_sou_text(cat):
    """Principle descriptions quote SOU 2018:47 verbatim, with line-break hyphens rejoined."""
    assert cat.principle("tillit").description("sv") == (
        "Sträva efter att som utgångspunkt välja att lita på dem du samarbetar med "
        "och ha positiva förväntningar."
    )
    assert cat.principle("stod").description("sv") == (
        "Säkerställ ett verksamhetsnära och kvalificerat professionellt, administrativt "
        "och psykosocialt stöd i kärnverksamheten."
    )
    assert cat.principle("oppenhet").description("sv") == (
        "Sträva efter öppenhet genom att dela information, välkomna oliktänkande och "
        "respektera kritik."
    )


def test_every_principle_has_two_to_four_questions(cat):
    """Each card carries 2–4 discussion questions, each in both languages."""
    for p in cat.principles:
        assert 2 <= len(p.questions) <= 4, p.key
        assert all(q.sv.endswith("?") and q.en.endswith("?") for q in p.questions), p.key


def test_obstacles(cat):
    """The six obstacles from the SOU's problem list, without the trailing period."""
    assert tuple(o.key for o in cat.obstacles) == (
        "medborgarfokus",
        "helhetsperspektiv",
        "detaljstyrning",
        "ledarskap",
        "kompetens",
        "oppenhet",
    )
    assert cat.obstacle("oppenhet").name("sv") == "Bristande öppenhet"
    assert (
        cat.obstacle("detaljstyrning").name("sv") == "Detaljstyrning och administrativa tidstjuvar"
    )
    assert cat.obstacle("ledarskap").name("sv") == (
        "Frånvarande ledarskap och bristande stöd till medarbetarna"
    )
    assert all(not o.name.sv.endswith(".") for o in cat.obstacles)


def test_roles_and_chain_links(cat):
    """Eight roles top to bottom; the six chain links exclude union representatives and other."""
    assert tuple(r.key for r in cat.roles) == (
        "politik",
        "tjansteledning",
        "forvaltningschef",
        "enhetschef",
        "medarbetare",
        "facklig",
        "medborgare",
        "annan",
    )
    assert tuple(r.key for r in cat.chain_links()) == CHAIN
    assert cat.role("tjansteledning").name("sv") == "Tjänstemannaledning"
    assert cat.role("medborgare").name("sv") == "Brukare, elever, patienter"
    assert cat.role("medarbetare").singular("sv") == "Medarbetare"
    assert cat.role("forvaltningschef").singular("sv") == "Förvaltningschef"
    assert cat.role("annan").singular("en") == "Participant"


def test_sectors_signals_and_note_kinds(cat):
    """Sectors, governance signals and note kinds have the agreed keys and names."""
    assert tuple(s.key for s in cat.sectors) == ("halso_och_sjukvard", "skola", "omsorg", "annan")
    assert cat.sector("halso_och_sjukvard").name("sv") == "Hälso- och sjukvård"
    assert tuple(s.key for s in cat.signals) == (
        "lagar_och_regler",
        "ekonomistyrning",
        "mal_och_resultatstyrning",
        "ledarskap",
        "vardegrund_och_kultur",
    )
    assert cat.signal("vardegrund_och_kultur").name("sv") == "Värdegrund och kultur"
    assert len(cat.note_kinds) == 9
    assert cat.note_kind("need").name("sv") == "Vad länken behöver från länken ovanför"


def test_relationships(cat):
    """The five trust relationships, named as in the SOU, with the links they span."""
    assert tuple(r.key for r in cat.relationships) == (
        "huvudman_forvaltning",
        "inom_forvaltning",
        "forvaltning_medborgare",
        "forvaltning_granskning",
        "forvaltning_samverkan",
    )
    assert cat.relationship("huvudman_forvaltning").name("sv") == (
        "Politisk huvudman och förvaltning/utförare"
    )
    assert cat.relationship("forvaltning_granskning").name("sv") == (
        "Förvaltning/utförare och externa tillsynande/granskande och normerande verksamhet"
    )
    assert cat.relationship("huvudman_forvaltning").between == ("politik", "tjansteledning")
    assert cat.relationship("inom_forvaltning").between == ("tjansteledning", "medarbetare")
    assert cat.relationship("forvaltning_medborgare").between == ("medarbetare", "medborgare")
    assert cat.relationship("forvaltning_samverkan").between is None


def test_insights(cat):
    """The ten insights on trust-building in the SOU's order, without dash or period."""
    assert len(cat.insights) == 10
    assert cat.insights[0].key == "tillitsfull_dialog"
    assert cat.insights[-1].key == "tid_och_talamod"
    assert cat.insight("tid_och_talamod").name("sv") == "Tid och tålamod"
    assert cat.insight("begransat_antal_mal").name("sv") == (
        "Begränsat antal mål, regler och krav på återrapportering"
    )


def test_phases_and_agenda(cat):
    """Eight phases in order; the default agenda is a full day with breaks and no follow-up."""
    assert tuple(p.key for p in cat.phases) == (
        "preparation",
        "good_meeting",
        "chain",
        "principles",
        "problems",
        "commitments",
        "closing",
        "followup",
    )
    assert "Vad skapar värde i detta möte" in cat.phase("good_meeting").guidance("sv")
    phases = [item.phase for item in cat.agenda]
    assert "followup" not in phases and None in phases
    assert set(phases) - {None} == {p.key for p in cat.phases} - {"followup"}
    assert 6 * 60 <= sum(item.minutes for item in cat.agenda) <= 8 * 60
    assert {item.title("sv") for item in cat.agenda if item.phase is None} == {"Kaffe", "Lunch"}


def test_keys(cat):
    """keys() lists every key of each kind, långsiktighet included."""
    keys = cat.keys()
    assert keys.principles == frozenset((*SEVEN, "langsiktighet"))
    assert len(keys.obstacles) == 6 and len(keys.roles) == 8 and len(keys.sectors) == 4
    assert len(keys.relationships) == 5 and len(keys.signals) == 5
    assert len(keys.insights) == 10 and len(keys.phases) == 8


def test_unknown_key_is_a_clear_key_error(cat):
    """Looking up an unknown key names the kind and the key."""
    with pytest.raises(KeyError, match="unknown principle key 'trust'"):
        cat.principle("trust")
    with pytest.raises(KeyError, match="unknown role key"):
        cat.role("chef")


def test_text_is_callable_by_language_and_rejects_others():
    """A Text gives its Swedish or English by language code and refuses any other code."""
    text = Text(sv="Stöd", en="Support")
    assert (text("sv"), text("en")) == ("Stöd", "Support")
    with pytest.raises(KeyError, match="'de'"):
        text("de")


def test_catalogue_objects_are_immutable(cat):
    """Catalogue entries are frozen, so no caller can change the shared catalogue."""
    with pytest.raises(AttributeError):
        cat.principle("tillit").name = Text(sv="x", en="x")  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        cat.principles = ()  # type: ignore[misc]
    assert isinstance(cat.principles, tuple) and isinstance(
        cat.principle("tillit").questions, tuple
    )


def test_every_text_has_both_languages(cat):
    """No text in the catalogue is empty in either language."""
    texts = [
        t
        for group in (
            cat.principles,
            cat.obstacles,
            cat.roles,
            cat.sectors,
            cat.relationships,
            cat.insights,
            cat.signals,
            cat.phases,
            cat.note_kinds,
        )
        for entry in group
        for t in (getattr(entry, f.name) for f in dataclasses.fields(entry))
        if isinstance(t, Text)
    ]
    texts += [q for p in cat.principles for q in p.questions]
    assert len(texts) > 100
    assert all(t.sv.strip() and t.en.strip() for t in texts)
