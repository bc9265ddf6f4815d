"""The comparison as the user sees it: the table model (a thin adapter over the engine's rows) and its view, and
the charts under it (cost bars, projection).

May import ``gui.document``, ``gui.workers``, ``gui.widgets``, ``gui.texts``, ``gui.settings`` and core; never
``gui.main`` or ``gui.catalog``.
"""
