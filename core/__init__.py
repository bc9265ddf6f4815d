"""TokenQuote core: exact pricing of LLM API usage, with no Qt dependency.

Everything here is pure Python so the CLI, the tests and the workbook writer run without a display;
the GUI in ``gui/`` adapts these objects and never computes a price itself.
"""

__version__ = "0.1.0"
