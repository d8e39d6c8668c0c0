"""The presenter's column of entries and the order of a link's notes, kept one edit at a time."""

from __future__ import annotations

import random

from tillitworkshop.domain import Note
from tillitworkshop.ui.presenter.entries import EntryList
from tillitworkshop.ui.presenter.slides import Ordered


def test_ordered_keeps_the_window_s_order_through_puts_moves_and_removes():
    rng = random.Random(7)
    ordered, notes = Ordered(), {}
    for step in range(400):
        nid = f"n{rng.randrange(60)}"
        if rng.random() < 0.25:
            ordered.remove(nid)
            notes.pop(nid, None)
        else:
            n = Note(id=nid, phase="chain", kind="hinder", text=f"{nid} {step}",
                     position=float(rng.randrange(10)), created_at=f"2026-03-12T10:{step % 60:02d}")
            ordered.put(n, n.text)
            notes[nid] = n
        want = [n.text for n in sorted(notes.values(), key=lambda n: (n.position, n.created_at, n.id))]
        assert ordered.texts == want


def test_an_entry_list_s_height_follows_each_change_as_if_measured_afresh(qapp):
    rng = random.Random(3)
    words = ["tillit", "styrning", "förvaltningschefen", "kvalitet", "medarbetare", "och", "i"]
    kept = EntryList()
    kept.resize(420, 100)
    entries: list[str] = []
    for _ in range(60):
        at = rng.randrange(len(entries) + 1)
        change = rng.choice(["add", "edit", "remove"]) if entries else "add"
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(1, 30)))
        if change == "add":
            entries.insert(at, text)
        elif change == "edit":
            entries[min(at, len(entries) - 1)] = text
        else:
            del entries[min(at, len(entries) - 1)]
        for width in (420, 300):
            kept.heightForWidth(width)  # asked, as a layout asks: kept up to date from now on
        kept.set_entries(entries)
        fresh = EntryList()
        fresh.set_entries(entries)
        for width in (420, 300, 250):
            assert kept.heightForWidth(width) == fresh.heightForWidth(width)


def test_entries_taken_from_the_foot_or_the_bullets_changed_are_measured_right(qapp):
    kept = EntryList()
    kept.resize(300, 100)
    kept.set_entries(["ett", "två", "tre " * 30])
    kept.heightForWidth(300)
    kept.set_entries(["ett", "två"])  # the last one removed
    fresh = EntryList()
    fresh.set_entries(["ett", "två"])
    assert kept.heightForWidth(300) == fresh.heightForWidth(300)
    kept.set_entries(["ett", "två"], bullets=False)
    fresh = EntryList()
    fresh.set_entries(["ett", "två"], bullets=False)
    assert kept.heightForWidth(300) == fresh.heightForWidth(300)
