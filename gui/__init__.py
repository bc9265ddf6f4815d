"""TokenQuote's desktop app (PySide6) on the pure-Python core: windows, dialogs, table models, charts, undo
commands and settings. Nothing here computes a price; ``gui.app:main`` is the ``tokenquote`` command."""
