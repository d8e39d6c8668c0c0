"""The citizen link is named by the session's sector in the window, as in the PDFs
(issues 19 and 21): "Brukare" in omsorg, "Elever och vårdnadshavare" in skola, and a
new sector chosen in Förberedelse renames it on every screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tillitworkshop.content import catalogue
from tillitworkshop.report.blocks import Ctx
from tillitworkshop.report.strings import translator
from tillitworkshop.ui.common.roles import role_keys
from tillitworkshop.ui.phases.principles.rating_grid import BY_ROLE

from .presenter.helpers import open_presenter
from .test_i18n import no_translators_after, switch  # noqa: F401  (the fixture resets)

CITIZENS = {"omsorg": "Brukare", "skola": "Elever och vårdnadshavare"}


def choose_sector(window, sector: str) -> None:
    """Choose the sector in Förberedelse, as the facilitator does."""
    window.session.show_phase("preparation", store=False)
    form = window.session.pages["preparation"].form
    form.sector.setCurrentIndex(form.sector.findData(sector))
    form.sector.activated.emit(form.sector.currentIndex())
    QApplication.processEvents()
    assert window.session.state.workshop.sector == sector


def citizen_names(window) -> dict[str, str]:
    """What each screen calls the citizen link."""
    pages = window.session.pages
    out = {}
    window.session.show_phase("chain", store=False)
    links = pages["chain"].links
    out["chain"] = links.links.index(links.links.row_of("medborgare")).data()
    links.select_link("medborgare")
    out["chain heading"] = links.heading.text().split(": ", 1)[1]
    window.session.show_phase("problems", store=False)
    link = pages["problems"].bar.link
    out["board"] = link.itemText(link.findData("medborgare"))
    window.session.show_phase("principles", store=False)
    ratings = pages["principles"].ratings
    ratings.mode.setCurrentIndex(ratings.mode.findData(BY_ROLE))
    grid = ratings.model
    row = role_keys().index("medborgare")
    out["ratings"] = grid.headerData(row, Qt.Orientation.Vertical)
    pages["principles"].tabs.setCurrentIndex(2)  # the gaps: the presenter's heat map
    presenter = open_presenter(window)
    heat = presenter.slide.slide.grid
    assert presenter.slide.slide.key == "gaps" and heat is not None
    out["heat map"] = heat.rows[list(pages["principles"].gap.gaps.roles).index("medborgare")]
    window.presenter.toggle_action.trigger()
    return out


def test_the_citizen_link_is_named_by_the_session_s_sector_on_every_screen(demo):
    switch(demo, "sv")
    for sector in ("omsorg", "skola"):
        choose_sector(demo, sector)
        names = citizen_names(demo)
        assert names == dict.fromkeys(names, CITIZENS[sector]), sector


def test_the_window_names_every_role_as_the_summary_pdf_does(demo):
    switch(demo, "sv")
    for sector in ("omsorg", "skola", "halso_och_sjukvard"):
        choose_sector(demo, sector)
        s = demo.session.state
        pdf = Ctx(s.workshop, "sv", translator("sv"))
        for key in role_keys():
            assert s.role_name(key) == pdf.name_of("role", key) \
                == catalogue().role_name(key, "sv", sector=sector)
            assert s.role_singular(key) == pdf.role_one(key)
        roster = demo.session.pages["preparation"].roster.role  # one person's role
        assert roster.itemText(roster.findData("medborgare")) == pdf.role_one("medborgare")
