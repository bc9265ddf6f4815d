"""Adding a usage export up: each chunk of rows checked (rows refused with their line, column and reason),
then summed per calendar month, model and group with pandas — tokens as exact integers (int64 split into high
and low 32-bit halves, so no sum can overflow), costs as Decimal — and the chunks merged in Python integers.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Callable

from core.errors import Field, InputError
from core.importers import usage_cells as cells
from core.importers import usage_money as money
from core.importers.usage_mapping import TOKEN_FIELDS, UsageMapping
from core.importers.usage_read import UsageSource, chunks
from core.pricing.usage import MonthlyUsage, month_end

MAX_EXAMPLES = 200          # refused rows kept with their line (all are counted)
_LOW = (1 << 32) - 1
_CHECK_ORDER = ("model", "date", "month", "input_tokens", "output_tokens", "cached_input_tokens", "requests",
                "usage_kind", "usage", "unit", "cost", "currency")

Progress = Callable[[int, int], None]


@dataclass
class UsageReport:
    """What reading a usage file did: rows read, used and refused (counted by reason, the first ones kept as
    errors naming their line, column and value), the encoding, the preset, and notes."""

    path: str
    rows_read: int = 0
    rows_used: int = 0
    skipped: dict[str, int] = field(default_factory=dict)     # error code → rows
    examples: list[InputError] = field(default_factory=list)
    encoding: str = ""
    preset: str = ""
    notes: list[InputError] = field(default_factory=list)     # what the user should know (worded as errors)
    first_day: date | None = None     # the earliest day the dates show (a month-only date: its first day)
    last_day: date | None = None
    costs_without_currency: int = 0

    @property
    def rows_skipped(self) -> int:
        return sum(self.skipped.values())


@dataclass
class _Dates:
    """What the file's dates show, gathered chunk by chunk while it is read (working state of :func:`aggregate`,
    not part of its report)."""

    span: tuple[date, date] | None = None    # the first and last day
    firsts_only: bool = True      # every date is a month's first day (with two months or more: a monthly export)
    ends_only: bool = True        # every date is a month's last day (a monthly export dated at month end)
    months: set[int] = field(default_factory=set)
    orders: dict[str, tuple[tuple[str, Field], str]] = field(default_factory=dict)   # the first date of each order


@dataclass
class _Sum:
    input_tokens: int = 0
    output_tokens: int = 0
    cached: int = 0
    requests: int = 0
    rows: int = 0
    billed: dict[str, Decimal] = field(default_factory=dict)


def aggregate(source: UsageSource, mapping: UsageMapping, progress: Progress | None = None
              ) -> tuple[list[MonthlyUsage], UsageReport]:
    """Read every row of ``source`` through ``mapping`` and add it up per (month, model, group)."""
    columns = mapping.used_columns()
    position = {c: k for k, c in enumerate(columns)}
    report = UsageReport(str(source.path), encoding=source.encoding_label, preset=mapping.preset)
    sums: dict[tuple[int, str, str], _Sum] = {}
    dates = _Dates()
    for chunk in chunks(source, columns):
        texts = {c: cells.as_text(chunk.cells[position[c]]) for c in columns}
        _chunk(texts, chunk.lines, mapping, source.header, report, sums, dates, chunk.cut)
        if progress is not None:
            progress(chunk.done, chunk.total)
    first_day, last_day = dates.span if dates.span is not None else (None, None)
    orders = dates.orders
    if first_day is not None and dates.ends_only:   # monthly totals dated on each month's last day: whole months
        first_day = first_day.replace(day=1)
    # A monthly export dates each month's total on its first day: its last row (2026-11-01) is a whole month, not
    # a file that stops on the 1st; read as one, the last month was dropped, and models used only then with it.
    if last_day is not None and dates.firsts_only and len(dates.months) >= 2 and last_day.day == 1:
        last_day = month_end(last_day)
        report.notes.append(InputError(str(source.path), "usage_note_monthly"))
    if mapping.day_first is None and len(orders) == 1 and report.skipped.get("usage_date_ambiguous"):
        # 03/04/2026 cannot say its order, but the file's other dates can: a day/month export lost the first 12
        # days of every month (a third of its usage) to "ambiguous" rows while 13/09/2026 said which it was.
        order, (where, example) = next(iter(orders.items()))
        rows, report = aggregate(source, replace(mapping, day_first=order == "day"), progress)
        report.notes.insert(0, InputError(where, "usage_note_day_first", value=example) if order == "day" else
                            InputError(where, "usage_note_month_first", value=example))
        return rows, report
    if len(orders) == 2:
        (_, first), (where, second) = orders["day"], orders["month"]
        report.notes.append(InputError(where, "usage_note_dates_mixed", value=second, first=first))
    report.first_day, report.last_day = first_day, last_day
    rows = [MonthlyUsage(date(m // 12, m % 12 + 1, 1), model, s.input_tokens, s.output_tokens, s.cached, s.requests,
                         tuple(sorted(s.billed.items())), None, group, s.rows)
            for (m, model, group), s in sorted(sums.items())]
    return rows, report


def _chunk(texts, lines, mapping: UsageMapping, header, report: UsageReport, sums, dates: _Dates,
           cut=None) -> None:
    import numpy as np
    import pandas as pd

    n = len(lines)
    if not n:
        return
    columns = mapping.columns
    blank = np.ones(n, dtype=bool)
    for text in texts.values():
        blank &= (text == "").to_numpy()
    skip = blank.copy()
    report.rows_read += int(n - blank.sum())

    def refuse(problems: dict, name: str, col: int) -> None:
        nonlocal skip
        for code, mask in problems.items():
            new = mask & ~skip
            count = int(new.sum())
            if not count:
                continue
            report.skipped[code] = report.skipped.get(code, 0) + count
            room = MAX_EXAMPLES - len(report.examples)
            if room > 0:
                values = texts[col].to_numpy()
                for i in np.flatnonzero(new)[:room]:
                    where = (report.path, Field("line_column", line=int(lines[i]), column=header[col] or str(col + 1)))
                    report.examples.append(skip_error(code, where, str(values[i])[:80]))
            skip |= mask

    model_col = columns["model"][0]
    if cut is not None:   # the row the file was cut short in: its missing cells are not zeros
        refuse({"usage_row_cut": cut}, "model", model_col)
    model = texts[model_col].str.strip()
    refuse({"usage_model_missing": (model == "").to_numpy()}, "model", model_col)
    date_cols = columns.get("date") or columns.get("month")
    assert date_cols, "the mapping was checked to hold a date or a month column"
    date_col = date_cols[0]
    found: dict[str, tuple[int, str]] = {}
    month_numbers, span, problems, (firsts, ends) = cells.months(texts[date_col], mapping.day_first, found)
    for order, (row, text) in found.items():
        if order not in dates.orders:
            where = (report.path, Field("line_column", line=int(lines[row]), column=header[date_col] or str(date_col + 1)))
            dates.orders[order] = (where, text)
    dates.span = cells.widen(dates.span, span)
    dates.months.update(int(m) for m in np.unique(month_numbers) if m >= 0)
    dates.firsts_only = dates.firsts_only and firsts
    dates.ends_only = dates.ends_only and ends
    refuse(problems, "date", date_col)
    if "date" in columns and "month" in columns:   # a month column beside dates: the month wins
        month_numbers, _, problems, _ = cells.months(texts[columns["month"][0]], mapping.day_first)
        refuse(problems, "month", columns["month"][0])

    totals = {}
    if mapping.has("usage_kind"):
        unit = texts[columns["unit"][0]] if mapping.has("unit") else None
        kinds, tokens, problems = cells.item_tokens(texts[columns["usage_kind"][0]], texts[columns["usage"][0]], unit)
        other = kinds == cells.OTHER
        refuse({"usage_not_tokens": other}, "usage_kind", columns["usage_kind"][0])
        unit_problem = problems.pop("usage_unit_unknown", None)
        if unit_problem is not None:
            refuse({"usage_unit_unknown": unit_problem}, "unit", columns["unit"][0])
        refuse(problems, "usage", columns["usage"][0])
        cached = np.where(kinds == cells.CACHED, tokens, 0)
        totals["input_tokens"] = np.where((kinds == cells.INPUT) | (kinds == cells.CACHED), tokens, 0)
        totals["output_tokens"] = np.where(kinds == cells.OUTPUT, tokens, 0)
        totals["cached_input_tokens"] = cached
    for name in TOKEN_FIELDS:
        if not mapping.has(name):
            continue
        total = np.zeros(n, dtype=np.int64)
        for col in columns[name]:
            values, problems = cells.whole_numbers(texts[col])
            refuse(problems, name, col)
            total += values
        totals[name] = totals.get(name, 0) + total
    if "cached_input_tokens" in totals and "input_tokens" in totals:
        over = totals["cached_input_tokens"] > totals["input_tokens"]
        refuse({"usage_cached_above_input": over}, "cached_input_tokens", columns.get("cached_input_tokens",
                                                                                     columns.get("usage", (0,)))[0])
    if mapping.row_is_request and "requests" not in totals:
        totals["requests"] = np.ones(n, dtype=np.int64)

    cost = None
    if mapping.has("cost"):
        present, plain, units, amounts, problems = money.cost_values(texts[columns["cost"][0]],
                                                                     Decimal(mapping.cost_scale))
        refuse(problems, "cost", columns["cost"][0])
        cost = (present, plain, units, amounts)
    currency = np.full(n, mapping.currency_code or "", dtype=object)
    if mapping.has("currency"):
        currency, problems = money.currencies(texts[columns["currency"][0]], mapping.currency_code)
        refuse(problems, "currency", columns["currency"][0])
    if cost is not None:
        mismatch = money.sign_mismatch(texts[columns["cost"][0]], cost[3], currency)
        refuse({"usage_cost_sign_differs": mismatch}, "cost", columns["cost"][0])

    keep = ~skip
    if not keep.any():
        return
    group = texts[columns["group"][0]].str.strip().to_numpy()[keep] if mapping.has("group") else np.full(int(keep.sum()), "")
    frame = pd.DataFrame({"m": month_numbers[keep], "model": model.to_numpy()[keep], "g": group})
    for name in ("input_tokens", "output_tokens", "cached_input_tokens", "requests"):
        values = totals.get(name)
        values = np.zeros(int(keep.sum()), dtype=np.int64) if values is None or np.isscalar(values) else values[keep]
        frame[name + "_hi"] = values >> 32
        frame[name + "_lo"] = values & _LOW
    frame["rows"] = 1
    keys = ["m", "model", "g"]
    summed = frame.groupby(keys, sort=False).sum()
    for (m, name, g), row in zip(summed.index, summed.itertuples(index=False)):
        entry = sums.setdefault((int(m), str(name), str(g)), _Sum())
        values = row._asdict()
        entry.input_tokens += _join(values, "input_tokens")
        entry.output_tokens += _join(values, "output_tokens")
        entry.cached += _join(values, "cached_input_tokens")
        entry.requests += _join(values, "requests")
        entry.rows += int(values["rows"])
    report.rows_used += int(keep.sum())
    if cost is not None:
        _add_costs(cost, keep, frame, currency, sums, report)


# Every reason a row is left out, each a literal code where its error is made (a test checks every code is used).
_SKIPS = {
    "usage_row_cut": lambda w, v: InputError(w, "usage_row_cut", value=v),
    "usage_model_missing": lambda w, v: InputError(w, "usage_model_missing", value=v),
    "usage_date_unreadable": lambda w, v: InputError(w, "usage_date_unreadable", value=v),
    "usage_date_ambiguous": lambda w, v: InputError(w, "usage_date_ambiguous", value=v),
    "usage_date_range": lambda w, v: InputError(w, "usage_date_range", value=v),
    "usage_tokens_negative": lambda w, v: InputError(w, "usage_tokens_negative", value=v),
    "usage_tokens_fraction": lambda w, v: InputError(w, "usage_tokens_fraction", value=v),
    "usage_tokens_not_a_number": lambda w, v: InputError(w, "usage_tokens_not_a_number", value=v),
    "usage_tokens_too_large": lambda w, v: InputError(w, "usage_tokens_too_large", value=v),
    "usage_cached_above_input": lambda w, v: InputError(w, "usage_cached_above_input", value=v),
    "usage_cost_unreadable": lambda w, v: InputError(w, "usage_cost_unreadable", value=v),
    "usage_cost_sign_differs": lambda w, v: InputError(w, "usage_cost_sign_differs", value=v),
    "usage_currency_unreadable": lambda w, v: InputError(w, "usage_currency_unreadable", value=v),
    "usage_not_tokens": lambda w, v: InputError(w, "usage_not_tokens", value=v),
    "usage_unit_unknown": lambda w, v: InputError(w, "usage_unit_unknown", value=v),
}


def skip_error(code: str, where, value: str) -> InputError:
    """The error of a row left out for ``code`` at ``where`` (file, line and column) with the cell's ``value``."""
    return _SKIPS[code](where, value)


def _add_costs(cost, keep, frame, currency, sums, report: UsageReport) -> None:
    """Add each kept row's cost to its (month, model, group) in its currency: plain amounts as integers of 10^-12
    summed by pandas (split in halves, as tokens are), the others as Decimal."""
    import numpy as np
    import pandas as pd

    present, plain, units, amounts = cost
    present, plain, units = present[keep], plain[keep], units[keep]
    cur = currency[keep]
    no_currency = present & (cur == "")
    report.costs_without_currency += int(no_currency.sum())
    use = plain & ~no_currency
    keys = ["m", "model", "g", "cur"]
    if use.any():
        costed = pd.DataFrame({"m": frame["m"].to_numpy()[use], "model": frame["model"].to_numpy()[use],
                               "g": frame["g"].to_numpy()[use], "cur": cur[use]})
        values = units[use]
        negative = values < 0
        magnitude = np.abs(values)
        costed["hi"] = np.where(negative, -(magnitude >> 32), magnitude >> 32)
        costed["lo"] = np.where(negative, -(magnitude & _LOW), magnitude & _LOW)
        for (m, name, g, c), row in costed.groupby(keys, sort=False)[["hi", "lo"]].sum().iterrows():
            total = (int(row["hi"]) << 32) + int(row["lo"])
            billed = sums[(int(m), str(name), str(g))].billed
            billed[c] = billed.get(c, Decimal(0)) + Decimal(total).scaleb(-money.COST_DIGITS)
    if amounts:
        kept_index = np.flatnonzero(keep)
        models, months, groups = frame["model"].to_numpy(), frame["m"].to_numpy(), frame["g"].to_numpy()
        position = {int(row): k for k, row in enumerate(kept_index)}
        for row, amount in amounts.items():
            k = position.get(row)
            if k is None or not cur[k]:   # a refused row, or no currency (counted above)
                continue
            billed = sums[(int(months[k]), str(models[k]), str(groups[k]))].billed
            billed[cur[k]] = billed.get(cur[k], Decimal(0)) + amount


def _join(values: dict, name: str) -> int:
    return (int(values[name + "_hi"]) << 32) + int(values[name + "_lo"])
