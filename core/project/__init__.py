"""The project: the ``Project`` a quote is made of, its pure edits (``edits``), what changed since its prices
were saved (``changes``) and the ``.tokenquote`` file (``file``).

May import ``core.pricing``, ``core.catalog`` and the foundation; never the workbook, importers or CLI.
"""
