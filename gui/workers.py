"""Slow work (an export, an import) off the GUI thread, with results coming back as Qt signals.

``run_in_background(fn, ...)`` runs ``fn(*args, progress=callback, **kwargs)`` on the global thread pool and
returns a :class:`Task` whose signals are delivered in the GUI thread. The work function never touches a
widget; it reports through ``progress(done, total)``.
"""

from __future__ import annotations

import sys
import traceback
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from core.errors import TokenQuoteError


class Task(QObject):
    """Signals of one background job. ``failed`` carries the exception (a TokenQuoteError names what and
    where; anything else is unexpected and its traceback goes to stderr)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.cancelled = False
        self.done = False          # set (in the GUI thread) once ``finished`` has been delivered
        self.result = None
        self.error: BaseException | None = None
        self.finished.connect(self._release)   # delivered in the GUI thread, where the task lives

    @Slot()
    def _release(self) -> None:
        self.done = True
        _running.discard(self)

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        self.cancelled = True


class Cancelled(Exception):
    """Raised inside a job's progress callback once its task was cancelled."""


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable, args: tuple, kwargs: dict, with_progress: bool):
        super().__init__()
        self.task = task
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.with_progress = with_progress

    def run(self) -> None:
        task = self.task

        def progress(done: int, total: int) -> None:
            if task.cancelled:
                raise Cancelled()
            task.progressed.emit(int(done), int(total))

        try:
            kwargs = dict(self.kwargs)
            if self.with_progress:
                kwargs["progress"] = progress
            result = self.fn(*self.args, **kwargs)
        except (Cancelled, TokenQuoteError) as exc:
            task.error = exc
            task.failed.emit(exc)
        except Exception as exc:
            traceback.print_exc(file=sys.stderr)
            task.error = exc
            task.failed.emit(exc)
        else:
            task.result = result
            task.succeeded.emit(result)
        finally:
            task.finished.emit()


_running: set[Task] = set()   # keeps each Task alive until its job has finished


def run_in_background(fn: Callable, *args, on_success: Callable | None = None,
                      on_failure: Callable | None = None, on_progress: Callable | None = None,
                      with_progress: bool = True, **kwargs) -> Task:
    """Start ``fn(*args, **kwargs)`` on the thread pool and return its :class:`Task`.

    Parameters
    ----------
    on_success, on_failure, on_progress
        Connected before the job starts (a signal emitted before a connection exists is lost); pass methods
        of a QObject living in the GUI thread so they run there.
    with_progress
        Pass ``progress=callable(done, total)`` to ``fn``.
    """
    task = Task()
    for signal, slot in ((task.succeeded, on_success), (task.failed, on_failure), (task.progressed, on_progress)):
        if slot is not None:
            signal.connect(slot)
    _running.add(task)
    QThreadPool.globalInstance().start(_Runnable(task, fn, args, kwargs, with_progress))
    return task


class ProgressRun(QObject):
    """A background job shown in a progress dialog, with the action that started it disabled until it ends.

    The export and the import both work this way: the dialog follows ``progress(done, total)``, its Cancel asks
    the task to stop, and :meth:`end` (called first by the caller's success/failure handler) closes the dialog and
    enables the action again. ``task`` and ``dialog`` are None once it has ended.
    """

    def __init__(self, dialog, action, parent: QObject | None = None):
        super().__init__(parent)
        self.dialog = dialog
        self.action = action
        self.task: Task | None = None
        self._updating = False
        self._ended = None

    def start(self, fn: Callable, *args, on_success: Callable, on_failure: Callable, **kwargs) -> Task:
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setValue(0)
        self.action.setEnabled(False)
        self.task = run_in_background(fn, *args, on_success=on_success, on_failure=on_failure,
                                      on_progress=self._on_progress, **kwargs)
        self.dialog.canceled.connect(self.task.cancel)
        return self.task

    @property
    def cancelled(self) -> bool:
        return self.task is not None and self.task.cancelled

    def _on_progress(self, done: int, total: int) -> None:
        # A modal QProgressDialog's setValue() runs the event loop: the job's result (and end(), which closes the
        # dialog) can arrive inside it. The dialog is then let go only once setValue() has returned; a report
        # arriving meanwhile is dropped (the next one shows the progress).
        dialog = self.dialog
        if dialog is None or total <= 0 or self._updating:
            return
        self._updating = True
        try:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        finally:
            self._updating = False
            if self._ended is not None:
                self._ended.deleteLater()
                self._ended = None

    def end(self) -> None:
        self.action.setEnabled(True)
        if self.dialog is not None:
            self.dialog.close()
            if self._updating:
                self._ended = self.dialog     # deleted once its setValue() has returned
            else:
                self.dialog.deleteLater()
            self.dialog = None
        self.task = None
