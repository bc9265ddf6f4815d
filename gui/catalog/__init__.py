"""The catalog as the user manages it: the catalog window, its panels and models, the dialogs for custom models,
negotiated prices and imports, "what changed", and the catalog actions of the main window.

May import ``gui.document``, ``gui.workers``, ``gui.widgets``, ``gui.texts``, ``gui.settings`` and core; never
``gui.main`` or ``gui.comparison``.
"""
