"""``QuoteSummary``: the quote's options as the client will be charged — each option's vendor cost, the negotiated
discount, the price after markup, tax and total a month, and the first 12 months incl. tax — the figures the
exported quote carries (:func:`core.workbook.plan.quote_options`, :func:`core.workbook.quote_figures.quote_figures`;
nothing is priced here). Built when its tab is first shown."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.errors import TokenQuoteError
from gui.comparison.cell_formats import short_vendor_name
from gui.comparison.plan_texts import texts
from gui.texts.i18n import is_chinese
from gui.texts.messages import error_text
from gui.texts.numbers import format_money
from gui.widgets.fields import set_text_color
from gui.widgets.style import hint_color, warning_color

YEAR_MONTHS = 12
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def quote_source(document) -> dict:
    """What the summary shows (:meth:`QuoteSummary.show_quote`'s arguments): the quote's options priced month by
    month through the terms, from the document's current comparison; ``problem`` says why there are none."""
    comparison = document.current_comparison
    project = document.project
    shown = {"figures": (), "terms": project.terms, "currency": project.currency, "problem": "", "vendors": {}}
    if comparison is None:
        return {**shown, "problem": document.pricing_error}
    from core.workbook.plan import quote_options
    from core.workbook.quote_figures import quote_figures

    try:
        options = quote_options(project, comparison, document.pricer)
        figures = quote_figures(project, comparison, document.pricer, options, YEAR_MONTHS) if options else ()
    except TokenQuoteError as exc:
        return {**shown, "currency": comparison.currency, "problem": error_text(exc)}
    chinese = is_chinese()
    vendors = {
        v.id: short_vendor_name(v.name_zh) if chinese and v.name_zh else v.name
        for v in document.pricing_catalog.vendors.values()
    }
    return {
        **shown,
        "figures": figures,
        "currency": comparison.currency,
        "vendors": vendors,
        "starts": comparison.as_of,
    }


class QuoteSummary(QWidget):
    """The options' client prices; ``terms_requested`` when the user asks to edit the quote's terms."""

    terms_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quoteSummary")
        self.vendor_names: dict[str, str] = {}  # vendor id → the name the interface uses
        self.terms_line = QLabel(self)
        self.terms_line.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        set_text_color(self.hint, hint_color())
        self.edit_button = QPushButton(self.tr("Quote terms…"), self)
        self.edit_button.clicked.connect(self.terms_requested)
        self.table = QTableWidget(0, 8, self)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control, not the next cell
        self.table.setAccessibleName(self.tr("The quote's options: the client's price, tax and total"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Option"),
                self.tr("Vendor"),
                self.tr("Vendor cost / month"),
                self.tr("Discount"),
                self.tr("Price after markup"),
                self.tr("Tax"),
                self.tr("Total / month"),
                self.tr("First 12 months"),
            ]
        )
        self.table.horizontalHeaderItem(7).setToolTip(
            self.tr(
                "The first 12 months incl. tax: each month's vendor cost with the projection's growth and any price "
                "change, through discount, markup and tax — the year figure of the exported quote"
            )
        )
        self.table.horizontalHeaderItem(4).setToolTip(
            self.tr("What the client pays before tax: (vendor cost − discount) + markup")
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, 120)
        top = QHBoxLayout()
        top.addWidget(self.terms_line, 1)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)

    def show_quote(
        self, figures, terms, currency: str, problem: str = "", vendors: dict | None = None, starts: date | None = None
    ) -> None:
        """Show ``figures`` (:class:`core.workbook.quote_figures.OptionQuote`, in option order) under ``terms``;
        ``vendors`` names each vendor id as the interface does."""
        self.vendor_names = vendors or {}
        self.terms_line.setText(self._terms_text(terms, {v for o in figures for v in o.vendor_ids}))
        self.table.setRowCount(len(figures))
        for row, option in enumerate(figures):
            line, year = option.month, option.year
            discount = format_money(-line.discount, currency) if line.discount else format_money(Decimal(0), currency)
            cells = (
                option.name if option.row is not None else texts().plan_label(option.name),
                self.vendors_text(option.vendor_ids),
                format_money(line.list_cost, currency),
                f"{discount} ({_pct(line.discount_pct)})",
                format_money(line.client_price, currency),
                format_money(line.tax, currency),
                format_money(line.total, currency),
                format_money(year.total, currency),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column > 1:
                    item.setTextAlignment(_RIGHT)
                if column in (4, 6, 7):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        plain = not terms.markup_pct and not terms.discount_pct and not any(terms.vendor_discounts.values())
        floors = [o.name for o in figures if o.option.understated]
        given_away = [o.name for o in figures if o.month.list_cost > 0 and o.month.client_price <= 0]
        from core.workbook.quote_figures import months_before_issue  # with the first quote, not at start-up

        issue = terms.issued()
        past = months_before_issue(starts, issue) if starts is not None and figures else 0
        if problem:
            set_text_color(self.hint, warning_color())
            self.hint.setText(problem)
            return
        # Every warning that holds is said, one a line: a chain that said only the first hid the others (months
        # before the issue date hid a model whose price ends three days later).
        warnings = []
        if past:  # the first 12 months start at the prices' date: months already past would be quoted
            warnings.append(
                self.tr(
                    "The quote's 12 months start on {0}, the prices' date: %n month(s) before its issue date {1} "
                    "are in the client's figures. Set Prices as of to {1} to quote from then.",
                    "",
                    past,
                ).format(starts.isoformat(), issue.isoformat())
            )
        if ended := dict.fromkeys(e for o in figures for e in o.ended):
            # a model the vendor retires within the year: its later months carry an ended price on
            warnings.append(
                self.tr(
                    "The vendor's price of {0} ends within the quote's 12 months: the months after it are priced "
                    "at that ended price, and the client's quote says so."
                ).format(
                    self.tr(", ").join(self.tr("{0} (ends {1})").format(name, end.isoformat()) for name, end in ended)
                )
            )
        if floors:  # the client's copy says "to be confirmed" for these: said here before it is sent
            warnings.append(
                self.tr(
                    "Part of the price of {0} is not known for these volumes (the table's notes "
                    "say why): the client's quote says it is to be confirmed."
                ).format(self.tr(", ").join(floors))
            )
        if given_away:  # a 100% discount: a quote at 0.00 is sent only on purpose
            warnings.append(
                self.tr("The client's price of {0} is 0 (a 100% discount): check Quote terms… before sending.").format(
                    self.tr(", ").join(given_away)
                )
            )
        if plain:
            warnings.append(
                self.tr(
                    "No discount or markup is set: the client's price is the vendor's cost. Quote terms… sets them."
                )
            )
        if warnings:
            set_text_color(self.hint, warning_color())
            self.hint.setText("\n".join(warnings))
        else:
            set_text_color(self.hint, hint_color())
            self.hint.setText(
                self.tr(
                    "The client's quote (File › Export workbook… or Export PDF…, then Client "
                    "quote) shows the price after markup, tax and totals, not the vendor cost "
                    "or discount."
                )
            )

    def vendors_text(self, vendor_ids) -> str:
        """The option's vendor (a plan's vendors, joined) as the interface names them."""
        return self.tr(", ").join(self.vendor_names.get(v, v) for v in vendor_ids)

    def _terms_text(self, terms, vendors: set[str]) -> str:
        named = [
            self.tr("{0} on {1}").format(_pct(pct), self.vendor_names.get(vendor, vendor))
            for vendor, pct in sorted(terms.vendor_discounts.items())
            if vendor in vendors
        ]
        if named:
            others = self.tr("{0} on the others").format(_pct(terms.discount_pct))
            parts = [self.tr("discount {0}").format(self.tr(", ", "between clauses").join([*named, others]))]
        else:
            parts = [self.tr("discount {0}").format(_pct(terms.discount_pct))]
        parts += [self.tr("markup {0}").format(_pct(terms.markup_pct)), self.tr("tax {0}").format(_pct(terms.tax_pct))]
        if terms.client:
            parts.append(self.tr("for {0}").format(terms.client))
        if terms.valid_until is not None:
            parts.append(self.tr("valid until {0}").format(terms.valid_until.isoformat()))
        return self.tr("Quote terms: {0}").format(self.tr(", ", "between clauses").join(parts))  # "，" in Chinese


def _pct(value: Decimal) -> str:
    return f"{value.normalize():f}%"
