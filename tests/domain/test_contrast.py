"""WCAG 2.1 contrast (the window, the presenter, the HTML export), and the heat map's palette:
AA text on every step, apart in greyscale."""

from __future__ import annotations

import pytest

from tillitworkshop.domain.contrast import (
    AA_TEXT,
    DEFICIENCIES,
    RATING_PALETTE,
    contrast,
    ink_on,
    lightness,
    luminance,
    rating_colour,
    simulate,
)


def test_the_formula_gives_wcag_s_own_figures():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # WebAIM's example
    assert contrast("#ffffff", "#777777") == contrast("#777777", "#ffffff")
    assert luminance("#ffffff") == pytest.approx(1.0) and luminance("000000") == 0.0
    with pytest.raises(ValueError):
        luminance("#fff")


def test_every_step_of_the_palette_carries_aa_text():
    for colour in RATING_PALETTE:
        assert contrast(ink_on(colour), colour) >= AA_TEXT, colour


def test_the_steps_go_one_way_and_stay_apart_in_greyscale():
    levels = [lightness(c) for c in RATING_PALETTE]
    assert levels == sorted(levels, reverse=True)  # sequential: light to dark
    assert min(a - b for a, b in zip(levels, levels[1:], strict=False)) >= 12


def test_a_mean_rating_finds_its_step():
    assert rating_colour(1) == RATING_PALETTE[0] and rating_colour(5) == RATING_PALETTE[4]
    assert rating_colour(3.4) == RATING_PALETTE[2] and rating_colour(0) == RATING_PALETTE[0]
    assert rating_colour(9) == RATING_PALETTE[4]
    assert rating_colour(2.5) == RATING_PALETTE[2] and rating_colour(3.5) == RATING_PALETTE[3]


@pytest.mark.parametrize("deficiency", sorted(DEFICIENCIES))
def test_the_steps_stay_apart_for_colour_vision_deficiencies(deficiency):
    seen = [simulate(c, deficiency) for c in RATING_PALETTE]
    levels = [lightness(c) for c in seen]
    assert levels == sorted(levels, reverse=True), seen
    assert min(a - b for a, b in zip(levels, levels[1:], strict=False)) >= 10, seen
    for colour, shown in zip(RATING_PALETTE, seen, strict=True):  # the ink still reads
        assert contrast(ink_on(colour), shown) >= AA_TEXT, (colour, shown)


def test_simulating_keeps_grey_grey():
    for deficiency in DEFICIENCIES:
        assert simulate("#808080", deficiency) in ("#7f7f7f", "#808080", "#818181")


# From the presenter's side of the merge: the specification's known values, and bad input.
def test_known_ratios():
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the lightest grey that passes
    assert contrast("#ffffff", "#000000") == contrast("#000000", "#ffffff")


def test_bad_colours_are_refused():
    for bad in ("#fff", "white", "#12345"):
        with pytest.raises(ValueError):
            luminance(bad)
