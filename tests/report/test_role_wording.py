"""Role wording (issue 21): one person is "Enhetschef 1", a group "Enhetschefer", and the
citizen link is named by the session's sector."""

from __future__ import annotations

import dataclasses

from report_helpers import text_of

from tillitworkshop.content import catalogue
from tillitworkshop.domain import Commitment
from tillitworkshop.report import render_pdf
from tillitworkshop.report.blocks import Ctx, in_sentence
from tillitworkshop.report.strings import translator


def test_the_catalogue_names_one_person_and_a_group():
    cat = catalogue()
    assert cat.role_name("enhetschef", "sv") == "Enhetschefer"
    assert cat.role_name("enhetschef", "sv", one=True) == "Enhetschef"
    assert cat.role_name("enhetschef", "en", one=True) == "Unit manager"


def test_the_citizen_link_is_named_by_the_sector():
    cat = catalogue()
    assert cat.role_name("medborgare", "sv", sector="omsorg") == "Brukare"
    assert cat.role_name("medborgare", "sv", sector="skola") == "Elever och vårdnadshavare"
    assert cat.role_name("medborgare", "sv", sector="halso_och_sjukvard") == "Patienter"
    assert cat.role_name("medborgare", "en", sector="halso_och_sjukvard") == "Patients"
    assert cat.role_name("medborgare", "sv", sector="halso_och_sjukvard", one=True) == "Patient"
    assert cat.role_name("medborgare", "sv") == "Brukare, elever, patienter"


def test_a_pseudonym_is_not_followed_by_its_group(demo):
    """A unit manager without consent carries a commitment as "Enhetschef 1", not
    "Enhetschef 1 (enhetschefer)"; a named person gets their role in the singular."""
    w = dataclasses.replace(demo, participants=[
        dataclasses.replace(p, consent=False) if p.role == "enhetschef" else p
        for p in demo.participants])
    hidden = next(p for p in w.participants if p.role == "enhetschef")
    named = next(p for p in w.participants if p.consent and p.role == "forvaltningschef")
    ctx = Ctx(w, "sv", translator("sv"))
    mine = Commitment(id="x", what="x", owner_participant_id=hidden.id, owner_role=hidden.role)
    assert ctx.owner(mine) == ctx.names.name(hidden.id)
    assert ctx.owner(mine).startswith("Enhetschef ")
    theirs = Commitment(id="y", what="y", owner_participant_id=named.id, owner_role=named.role)
    assert ctx.owner(theirs) == f"{named.name} (förvaltningschef)"
    group = Commitment(id="z", what="z", owner_role="enhetschef")
    assert ctx.owner(group) == "Enhetschefer"


def test_labels_inside_a_sentence_start_in_lower_case():
    assert in_sentence("Enhetschefer", "sv") == "enhetschefer"
    assert in_sentence("Unit managers", "en") == "unit managers"
    assert in_sentence("BUP", "sv") == "BUP"


def test_the_summary_names_the_citizen_link_by_the_sector(demo):
    for sector, name in (("skola", "Elever och vårdnadshavare"), ("omsorg", "Brukare")):
        text = text_of(render_pdf(dataclasses.replace(demo, sector=sector), "summary", "sv"))
        assert name in text
        assert "Brukare, elever, patienter" not in text
