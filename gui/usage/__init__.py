"""File › Import usage…: a usage export's columns mapped to fields (with a preview), read on a worker with
progress, the report, the workloads it gives (with fitted growth) added to the project as one undoable edit, and
the reconciliation of billed against catalog prices as a table and chart.

May import ``gui.document``, ``gui.workers``, ``gui.widgets``, ``gui.texts``, ``gui.settings`` and core; never
``gui.main``, ``gui.catalog`` or ``gui.comparison``. The importers, pandas and QtCharts load when an import
starts, never at start-up.
"""
