"""The floor for the frozen-app budgets: a bare PySide6 + QtCharts window that shows and quits.

Frozen with the same PyInstaller and the same Qt filter as TokenQuote (packaging/bench/bare.spec), so the size
and start-up ratios printed by tests/benchmarks/bench_frozen.py compare like with like.
"""
import sys

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QChartView(QChart()))
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
