"""Reading usage exports: each documented format's preset, the generic names, a mapping file, encodings, and the
nasty files (missing columns, mixed dates, negative and non-numeric tokens, formula-like names, empty files,
truncated workbooks) — each refused or reported with its file, line and column."""

from __future__ import annotations

import codecs
import json
from datetime import date
from decimal import Decimal

import pytest
from usage_files import (
    ANTHROPIC_HEADER,
    LITELLM_DAILY_HEADER,
    LITELLM_LOG_HEADER,
    OPENAI_HEADER,
    VOLC_HEADER,
    anthropic_rows,
    litellm_log_rows,
    openai_rows,
    volc_rows,
    write_csv,
)

from core.catalog.load import load_catalog
from core.errors import InputError
from core.importers.usage import import_usage
from core.importers.usage_mapping import header_signature, read_mapping_file
from core.importers.usage_models import ModelMatcher

GENERIC = ["date", "model", "input_tokens", "output_tokens", "cached_input_tokens", "requests", "cost", "currency"]


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def by_month(result):
    return {(r.month.isoformat()[:7], r.model): r for r in result.rows}


def test_openai_usage_api_rows_become_months_per_model(tmp_path, catalog):
    path = write_csv(tmp_path / "openai.csv", OPENAI_HEADER, openai_rows([
        (date(2025, 1, 11), "gpt-4o-2024-08-06", 97474, 579, 1024, 270),
        (date(2025, 1, 12), "gpt-4o-2024-08-06", 3, 4, 0, 1),
        (date(2025, 2, 1), "gpt-4o-mini-2024-07-18", 6897, 97, 0, 97),
        (date(2025, 2, 1), "ft:gpt-4o-2024-08-06:acme:wordle", 33984, 206, 0, 95),
    ]))
    result = import_usage(path, catalog)
    assert result.mapping.preset == "openai-usage"
    rows = by_month(result)
    jan = rows[("2025-01", "gpt-4o-2024-08-06")]
    assert (jan.input_tokens, jan.output_tokens, jan.cached_input_tokens, jan.requests) == (97477, 583, 1024, 271)
    assert jan.model_id == "openai/gpt-4o"
    assert rows[("2025-02", "gpt-4o-mini-2024-07-18")].model_id == "openai/gpt-4o-mini"
    assert result.unmatched == ("ft:gpt-4o-2024-08-06:acme:wordle",)   # a fine-tune is not the base model
    assert all(type(r.input_tokens) is int for r in result.rows)


def test_anthropic_input_adds_uncached_cache_reads_and_cache_writes(tmp_path, catalog):
    path = write_csv(tmp_path / "anthropic.csv", ANTHROPIC_HEADER, anthropic_rows([
        (date(2025, 8, 1), "claude-sonnet-4-5-20250929", 1500, 200, 500, 1000, 500),
        (date(2025, 8, 2), "claude-sonnet-4-5-20250929", 10, 20, 30, 40, 50),
    ]))
    result = import_usage(path, catalog)
    assert result.mapping.preset == "anthropic-usage"
    (row,) = result.rows
    assert (row.input_tokens, row.cached_input_tokens, row.output_tokens) == (1500 + 200 + 500 + 1000 + 100, 220, 550)
    assert row.model_id == "anthropic/claude-sonnet-4-5"


def test_litellm_spend_logs_count_rows_as_requests_and_spend_as_usd(tmp_path, catalog):
    path = write_csv(tmp_path / "spend.csv", LITELLM_LOG_HEADER, litellm_log_rows([
        ("2025-03-01 10:00:00.123000", "openai/gpt-4o", 1000, 100, "0.0035"),
        ("2025-03-31T23:59:59Z", "gpt-4o", 2000, 200, "0.007"),
        ("2025-04-01 00:00:01", "azure/gpt-4o-mini", 10, 1, "0.00000210"),
    ]))
    result = import_usage(path, catalog)
    assert result.mapping.preset == "litellm-spend-logs"
    rows = by_month(result)
    assert rows[("2025-03", "gpt-4o")].requests == 1 and rows[("2025-03", "openai/gpt-4o")].requests == 1
    assert rows[("2025-03", "gpt-4o")].billed == (("USD", Decimal("0.007")),)
    assert rows[("2025-04", "azure/gpt-4o-mini")].billed == (("USD", Decimal("0.00000210")),)
    assert {r.model_id for r in result.rows} == {"openai/gpt-4o", "openai/gpt-4o-mini"}


def test_litellm_daily_spend_reads_cache_reads_and_api_requests(tmp_path, catalog):
    path = write_csv(tmp_path / "daily.csv", LITELLM_DAILY_HEADER, [
        ["1", "u1", "2025-05-02", "k", "deepseek/deepseek-chat", "", "deepseek", 900, 90, 300, 0, "0.12", 7, 7, 0]])
    result = import_usage(path, catalog)
    assert result.mapping.preset == "litellm-daily-spend"
    (row,) = result.rows
    assert (row.input_tokens, row.cached_input_tokens, row.requests) == (900, 300, 7)
    assert row.model_id == "deepseek/deepseek-chat" and row.billed == (("USD", Decimal("0.12")),)


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-8"])
def test_volcengine_bill_item_rows_in_gbk_or_utf8(tmp_path, catalog, encoding):
    path = write_csv(tmp_path / "volc.csv", VOLC_HEADER, volc_rows([
        (date(2025, 6, 1), "doubao-pro-32k-240515", "输入tokens", "1200.5", "千tokens", "0.96"),
        (date(2025, 6, 1), "doubao-pro-32k-240515", "输出tokens", "300", "千tokens", "0.60"),
        (date(2025, 6, 2), "doubao-pro-32k-240515", "缓存命中输入tokens", "100", "千tokens", "0.02"),
        (date(2025, 6, 2), "doubao-pro-32k-240515", "缓存存储", "5", "千tokens*小时", "0.01"),
    ]), encoding=encoding)
    result = import_usage(path, catalog)
    assert result.mapping.preset == "volcengine-bill"
    assert result.source.encoding_label.startswith("GBK" if encoding == "gbk" else "UTF-8")
    (row,) = result.rows
    assert (row.input_tokens, row.output_tokens, row.cached_input_tokens) == (1_300_500, 300_000, 100_000)
    assert row.model_id == "bytedance/doubao-pro-32k"
    assert row.billed == (("CNY", Decimal("1.58")),)
    assert result.report.skipped == {"usage_not_tokens": 1}     # cache storage is not tokens


def test_generic_names_need_no_mapping_in_any_order_and_case(tmp_path, catalog):
    header = ["Currency", "COST", "Model", "Output_Tokens", "Input Tokens", "DATE"]
    path = write_csv(tmp_path / "generic.csv", header, [["CNY", "1.50", "qwen-plus", "10", "1,000", "2025-07-09"]])
    result = import_usage(path, catalog)
    (row,) = result.rows
    assert (row.input_tokens, row.output_tokens, row.billed, row.model_id) == (
        1000, 10, (("CNY", Decimal("1.50")),), "alibaba/qwen-plus")


def test_xlsx_with_numbers_and_dates_as_excel_stores_them(tmp_path, catalog):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(GENERIC)
    from datetime import datetime
    sheet.append([datetime(2025, 2, 3, 10, 0), "gpt-4o", 123456789012345, 7.0, 0, 3, 1.1, "USD"])
    sheet.append(["2025-02", "gpt-4o", 1, 2, 0, 1, 0.2, "USD"])
    path = tmp_path / "usage.xlsx"
    book.save(path)
    result = import_usage(path, catalog)
    (row,) = result.rows
    assert (row.input_tokens, row.output_tokens, row.requests) == (123456789012346, 9, 4)
    assert row.billed == (("USD", Decimal("1.1") + Decimal("0.2")),)


def test_a_mapping_file_names_headers_sums_columns_and_sets_the_currency(tmp_path, catalog):
    path = write_csv(tmp_path / "own.csv", ["Day", "Engine", "Prompt", "Cached", "Completion", "Amount"],
                     [["03.04.2025", "gpt-4o", "100", "50", "7", "2.00"]])
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"date": "day", "model": "Engine", "input_tokens": ["Prompt", "Cached"],
                                   "cached_input_tokens": "cached", "output_tokens": "Completion", "cost": "Amount",
                                   "currency_code": "EUR", "day_first": True}), encoding="utf-8")
    result = import_usage(path, catalog, read_mapping_file(mapping))
    (row,) = result.rows
    assert row.month == date(2025, 4, 1) and (row.input_tokens, row.cached_input_tokens) == (150, 50)
    assert row.billed == (("EUR", Decimal("2.00")),)


@pytest.mark.parametrize("doc, fragment", [
    ({"dat": "Day"}, "unknown field 'dat'"),
    ({"date": "Nope"}, "no column 'Nope'"),
    ({"date": 5}, "expected a column header"),
    ([1, 2], "expected a small JSON object"),
    ({"day_first": "yes"}, "expected true or false"),
    ({"currency_code": "euro"}, "is not a currency code"),
])
def test_bad_mapping_files_are_refused_naming_the_file(tmp_path, catalog, doc, fragment):
    path = write_csv(tmp_path / "own.csv", ["Day", "Engine", "Prompt"], [["2025-01-01", "gpt-4o", "1"]])
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        import_usage(path, catalog, read_mapping_file(mapping))
    assert fragment in str(caught.value) and "mapping.json" in str(caught.value)


def test_missing_columns_are_named_with_the_header(tmp_path, catalog):
    path = write_csv(tmp_path / "bad.csv", ["when", "what", "tokens"], [["2025-01-01", "gpt-4o", "1"]])
    with pytest.raises(InputError) as caught:
        import_usage(path, catalog)
    text = str(caught.value)
    assert "bad.csv" in text and "model, date, input_tokens" in text and "when, what, tokens" in text


def test_mixed_date_formats_in_one_file(tmp_path, catalog):
    dates = ["2025-01-05", "2025/1/6", "2025年1月7日", "20250108", "1736380800", "1736467200000",
             "2025-01-11T23:59:59+08:00", "13/01/2025", "01/14/2025", "2025-01"]
    path = write_csv(tmp_path / "dates.csv", ["date", "model", "input_tokens"], [[d, "gpt-4o", "1"] for d in dates])
    result = import_usage(path, catalog)
    (row,) = result.rows
    assert row.month == date(2025, 1, 1) and row.input_tokens == len(dates) and not result.report.skipped
    assert result.report.last_day == date(2025, 1, 31)   # the month-only row counts as the whole month


@pytest.mark.parametrize("value, code", [
    ("-5", "usage_tokens_negative"), ("1.5", "usage_tokens_fraction"), ("abc", "usage_tokens_not_a_number"),
    ("1e30", "usage_tokens_fraction"), ("99999999999999999", "usage_tokens_too_large"),
    ("1000000000000001", "usage_tokens_too_large"), ("NaN", "usage_tokens_not_a_number"),
    ("１２", "usage_tokens_not_a_number"), ("12 tokens", "usage_tokens_not_a_number"),
])
def test_bad_token_cells_skip_their_row_naming_line_and_column(tmp_path, catalog, value, code):
    path = write_csv(tmp_path / "tokens.csv", ["date", "model", "input_tokens", "output_tokens"],
                     [["2025-01-01", "gpt-4o", "10", "1"], ["2025-01-02", "gpt-4o", value, "1"],
                      ["2025-01-03", "gpt-4o", "20", "1"]])
    result = import_usage(path, catalog)
    assert result.report.skipped == {code: 1} and result.report.rows_read == 3 and result.report.rows_used == 2
    (error,) = result.report.examples
    assert error.code == code and "tokens.csv: line 3, column input_tokens" in str(error)
    assert result.rows[0].input_tokens == 30


@pytest.mark.parametrize("value", ["1,000", "1000.0", "1e3", " 1000 "])
def test_whole_numbers_written_otherwise_are_read_exactly(tmp_path, catalog, value):
    path = write_csv(tmp_path / "t.csv", ["date", "model", "input_tokens"], [["2025-01-01", "gpt-4o", value]])
    assert import_usage(path, catalog).rows[0].input_tokens == 1000


def test_token_sums_beyond_int64_stay_exact(tmp_path, catalog):
    """Ten thousand rows of 10^15 tokens add up to 10^19, past int64: the sum must not wrap."""
    rows = [["2025-01-01", "gpt-4o", str(10**15)]] * 10_000
    path = write_csv(tmp_path / "big.csv", ["date", "model", "input_tokens"], rows)
    assert import_usage(path, catalog).rows[0].input_tokens == 10**19


def test_a_model_name_that_looks_like_a_formula_stays_text_and_unmatched(tmp_path, catalog):
    name = '=HYPERLINK("http://x","click")'
    path = write_csv(tmp_path / "f.csv", ["date", "model", "input_tokens"], [["2025-01-01", name, "5"]])
    result = import_usage(path, catalog)
    assert result.rows[0].model == name and result.unmatched == (name,)


@pytest.mark.parametrize("content, code", [
    (b"", "usage_empty"), (b"\n\n  \n", "usage_empty"), (b"date,model,input_tokens\n", "usage_no_rows"),
    (b"date,model,input_tokens\n\n\n", "usage_no_rows"),
    (b"date,model,input_tokens\nnot a date,gpt-4o,-1\n", "usage_all_skipped"),
    (b"date,model,input_tokens\n2025-01-01,gpt-4o,\x001\n", "csv_binary"),
    (b"date,model,input_tokens\n2025-01-01,\xff\xfe\xfagpt,1\n", "csv_encoding"),
    (b"\xef\xbb\xbfdate,model,input_tokens\n2025-01-01,\xd6\xd0\xce\xc4,1\n", "csv_encoding"),
])
def test_empty_binary_and_undecodable_files_are_refused(tmp_path, catalog, content, code):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        import_usage(path, catalog)
    assert caught.value.code == code and "bad.csv" in str(caught.value)


def test_an_undecodable_byte_is_reported_with_its_line(tmp_path, catalog):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"date,model,input_tokens\n2025-01-01,gpt-4o,1\n2025-01-02,gpt\xff\xff\xff,1\n")
    with pytest.raises(InputError) as caught:
        import_usage(path, catalog)
    assert "bad.csv: line 3:" in str(caught.value)


def test_an_unclosed_quote_is_refused_with_its_line(tmp_path, catalog):
    path = tmp_path / "quote.csv"
    path.write_text('date,model,input_tokens\n2025-01-01,gpt-4o,1\n2025-01-01,"gpt-4o,1\n2025-01-02,x,1\n',
                    encoding="utf-8")
    with pytest.raises(InputError) as caught:
        import_usage(path, catalog)
    assert caught.value.code == "csv_unreadable" and "quote.csv: line 3:" in str(caught.value)


def test_extra_or_missing_trailing_cells_keep_the_line_numbers(tmp_path, catalog):
    path = tmp_path / "ragged.csv"
    path.write_text("date,model,input_tokens\n2025-01-01,gpt-4o,1,9,9\n2025-01-01,gpt-4o\n2025-01-01,gpt-4o,x\n",
                    encoding="utf-8")
    result = import_usage(path, catalog)
    assert result.rows[0].input_tokens == 1 and result.report.rows_used == 2
    assert "ragged.csv: line 4, column input_tokens" in str(result.report.examples[0])


def test_a_truncated_xlsx_is_refused(tmp_path, catalog):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(GENERIC)
    for k in range(2000):
        book.active.append(["2025-01-01", f"model-{k}", k, k, 0, 1, "1.00", "USD"])
    whole = tmp_path / "whole.xlsx"
    book.save(whole)
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(InputError) as caught:
        import_usage(cut, catalog)
    assert caught.value.code in ("xlsx_unreadable", "sheet_unreadable") and "cut.xlsx" in str(caught.value)


def test_a_folder_or_a_missing_file_is_refused(tmp_path, catalog):
    with pytest.raises(InputError, match="no such file"):
        import_usage(tmp_path / "nope.csv", catalog)
    with pytest.raises(InputError) as caught:
        import_usage(tmp_path, catalog)
    assert caught.value.code == "usage_is_folder"


def test_semicolon_and_tab_separated_files(tmp_path, catalog):
    for delimiter in (";", "\t"):
        path = write_csv(tmp_path / "d.csv", ["date", "model", "input_tokens"], [["2025-01-01", "gpt-4o", "7"]],
                         delimiter=delimiter)
        assert import_usage(path, catalog).rows[0].input_tokens == 7


def test_utf16_with_a_bom(tmp_path, catalog):
    path = tmp_path / "u16.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + "date,model,input_tokens\n2025-01-01,通义千问,3\n".encode("utf-16-le"))
    result = import_usage(path, catalog)
    assert result.rows[0].model == "通义千问" and result.source.encoding_label == "UTF-16"


def test_costs_without_a_currency_are_said_not_guessed(tmp_path, catalog):
    path = write_csv(tmp_path / "c.csv", ["date", "model", "input_tokens", "cost"], [["2025-01-01", "gpt-4o", "1", "3"]])
    result = import_usage(path, catalog)
    assert result.rows[0].billed == ()
    assert [n.code for n in result.report.notes] == ["usage_note_cost_currency"]


def test_bad_costs_and_currencies_skip_the_row(tmp_path, catalog):
    path = write_csv(tmp_path / "c.csv", GENERIC, [
        ["2025-01-01", "gpt-4o", "1", "1", "0", "1", "1,5", "USD"],
        ["2025-01-01", "gpt-4o", "1", "1", "0", "1", "2", "dollars"],
        ["2025-01-01", "gpt-4o", "1", "1", "2", "1", "2", "USD"],
        ["2025-01-01", "gpt-4o", "1", "1", "0", "1", "(1.25)", "¥"]])
    result = import_usage(path, catalog)
    assert result.report.skipped == {"usage_cost_unreadable": 1, "usage_currency_unreadable": 1,
                                     "usage_cached_above_input": 1}
    assert result.rows[0].billed == (("CNY", Decimal("-1.25")),)


def test_model_names_match_snapshots_aliases_and_prefixes(catalog):
    matcher = ModelMatcher(catalog)
    assert matcher.match("gpt-4o-2024-08-06") == "openai/gpt-4o"
    assert matcher.match("GPT-4o") == "openai/gpt-4o"
    assert matcher.match("openrouter/openai/gpt-4o-mini") == "openai/gpt-4o-mini"
    assert matcher.match("anthropic.claude-3-haiku-20240307-v1:0") == "anthropic/claude-3-haiku"
    assert matcher.match("claude-haiku-4-5@20251001") == "anthropic/claude-haiku-4-5"
    assert matcher.match("Doubao-pro-32k-240515") == "bytedance/doubao-pro-32k"
    assert matcher.match("qwen-plus-latest") == "alibaba/qwen-plus"
    assert matcher.match("deepseek/deepseek-chat") == "deepseek/deepseek-chat"
    assert matcher.match("ft:gpt-4o-mini:acme::abc") is None
    assert matcher.match("my-private-llm") is None and matcher.match("") is None


def test_header_signatures_ignore_case_and_spacing_but_not_order():
    assert header_signature(["Date", "Model"]) == header_signature([" date", "MODEL "])
    assert header_signature(["Date", "Model"]) != header_signature(["Model", "Date"])


def test_costs_add_up_exactly_whatever_their_digits(tmp_path, catalog):
    costs = ["0.00000210", "999999.999999999999", "1000000.5", "-0.1", "12", "1e-3", "$1,234.50", "0.1", "0.2"]
    path = write_csv(tmp_path / "c.csv", GENERIC, [["2025-01-01", "gpt-4o", "1", "1", "0", "1", c, "USD"]
                                                   for c in costs])
    (row,) = import_usage(path, catalog).rows
    assert row.billed == (("USD", sum(Decimal(c.replace("$", "").replace(",", "")) for c in costs)),)


def test_cells_with_spaces_around_them(tmp_path, catalog):
    path = write_csv(tmp_path / "s.csv", GENERIC, [[" 2025-01-01 ", " gpt-4o ", " 12 ", "  ", "", " 3", " 1.25 ",
                                                    " usd "]])
    (row,) = import_usage(path, catalog).rows
    assert (row.model, row.input_tokens, row.output_tokens, row.requests) == ("gpt-4o", 12, 0, 3)
    assert row.billed == (("USD", Decimal("1.25")),)


def test_a_pipe_is_refused_not_waited_on(tmp_path, catalog):
    import os
    fifo = tmp_path / "usage.csv"
    os.mkfifo(fifo)
    with pytest.raises(InputError) as caught:
        import_usage(fifo, catalog)
    assert caught.value.code == "not_a_regular_file" and "usage.csv" in str(caught.value)


def test_a_file_cut_short_inside_its_last_row_skips_that_row_not_reads_it_as_zeros(tmp_path, catalog):
    """A copy cut short by a full disk ended "2026-10-03,deepseek-flash,4000000": pandas read the missing output
    tokens and cost as empty, the row counted (3 read, 0 skipped) and the reconciliation showed a made-up -¥8.00."""
    header = "date,model,input_tokens,output_tokens,cost,currency\n"
    whole = "2026-10-01,qwen-plus,4000000,1000000,16,CNY\n2026-10-02,qwen-plus,4000000,1000000,16,CNY\n"
    path = tmp_path / "cut.csv"
    path.write_text(header + whole + "2026-10-03,qwen-plus,4000000", encoding="utf-8")
    result = import_usage(path, catalog)
    assert (result.report.rows_used, result.report.skipped) == (2, {"usage_row_cut": 1})
    assert "line 4" in str(result.report.examples[0])
    (row,) = result.rows
    assert (row.input_tokens, row.output_tokens, row.billed) == (8_000_000, 2_000_000, (("CNY", Decimal("32")),))
    whole_last = tmp_path / "no_final_newline.csv"          # a last row with every field is a row, newline or not
    whole_last.write_text(header + whole + "2026-10-03,qwen-plus,4000000,1000000,16,CNY", encoding="utf-8")
    assert import_usage(whole_last, catalog).report.rows_used == 3


def test_usage_dated_after_today_is_imported_with_a_note(tmp_path, catalog):
    """A wrong year (or a day and month swapped) would make those rows "the latest month" without a word; a day
    ahead is a time zone and says nothing."""
    from datetime import timedelta

    header = ["date", "model", "input_tokens", "output_tokens"]
    ahead = date.today() + timedelta(days=1)
    path = write_csv(tmp_path / "today.csv", header, [[ahead.isoformat(), "qwen-plus", "100", "10"]])
    assert import_usage(path, catalog).report.notes == []
    path = write_csv(tmp_path / "future.csv", header, [["2025-07-09", "qwen-plus", "100", "10"],
                                                       ["2062-07-09", "qwen-plus", "100", "10"]])
    result = import_usage(path, catalog)
    assert len(result.rows) == 2
    (note,) = result.report.notes
    assert note.code == "usage_note_future" and note.params["last"] == "2062-07-09"
    assert f"dated up to 2062-07-09, after today ({date.today().isoformat()})" in str(note)


def test_a_cost_whose_sign_is_not_the_rows_currency_leaves_the_row_out(tmp_path, catalog):
    """€100.00 on a USD row was read as USD 100 (the sign stripped without a look), and ¥100.00 in a file mapped
    to USD as $100: the reconciliation was off by the exchange rate without a word."""
    header = ["date", "model", "input_tokens", "output_tokens", "cost", "currency"]
    rows = [["2025-07-01", "gpt-4o-mini", "100", "10", "€100.00", "USD"],
            ["2025-07-02", "gpt-4o-mini", "100", "10", "$100.00", "CNY"],
            ["2025-07-03", "gpt-4o-mini", "100", "10", "$1.50", "USD"],
            ["2025-07-04", "gpt-4o-mini", "100", "10", "¥10.00", "CNY"],
            ["2025-07-05", "gpt-4o-mini", "100", "10", "￥1,000", "JPY"],
            ["2025-07-06", "gpt-4o-mini", "100", "10", "2.00", "USD"]]
    result = import_usage(write_csv(tmp_path / "signs.csv", header, rows), catalog)
    assert result.report.skipped == {"usage_cost_sign_differs": 2}
    assert ["line 2" in str(result.report.examples[0]), "line 3" in str(result.report.examples[1])] == [True, True]
    (row,) = result.rows
    assert dict(row.billed) == {"USD": Decimal("3.50"), "CNY": Decimal("10.00"), "JPY": Decimal("1000")}


def test_a_monthly_export_dated_on_the_first_keeps_its_last_month(tmp_path, catalog):
    """A file of monthly totals dated 2026-09-01, 10-01, 11-01 was read as stopping on 2026-11-01: November was
    left out as partial, and GPT-4o, used only in November, made no workload without a word. A daily file that
    stops on the 1st is still one that stops mid-month."""
    from core.pricing.usage import plan_workloads

    header = ["date", "model", "input_tokens", "output_tokens"]
    rows = [["2026-09-01", "qwen-plus", "100", "10"], ["2026-10-01", "qwen-plus", "110", "11"],
            ["2026-11-01", "qwen-plus", "120", "12"], ["2026-11-01", "gpt-4o", "50", "5"]]
    result = import_usage(write_csv(tmp_path / "monthly.csv", header, rows), catalog)
    assert result.report.last_day == date(2026, 11, 30)
    assert [n.code for n in result.report.notes] == ["usage_note_monthly"]
    plan = plan_workloads(result.rows, last_day=result.report.last_day)
    assert plan.partial_month is None and {w.workload.input_tokens for w in plan.workloads} == {120, 50}
    daily = rows[:3] + [["2026-11-02", "gpt-4o", "50", "5"]]
    result = import_usage(write_csv(tmp_path / "daily.csv", header, daily), catalog)
    assert result.report.last_day == date(2026, 11, 2) and result.report.notes == []
    plan = plan_workloads(result.rows, last_day=result.report.last_day)
    assert plan.partial_month == date(2026, 11, 1) and plan.idle == ("openai/gpt-4o",)
    one_month = import_usage(write_csv(tmp_path / "one.csv", header, rows[2:]), catalog)
    assert one_month.report.last_day == date(2026, 11, 1)   # one month on its first day says nothing more
