"""What a GUI test does as a user (type into a field) and what it reads back (a table cell), plus the core's
own figures to compare them with."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

from core.money import format_money
from core.pricing.engine import Pricer
from core.pricing.workload import Workload
from gui.comparison.columns import COL_MONTHLY


def type_into(qtbot, line_edit, text: str) -> None:
    """Select what the field holds and type ``text`` over it, key by key; characters beyond ASCII (亿, 万)
    arrive as an input method commits them, as they do from a Chinese IME."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    line_edit.setFocus()
    line_edit.selectAll()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(line_edit, char)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(char)
            QApplication.sendEvent(line_edit, event)


def cell(window, model_id: str, column: int = COL_MONTHLY, role=None) -> object:
    """The table model's data for ``model_id`` in ``column`` (DisplayRole unless given)."""
    model = window.model
    index = model.index(model.position_of(model_id), column)
    return index.data() if role is None else index.data(role)


def core_rows(catalog, workloads, *, currency="USD", as_of=None, fx=None, include_deprecated=False,
              include_free=False):
    """The engine's rows for the same inputs, by model id."""
    from core.pricing.fx import DEFAULT_RATES

    comparison = Pricer(catalog).compare(tuple(workloads), as_of=as_of or date.today(), currency=currency,
                                         fx=fx or DEFAULT_RATES, include_deprecated=include_deprecated,
                                         include_free=include_free)
    return {r.model_id: r for r in comparison.rows}


def shown_monthly(window) -> dict[str, str]:
    """Model id → the monthly cost text the table shows."""
    model = window.model
    return {model.row_at(i).model_id: model.index(i, COL_MONTHLY).data() for i in range(model.rowCount())}


def expected_monthly(catalog, workload: Workload, currency="USD", **kwargs) -> dict[str, str]:
    return {m: format_money(r.monthly_cost, currency)
            for m, r in core_rows(catalog, [workload], currency=currency, **kwargs).items()}


def crash_while_editing(volume: str = "777M", project: Path | None = None) -> None:
    """A real session (opening ``project`` if given) types ``volume`` as the input volume, autosaves, and is killed
    with SIGKILL: what a crash leaves behind."""
    opening = f"assert window.open_path({str(project)!r})" if project else ""
    script = textwrap.dedent(f"""
        import os, signal
        from PySide6.QtWidgets import QApplication
        from core.catalog.load import load_catalog
        from gui.main.window import MainWindow
        app = QApplication([])
        window = MainWindow(load_catalog())
        window.show()
        {opening}
        field = window.workloads_panel.input_field.line_edit
        field.setText({volume!r})
        field.textEdited.emit({volume!r})
        window.recovery.write_now()
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=root, capture_output=True, timeout=60)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode(errors="replace")
