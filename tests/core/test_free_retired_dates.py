"""Free models do not crowd out the answer (``PricePoint.is_free``, ``include_free``), a look back in time shows
the models of that day (``Model.retired_by``), two as-of dates side by side (``changes_between``), and the
Prices sheet's notes a client reads (``core.workbook.price_notes``)."""

from datetime import date
from decimal import Decimal

import pytest
from catalog_factory import point, write_catalog

from core.catalog.files import parse_vendor_document, point_to_json
from core.catalog.load import load_catalog
from core.catalog.model import PricePoint, Prices
from core.errors import CatalogError, ProjectFileError
from core.pricing.engine import Pricer
from core.pricing.fx import DEFAULT_RATES, fx_table
from core.pricing.workload import Workload, make_workload
from core.project.changes import change_pct, changes_between
from core.project.file import dumps_project, loads_project
from core.project.model import Project
from core.workbook.labels import Labels
from core.workbook.price_notes import client_note

D = Decimal
W = Workload("W", 100_000_000, 10_000_000)
USD = dict(currency="USD", fx=DEFAULT_RATES)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def _point(i, o, **kw) -> PricePoint:
    return PricePoint(date(2024, 1, 1), None, Prices(D(i), D(o)), **kw)


def test_is_free_means_both_base_prices_zero():
    assert _point(0, 0).is_free
    assert not _point(0, "0.01").is_free and not _point("0.01", 0).is_free
    assert not _point(1, 2, free_input_tokens=10**9, free_output_tokens=10**9).is_free   # a quota is not free


def test_the_cheapest_is_the_cheapest_paid_model_unless_free_ones_are_included(acme):
    pricer = Pricer(acme)
    paid = pricer.compare([W], as_of=date(2024, 6, 1), include_free=False, **USD)
    assert "acme/free" not in {r.model_id for r in paid.rows}
    assert paid.rows[0].rank == 1 and paid.rows[0].monthly_cost > 0 and paid.rows[0].diff_to_cheapest == 0
    ranks = [r.rank for r in paid.rows if r.rank is not None]
    assert ranks == sorted(ranks) and ranks[0] == 1
    with_free = pricer.compare([W], as_of=date(2024, 6, 1), **USD)
    assert with_free.row("acme/free").rank == 1
    cheapest_paid = paid.rows[0]
    assert with_free.row(cheapest_paid.model_id).diff_to_cheapest == cheapest_paid.monthly_cost


@pytest.mark.parametrize("how", ["models", "always"])
def test_a_free_model_asked_for_is_priced_but_not_ranked(acme, how):
    pricer = Pricer(acme)
    if how == "models":
        c = pricer.compare([W], as_of=date(2024, 6, 1), include_free=False, models=["acme/free", "acme/flat"], **USD)
    else:
        c = pricer.compare([W], as_of=date(2024, 6, 1), include_free=False, always=["acme/free"], **USD)
    free, flat = c.row("acme/free"), c.row("acme/flat")
    assert free.monthly_cost == 0 and free.rank is None and free.diff_to_cheapest is None
    assert c.rows[-1].model_id == "acme/free"          # after the ranked rows, not at the top
    assert flat.rank is not None and flat.diff_to_cheapest is not None and flat.diff_to_cheapest >= 0


def test_only_free_models_priced_leaves_nothing_ranked(tmp_path):
    write_catalog(tmp_path, [{"id": "acme/a", "name": "A", "prices": [point(input=0, output=0)]},
                             {"id": "acme/b", "name": "B", "prices": [point(input=0, output=0)]}])
    pricer = Pricer(load_catalog([tmp_path], include_bundled=False))
    assert pricer.compare([W], as_of=date(2024, 6, 1), include_free=False, **USD).rows == []
    c = pricer.compare([W], as_of=date(2024, 6, 1), include_free=False, models=["acme/a", "acme/b"], **USD)
    assert [r.rank for r in c.rows] == [None, None]


def _retiring_catalog(tmp_path):
    write_catalog(tmp_path, [
        {"id": "acme/old", "name": "Old", "deprecated": True, "prices": [point(**{"from": "2024-01-01"})]},
        {"id": "acme/ends", "name": "Ends", "deprecated": True,
         "prices": [point(**{"from": "2024-01-01", "to": "2024-06-30"})]},
        {"id": "acme/new", "name": "New", "prices": [point(**{"from": "2024-01-01", "checked": "2025-03-01"})]},
    ])
    return load_catalog([tmp_path], include_bundled=False)   # its date: 2025-03-01, the newest check


def test_retired_by_a_day(tmp_path):
    catalog = _retiring_catalog(tmp_path)
    old, ends, new = (catalog.models[f"acme/{m}"] for m in ("old", "ends", "new"))
    day = catalog.catalog_date
    assert day == date(2025, 3, 1)
    assert not new.retired_by(date(2030, 1, 1), day)
    assert not ends.retired_by(date(2024, 6, 30), day) and ends.retired_by(date(2024, 7, 1), day)
    # No end in the catalog: deprecated by the catalog's date, since when is not known: shown before it.
    assert not old.retired_by(date(2025, 2, 28), day) and old.retired_by(day, day)
    assert old.retired_by(date(2000, 1, 1), None)      # an undated catalog: nothing to go on


def test_a_past_day_shows_the_models_retired_later(tmp_path):
    pricer = Pricer(_retiring_catalog(tmp_path))
    past = pricer.compare([W], as_of=date(2024, 5, 1), include_deprecated=False, **USD)
    assert {r.model_id for r in past.rows} == {"acme/old", "acme/ends", "acme/new"}
    assert not any(r.retired for r in past.rows) and past.row("acme/old").deprecated
    now = pricer.compare([W], as_of=date(2025, 3, 1), include_deprecated=False, **USD)
    assert {r.model_id for r in now.rows} == {"acme/new"}
    chosen = pricer.compare([W], as_of=date(2025, 3, 1), include_deprecated=False, always=["acme/old"], **USD)
    assert chosen.row("acme/old").retired and chosen.row("acme/old").rank is not None


def test_weis_two_dates(catalog):
    """Wei: 10 billion input tokens on the price-war models, in CNY at 7.2, on 2024-05-01 and 2024-06-01."""
    models = ["deepseek/deepseek-v2", "bytedance/doubao-pro-32k", "alibaba/qwen-long", "zhipu/glm-3-turbo",
              "openai/gpt-4o"]
    workload = make_workload("Wei", input_tokens="10B", output_tokens="0")
    fx = fx_table(["USD/CNY=7.2"], date(2024, 6, 1))
    changes = changes_between(Pricer(catalog), [workload], date(2024, 5, 1), date(2024, 6, 1), currency="CNY", fx=fx,
                              models=models, include_deprecated=False, include_free=False)
    by_id = {i.change.model_id: i for i in changes.items}
    assert set(by_id) == set(models) and changes.before == date(2024, 5, 1) and changes.day == date(2024, 6, 1)
    glm = by_id["zhipu/glm-3-turbo"]
    assert (glm.change.old_input, glm.change.new_input) == (D(5), D(1)) and glm.change.input_pct == D("-80.0")
    assert (glm.old_monthly, glm.new_monthly, glm.effect, glm.effect_pct) == (D("50000.00"), D("10000.00"),
                                                                               D("-40000.00"), D("-80.0"))
    qwen = by_id["alibaba/qwen-long"]
    # The output price before the cut is not in the sources (the catalog's ¥2 stands in): no change is made up.
    assert qwen.change.input_pct == D("-97.5") and qwen.change.old_output is None and qwen.change.output_pct is None
    doubao = by_id["bytedance/doubao-pro-32k"]                 # not sold yet on 2024-05-01
    assert doubao.old_monthly is None and doubao.effect is None and doubao.new_monthly == D("8000.00")


def test_changes_list_a_model_priced_only_before(tmp_path):
    pricer = Pricer(_retiring_catalog(tmp_path))
    changes = changes_between(pricer, [W], date(2024, 6, 1), date(2024, 7, 1), **USD)
    gone = [i for i in changes.items if i.change.model_id == "acme/ends"]
    assert len(gone) == 1 and gone[0].new_monthly is None and gone[0].old_monthly == D("120.00")
    assert changes.items[-1].change.model_id == "acme/ends"


@pytest.mark.parametrize("old,new,pct", [(D(5), D(1), D("-80.0")), (D(1), D(3), D("200.0")), (D(0), D(1), None),
                                         (None, D(1), None), (D(3), D(3), D("0.0")), (D(3), D(2), D("-33.3"))])
def test_change_pct(old, new, pct):
    assert change_pct(old, new) == pct


def test_include_free_is_kept_in_the_project_only_when_set():
    text = dumps_project(Project())
    assert "include_free" not in text                    # older files and older apps stay as they were
    assert loads_project(text).include_free is False
    assert loads_project(dumps_project(Project(include_free=True))).include_free is True
    bad = text.replace('"view": {}', '"view": {}, "include_free": "yes"')
    with pytest.raises(ProjectFileError) as caught:
        loads_project(bad)
    assert caught.value.code == "kind_expected" and "include_free" in str(caught.value)


def _vendor_doc(**limits):
    p = point(input=0, output=0, free_limits=limits) if limits else point(input=0, output=0)
    return {"schema_version": 1, "vendor": {"id": "acme", "name": "Acme", "region": "US", "currency": "USD",
                                            "pricing_url": "https://acme.example"},
            "models": [{"id": "acme/free", "name": "Free", "prices": [p]}]}


def test_free_limits_read_and_written_back():
    _, models = parse_vendor_document(_vendor_doc(en="60 requests a minute.", zh="每分钟 60 次请求。",
                                                  source="https://acme.example/limits", checked="2026-12-01"))
    p = models[0].prices[0]
    assert p.free_limits.text("en") == "60 requests a minute." and p.free_limits.text("zh") == "每分钟 60 次请求。"
    assert p.free_limits.checked == date(2026, 12, 1)
    again = parse_vendor_document({**_vendor_doc(), "models": [{"id": "acme/free", "name": "Free",
                                                                "prices": [point_to_json(p)]}]})[1][0].prices[0]
    assert again == p


@pytest.mark.parametrize("limits,code", [({"en": "x"}, "missing"), ({"en": "x", "zh": "y", "url": "z"}, "unknown_key"),
                                         ({"en": "", "zh": "y"}, "missing"), ({"en": 5, "zh": "y"}, "kind_expected"),
                                         ({"en": "x", "zh": "y", "checked": "2026-02-30"}, None)])
def test_free_limits_refused_when_malformed(limits, code):
    with pytest.raises(CatalogError) as caught:
        parse_vendor_document(_vendor_doc(**limits))
    assert "free_limits" in str(caught.value.where)
    if code:
        assert caught.value.code == code or (code == "missing" and caught.value.code == "empty")


def test_the_bundled_free_models_and_their_limits(catalog):
    free = {m.id: p for m in catalog for p in m.prices if p.is_free}
    assert {"baidu/ernie-speed-8k", "baidu/ernie-lite-8k", "zhipu/glm-4-flash"} <= set(free)
    for model_id, p in free.items():
        if model_id in ("baidu/ernie-speed-8k", "baidu/ernie-lite-8k", "zhipu/glm-4-flash"):
            assert p.free_limits.source.startswith("https://") and p.free_limits.checked
            assert p.free_limits.en and any("\u4e00" <= ch <= "\u9fff" for ch in p.free_limits.zh)
    # Limits only where they mean something: on a free price.
    assert all(p.free_limits is None for m in catalog for p in m.prices if not p.is_free)


def _day(d: date) -> str:
    return d.isoformat()


def test_client_notes_are_sentences_of_facts_in_both_languages(acme, catalog):
    en, zh = Labels("en"), Labels("zh")
    ernie = catalog.models["baidu/ernie-speed-8k"]
    note = client_note(en, ernie.prices[0], ernie, date(2026, 12, 1), _day)
    assert note.startswith("Free of charge.") and "requests (RPM)" in note
    assert "market_prices" not in note and "Seed" not in note
    assert client_note(zh, ernie.prices[0], ernie, date(2026, 12, 1), _day).startswith("免费。百度")
    hunyuan = catalog.models["tencent/hunyuan-lite"]          # no limits in the catalog: said so
    assert "check its terms" in client_note(en, hunyuan.prices[0], hunyuan, date(2026, 12, 1), _day)
    history = acme.models["acme/history"]
    assert client_note(en, history.prices[0], history, date(2024, 3, 1), _day) == \
        "Replaced by a new price from 2024-05-21."
    assert client_note(en, history.prices[1], history, date(2024, 3, 1), _day) == \
        "A scheduled price, in force from 2024-05-21."
    quota = acme.models["acme/quota"]
    assert client_note(en, quota.prices[0], quota, date(2024, 3, 1), _day) == \
        "The first 1,000,000 input and 500,000 output tokens each month are free."
    tiered = acme.models["acme/tiered"]
    assert "above 200,000 tokens" in client_note(en, tiered.prices[0], tiered, date(2024, 3, 1), _day)
    assert client_note(en, acme.models["acme/flat"].prices[0], acme.models["acme/flat"], date(2024, 3, 1), _day) == ""
    ernie4 = catalog.models["baidu/ernie-4.0-8k"]             # deprecated, its price ends 2024-07-04
    assert client_note(en, ernie4.prices[0], ernie4, date(2024, 6, 1), _day) == \
        "Last day at this price: 2024-07-04; the vendor retires the model after it."
    gpt4 = catalog.models["openai/gpt-4"]
    assert "deprecated" in client_note(en, gpt4.prices[-1], gpt4, date(2024, 6, 1), _day)
    assert "弃用" in client_note(zh, gpt4.prices[-1], gpt4, date(2024, 6, 1), _day)
