"""The window's language: Qt Linguist translations, switched at run time.

English is the source language of every ``tr()`` string; Swedish (the default)
comes from ``translations/tillitworkshop_sv.ts``, compiled by ``make
translations`` (pyside6-lrelease) into ``resources/translations/*.qm``, which
is package data of ``tillitworkshop.resources`` and so found the same way in a
checkout, an installed package and the frozen application.

Translators are installed in a fixed order, Qt's own (``qtbase_sv.qm``: the
buttons of standard dialogs) first, then ours. Installing or removing one makes
Qt send ``QEvent.LanguageChange`` to every widget; the main window answers by
building its views again (see ``MainWindow.changeEvent``). The method's
catalogue follows ``current_language()``, and dates and numbers the default
``QLocale``. A missing or damaged ``.qm`` leaves the window in English with a
warning in the log; it never stops the program.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from shiboken6 import isValid

from tillitworkshop import package_data

log = logging.getLogger(__name__)

LANGUAGES = ("sv", "en")
DEFAULT = "sv"
# Shown in the Language menu in their own language, never translated.
NAMES = {"sv": "Svenska", "en": "English"}
LOCALES = {"sv": (QLocale.Language.Swedish, QLocale.Country.Sweden),
           "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom)}

_current = DEFAULT
_translations: Translations | None = None


def current_language() -> str:
    """The language the window shows now ("sv" or "en"): what the catalogue is named in."""
    return _current


def long_date(iso: str) -> str:
    """"2026-03-12" as the window's language writes it: "12 mars 2026", "12 March 2026"
    (the text itself when it is not an ISO date)."""
    date = QDate.fromString(iso, Qt.DateFormat.ISODate)
    return QLocale().toString(date, "d MMMM yyyy") if date.isValid() else iso


def qm_file(lang: str) -> Path:
    """Our compiled translation for ``lang`` (it may not exist)."""
    return package_data.path("translations", f"tillitworkshop_{lang}.qm")


def _load_ours(translator: QTranslator, lang: str) -> bool:
    qm = qm_file(lang)
    if not qm.is_file():
        log.warning("No translation file for %s (%s): the window stays in English. "
                    "Run `make translations`.", NAMES[lang], qm)
        return False
    if not translator.load(str(qm)):
        log.warning("The translation file %s is damaged: the window stays in English. "
                    "Run `make translations`.", qm)
        return False
    return True


def _load_qt(translator: QTranslator, lang: str) -> bool:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{lang}", folder):
        return True
    log.info("Qt's own translation qtbase_%s.qm is not in %s", lang, folder)
    return False


class Translations(QObject):
    """The installed translators; ``switch`` changes the language of the whole application."""

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"  # nothing installed yet: the source strings

    def switch(self, lang: str) -> str:
        """Show ``lang``; returns the language actually shown ("en" if ``lang`` failed to load)."""
        global _current
        if lang not in LANGUAGES:
            log.warning("Unknown language %r; using %s", lang, NAMES[DEFAULT])
            lang = DEFAULT
        qt, ours = QTranslator(self), QTranslator(self)
        qt_ok = _load_qt(qt, lang)
        ours_ok = _load_ours(ours, lang)
        shown = lang if ours_ok or lang == "en" else "en"
        _current = shown
        language, country = LOCALES[shown]
        QLocale.setDefault(QLocale(language, country))
        for old in self._installed:
            self._app.removeTranslator(old)
        self._installed = []
        for translator, ok in ((qt, qt_ok and shown == lang), (ours, ours_ok)):
            if ok:
                self._app.installTranslator(translator)
                self._installed.append(translator)
        self.language = shown
        return shown

    def reset(self) -> None:
        """Back to no translators, the default catalogue language and the system locale."""
        global _current
        for old in self._installed:
            self._app.removeTranslator(old)
        self._installed = []
        _current = DEFAULT
        QLocale.setDefault(QLocale.system())
        self.language = "en"


def translations() -> Translations:
    """The application's one ``Translations`` (made on first use)."""
    global _translations
    app = QCoreApplication.instance()
    # Kept here, not looked up with app.findChild(): that hands every child of the
    # application to Python, the style among them, and building QStyle's enums took
    # 10-15 ms before the first paint.
    if _translations is None or not isValid(_translations):  # deleted with its application
        assert app is not None, "the translations belong to the application: make it first"
        _translations = Translations(app)
    return _translations


def start(language: str) -> str:
    """At start-up: show the remembered language; returns the language shown."""
    return translations().switch(language)
