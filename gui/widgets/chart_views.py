"""What every chart view shares: colours from the palette (background, title, legend, axes and grid read on a
light and a dark palette) and a context menu to copy the chart as an image or save it as PNG. Imported only by
the chart modules, which are themselves imported when a chart is first shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPoint, Qt
from PySide6.QtGui import QBrush, QGuiApplication, QPalette, QPen
from PySide6.QtWidgets import QMenu, QWidget

from gui.widgets.style import hint_color, mix, palette


def follow_palette(chart: QChart) -> None:
    """Paint ``chart`` in the palette's colours; call again after its axes are made (each axis has its own)."""
    pal = palette()
    text = pal.color(QPalette.ColorRole.WindowText)
    base = pal.color(QPalette.ColorRole.Base)
    chart.setBackgroundBrush(QBrush(base))
    chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
    chart.setTitleBrush(QBrush(text))
    chart.legend().setLabelColor(text)
    grid = mix(text, base, 0.18)
    for axis in chart.axes():
        axis.setLabelsColor(text)
        axis.setTitleBrush(QBrush(text))
        axis.setLinePenColor(hint_color())
        axis.setGridLineColor(grid)


def chart_image(view: QChartView):
    """The view as shown, as a QPixmap (at the screen's pixel ratio)."""
    return view.grab()


def png_bytes(view: QChartView) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    chart_image(view).save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def copy_image(view: QChartView) -> None:
    QGuiApplication.clipboard().setPixmap(chart_image(view))


def save_image(view: QChartView, path: str | Path) -> Path:
    """Write the chart as PNG to ``path`` atomically (``.png`` added when missing); raises core's WriteError."""
    from core.atomic import atomic_write_bytes

    target = Path(path)
    if target.suffix.lower() != ".png":
        target = target.with_name(target.name + ".png")
    atomic_write_bytes(target, png_bytes(view))
    return target


def ask_and_save_image(view: QChartView, suggested: str) -> Path | None:
    from PySide6.QtWidgets import QMessageBox

    from core.errors import TokenQuoteError
    from gui.texts.messages import error_text
    from gui.widgets.file_dialogs import get_save_file_name

    path, _ = get_save_file_name(
        view.window(),
        QCoreApplication.translate("ChartImage", "Save chart image"),
        suggested,
        QCoreApplication.translate("ChartImage", "PNG images (*.png)"),
    )
    if not path:
        return None
    try:
        return save_image(view, path)
    except TokenQuoteError as exc:
        QMessageBox.warning(
            view.window(), QCoreApplication.translate("ChartImage", "Cannot save the image"), error_text(exc)
        )
        return None


def add_image_menu(view: QChartView, suggested_name: str) -> None:
    """Right-click on ``view``: Copy image, Save image… (suggesting ``suggested_name``.png)."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show_menu(point: QPoint) -> None:
        menu = image_menu(view, suggested_name)
        menu.exec(view.mapToGlobal(point))

    view.customContextMenuRequested.connect(show_menu)


def image_menu(view: QChartView, suggested_name: str, parent: QWidget | None = None) -> QMenu:
    menu = QMenu(parent or view)
    copy = menu.addAction(QCoreApplication.translate("ChartImage", "&Copy image"))
    copy.setObjectName("copyChartImage")
    copy.triggered.connect(lambda: copy_image(view))
    save = menu.addAction(QCoreApplication.translate("ChartImage", "&Save image…"))
    save.setObjectName("saveChartImage")
    save.triggered.connect(lambda: ask_and_save_image(view, f"{suggested_name}.png"))
    return menu
