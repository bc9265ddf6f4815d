"""The quote workbook (.xlsx): the plan of what goes in it (``plan``), the writer that writes its sheets in order
(``writer``), one module per sheet (``*_sheet``), the shared context, styles, labels (English and Chinese), the
fast row writer (``xml_writer``) and saving (``save``). openpyxl is imported only inside the functions that use it.

May import ``core.pricing``, ``core.catalog`` and the foundation; it reads a project's attributes but never
imports ``core.project``, the importers or the CLI.
"""
