"""The window's language: Simplified Chinese or English, from the settings or the
system locale, switched while the app runs (widgets retranslate on LanguageChange)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .resources import resource_path

LANGUAGES = ("zh_CN", "en")
_state = {"language": "en", "translators": []}


def system_language() -> str:
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def current_language() -> str:
    return _state["language"]


def install(choice: str = "") -> str:
    """Load the translations for `choice` ('' = the system's language); returns it."""
    app = QCoreApplication.instance()
    language = choice if choice in LANGUAGES else system_language()
    for translator in _state["translators"]:
        app.removeTranslator(translator)
    _state["translators"] = []
    if language != "en":
        ours = QTranslator(app)
        if ours.load(str(resource_path("translations", f"opsdesk_{language}.qm"))):
            _state["translators"].append(ours)
        qt = QTranslator(app)  # Qt's own dialogs and buttons (OK, Cancel, Yes …)
        if qt.load(f"qtbase_{language}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _state["translators"].append(qt)
        for translator in _state["translators"]:
            app.installTranslator(translator)
    _state["language"] = language
    QLocale.setDefault(QLocale("zh_CN" if language == "zh_CN" else "en_US"))
    return language
