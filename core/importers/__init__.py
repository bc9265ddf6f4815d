"""Price-list importers (a LiteLLM price map, a genai-prices data file, or a CSV/XLSX price list, into catalog
vendor files) and usage exports in (a CSV/XLSX usage or billing export into monthly tokens per model: ``usage``
and its ``usage_*`` steps).

The entry point is :mod:`core.importers.price_lists` (``run_import``, ``write_template``). Beside it: the
report (``report``), what the importers share (``common``), meeting the user's catalog (``merge``), writing
the files (``output``), the LiteLLM map (``litellm``, ``litellm_read``, ``litellm_vendors``,
``litellm_pricing``), pydantic genai-prices' data (``genai_prices``, ``genai_read``, ``genai_pricing``), the
CSV/XLSX table (``table``, ``table_read``, ``table_cells``, ``table_template``), and the cross-check of a catalog
against such datasets (``crosscheck``).

May import the foundation (``core.errors``, ``core.money``, ``core.volumes``, ``core.atomic``,
``core.resources``, ``core.text``), ``core.catalog`` and ``core.pricing``; never ``core.project``,
``core.workbook``, ``core.cli``, Qt or ``gui``. pandas and openpyxl are imported inside the functions that
use them, never at module level (start-up time is measured).
"""
