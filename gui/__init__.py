"""TokenQuote's desktop app (PySide6) on the pure-Python core. Nothing here computes a price; ``gui.app:main`` is
the ``tokenquote`` command. Grouped by what a user sees, with imports running one way (import-linter contracts):

    app  →  main  →  catalog | comparison | usage  →  document, recovery, workers, command_line  →  widgets  →  texts  →
    settings

``main/`` the main window, its file and export actions, the workloads panel and its dialogs; ``comparison/`` the
table model and view and the charts; ``catalog/`` the catalog window, its panels, models and dialogs; ``usage/`` File › Import usage… (mapping,
results, reconciliation); ``texts/``
the core's messages in the interface's language, numbers, provenance, i18n; ``widgets/`` fields, file dialogs,
icons, style. Every package may import ``core``; ``core`` never imports ``gui``.
"""
