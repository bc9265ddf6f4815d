"""A plan's constraints: which models its "cheapest that fits" slots may pick from — vendors, regions, billing
currencies (none ticked: any), a minimum context window, and a batch or off-peak price where a workload sends
such traffic — and the one-line summary the Plans panel shows. The core checks the constraints
(``core.pricing.cheapest.Constraints``); its refusal is shown at the field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.catalog.model import Catalog
from core.errors import InputError, TokenQuoteError
from core.pricing.plans import Constraints, Plan
from core.volumes import format_volume, parse_volume
from gui.comparison.plan_texts import texts
from gui.texts.i18n import vendor_name
from gui.texts.messages import error_text, region_text
from gui.texts.numbers import decimal_point, format_count
from gui.widgets.fields import ParsedField, set_text_color
from gui.widgets.style import error_color


def constraints_summary(c: Constraints, catalog: Catalog) -> str:
    """What the cheapest slots may pick from, in a line: "Cheapest among: any model", or the limits set."""
    return texts().constraints(c, lambda vendor_id: _vendor_name(catalog, vendor_id))


def _vendor_name(catalog: Catalog, vendor_id: str) -> str:
    vendor = catalog.vendors.get(vendor_id)
    if vendor is None:
        return vendor_id
    return vendor_name(vendor)


class ConstraintsDialog(QDialog):
    """Edits ``plan``'s constraints; on OK :attr:`result_constraints` holds the new ones."""

    def __init__(self, plan: Plan, catalog: Catalog, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Constraints of “{0}”").format(plan.name))
        self.result_constraints: Constraints | None = None
        self._models = plan.constraints.models  # set on the command line; kept as they are
        c = plan.constraints
        intro = QLabel(
            self.tr(
                "The workloads on “Cheapest that fits” take the cheapest model that passes these "
                "limits and whose context holds their prompt. Nothing ticked in a list: any."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.vendors = QListWidget(self)
        self.vendors.setObjectName("constraintVendors")
        self.vendors.setAccessibleName(self.tr("Vendors"))
        for vendor in sorted(catalog.vendors.values(), key=lambda v: v.name.casefold()):
            label = vendor_name(vendor)
            item = QListWidgetItem(label, self.vendors)
            item.setData(Qt.ItemDataRole.UserRole, vendor.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if vendor.id in c.vendors else Qt.CheckState.Unchecked)
        self.regions = self._boxes(sorted({v.region for v in catalog.vendors.values()}), c.regions, region_text)
        self.currencies = self._boxes(
            sorted({m.currency for m in catalog}), c.currencies, lambda code: self.tr("Billed in {0}").format(code)
        )
        self.min_context = ParsedField(
            lambda text: parse_volume(text or "0", self.tr("minimum context"), decimal=decimal_point()),
            lambda tokens: format_volume(tokens) if tokens else "",
            lambda tokens, _text: (
                self.tr("= {0} tokens").format(format_count(tokens)) if tokens else self.tr("any context window")
            ),
            self,
        )
        self.min_context.line_edit.setPlaceholderText(self.tr("e.g. 128K"))
        self.min_context.line_edit.setAccessibleName(self.tr("Minimum context window"))
        self.min_context.set_value(c.min_context)
        self.batch = QCheckBox(self.tr("A batch price, for the workloads that send batch traffic"), self)
        self.batch.setChecked(c.batch_support)
        self.off_peak = QCheckBox(self.tr("An off-peak price, for the workloads that send off-peak traffic"), self)
        self.off_peak.setChecked(c.off_peak_support)
        self.keep_models = QCheckBox(self)
        self.keep_models.setText(self.tr("Only among the %n model(s) named in the project file", "", len(self._models)))
        self.keep_models.setChecked(bool(self._models))
        self.keep_models.setVisible(bool(self._models))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        set_text_color(self.problem, error_color())
        self.problem.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Reset,
            self,
        )
        buttons.button(QDialogButtonBox.StandardButton.Reset).setText(self.tr("Any model"))
        buttons.button(QDialogButtonBox.StandardButton.Reset).clicked.connect(self.clear)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        grid = QGridLayout()
        grid.addWidget(self._group(self.tr("Vendors"), [self.vendors]), 0, 0, 3, 1)
        grid.addWidget(self._group(self.tr("Regions"), list(self.regions.values())), 0, 1)
        grid.addWidget(self._group(self.tr("Billing currencies"), list(self.currencies.values())), 1, 1)
        context = QLabel(self.tr("Minimum context window (tokens)"), self)
        context.setBuddy(self.min_context.line_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(context)
        layout.addWidget(self.min_context)
        layout.addWidget(self.batch)
        layout.addWidget(self.off_peak)
        layout.addWidget(self.keep_models)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _boxes(self, codes, ticked, label) -> dict[str, QCheckBox]:
        boxes = {}
        for code in codes:
            box = QCheckBox(label(code), self)
            box.setChecked(code in ticked)
            boxes[code] = box
        return boxes

    def _group(self, title: str, widgets) -> QGroupBox:
        group = QGroupBox(title, self)
        layout = QVBoxLayout(group) if len(widgets) != 1 or isinstance(widgets[0], QCheckBox) else QHBoxLayout(group)
        for widget in widgets:
            layout.addWidget(widget)
        return group

    def clear(self) -> None:
        """Any model: nothing ticked, no minimum context, no batch or off-peak price asked for."""
        for i in range(self.vendors.count()):
            self.vendors.item(i).setCheckState(Qt.CheckState.Unchecked)
        for box in (*self.regions.values(), *self.currencies.values(), self.batch, self.off_peak, self.keep_models):
            box.setChecked(False)
        self.min_context.set_value(0)

    def constraints(self) -> Constraints:
        """The constraints as set (raises the core's error when one is refused)."""
        vendors = tuple(
            self.vendors.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.vendors.count())
            if self.vendors.item(i).checkState() == Qt.CheckState.Checked
        )
        min_context = self.min_context.check()
        if min_context is None:
            raise InputError(self.tr("Minimum context window"), "text", text=self.min_context.error)
        return Constraints(
            models=self._models if self.keep_models.isChecked() else (),
            vendors=vendors,
            regions=tuple(code for code, box in self.regions.items() if box.isChecked()),
            currencies=tuple(code for code, box in self.currencies.items() if box.isChecked()),
            min_context=min_context,
            batch_support=self.batch.isChecked(),
            off_peak_support=self.off_peak.isChecked(),
        )

    def accept(self) -> None:
        try:
            self.result_constraints = self.constraints()
        except TokenQuoteError as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            return
        super().accept()
