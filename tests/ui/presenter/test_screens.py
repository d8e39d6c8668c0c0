"""The presenter's screen, chosen by a pure function from the screens there are."""

from __future__ import annotations

from tillitworkshop.ui.presenter.screens import Remembered, ScreenInfo, choose, swapped

LAPTOP = ScreenInfo("eDP-1", (0, 0, 1366, 768), primary=True)
PROJECTOR = ScreenInfo("HDMI-1", (1366, 0, 1920, 1080))
TV = ScreenInfo("DP-2", (3286, 0, 3840, 2160))


def test_one_screen_gives_an_ordinary_window():
    assert choose([]) is None
    assert choose([LAPTOP]) is None
    assert choose([LAPTOP], Remembered("eDP-1", LAPTOP.geometry)) is None


def test_the_first_screen_that_is_not_the_primary():
    assert choose([LAPTOP, PROJECTOR, TV]) == 1
    assert choose([PROJECTOR, LAPTOP, TV]) == 0
    primary_last = [PROJECTOR, TV, ScreenInfo("eDP-1", (0, 0, 1, 1), primary=True)]
    assert choose(primary_last) == 0


def test_no_primary_known_takes_the_first():
    assert choose([ScreenInfo("a", (0, 0, 1, 1)), ScreenInfo("b", (1, 0, 1, 1))]) == 0


def test_the_remembered_screen_by_name_and_geometry_then_name_then_geometry():
    screens = [LAPTOP, PROJECTOR, TV]
    assert choose(screens, Remembered("DP-2", TV.geometry)) == 2
    assert choose(screens, Remembered("DP-2", (0, 0, 800, 600))) == 2  # resolution changed
    assert choose(screens, Remembered("HDMI-9", TV.geometry)) == 2  # renamed port, same place
    assert choose(screens, Remembered("gone", (9, 9, 9, 9))) == 1  # not there: the rule


def test_same_name_twice_prefers_the_one_with_the_same_geometry():
    a = ScreenInfo("Generic", (1366, 0, 1920, 1080))
    b = ScreenInfo("Generic", (3286, 0, 1920, 1080))
    assert choose([LAPTOP, a, b], Remembered("Generic", b.geometry)) == 2


def test_remembered_round_trips_and_damaged_values_are_none():
    r = Remembered("HDMI|1", (-1920, 0, 1920, 1080))  # a bar in a name, a negative place
    assert Remembered.parse(r.text()) == r
    for damaged in ("", "HDMI-1", "a|b|c|d|e", "x|1|2|3"):
        assert Remembered.parse(damaged) is None


def test_swap_goes_to_the_facilitators_screen_or_the_next():
    screens = [LAPTOP, PROJECTOR]
    assert swapped(screens, presenter=1, facilitator=0) == 0
    assert swapped(screens, presenter=0, facilitator=0) == 1
    assert swapped(screens, presenter=None, facilitator=0) == 0
    assert swapped([LAPTOP], presenter=0, facilitator=0) is None


def test_long_words_break_where_swedish_breaks_them():
    from tillitworkshop.ui.presenter.slides import SOFT_HYPHEN, hyphenate, narrow

    assert hyphenate("Förvaltningschefer", 12) == f"Förvaltnings{SOFT_HYPHEN}chefer"
    assert hyphenate("Handlingsutrymme", 12) == f"Handlings{SOFT_HYPHEN}utrymme"
    assert hyphenate("Tjänstemannaledning", 12) == f"Tjänsteman{SOFT_HYPHEN}naledning"
    assert hyphenate("Tillit", 10) == "Tillit"
    assert all(len(part) <= 10 for part in hyphenate("x" * 45, 10).split(SOFT_HYPHEN))
    assert narrow("Brukare, elever, patienter").replace(SOFT_HYPHEN, "") == \
        "Brukare, elever, patienter"
