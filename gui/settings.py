"""Every persisted setting, declared once as (key, type, default, description), and the one QSettings factory.

Settings live in an INI file: in ``$TOKENQUOTE_SETTINGS_DIR`` when set (tests point it at a temporary folder),
else in the platform's config folder from ``QStandardPaths``. Nothing here uses ``QSettings("Org", "App")``,
which would ignore the test folder and write to the real home. User data (the crash-recovery copies) goes to
``$TOKENQUOTE_DATA_DIR`` or ``QStandardPaths.AppDataLocation``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from core.catalog.model import STALE_AFTER_DAYS

ORGANIZATION = "TokenQuote"
APPLICATION = "TokenQuote"
SETTINGS_FILE = "tokenquote.ini"
SETTINGS_DIR_ENV = "TOKENQUOTE_SETTINGS_DIR"
DATA_DIR_ENV = "TOKENQUOTE_DATA_DIR"
SCHEMA_VERSION = 1


class Setting(NamedTuple):
    """One setting, declared once: its key in the settings file, type, default and what it is for. (A named
    tuple: made ~40 times at start-up and never again, where a frozen dataclass's generated methods cost more to
    make than all its uses.)"""

    key: str
    type: type
    default: object
    description: str
    choices: tuple = ()     # the values allowed, when the setting is one of a few; others read as the default


# Bumped when a key changes meaning; older files are read where the meaning is unchanged.
SETTINGS_VERSION = Setting("meta/schema_version", int, SCHEMA_VERSION, "version of this settings layout")
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray(), "main window position and size")
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray(), "docks and toolbars of the main window")
SPLITTER_STATE = Setting("window/splitter", QByteArray, QByteArray(), "table / charts splitter sizes")
TABLE_HEADER = Setting("window/table_header", QByteArray, QByteArray(), "comparison column widths and order")
TABLE_COLUMNS = Setting("window/table_columns", int, 0,
                        "how many columns the table had when its header was saved (a newer version may add one)")
TABLE_FITTED_AWAY = Setting("window/table_fitted_away", list, [],
                            "columns hidden to fit a narrow window, not by the user: shown again where room is")
TABLE_CHOSEN_COLUMNS = Setting("window/table_chosen_columns", list, [],
                               "columns the user showed or hid from the header's menu: never hidden to fit")
RECENT_FILES = Setting("files/recent", list, [], "recently opened or saved projects, newest first")
RECENT_MAX = Setting("files/recent_max", int, 8, "how many recent projects File > Open Recent lists")
LAST_FOLDER = Setting("files/last_folder", str, "", "folder of the last project opened or saved")
LAST_EXPORT_FOLDER = Setting("files/last_export_folder", str, "", "folder of the last exported workbook")
AUTOSAVE_SECONDS = Setting("autosave/interval_seconds", int, 60,
                           "how often an edited project is copied to the recovery file")
AUTOSAVE_AFTER_EDIT_SECONDS = Setting("autosave/after_edit_seconds", int, 3,
                                      "how soon after an edit the recovery file is written")
HIDE_DEPRECATED = Setting("view/hide_deprecated", bool, True, "leave deprecated models out of the comparison")
ONLY_FITTING = Setting("view/only_fitting", bool, False,
                       "show only models whose context window holds the prompt size")
CHART_TAB = Setting("view/chart_tab", int, 0, "which chart tab was last shown")
CHARTS_VISIBLE = Setting("view/charts_visible", bool, True, "whether the charts under the table are shown")
LANGUAGE = Setting("interface/language", str, "system",
                   "interface language: system (follow the system locale), en or zh_CN; applies at the next start",
                   choices=("system", "en", "zh_CN"))
WORKBOOK_LANGUAGE = Setting("export/workbook_language", str, "interface",
                            "language of exported workbooks: interface (the interface's), en or zh",
                            choices=("interface", "en", "zh"))
PAPER_FROM_LOCALE = "locale"
PDF_PAPER = Setting("export/pdf_paper", str, PAPER_FROM_LOCALE,
                    "page size of PDF quotes: locale (Letter in the US, Canada, Mexico and the Philippines, else A4), "
                    "a4 or letter", choices=(PAPER_FROM_LOCALE, "a4", "letter"))
EXPORT_AUDIENCE = Setting("export/audience", str, "client",
                          "who the last export was for: client (their price, tax and total) or internal (every figure)",
                          choices=("client", "internal"))
COMPANY_NAME = Setting("export/company_name", str, "",
                       "your company's name on PDF quotes whose terms name no company")
COMPANY_LOGO = Setting("export/company_logo", str, "", "path of your company's logo (PNG or JPEG) on PDF quotes")
APPEARANCE = Setting("interface/appearance", str, "system",
                     "colours: system (the desktop's), light or dark (the Fusion style with TokenQuote's palette); "
                     "applies at the next start; TOKENQUOTE_APPEARANCE overrides it",
                     choices=("system", "light", "dark"))
STALE_DAYS = Setting("catalog/stale_after_days", int, STALE_AFTER_DAYS,
                     "a price last checked more than this many days ago is marked stale in the comparison")
USAGE_MAPPINGS = Setting("usage/mappings", str, "",
                         "column mappings of usage exports confirmed on import, by header signature (JSON)")

ALL_SETTINGS = (SETTINGS_VERSION, WINDOW_GEOMETRY, WINDOW_STATE, SPLITTER_STATE, TABLE_HEADER, TABLE_COLUMNS,
                TABLE_FITTED_AWAY, TABLE_CHOSEN_COLUMNS, RECENT_FILES,
                RECENT_MAX, LAST_FOLDER, LAST_EXPORT_FOLDER, AUTOSAVE_SECONDS, AUTOSAVE_AFTER_EDIT_SECONDS,
                HIDE_DEPRECATED, ONLY_FITTING, CHART_TAB, CHARTS_VISIBLE, LANGUAGE, WORKBOOK_LANGUAGE,
                PDF_PAPER, COMPANY_NAME, COMPANY_LOGO, STALE_DAYS, USAGE_MAPPINGS, APPEARANCE, EXPORT_AUDIENCE)


def settings_dir() -> Path:
    override = os.environ.get(SETTINGS_DIR_ENV)
    if override:
        return Path(override)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation))


def data_dir() -> Path:
    """The user data folder (recovery copies, later user catalogs); created on first use."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    path.mkdir(parents=True, exist_ok=True)
    return path


def open_settings() -> QSettings:
    """The one factory: an INI file in :func:`settings_dir`."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = settings_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat)


def get(setting: Setting, store: QSettings | None = None):
    """The stored value of ``setting`` converted to its declared type, or its default."""
    store = store or open_settings()
    if not store.contains(setting.key):
        return _copy(setting.default)
    raw = store.value(setting.key)
    try:
        value = _convert(raw, setting)
    except (TypeError, ValueError):
        return _copy(setting.default)  # a hand-edited INI with nonsense falls back quietly
    if setting.choices and value not in setting.choices:
        return _copy(setting.default)
    return value


def put(setting: Setting, value, store: QSettings | None = None) -> None:
    store = store or open_settings()
    if not isinstance(value, setting.type):
        value = _convert(value, setting)
    store.setValue(setting.key, value)


def _convert(raw, setting: Setting):
    kind = setting.type
    if kind is bool:
        if isinstance(raw, str):
            return raw.strip().lower() in ("1", "true", "yes", "on")
        return bool(raw)
    if kind is int:
        return int(raw)
    if kind is str:
        return "" if raw is None else str(raw)
    if kind is list:
        # INI turns a one-item list into a plain string and an empty one into None.
        if raw is None or raw == "":
            return []
        if isinstance(raw, str):
            return [raw]
        return [str(item) for item in raw]
    if kind is QByteArray:
        return raw if isinstance(raw, QByteArray) else QByteArray(raw or b"")
    raise TypeError(f"setting {setting.key}: unsupported type {kind!r}")


def _copy(value):
    return list(value) if isinstance(value, list) else value
