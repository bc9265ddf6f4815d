"""The pandas floor for the frozen-app budgets: the bare PySide6 + QtCharts window of bare_window.py that also
imports pandas (as TokenQuote's usage import does), frozen by packaging/bench/bare.spec."""

import sys

import pandas  # noqa: F401  (the point: pandas and numpy in the bundle)
from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QChartView(QChart()))
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
