"""The interface language: which one (the Preferences setting, else the system's), Qt's and TokenQuote's
translators for it, the locale numbers and money are shown in, and the workbook's language.

English is the source language; its small ``tokenquote_en.qm`` holds only the plural forms ("%n model(s)" →
"1 model", "2 models"). Simplified Chinese comes from ``tokenquote_zh_CN.qm`` and Qt's own ``qtbase_zh_CN.qm``
for the standard buttons and dialogs. The .qm files are compiled from ``resources/translations/*.ts`` by the
build (``pyside6-lrelease``, packaging/setup.sh); ``$TOKENQUOTE_TRANSLATIONS_DIR`` points at another folder of
them (the tests compile the .ts files into a temporary one). How to update the .ts files after changing a
``tr()`` text: tests/gui/translation_tools.py.

The language applies to what is built after :func:`install_language`; Preferences changes it for the next start.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gui import settings as cfg

TRANSLATIONS_DIR_ENV = "TOKENQUOTE_TRANSLATIONS_DIR"
APP_CATALOG = "tokenquote"
QT_CATALOG = "qtbase"

SYSTEM = "system"          # the Language setting's "follow the system"
ENGLISH = "en"
CHINESE = "zh_CN"
LANGUAGES = (ENGLISH, CHINESE)

WORKBOOK_FOLLOWS_INTERFACE = "interface"
WORKBOOK_LANGUAGES = ("en", "zh")   # what core.workbook.export_project takes

_ATTRIBUTE = "_tokenquote_translators"   # on the QApplication: the installed translators, held on purpose


def system_language() -> str:
    """The first language of the user's preference list (``LANGUAGE``, ``LC_ALL``, ``LANG``…) that TokenQuote
    speaks; English when none is. Any Chinese locale gets Simplified Chinese, the only Chinese offered."""
    for tag in QLocale.system().uiLanguages():
        primary = tag.replace("_", "-").split("-")[0].lower()
        if primary == "zh":
            return CHINESE
        if primary == "en":
            return ENGLISH
    return ENGLISH


def resolve_language(choice: str | None) -> str:
    """``en`` or ``zh_CN`` for a setting value (``system``, ``en``, ``zh_CN``; anything else follows the system)."""
    return choice if choice in LANGUAGES else system_language()


def chosen_language(store=None) -> str:
    """The interface language the settings ask for, resolved against the system."""
    return resolve_language(cfg.get(cfg.LANGUAGE, store))


def locale_for(language: str) -> QLocale:
    """The locale numbers are written in: the system's own when it speaks ``language`` (so en_GB or en_IN keep
    their habits), else that language's main one (en_US, zh_CN)."""
    system = QLocale.system()
    wanted = QLocale.Language.Chinese if language == CHINESE else QLocale.Language.English
    if system.language() == wanted:
        return system
    if wanted == QLocale.Language.Chinese:
        return QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedHanScript, QLocale.Country.China)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def is_chinese() -> bool:
    """Whether the interface is in Chinese (the default locale follows the chosen language)."""
    return QLocale().language() == QLocale.Language.Chinese


def vendor_name(vendor) -> str:
    """A vendor (:class:`core.catalog.model.Vendor`) as the interface names it: 百度（文心） in Chinese where the
    catalog gives it, else its name."""
    return vendor.name_zh if is_chinese() and vendor.name_zh else vendor.name


def translations_dir() -> Path:
    """Where TokenQuote's compiled .qm files are: ``$TOKENQUOTE_TRANSLATIONS_DIR``, else ``resources/translations``
    (beside the sources, or in the frozen bundle)."""
    override = os.environ.get(TRANSLATIONS_DIR_ENV)
    if override:
        return Path(override)
    from core.resources import resources_dir
    return resources_dir() / "translations"


def qt_translations_dirs() -> list[str]:
    """Where Qt's own .qm files may be: Qt's configured folder, and PySide6's (which a frozen bundle keeps)."""
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    try:
        import PySide6
        folders.append(str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"))
    except (ImportError, TypeError):
        pass
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        folders.append(str(Path(frozen_root) / "PySide6" / "Qt" / "translations"))
    return [f for i, f in enumerate(folders) if f and f not in folders[:i]]


def current_language() -> str:
    """The language the interface was built in (``en`` or ``zh_CN``), as :func:`install_language` left it."""
    return CHINESE if is_chinese() else ENGLISH


def installed_translators(app: QCoreApplication) -> list[QTranslator]:
    return list(getattr(app, _ATTRIBUTE, []))


def install_language(app: QCoreApplication, choice: str | None = None) -> str:
    """Make ``choice`` (a Language setting value; None reads the setting) the language of what is built from now
    on: replace the translators and the default locale. Returns the language in effect, ``en`` or ``zh_CN``.

    Qt's own catalog is installed before TokenQuote's, so TokenQuote's wins where both translate a text. The
    translators are kept on the app: a QTranslator that Python garbage-collects silently stops translating."""
    language = resolve_language(cfg.get(cfg.LANGUAGE) if choice is None else choice)
    for translator in installed_translators(app):
        app.removeTranslator(translator)
    loaded: list[QTranslator] = []
    folder = str(translations_dir())
    # English is the source text; its small catalog holds only the plural forms ("1 model", "2 models").
    ours = QTranslator(app)
    found = ours.load(f"{APP_CATALOG}_{language}", folder)
    if not found and language != ENGLISH:
        print(f"tokenquote: no compiled {language} translation in {folder} (build it with pyside6-lrelease, see "
              "packaging/setup.sh); the interface stays in English", file=sys.stderr)
        language = ENGLISH
        found = ours.load(f"{APP_CATALOG}_{language}", folder)
    if language != ENGLISH:
        qt = QTranslator(app)
        for qt_folder in qt_translations_dirs():
            if qt.load(f"{QT_CATALOG}_{language}", qt_folder):
                loaded.append(qt)
                break
    if found:
        loaded.append(ours)
    for translator in loaded:
        app.installTranslator(translator)
    setattr(app, _ATTRIBUTE, loaded)
    QLocale.setDefault(locale_for(language))
    return language


def workbook_language(store=None) -> str:
    """``en`` or ``zh`` for the exported workbook: the Workbook language setting, or the interface's."""
    choice = cfg.get(cfg.WORKBOOK_LANGUAGE, store)
    if choice in WORKBOOK_LANGUAGES:
        return choice
    return "zh" if is_chinese() else "en"


def workbook_paper(locale: QLocale | None = None) -> str:
    """``letter`` or ``a4`` for the exported workbook: Letter where the system's locale prints on it (en_US,
    fr_CA, es_MX, fil_PH…), else A4 (core.workbook.paper has the territories)."""
    from core.workbook.paper import paper_for_territory

    name = (locale or QLocale()).name()                     # "en_US", "zh_CN", "C"
    return paper_for_territory(name.split("_", 1)[1] if "_" in name else "")
