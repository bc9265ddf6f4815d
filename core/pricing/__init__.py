"""Pricing: workloads, exchange rates, the engine (a catalog at an as-of date × workloads → exact comparison
rows), the projection over months, the quote arithmetic (discount → markup → tax) and which rows a view shows
by default.

May import ``core.catalog`` and the foundation; never the project, workbook, importers or CLI.
"""
