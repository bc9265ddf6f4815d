"""Issue 13 in the app: a genai-prices file goes through File › Import price list… (its format told by the file),
a price checked more than six months ago is marked stale in the Source column by default, and tiers say their
boundary the vendor's way in the catalog window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from core.catalog.model import STALE_AFTER_DAYS, is_stale
from core.importers.price_lists import run_import
from gui.catalog.models import H_TIERS, PriceHistoryModel
from gui.comparison.columns import COL_SOURCE

GENAI = Path(__file__).resolve().parents[1] / "fixtures" / "genai_prices_2026-08-21_trimmed.json"


def test_a_genai_prices_file_imports_through_the_app(qtbot, window, catalog, tmp_path):
    actions = window.catalog_actions
    assert actions.import_price_list(GENAI) is not None  # no format given: the file tells it
    qtbot.waitUntil(lambda: actions.report_dialog is not None, timeout=15_000)
    report = actions.report_dialog.report
    assert report.source_format == "genai-prices"
    expected = run_import(
        "genai-prices", GENAI, tmp_path / "dry", existing=catalog, dry_run=True, today=report.imported_on
    )
    assert report.counts() == expected.counts() and report.counts()["updated"] >= 40
    assert report.lines() == expected.lines()
    assert "85 entries" in actions.report_dialog.summary.text()


def test_stale_by_default_after_six_months(window):
    model = window.model
    assert model.stale_days == STALE_AFTER_DAYS == 180
    today = date.today()
    rows = {r.model_id: r for r in window.document.comparison.rows}
    stale = {m for m, r in rows.items() if is_stale(r.point, today)}
    assert stale and stale != set(rows)
    for model_id, row in rows.items():
        index = model.index(model.position_of(model_id), COL_SOURCE)
        marked = index.data(Qt.ItemDataRole.DecorationRole) is not None
        assert marked == (model_id in stale), model_id
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        assert (row.point.source in tip) if row.point.source else True  # where it came from
        if row.point.checked:
            assert row.point.checked.isoformat() in index.data()  # and when it was checked
        if model_id in stale:
            assert "Stale price" in tip and "the limit is 180 days" in tip


def test_the_catalog_window_states_tiers_the_vendors_way(qtbot, catalog):
    history = PriceHistoryModel()
    history.set_model(catalog.model("xai/grok-4.3"), STALE_AFTER_DAYS)
    assert history.index(history.rowCount() - 1, H_TIERS).data().startswith("from 200,000: ")
    history.set_model(catalog.model("openai/gpt-5.4"), STALE_AFTER_DAYS)
    assert history.index(history.rowCount() - 1, H_TIERS).data().startswith("above 272,000: ")


def test_the_catalog_window_says_which_prices_the_sources_do_not_give(qtbot, catalog):
    """Doubao Seed 1.6 Flash's prices are known up to 32K-token prompts and Qwen-Long's output price before the
    2024-05-21 cut is a stand-in: the comparison greys such rows, and the catalog window says it where it shows
    the prices, not only in a note."""
    from PySide6.QtCore import Qt

    from gui.catalog.models import H_OUTPUT

    history = PriceHistoryModel()
    history.set_model(catalog.model("bytedance/doubao-seed-1.6-flash"), STALE_AFTER_DAYS)
    tiers = history.index(0, H_TIERS)
    assert tiers.data().endswith("above 32,000: not known")
    assert "known only for prompts of up to 32,000 tokens" in tiers.data(Qt.ItemDataRole.ToolTipRole)
    assert tiers.data(Qt.ItemDataRole.ForegroundRole) is not None
    history.set_model(catalog.model("alibaba/qwen-long"), STALE_AFTER_DAYS)
    points = [p.output_unknown for p in history.points]
    stand_in, known = history.index(points.index(True), H_OUTPUT), history.index(points.index(False), H_OUTPUT)
    assert stand_in.data().endswith(" (stand-in)") and "(stand-in)" not in known.data()
    assert "likely understated" in stand_in.data(Qt.ItemDataRole.ToolTipRole)
