"""GUI test fixtures: the real bundled catalog, a main window around it, settings and user data in a temporary
folder (never the real home), QMessageBox's static functions replaced by a recorder so no test blocks on
a modal box, and the translations compiled from the committed .ts files (every test starts in English; the
``chinese`` fixture switches the interface to Simplified Chinese)."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QMessageBox

from core.catalog.load import load_catalog


class MessageBoxes:
    """Every message box the code under test opened: (kind, title, text). ``answers`` is what the next
    ``question`` calls return, in order; when empty a question is answered Discard, else No."""

    def __init__(self):
        self.shown: list[tuple[str, str, str]] = []
        self.answers: list[QMessageBox.StandardButton] = []

    def kinds(self) -> list[str]:
        return [kind for kind, _title, _text in self.shown]

    def texts(self) -> str:
        return "\n".join(f"{title}: {text}" for _kind, title, text in self.shown)

    def _record(self, kind):
        def show(_parent, title, text, *args, **kwargs):
            self.shown.append((kind, title, text))
            if kind != "question":
                return QMessageBox.StandardButton.Ok
            if self.answers:
                return self.answers.pop(0)
            buttons = args[0] if args else kwargs.get("buttons", QMessageBox.StandardButton.NoButton)
            if buttons & QMessageBox.StandardButton.Discard:
                return QMessageBox.StandardButton.Discard
            return QMessageBox.StandardButton.No
        return staticmethod(show)


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory):
    """The committed .ts files compiled with pyside6-lrelease into a temporary folder the app is pointed at
    (``$TOKENQUOTE_TRANSLATIONS_DIR``), so tests never depend on, or trust, a .qm left in the source tree.
    Yields {name: lrelease's report}."""
    from translation_tools import TS_DIR, run_lrelease

    from gui.texts.i18n import TRANSLATIONS_DIR_ENV

    folder = tmp_path_factory.mktemp("translations")
    reports = {ts.stem: run_lrelease(ts, folder / f"{ts.stem}.qm").stdout for ts in sorted(TS_DIR.glob("*.ts"))}
    previous = os.environ.get(TRANSLATIONS_DIR_ENV)
    os.environ[TRANSLATIONS_DIR_ENV] = str(folder)   # subprocesses started by tests inherit it too
    yield reports
    if previous is None:
        os.environ.pop(TRANSLATIONS_DIR_ENV, None)
    else:
        os.environ[TRANSLATIONS_DIR_ENV] = previous


@pytest.fixture(autouse=True)
def english_interface(qapp, compiled_translations):
    """Every test starts in English with the English plural forms, and in en_US figures, whatever the
    machine's locale (an en_IN machine would group in lakhs)."""
    from PySide6.QtCore import QLocale

    from gui.texts.i18n import ENGLISH, install_language

    def english():
        install_language(qapp, ENGLISH)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    english()
    yield
    english()


@pytest.fixture
def chinese(qapp, user_folders):
    """The interface switched to Simplified Chinese through the Language setting, as at a start."""
    from gui import settings as cfg
    from gui.texts.i18n import CHINESE, install_language

    cfg.put(cfg.LANGUAGE, CHINESE)
    assert install_language(qapp) == CHINESE
    return qapp


@pytest.fixture(autouse=True)
def user_folders(tmp_path, monkeypatch):
    """Settings and user data of every GUI test live in its own temporary folder."""
    settings_dir, data_dir = tmp_path / "settings", tmp_path / "data"
    monkeypatch.setenv("TOKENQUOTE_SETTINGS_DIR", str(settings_dir))
    monkeypatch.setenv("TOKENQUOTE_DATA_DIR", str(data_dir))
    return settings_dir, data_dir


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch) -> MessageBoxes:
    boxes = MessageBoxes()
    for kind in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, kind, boxes._record(kind))
    return boxes


@pytest.fixture(scope="session")
def catalog():
    """The real bundled catalog (resources/catalog)."""
    return load_catalog()


@pytest.fixture
def make_window(qtbot, catalog):
    """Build main windows as the app does; each is closed at the end (unsaved changes discarded)."""
    from gui.main.window import MainWindow

    windows = []

    def make(**kwargs):
        window = MainWindow(kwargs.pop("catalog", catalog), **kwargs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()


@pytest.fixture
def window(make_window):
    return make_window()
