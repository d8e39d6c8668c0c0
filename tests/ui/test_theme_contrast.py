"""The theme meets WCAG 2.1 AA: every text colour on every background it is drawn on has a
contrast of 4.5:1 or more, and no colour reaches the style sheet without being counted."""

from __future__ import annotations

import re

import pytest

from tillitworkshop.domain.contrast import AA_TEXT, RATING_PALETTE, contrast, ink_on
from tillitworkshop.ui.shell import theme


@pytest.mark.parametrize(("what", "ink", "background"), theme.TEXT_PAIRS,
                         ids=[p[0] for p in theme.TEXT_PAIRS])
def test_each_text_on_its_background_meets_aa(what, ink, background):
    assert contrast(ink, background) >= AA_TEXT, f"{what}: {contrast(ink, background):.2f}:1"


def test_every_colour_of_the_style_sheet_is_in_a_counted_pair():
    counted = {c.lower() for _w, ink, bg in theme.TEXT_PAIRS for c in (ink, bg)}
    # Lines and edges are no text: they are held to 3:1 against what they separate, or are
    # decoration (a card's border beside its own white).
    edges = {theme.LINE.lower(), theme.EDGE, "#eceeef", "#f1f3f4"}
    used = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}", theme.stylesheet(12.0))}
    assert used - counted - edges == set()


def test_the_heat_map_s_numbers_meet_aa_on_every_step():
    for colour in RATING_PALETTE:
        assert contrast(ink_on(colour), colour) >= AA_TEXT


def test_the_edges_of_entries_and_buttons_stand_out_3_to_1():
    for background in (theme.CARD, theme.PAPER, theme.DISABLED_BG):  # WCAG 1.4.11
        assert contrast(theme.EDGE, background) >= 3.0
