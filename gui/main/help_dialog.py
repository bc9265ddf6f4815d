"""``HelpDialog`` (F1): the bundled help page (resources/help/index.html, or index_zh_CN.html in Chinese) in a
non-modal QTextBrowser window; links to web pages open in the desktop's browser."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from core.errors import TokenQuoteError
from core.resources import resource_path
from gui.texts.i18n import is_chinese


def help_page() -> str:
    """Where the help page is, in the interface's language (English when no translation of the page exists)."""
    for name in ("index_zh_CN.html", "index.html") if is_chinese() else ("index.html",):
        try:
            return str(resource_path("help", name))
        except TokenQuoteError:
            continue
    raise TokenQuoteError("help/index.html", "resource_missing", folder="help")


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("TokenQuote help"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setAccessibleName(self.tr("Help"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setSource(QUrl.fromLocalFile(help_page()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        else:
            self.browser.setSource(url)


def show_help(window) -> HelpDialog:
    """Show (or raise) the window's help dialog."""
    dialog = getattr(window, "_help_dialog", None)
    if dialog is None:
        dialog = window._help_dialog = HelpDialog(window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def show_about(window) -> None:
    """Help › About TokenQuote: the version and the catalog's date and size (texts of the main window)."""
    from PySide6.QtWidgets import QMessageBox

    from core import __version__

    translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls
    catalog = window.catalog
    catalog_date = catalog.catalog_date
    QMessageBox.about(
        window,
        translate("MainWindow", "About TokenQuote"),
        translate(
            "MainWindow",
            "<h3>TokenQuote {0}</h3>"
            "<p>Prices LLM API usage offline against a dated catalog of vendors and models.</p>"
            "<p>Catalog as of {1}: {2} models from {3} vendors.</p>"
            "<p>Prices are shown as each vendor publishes them, with their source and date; exchange rates are "
            "yours to set.</p>",
        ).format(
            __version__,
            catalog_date.isoformat() if catalog_date else translate("MainWindow", "undated"),
            len(catalog),
            len(catalog.vendors),
        ),
    )
