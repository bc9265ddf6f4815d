"""How some comparison cells read: a context window as vendors name it (128K), a vendor's name without its
product family in brackets, an exchange rate with no more digits than it needs."""

from __future__ import annotations

from decimal import Decimal

from core.pricing.engine import ComparisonRow


def short_vendor_name(name: str) -> str:
    """A vendor's name without its product family in brackets (字节跳动（豆包） → 字节跳动): the model names in the
    next column already carry it (豆包 Seed 1.6 Flash)."""
    for bracket in ("（", " ("):
        if bracket in name and not name.startswith(bracket.strip()):
            return name.split(bracket, 1)[0].strip()
    return name


def format_context(tokens: int | None) -> str:
    """A context window as vendors name it: "128K" for 128,000 tokens, "8K" for 8,192, "32K" for 32,768
    (vendors count in thousands or in powers of two), "1M" for 1,000,000 or 1,048,576, "1.05M" for 1,050,000."""
    if not tokens:
        return "—"
    if tokens >= 1_000_000:
        for size in (1_000_000, 1_048_576):
            if tokens % size == 0:
                return f"{tokens // size}M"
        return f"{tokens / 1_000_000:.3g}M"
    for size in (1000, 1024):
        if tokens >= size and tokens % size == 0:
            return f"{tokens // size}K"
    return f"{round(tokens / 1000)}K" if tokens >= 1000 else str(tokens)


def rate_text(rate: Decimal) -> str:
    """An exchange rate for a tooltip: as exact as it is, with at most 6 decimals."""
    text = f"{rate.normalize():f}" if abs(rate) >= Decimal("0.0001") else f"{rate:.8f}"
    if "." in text and len(text.split(".")[1]) > 6:
        text = f"{rate:.6f}".rstrip("0")
    return text


_LAST = float("inf")


def sort_keys(row: ComparisonRow, chosen: bool) -> tuple:
    # Keys are numbers or case-folded text so the proxy's C++ comparison orders them by value. Prices in
    # different billing currencies are ordered by their display-currency equivalent (the engine's FX rate);
    # that key only orders rows, it is never shown.
    return (
        1 if chosen else 0,
        float(row.rank) if row.rank is not None else _LAST,
        row.vendor_name.casefold(),
        row.name.casefold(),
        float(row.context_window) if row.context_window else _LAST,
        float(row.input_price_per_1m * row.fx_rate),
        float(row.output_price_per_1m * row.fx_rate),
        float(row.monthly_cost),
        float(row.annual_cost),
        float(row.diff_to_cheapest) if row.diff_to_cheapest is not None else _LAST,
        float(row.point.checked.toordinal()) if row.point.checked else -_LAST,   # oldest check first
    )
