from decimal import Decimal

import pytest

from core.errors import InputError
from core.money import CURRENCY_SYMBOLS, format_money, format_price, money_str, round_money, to_decimal
from core.volumes import format_volume, parse_percent, parse_volume, tokens_from_requests, tokens_from_text


@pytest.mark.parametrize("text,expected", [
    ("1234567", 1_234_567), ("1,234,567", 1_234_567), ("2.5M", 2_500_000), ("10B", 10_000_000_000),
    ("1T", 10**12), ("500K", 500_000), ("100亿", 10**10), ("3万", 30_000), ("1.2亿", 120_000_000),
    ("3,000万", 30_000_000), ("2千万", 20_000_000), (" 300 m ", 300_000_000), ("1e9", 10**9),
    ("0", 0), ("1 234 567", 1_234_567), ("１", 1),
])
def test_parse_volume_accepts_what_people_type(text, expected):
    if expected is None:
        with pytest.raises(InputError):
            parse_volume(text)
    else:
        assert parse_volume(text) == expected


@pytest.mark.parametrize("text,fragment", [
    ("12O M", "unknown unit 'O M'"), ("-5", "negative"), ("1.5", "whole tokens"), ("", "empty"),
    ("nan", "not a volume"), ("inf", "not a volume"), ("1e16", "10^15"), ("2.5X", "unknown unit"),
    ("abc", "not a volume"),
])
def test_parse_volume_refuses_with_reason_and_field(text, fragment):
    with pytest.raises(InputError) as info:
        parse_volume(text, "input tokens")
    assert info.value.where == "input tokens"
    assert fragment in info.value.problem


def test_parse_volume_refuses_wrong_types():
    for value in (1.5, None, [], True):
        with pytest.raises(InputError):
            parse_volume(value)


@pytest.mark.parametrize("text,expected", [("40", Decimal(40)), ("40%", Decimal(40)), ("12.5", Decimal("12.5")),
                                           (0, Decimal(0)), ("100", Decimal(100))])
def test_parse_percent(text, expected):
    assert parse_percent(text, "cache-hit %") == expected


@pytest.mark.parametrize("text", ["150%", "-5", "x", "", "NaN", 0.5])
def test_parse_percent_refuses(text):
    with pytest.raises(InputError) as info:
        parse_percent(text, "cache-hit %")
    assert info.value.where == "cache-hit %"


def test_round_half_up_at_minor_unit():
    assert round_money(Decimal("0.125"), "USD") == Decimal("0.13")
    assert round_money(Decimal("0.124999"), "USD") == Decimal("0.12")
    assert round_money(Decimal("2.5"), "JPY") == Decimal("3")
    assert money_str(Decimal("8000"), "CNY") == "8000.00"


def test_to_decimal_refuses_float_and_nan():
    with pytest.raises(InputError):
        to_decimal(0.1, "price")
    with pytest.raises(InputError):
        to_decimal("NaN", "price")
    with pytest.raises(InputError):
        to_decimal("-1", "price")
    assert to_decimal("0.075", "price") == Decimal("0.075")


def test_formatting():
    assert format_money(Decimal("1234.5"), "USD") == "$1,234.50"
    assert format_money(Decimal("8000"), "CNY") == "¥8,000.00"
    assert format_money(Decimal("-3.5"), "EUR") == "-€3.50"
    assert format_money(Decimal("1234"), "JPY") == "JP¥1,234"   # ¥ alone is the yuan's: no two currencies share one
    assert len(set(CURRENCY_SYMBOLS.values())) == len(CURRENCY_SYMBOLS)
    assert format_price(Decimal("0.075")) == "0.075"
    assert format_price(Decimal("5")) == "5.00"
    assert format_volume(120_000_000, chinese=True) == "1.2亿"
    assert format_volume(30_000_000, chinese=True) == "3000万"
    assert format_volume(2_500_000_000) == "2.5B"


def test_token_helpers():
    assert tokens_from_requests("10K", "2,000") == 10_000 * 2_000 * 30
    assert tokens_from_text("1600", "chars", "zh") == 1000        # 1.6 characters a token
    assert tokens_from_text("750", "words", "en") == 1000         # 0.75 words a token
    assert tokens_from_text("4000", "chars", "en") == 1000
    with pytest.raises(InputError):
        tokens_from_text("100", "words", "zh")


def test_minor_units_cover_iso_4217_list_a():
    from core.currencies import ISO_4217, MINOR_UNITS
    from core.money import minor_unit

    assert {c: minor_unit(c) for c in ("OMR", "JOD", "TND", "KWD", "BHD", "IQD", "LYD")} == dict.fromkeys(
        ("OMR", "JOD", "TND", "KWD", "BHD", "IQD", "LYD"), 3)
    assert all(minor_unit(c) == 0 for c in ("XOF", "XAF", "XPF", "PYG", "UGX", "JPY", "KRW", "VND", "RWF"))
    assert minor_unit("CLF") == 4 and minor_unit("UYW") == 4
    assert minor_unit("USD") == minor_unit("HUF") == minor_unit("IDR") == 2
    assert len(ISO_4217) >= 160 and ISO_4217 == set(MINOR_UNITS)
    assert not {"XAU", "XAG", "XDR", "XTS", "XXX", "HRK", "SLL", "ZWL"} & ISO_4217  # metals, tests, withdrawn


def test_rounding_and_display_at_three_and_zero_digits():
    assert round_money(Decimal("1.2345"), "OMR") == Decimal("1.235")
    assert round_money(Decimal("1.2344999"), "TND") == Decimal("1.234")
    assert money_str(Decimal("7"), "JOD") == "7.000"
    assert round_money(Decimal("1234.5"), "XOF") == Decimal("1235")
    assert money_str(Decimal("99.49"), "PYG") == "99"
    assert format_money(Decimal("1234.5675"), "OMR") == "1,234.568 OMR"
    assert format_money(Decimal("1234567.5"), "UGX") == "1,234,568 UGX"


@pytest.mark.parametrize(("text", "expected"), [
    ("３０００万", 30_000_000), ("１２０M", 120_000_000), ("１．２亿", 120_000_000), ("１２０Ｍ", 120_000_000),
    ("３，０００万", 30_000_000), ("\u3000300M\u3000", 300_000_000),
])
def test_full_width_forms_from_a_chinese_input_method_read_as_they_do_in_ascii(text, expected):
    """The cache-hit share ``４０`` was read (Decimal reads any digits) while ``３０００万`` was refused."""
    assert parse_volume(text) == expected
    assert parse_percent("４０．５％", "cache-hit %") == Decimal("40.5")
    assert to_decimal("７．１", "fx") == Decimal("7.1")


def test_only_the_full_width_block_is_folded_never_a_superscript():
    with pytest.raises(InputError, match="unknown unit"):
        parse_volume("1²M")   # NFKC would read 12M: a wrong figure


def test_currency_codes_are_iso_4217_and_rmb_reads_as_cny():
    """CYN typed for CNY became a currency of its own; RMB, which projects saved earlier may hold, is CNY."""
    from core.money import check_currency

    assert (check_currency("CNY", "c"), check_currency("RMB", "c"), check_currency("NTD", "c")) == ("CNY", "CNY", "TWD")
    for code in ("CYN", "XYZ", "usd", "US", 840):
        with pytest.raises(InputError):
            check_currency(code, "currency")


def test_an_exchange_rate_given_with_rmb_is_the_cny_rate():
    """--fx USD/RMB=5 was kept under a pair of its own, unused, and CNY converted at the bundled 7.10 without a
    word; a project file's USD/RMB rate failed with "no exchange rate for USD→CNY"."""
    from datetime import date
    from decimal import Decimal

    from core.pricing.fx import FxRate, fx_from_json, fx_table, fx_to_json

    day = date(2026, 12, 1)
    table = fx_table(["USD/RMB=5"], day)
    assert table.convert(Decimal(1), "USD", "CNY") == Decimal(5)
    assert FxRate("NTD", "USD", Decimal("0.03"), day).pair == "TWD/USD"
    assert fx_from_json(fx_to_json(table.with_rate(FxRate("USD", "RMB", Decimal(6), day)))).convert(
        Decimal(1), "USD", "CNY") == Decimal(6)
    with pytest.raises(InputError) as caught:   # the same pair, said two ways: still a conflict
        fx_table(["USD/CNY=7", "RMB/USD=0.2"], day)
    assert caught.value.code == "fx_conflict"
    with pytest.raises(InputError):
        fx_table(["RMB/CNY=1"], day)             # a currency to itself
    twice = [{"pair": "USD/CNY", "rate": "7.10", "as_of": "2026-11-01"}, {"pair": "CNY/USD", "rate": "0.11",
                                                                          "as_of": "2026-11-01"}]
    with pytest.raises(InputError) as caught:   # a project file's second rate for a pair: said, not the last wins
        fx_from_json(twice)
    assert caught.value.code == "fx_conflict" and caught.value.where == "fx[1]"


def test_names_refuse_controls_and_overrides_but_keep_what_rtl_text_holds():
    from core.text import check_text

    for bad in ("bell\x07", "esc\x1b[0m", "Acme\u202eevil", "x\u202dy"):
        with pytest.raises(InputError):
            check_text(bad, "client")
    for good in ("tab\tnew\nline", "\u202bשלום\u202c", "\u2067مرحبا\u2069", "a\u200db", "中文"):
        assert check_text(good, "client") == good


def test_dates_typed_in_full_width_digits_read_as_dates():
    """A Chinese input method types ２０２５-０１-０１: volumes read full-width digits, dates said "not a real date"."""
    from datetime import date

    from core.dates import parse_day

    assert parse_day("２０２５-０１-０１", "as_of") == parse_day("２０２５－０１－０１", "as_of") == date(2025, 1, 1)
    with pytest.raises(InputError):
        parse_day("２０２５-０２-３０", "as_of")
