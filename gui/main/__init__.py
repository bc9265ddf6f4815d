"""The main window: its composition, menus and tool bar, file and export actions, crash recovery prompt, the
workloads panel and the dialogs it opens (terms, FX, volume helper, preferences).

May import ``gui.catalog``, ``gui.comparison`` and everything below them; nothing but ``gui.app`` imports it.
"""
