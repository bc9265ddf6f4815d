"""``tokenquote``: the desktop app.

    tokenquote [PROJECT.tokenquote]     open the app (and the project)
    tokenquote --version                print the version and the catalog date, open no window
    tokenquote --self-check             open the window, price the default workload, save a project to a
                                        temporary folder, read it back, compare; exit 0 or 1 with the reason

Start-up stays light: nothing here imports pandas, openpyxl or jsonschema, and QtCharts loads right after the
first paint. Environment: ``TOKENQUOTE_SETTINGS_DIR`` and ``TOKENQUOTE_DATA_DIR`` move the settings file and the
user data (tests point them at a temporary folder); ``TOKENQUOTE_EXIT_WHEN_SHOWN=1`` prints ``shown_at=<time>``
and quits as soon as the window with its comparison is on screen and the event loop runs, ``=charts`` once the
chart is drawn too (tests/benchmarks/bench_startup.py uses both).
"""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from core import __version__
from core.catalog.load import load_catalog
from core.catalog.model import Catalog
from core.errors import TokenQuoteError
from gui import settings as cfg
from gui.command_line import parse_arguments

EXIT_WHEN_SHOWN_ENV = "TOKENQUOTE_EXIT_WHEN_SHOWN"


def version_text(catalog: Catalog) -> str:
    day = catalog.catalog_date
    return (f"TokenQuote {__version__} (catalog {day.isoformat() if day else 'undated'}, {len(catalog)} models, "
            f"{len(catalog.vendors)} vendors)")


def install_translators(app: QApplication) -> list[QTranslator]:
    """Load Qt's own and TokenQuote's translations for the language in Preferences (else the system's) and make
    its locale the default; see :func:`gui.i18n.install_language`. The list is also kept on the app: a
    QTranslator that is garbage-collected silently stops translating."""
    from gui.texts.i18n import install_language, installed_translators

    install_language(app)
    return installed_translators(app)


def make_app(argv: Sequence[str]) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv))
    app.setOrganizationName(cfg.ORGANIZATION)
    app.setApplicationName(cfg.APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("tokenquote")
    from gui.widgets.icons import app_icon
    from gui.widgets.style import apply_appearance
    apply_appearance(app, cfg.get(cfg.APPEARANCE))     # before any window: colours are read when widgets are made
    app.setWindowIcon(app_icon())
    install_translators(app)
    return app


_unexpected_shown: set[str] = set()   # each distinct unexpected problem is shown once a run (a paint may repeat it)
_unexpected_showing = False


def show_unexpected(kind, error, trace) -> None:
    """``sys.excepthook`` while the app runs: an error no rule foresaw, raised in any slot (a click, a keystroke, a
    repaint), is said in the user's language — never as Python's text — and logged with its traceback
    (:func:`gui.texts.messages.error_text`); Qt goes on with the next event, so the app stays usable."""
    global _unexpected_showing
    if issubclass(kind, KeyboardInterrupt) or _unexpected_showing:
        sys.__excepthook__(kind, error, trace)
        return
    error = error if error is not None else kind()
    key = f"{kind.__name__}: {error}"
    if key in _unexpected_shown:   # said already: logged only
        sys.__excepthook__(kind, error, trace)
        return
    _unexpected_shown.add(key)
    from gui.texts.messages import error_text

    text = error_text(error.with_traceback(trace) if error.__traceback__ is None else error)
    from PySide6.QtWidgets import QMessageBox
    _unexpected_showing = True
    try:
        QMessageBox.critical(QApplication.activeWindow(), QCoreApplication.translate("app", "TokenQuote"), text)
    finally:
        _unexpected_showing = False


def main(argv: Sequence[str] | None = None) -> int:
    # Start-up makes ~45,000 objects that live as long as the app (modules, classes, Qt for Python's types and
    # enums, the catalog) and next to no cyclic garbage; the cyclic collector would walk them again and again
    # while they are made (25–40 ms of start-up here) and free nothing. It waits until the window is up (see
    # _collect_from_now_on); reference counting frees everything else as usual meanwhile.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(argv, collecting)
    finally:
        if collecting:
            gc.enable()


def _collect_from_now_on() -> None:
    """The window is up: what start-up made goes to the collector's permanent generation (so later collections,
    while the user types, do not walk it either), and collection resumes."""
    gc.freeze()
    gc.enable()


def _main(argv: Sequence[str] | None, collecting: bool) -> int:
    argv = list(sys.argv if argv is None else argv)
    args, qt_args = parse_arguments(argv[1:])   # Qt's own options (-style …) pass through
    argv = argv[:1] + qt_args
    if args.version:
        try:
            print(version_text(load_catalog(args.catalog)))
        except TokenQuoteError as exc:
            print(f"TokenQuote {__version__}")
            print(f"tokenquote: the catalog cannot be read: {exc}", file=sys.stderr)
            return 2
        return 0
    if args.self_check:
        return self_check(argv[:1], args.catalog)

    app = make_app(argv)
    sys.excepthook = show_unexpected   # from here on no traceback is all a user gets
    try:
        catalog = load_catalog(args.catalog)
    except TokenQuoteError as exc:
        from PySide6.QtWidgets import QMessageBox

        from gui.texts.messages import error_text
        QMessageBox.critical(None, QCoreApplication.translate("app", "TokenQuote cannot start"),
                             QCoreApplication.translate("app", "The price catalog could not be read.\n\n{0}")
                             .format(error_text(exc)))
        print(f"tokenquote: {exc}", file=sys.stderr)
        return 2
    from gui.main.window import MainWindow
    window = MainWindow(catalog)
    window.show()
    if collecting:
        QTimer.singleShot(0, _collect_from_now_on)
    exit_when = os.environ.get(EXIT_WHEN_SHOWN_ENV)
    if exit_when == "1":
        # The comparison is filled in the constructor; quit once the loop has shown the window.
        QTimer.singleShot(0, lambda: _quit_shown(app))
    elif exit_when == "charts":
        # ... or once the chart under the table has been built too (the benchmark's second figure).
        window.chart_pane.chart_did_build.connect(lambda _chart: QTimer.singleShot(0, lambda: _quit_shown(app)))
    else:
        if args.project:
            QTimer.singleShot(0, lambda: window.open_path(args.project))
        QTimer.singleShot(0, window.offer_recovery)
        from gui.widgets.font_check import report_font_problem
        QTimer.singleShot(0, lambda: report_font_problem(window))
    code = app.exec()
    return code


def _quit_shown(app: QApplication) -> None:
    """Say when the window was up (wall clock, for the start-up benchmark) and quit."""
    print(f"shown_at={time.time():.6f}", flush=True)
    app.quit()


def _snapshot(comparison) -> list[tuple]:
    return [(r.model_id, r.rank, r.input_cost, r.output_cost, r.monthly_cost_native, r.monthly_cost, r.annual_cost)
            for r in comparison.rows]


def self_check(argv: Sequence[str], extra_catalogs: Sequence[str] = ()) -> int:
    """Exercise the real window end to end in a temporary folder; 0 when every figure survives a save and a
    re-open, else 1 with the reason on stderr. Touches neither the user's settings nor their recovery files."""
    import tempfile

    saved_env = {key: os.environ.get(key) for key in (cfg.SETTINGS_DIR_ENV, cfg.DATA_DIR_ENV)}
    with tempfile.TemporaryDirectory(prefix="tokenquote-self-check-") as tmp:
        os.environ[cfg.SETTINGS_DIR_ENV] = str(Path(tmp) / "settings")
        os.environ[cfg.DATA_DIR_ENV] = str(Path(tmp) / "data")
        try:
            summary = _run_self_check(make_app(argv), load_catalog(extra_catalogs), Path(tmp))
        except Exception as exc:
            print(f"tokenquote --self-check failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
        finally:
            for key, value in saved_env.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    print(f"tokenquote --self-check passed: {summary}")
    return 0


def _run_self_check(app: QApplication, catalog: Catalog, folder: Path) -> str:
    from gui.comparison.columns import COL_MONTHLY
    from gui.main.window import MainWindow, default_project
    from gui.texts.numbers import (
        format_money,  # the engine's exact figure, laid out as the interface's locale writes it
    )

    window = MainWindow(catalog, autosave=False, interactive=False)   # problems are collected, not shown
    window.show()
    app.processEvents()
    document = window.document
    comparison = document.comparison
    if comparison is None or not comparison.rows:
        raise AssertionError(f"the default workload priced no models ({document.pricing_error})")
    if window.model.rowCount() != len(comparison.rows):
        raise AssertionError(f"the table shows {window.model.rowCount()} rows, the engine priced "
                             f"{len(comparison.rows)}")
    first = window.model.row_at(0)
    shown = window.model.index(0, COL_MONTHLY).data()
    if shown != format_money(first.monthly_cost, comparison.currency):
        raise AssertionError(f"the table shows {shown} for {first.model_id}, the engine {first.monthly_cost}")
    chosen = tuple(r.model_id for r in comparison.rows[:3])
    document.edit(document.project.edited(selected=chosen), "self-check")
    before = _snapshot(document.comparison)
    path = folder / "self-check.tokenquote"
    if not window.save_to(path):
        raise AssertionError("; ".join(window.problems) or "saving the project failed")
    document.reset(default_project("self-check"))      # forget it, then read it back from the file
    if not window.open_path(path):
        raise AssertionError("; ".join(window.problems) or "re-opening the project failed")
    after = _snapshot(document.comparison)
    if before != after:
        changed = next((b[0] for b, a in zip(before, after) if b != a), f"{len(before)} rows became {len(after)}")
        raise AssertionError(f"figures differ after save and re-open: {changed}")
    if document.project.selected != chosen:
        raise AssertionError(f"the chosen models came back as {document.project.selected}, not {chosen}")
    pages = _check_pdf(window)
    window.close()
    from gui.widgets.font_check import font_problem
    fonts = font_problem() or "Latin and Chinese fonts found"
    return (f"{version_text(catalog)}; {len(before)} models priced for the default workload; the project was "
            f"saved and read back with identical figures; a {pages}-page PDF quote was written and previewed; {fonts}.")


def _check_pdf(window) -> int:
    """The PDF quote of the open project, built by the core (fpdf2, the bundled fonts) and loaded by the preview
    (Qt PDF): the parts a frozen bundle could leave out."""
    from core.workbook.pdf.writer import build_pdf
    from gui.main.pdf_preview_dialog import PdfPreviewDialog

    document = window.document
    data = build_pdf(document.saveable_project(), document.pricing_catalog, comparison=document.current_comparison,
                     pricer=document.pricer)
    preview = PdfPreviewDialog(data, window)
    pages = preview.page_count()
    preview.deleteLater()
    if pages < 1:
        raise AssertionError(f"the PDF quote's preview shows no page ({preview.summary.text()})")
    return pages


if __name__ == "__main__":
    sys.exit(main())
