"""The interface language: Chinese (the default) or English, chosen in 设置 and kept per PC.

Chinese is the source language of every text; English comes from the catalogue
``resources/translations/studio_app_en.qm`` (built by ``packaging/translations.py``, found with
``studio_app.base.resources``). Qt's own dialogs (file, print, message boxes) use the
``qtbase_*.qm`` that PySide6 ships.
A change applies from the next start: every window is built in one language.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from studio_app.base import resources
from studio_app.base.i18n import install_translator

log = logging.getLogger(__name__)

CHINESE = "zh_CN"
ENGLISH = "en"
# Each language named in itself: the menu must be readable whichever one is showing.
LANGUAGES = {CHINESE: "中文（简体）", ENGLISH: "English"}
TRANSLATIONS = resources.folder("translations")
_KEY = "ui/language"
_LOCALES = {
    CHINESE: QLocale(QLocale.Language.Chinese, QLocale.Country.China),
    ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
}


def saved_language() -> str:
    value = QSettings().value(_KEY, CHINESE)
    return value if value in LANGUAGES else CHINESE


def save_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(language)
    QSettings().setValue(_KEY, language)


def app_catalogue(language: str) -> Path | None:
    """The program's own catalogue for ``language`` (None for Chinese, the source language)."""
    return None if language == CHINESE else TRANSLATIONS / f"studio_app_{language}.qm"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make ``language`` the one every ``tr()`` answers in, Qt's own dialogs included."""
    QLocale.setDefault(_LOCALES[language])
    installed = []
    qt_texts = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_texts.load(_LOCALES[language], "qtbase", "_", qt_folder):
        installed.append(qt_texts)  # 确定/取消 in Chinese; English is Qt's source language
    catalogue = app_catalogue(language)
    if catalogue is not None:
        own = QTranslator(app)
        if own.load(str(catalogue)):
            installed.append(own)
        else:  # a damaged install: Chinese is still complete
            log.warning("cannot load the %s catalogue %s", language, catalogue)
    for translator in installed:
        app.installTranslator(translator)
    install_translator(QCoreApplication.translate, _translate_n)
    return installed


def _translate_n(context: str, text: str, n: int) -> str:
    """A text with a count, in the plural form the catalogue gives ``n`` (core's ``trn``)."""
    return QCoreApplication.translate(context, text, None, n)
