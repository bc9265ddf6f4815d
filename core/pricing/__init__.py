"""Pricing: workloads, exchange rates, the engine (a catalog at an as-of date × workloads → exact comparison
rows), the projection over months (its settings apart: ``projection_settings``), the quote arithmetic (discount →
markup → tax; its terms apart: ``quote_terms``), which rows a view shows by default, and usage history
(``usage``: monthly usage → workloads with fitted growth; ``reconcile``: billed against the catalog's prices).

May import ``core.catalog`` and the foundation; never the project, workbook, importers or CLI.
"""
