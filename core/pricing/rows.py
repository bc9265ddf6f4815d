"""A row of a comparison: one model priced for one workload (or combined over all), its money held as exact
whole minor units and given out as quantized Decimals. Made by :class:`core.pricing.engine.Pricer`.

Imports: the catalog's data model and the price resolution (:mod:`core.pricing.rates`).
"""

from __future__ import annotations

from decimal import Decimal

from core.catalog.model import Model, PricePoint, Vendor
from core.pricing.rates import EffectivePrices

TWELVE = Decimal(12)


def _amount(minor: int, exponent: int) -> Decimal:
    """``minor`` units of a currency whose minor unit is 10^``exponent``, as the quantized Decimal (12.30)."""
    return Decimal(minor).scaleb(exponent)


class ComparisonRow:
    """One model priced for one workload (or, combined, for all of them).

    The money is held as whole minor units (cents, fen, yen: exact integers, what the engine's arithmetic makes)
    and given out as quantized Decimals (``input_cost``, ``output_cost``, ``monthly_cost_native`` in the model's
    currency; ``monthly_cost``, ``annual_cost``, ``diff_to_cheapest`` in the display currency), made when read:
    a table of 5,000 rows reads a few dozen of them."""

    __slots__ = ("model", "vendor", "point", "prices", "fits_context", "notes", "rank", "retired", "understated",
                 "input_minor", "output_minor", "display_minor", "diff_minor", "_money")

    def __init__(self, model: Model, vendor: Vendor, point: PricePoint, prices: EffectivePrices, input_minor: int,
                 output_minor: int, display_minor: int, money: tuple[int, int, Decimal], fits_context: bool = True,
                 notes: tuple[str, ...] = (), retired: bool = False, understated: bool = False):
        self.model = model
        self.vendor = vendor
        self.point = point
        self.prices = prices
        self.input_minor = input_minor
        self.output_minor = output_minor
        self.display_minor = display_minor
        self._money = money              # (native minor exponent, display minor exponent, fx rate), shared
        self.fits_context = fits_context
        self.notes = notes
        self.retired = retired           # deprecated and retired by the as-of date (Model.retired_by)
        # The workload is priced where the point's prices are not known (PricePoint.gaps: a longer prompt than
        # they cover, an unknown output price): the cost is a floor, not the bill — shown with a note, never
        # ranked or picked as the cheapest.
        self.understated = understated
        self.rank: int | None = None
        self.diff_minor: int | None = None

    def __repr__(self) -> str:
        return f"ComparisonRow({self.model_id!r}, monthly_cost={self.monthly_cost}, rank={self.rank})"

    def _key(self) -> tuple:
        return (self.model, self.vendor, self.point, self.prices, self.input_minor, self.output_minor,
                self.display_minor, self._money, self.fits_context, self.notes, self.retired, self.understated,
                self.rank, self.diff_minor)

    def __eq__(self, other: object) -> bool:   # equal figures for the same model and price (a value, as before)
        return isinstance(other, ComparisonRow) and self._key() == other._key()

    __hash__ = None   # type: ignore[assignment]  # mutable: ranking sets rank

    model_id = property(lambda self: self.model.id)
    vendor_id = property(lambda self: self.model.vendor_id)
    name = property(lambda self: self.model.name)
    price_currency = property(lambda self: self.model.currency)
    context_window = property(lambda self: self.model.context_window)
    deprecated = property(lambda self: self.model.deprecated)
    vendor_name = property(lambda self: self.vendor.name)
    region = property(lambda self: self.vendor.region)

    @property
    def rankable(self) -> bool:
        """Whether the row may be ranked (and so be "the cheapest"): its prompt fits the context window and its
        price is known for that prompt."""
        return self.fits_context and not self.understated

    @property
    def fx_rate(self) -> Decimal:
        return self._money[2]

    @property
    def input_cost(self) -> Decimal:
        return _amount(self.input_minor, self._money[0])

    @property
    def output_cost(self) -> Decimal:
        return _amount(self.output_minor, self._money[0])

    @property
    def monthly_cost_native(self) -> Decimal:
        return _amount(self.input_minor + self.output_minor, self._money[0])

    @property
    def monthly_cost(self) -> Decimal:
        return _amount(self.display_minor, self._money[1])

    @property
    def diff_to_cheapest(self) -> Decimal | None:
        return None if self.diff_minor is None else _amount(self.diff_minor, self._money[1])

    @property
    def annual_cost(self) -> Decimal:
        return self.monthly_cost * TWELVE

    @property
    def input_price_per_1m(self) -> Decimal:
        return self.prices.standard.input

    @property
    def output_price_per_1m(self) -> Decimal:
        return self.prices.standard.output

    @property
    def cached_input_price_per_1m(self) -> Decimal | None:
        return self.prices.standard.cached_input if self.prices.has_cache else None
