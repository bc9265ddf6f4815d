"""The Reconciliation sheet as LibreOffice recalculates it: its totals are over the lines with both a bill and a
catalog cost, as the app's and the CLI's are, and the lines with one figure only are named under them.

A DeepSeek bill for a month after the catalog's last DeepSeek V3 price (2026-07-23) has no catalog cost; summed
into "billed" alone it made a difference of its whole amount (a 10.7% overcharge) beside lines whose own
differences were all 0."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from test_workbook_libreoffice import money, soffice

from core.catalog.load import load_catalog
from core.importers.usage import import_usage
from core.pricing.engine import Pricer
from core.pricing.fx import DEFAULT_RATES
from core.pricing.reconcile import reconcile
from core.project.model import Project
from core.workbook.writer import export_project

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from usage_files import write_csv

pytestmark = pytest.mark.libreoffice

ROWS = [["2026-05-05", "gpt-4o", "10000000", "1000000", "35.00", "USD"],
        ["2026-05-06", "deepseek-chat", "20000000", "2000000", "25.00", "CNY"],
        ["2026-06-05", "gpt-4o", "10000000", "1000000", "35.00", "USD"],
        ["2026-08-05", "gpt-4o", "10000000", "1000000", "35.00", "USD"],
        ["2026-08-06", "deepseek-chat", "20000000", "2000000", "25.00", "CNY"]]


def test_totals_are_over_the_lines_with_both_figures_and_the_others_are_named(tmp_path):
    catalog = load_catalog()
    path = write_csv(tmp_path / "usage.csv", ["date", "model", "input_tokens", "output_tokens", "cost", "currency"],
                     ROWS)
    imported = import_usage(path, catalog)
    rec = reconcile(imported.rows, Pricer(catalog), currency="CNY", fx=DEFAULT_RATES, source=path.name)
    (left,) = rec.left_out
    assert (left.model, left.month.isoformat()[:7], left.catalog_cost) == ("deepseek-chat", "2026-08", None)
    assert rec.billed_left_out == Decimal("25.00")
    assert rec.billed_total - rec.catalog_total == sum(ln.difference for ln in rec.compared)
    assert rec.billed_total == sum(ln.billed for ln in rec.lines) - Decimal("25.00")

    book = tmp_path / "rec.xlsx"
    export_project(Project(currency="CNY", usage_reconciliation=rec), catalog, book)
    out = tmp_path / "out"
    run = subprocess.run([soffice(), "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                          "--convert-to", "xlsx", "--outdir", str(out), str(book)],
                         capture_output=True, text=True, timeout=240)
    assert (out / book.name).exists(), run.stdout + run.stderr
    sheet = openpyxl.load_workbook(out / book.name, data_only=True)["Reconciliation"]
    total = next(row for row in sheet.iter_rows() if row[0].value == "Total of the lines with both figures")
    billed, catalog_cost, difference, pct = (total[i].value for i in (6, 7, 8, 9))
    assert money(billed, "CNY") == rec.billed_total and money(catalog_cost, "CNY") == rec.catalog_total
    assert money(difference, "CNY") == rec.billed_total - rec.catalog_total
    assert abs(Decimal(repr(pct)) - (rec.billed_total / rec.catalog_total - 1)) < Decimal("1e-9")
    notes = [row[0].value for row in sheet.iter_rows(min_row=total[0].row + 1) if row[0].value]
    assert any(str(n).startswith("Left out of the totals") and "deepseek-chat 2026-08" in n and "¥25.00" in n
               for n in notes)
