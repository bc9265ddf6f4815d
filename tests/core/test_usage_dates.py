"""The order a usage export writes its dates in (day/month or month/day), read from the dates that show it."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from usage_files import write_csv

from core.catalog.load import load_catalog
from core.importers.usage import import_usage
from core.importers.usage_mapping import read_mapping_file

HEADER = ["date", "model", "input_tokens", "output_tokens"]


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def daily(first: date, last: date, day_first: bool):
    """One row a day, written d/m/yyyy or m/d/yyyy."""
    rows, day = [], first
    while day <= last:
        a, b = (day.day, day.month) if day_first else (day.month, day.day)
        rows.append((f"{a:02d}/{b:02d}/{day.year}", "gpt-4o-mini", 1_000_000, 200_000))
        day += timedelta(days=1)
    return rows


@pytest.mark.parametrize("day_first", [True, False])
def test_a_daily_export_in_either_order_is_read_whole_from_the_dates_that_show_its_order(tmp_path, catalog, day_first):
    """A day/month export lost the 1st to the 12th of every month as "ambiguous" rows (a third of its usage, and a
    growth made up from it) while 13/09/2026 showed which order it was written in."""
    path = write_csv(tmp_path / "daily.csv", HEADER, daily(date(2026, 9, 1), date(2026, 10, 31), day_first))
    result = import_usage(path, catalog)
    assert not result.report.skipped and result.report.rows_used == 61
    assert [(r.month, r.input_tokens) for r in result.rows] == [(date(2026, 9, 1), 30_000_000),
                                                                (date(2026, 10, 1), 31_000_000)]
    (note,) = result.report.notes
    assert note.code == ("usage_note_day_first" if day_first else "usage_note_month_first")
    example = "13/09/2026" if day_first else "09/13/2026"
    assert "daily.csv: line 14, column date: dates such as 03/04/2026 are read as" in str(note) and example in str(note)


def test_a_mapping_that_says_the_order_is_followed_without_a_note(tmp_path, catalog):
    path = write_csv(tmp_path / "daily.csv", HEADER, daily(date(2026, 9, 1), date(2026, 9, 30), True))
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({**{k: k for k in HEADER}, "day_first": True}), encoding="utf-8")
    result = import_usage(path, catalog, read_mapping_file(mapping))
    assert result.rows[0].input_tokens == 30_000_000 and not result.report.notes and not result.report.skipped


def test_dates_with_no_sign_of_their_order_are_still_left_out(tmp_path, catalog):
    """The 1st to the 12th alone cannot tell 01/09 from 09/01: those rows stay refused (09/09 reads either way)."""
    path = write_csv(tmp_path / "short.csv", HEADER, daily(date(2026, 9, 1), date(2026, 9, 12), True))
    result = import_usage(path, catalog)
    assert result.report.skipped == {"usage_date_ambiguous": 11} and result.report.rows_used == 1
    assert not result.report.notes


def test_a_file_that_writes_dates_in_both_orders_is_said_to(tmp_path, catalog):
    path = write_csv(tmp_path / "mixed.csv", HEADER, [("13/09/2026", "gpt-4o-mini", 1, 1),
                                                      ("09/14/2026", "gpt-4o-mini", 1, 1),
                                                      ("30/09/2026", "gpt-4o-mini", 1, 1)])
    result = import_usage(path, catalog)
    (note,) = [n for n in result.report.notes if n.code == "usage_note_dates_mixed"]
    assert "mixed.csv: line 3, column date" in str(note) and "'09/14/2026'" in str(note) and "'13/09/2026'" in str(note)


def test_a_file_that_starts_mid_month_leaves_that_month_out(tmp_path, catalog):
    """A "last 90 days" export starts mid-month: its first half-month was averaged as a whole one, and the same use
    every day made a growth of 19.75 % a month (7.3 times the cost in a year)."""
    from core.pricing.usage import plan_workloads

    rows, day = [], date(2026, 8, 15)
    while day <= date(2026, 11, 30):
        rows.append((day.isoformat(), "gpt-4o-mini", 10_000_000, 2_000_000))
        day += timedelta(days=1)
    result = import_usage(write_csv(tmp_path / "90days.csv", HEADER, rows), catalog)
    assert result.report.first_day == date(2026, 8, 15)
    plan = plan_workloads(result.rows, months=4, last_day=result.report.last_day, first_day=result.report.first_day)
    assert plan.partial_first == date(2026, 8, 1) and plan.full_months[0] == date(2026, 9, 1)
    assert plan.growth_pct == 0 and plan.workloads[0].workload.input_tokens == 303_333_333


def test_monthly_totals_dated_on_each_months_last_day_are_whole_months(tmp_path, catalog):
    from core.pricing.usage import plan_workloads

    rows = [(day, "gpt-4o-mini", 300_000_000, 60_000_000) for day in ("2026-08-31", "2026-09-30", "2026-10-31")]
    result = import_usage(write_csv(tmp_path / "monthly.csv", HEADER, rows), catalog)
    plan = plan_workloads(result.rows, months=3, last_day=result.report.last_day, first_day=result.report.first_day)
    assert plan.partial_first is None and plan.partial_month is None and len(plan.full_months) == 3


def test_a_currency_that_is_no_iso_code_leaves_its_row_out_named(tmp_path, catalog):
    """XYZ looked like a code: the row's tokens were counted and its cost dropped at conversion, no line named."""
    header = HEADER + ["cost", "currency"]
    rows = [("2026-10-01", "gpt-4o-mini", 1_000_000, 100_000, "0.21", "USD"),
            ("2026-10-02", "gpt-4o-mini", 1_000_000, 100_000, "6.50", "XYZ"),
            ("2026-10-31", "gpt-4o-mini", 1_000_000, 100_000, "0.21", "rmb")]
    result = import_usage(write_csv(tmp_path / "cur.csv", header, rows), catalog)
    assert result.report.skipped == {"usage_currency_unreadable": 1}
    assert "cur.csv: line 3, column currency" in str(result.report.examples[0])
    (row,) = result.rows
    assert row.input_tokens == 2_000_000 and dict(row.billed) == {"USD": Decimal("0.21"), "CNY": Decimal("0.21")}
