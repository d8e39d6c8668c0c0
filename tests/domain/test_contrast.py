"""WCAG contrast, checked against the specification's known values."""

from __future__ import annotations

import pytest

from tillitworkshop.domain.contrast import contrast, luminance


def test_known_ratios():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the famous fail
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast("#ffffff", "#000000") == contrast("#000000", "#ffffff")


def test_luminance_and_bad_colours():
    assert luminance("#000000") == 0.0
    assert luminance("#ffffff") == pytest.approx(1.0)
    for bad in ("#fff", "white", "#12345"):
        with pytest.raises(ValueError):
            luminance(bad)
