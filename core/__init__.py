"""TokenQuote core: exact pricing of LLM API usage, with no Qt dependency.

Everything here is pure Python so the CLI, the tests and the workbook writer run without a display; the GUI in
``gui/`` adapts these objects and never computes a price itself. Imports run one way (import-linter contracts in
pyproject.toml, checked by the tests):

    cli  →  workbook | project | importers  →  pricing  →  catalog  →  foundation

The foundation is the flat modules here: ``errors`` and ``error_texts`` (errors as codes), ``money`` (exact
Decimal money), ``currencies`` (ISO 4217 codes and minor units), ``volumes`` (token volumes as people type
them), ``atomic`` (atomic writes), ``resources`` (where ``resources/`` is), ``text`` (display width, links).
"""

__version__ = "0.1.0"
