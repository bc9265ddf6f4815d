"""The PDF quote: what a client reads, built from the workbook's plan (``content``), its words in English and
Chinese (``labels``), the bundled fonts (``fonts``), the page layout drawn with fpdf2 (``layout``) and the writer
(``writer``). fpdf2 is imported only inside the functions that draw.

May import ``core.pricing``, ``core.catalog``, the foundation and the workbook's plan, labels and context helpers
(never openpyxl, ``core.project``, the importers or the CLI).
"""
