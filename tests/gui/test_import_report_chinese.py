"""A price-list import's report reads in Chinese: why each row was skipped, grouped and per row (the core words
them as named words, core.errors.Field; the English the CLI prints is unchanged)."""

from __future__ import annotations

import re
from datetime import date

from gui.catalog.import_dialog import COL_REASON, ImportReportDialog

CJK = re.compile(r"[\u4e00-\u9fff]")
CSV = """vendor_id,model_id,input_per_1m,output_per_1m,currency,region,source_url,effective_from
acme,m1,abc,2,USD,US,https://a.example,
acme,m2,1,2,RMB,US,https://a.example,
acme,m3,1,2,USD,US,https://a.example,2026-13-45
newv,m4,1,2,USD,,,
acme,m5,1,2,USD,US,https://a.example,
acme,m5,1,2,USD,US,https://a.example,
"""


def _report(tmp_path):
    from core.importers.price_lists import run_import
    source = tmp_path / "prices.csv"
    source.write_text(CSV, encoding="utf-8")
    return run_import("csv", source, tmp_path / "out", effective=date(2026, 12, 1), today=date(2026, 12, 7))


def test_the_cli_words_stay_english(tmp_path):
    report = _report(tmp_path)
    assert sorted((o.reason, o.detail) for o in report.skipped) == sorted([
        ("invalid price", "column input_per_1m: 'abc' is not a number"),
        ("unknown currency", "column currency: 'RMB' is not an ISO 4217 code (did you mean CNY?)"),
        ("invalid date", "column effective_from: '2026-13-45' is not a real date (write YYYY-MM-DD)"),
        ("duplicate row", "acme/m5 from 2026-12-01 is also on line 6"),
        ("new vendor incomplete", "vendor 'newv' is not in the catalog: give its region (US, EU or CN) and "
                                  "source_url (its pricing page) on one of its rows"),
    ])


def test_skipped_rows_read_in_chinese(chinese, qtbot, tmp_path):
    report = _report(tmp_path)
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    summary = dialog.summary.text()
    assert "价格无效" in summary and "未知币种" in summary and "行重复" in summary, summary
    skipped = [o for o in range(dialog.model.rowCount()) if report.outcomes[o].status == "skipped"]
    texts = [dialog.model.index(row, COL_REASON).data() for row in skipped]
    assert len(texts) == 5
    for text in texts:
        # The reason and the detail are both Chinese; the values, column names and codes stay as given.
        reason, _, detail = text.partition("：")
        assert CJK.search(reason) and CJK.search(detail), text
    assert any("input_per_1m 列：'abc' 不是数字" in text for text in texts)
    assert any("是否指 CNY" in text for text in texts)


def test_what_an_import_says_about_the_rows_it_took_reads_in_chinese(chinese, qtbot, tmp_path):
    """The rows added or updated say so in Chinese too: a new model whose context is unknown, its price's date."""
    report = _report(tmp_path)
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    taken = [row for row in range(dialog.model.rowCount()) if report.outcomes[row].status != "skipped"]
    texts = [dialog.model.index(row, COL_REASON).data() for row in taken]
    assert texts == ["上下文窗口未知（来源未给出）；自 2026-12-01 起的价格"]
    assert report.outcomes[taken[0]].detail == "context window unknown (the source gives none); price from 2026-12-01"
