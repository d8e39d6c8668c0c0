"""Plain records (tillitworkshop/plain_data.py): written-out ``__init__`` methods kept in
step with their fields, and the dataclass behaviour the rest of the program relies on."""

from __future__ import annotations

import copy
import inspect
import pickle

import pytest

from tillitworkshop.content import (
    AgendaTemplateItem,
    Catalogue,
    Entry,
    Keys,
    Obstacle,
    Phase,
    Principle,
    Relationship,
    Role,
    Text,
    catalogue,
)
from tillitworkshop.domain import (
    AgendaItem,
    Commitment,
    FieldError,
    Note,
    Participant,
    Rating,
    RelationshipMark,
    StatusChange,
    Workshop,
)
from tillitworkshop.plain_data import FrozenRecord, Record, as_dict, replace
from tillitworkshop.store import Change
from tillitworkshop.store.check import CheckReport
from tillitworkshop.store.sessions import SessionSummary

RECORDS = [Participant, AgendaItem, Note, Rating, RelationshipMark, StatusChange, Commitment,
           Workshop, FieldError, Change, CheckReport, Catalogue, Text, Principle, Obstacle, Role,
           Entry, Relationship, Phase, AgendaTemplateItem, Keys, SessionSummary]


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
def test_init_takes_exactly_the_fields_in_order_and_sets_each(cls):
    """What a dataclass guaranteed by writing ``__init__`` from the fields: here a test."""
    public = [n for n in cls.__slots__ if not n.startswith("_")]
    params = list(inspect.signature(cls.__init__).parameters)[1:]
    assert params == public
    required = [n for n, p in inspect.signature(cls.__init__).parameters.items()
                if p.default is inspect.Parameter.empty and n != "self"]
    # each field from its own argument (the catalogue indexes its entries, so: none)
    values = {n: () if cls is Catalogue else [f"value of {n}"] for n in required}
    record = cls(**values)
    for name in cls.__slots__:
        assert hasattr(record, name), f"{cls.__name__}.__init__ does not set {name}"
    for name in required:
        assert getattr(record, name) == values[name]
    assert issubclass(cls, Record) and not hasattr(record, "__dict__")


def test_equality_and_repr_follow_the_fields():
    a = Note("n1", "chain", "value", "Tid för mötet", chain_link="enhetschef")
    b = Note("n1", "chain", "value", "Tid för mötet", chain_link="enhetschef")
    assert a == b and a is not b
    assert a != replace(a, text="Tid för mötet med medborgaren")
    assert a != Rating("n1", "tillit", 3)  # another kind of record is never equal
    assert repr(Rating("r1", "tillit", 3)) == (
        "Rating(id='r1', principle='tillit', value=3, role=None, participant_id=None)")
    with pytest.raises(TypeError):
        hash(a)  # mutable, as a dataclass with eq and without frozen


def test_fields_out_of_the_comparison_stay_out():
    """Change.undo and FieldError.params never made two records unequal (compare=False)."""
    assert Change("s", "note", "added", ("n1",), undo={"a": 1}) == Change(
        "s", "note", "added", ("n1",), undo=None)
    assert Change("s", "note", "added", ("n1",)) != Change("s", "note", "deleted", ("n1",))
    e1, e2 = FieldError("text", "is empty", "empty", {"n": 1}), FieldError("text", "is empty", "empty")
    assert e1 == e2 and hash(e1) == hash(e2) and e2.params == {}


def test_frozen_records_cannot_change_but_copy_and_pickle():
    change = Change("s", "note", "moved", ("n1", "n2"), undo=[("n1", 1.0)])
    assert isinstance(change, FrozenRecord)
    with pytest.raises(AttributeError, match="cannot be changed"):
        change.kind = "rating"  # type: ignore[misc]
    with pytest.raises(AttributeError, match="cannot be changed"):
        del change.ids
    assert copy.copy(change) == change and copy.deepcopy(change).undo == [("n1", 1.0)]
    assert pickle.loads(pickle.dumps(change)) == change
    cat = pickle.loads(pickle.dumps(catalogue()))
    assert cat.principle("tillit").name("sv") == "Tillit"  # its index is made again


def test_the_workshop_keeps_lists_of_its_own():
    notes = [Note("n1", "chain", "value", "x")]
    w = Workshop("s", "Lövhälla kommun", "skola", "2026-10-15", notes=notes)
    assert w.notes == notes and w.notes is not notes
    assert Workshop("s", "a", "skola", "2026-10-15").participants == []
    assert Workshop("s", "a", "skola", "2026-10-15").notes is not Workshop(
        "s", "a", "skola", "2026-10-15").notes


def test_as_dict_gives_the_fields_by_name():
    assert as_dict(RelationshipMark("ledning", 4)) == {"relationship": "ledning", "strength": 4}


def test_replace_names_an_unknown_field():
    with pytest.raises(TypeError, match="Rating has no field colour"):
        replace(Rating("r1", "tillit", 3), colour="red")
