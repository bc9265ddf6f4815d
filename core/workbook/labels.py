"""The quote workbook's words, in English and Simplified Chinese (finance vocabulary, not machine output).

Core returns data, not sentences for Qt's translator; the workbook is a document, so its texts live here,
keyed once and written in both languages. ``{}`` fields are filled with :meth:`str.format`.
"""

from __future__ import annotations

from core.catalog.model import Tier
from core.pricing.engine import NOTES
from core.workbook.labels_zh import ZH  # the Chinese table, keyed as EN below

LANGUAGES = ("en", "zh")

EN = {
    # sheet names (at most 31 characters, none of []:*?/\)
    "sheet_quote": "Quote",
    "sheet_inputs": "Inputs",
    "sheet_comparison": "Comparison",
    "sheet_projection": "Projection",
    "sheet_prices": "Prices",
    "sheet_reconciliation": "Reconciliation",

    # cover
    "quote_title": "Quote: LLM API usage",
    "client": "Client",
    "quote_no": "Quote number",
    "issue_date": "Issue date",
    "valid_until": "Valid until",
    "prepared_by": "Prepared by",
    "company": "Company",
    "display_currency": "Currency",
    "prices_as_of": "Prices in force on",
    "options_heading": "Options: {cur}, per month unless stated",
    "option": "Option",
    "vendor": "Vendor",
    "vendor_cost_month": "Vendor cost / month",
    "vendor_cost_year": "Vendor cost / year",
    "discount_pct": "Discount %",
    "discount": "Discount / month",
    "client_price": "Price after markup / month",
    "tax": "Tax / month",
    "total_month": "Total / month incl. tax",
    "total_year": "Total / year incl. tax",
    "vendor_cost_first_year": "Vendor cost, first 12 months",
    "total_first_year": "Total, first 12 months incl. tax",
    "vendor_cost_year_flat": "Vendor cost / year (12 × the first month)",
    "total_year_flat": "Total / year incl. tax (12 × the first month)",
    "first_year_note": "First 12 months: each month as the Projection sheet prices it (volume growth and any "
                       "price change within the year), through discount, markup and tax; twelve times the first "
                       "month when the Inputs sheet shows fewer than 12 months.",
    "notes_heading": "Notes and assumptions",
    "volumes_heading": "Monthly volumes (from the Inputs sheet)",
    "projection_heading": "Projection",
    "fx_heading": "Exchange rates",
    "terms_heading": "Quote terms",
    "how_priced": "Each option is priced on its vendor's published list prices per 1M tokens, input and output "
                  "separately; each line is rounded to the currency's smallest unit (the cent, the whole yen) as "
                  "the vendor bills. Price after markup = (vendor cost − discount) + markup; tax is charged on the "
                  "price after markup.",
    "plan_rounding": "A plan's figures add up its workloads' lines, each rounded so, month by month: a plan may "
                     "differ by a cent or so from one model's figures for the same workloads.",
    "live_note": "Every figure is a formula on the Inputs sheet: change a yellow cell there and this quote, "
                 "the comparison, the projection and the charts follow.",
    "source_line": "Prices: TokenQuote bundled catalog, checked up to {date}; the source and check date of every "
                   "price are on the {sheet} sheet.",
    "source_line_nodate": "Prices: TokenQuote catalog; the source and check date of every price are on the "
                          "{sheet} sheet.",
    "source_layers": "Also used: prices from {layers}.",
    "source_line_layers": "Prices: from {layers}; the source and check date of every price are on the {sheet} "
                          "sheet.",
    "user_notes": "Notes",
    "option_notes": "{model}: {note}",
    "valid_line": "This quote is valid until {date}.",
    "none": "—",

    # the client's copy (core.workbook.client_sheets): their price, tax and total, nothing of the vendor's cost
    "client_tax_rate": "Tax rate",
    "client_price_month": "Price / month",
    "client_volumes_heading": "Monthly volumes this quote is for",
    "client_growth_line": "Volumes are expected to grow {growth} a month from {date}.",
    "client_decline_line": "Prices are expected to fall {decline} a year, in yearly steps from a year after each "
                           "vendor's last published price applies.",
    "client_price_change": "{model}: the vendor's price changes from {dates}; the price follows from that month.",
    "client_year_line": "The first 12 months' total adds up each month's price and tax as the {sheet} sheet shows "
                        "them.",
    "client_price_ended": "{model}: the vendor's current price ends on {end}; the months after it are shown at that "
                          "price and are to be confirmed before an order.",
    "client_price_ended_in": "{option}: the vendor's current price for {model} ends on {end}; the months after it are "
                             "shown at that price and are to be confirmed before an order.",
    "price_ended": "{model}: its last known price ends on {end} (the vendor retires the model, or has published no "
                   "later price); the months after it are priced at that ended price.",
    "client_to_confirm": "{option}: part of this price is not yet known for these volumes and may be higher; to be "
                         "confirmed before an order.",
    "client_how_priced": "Prices are in {cur}, per month, for the volumes stated in this quote; tax is charged on "
                         "each price at the rate shown.",
    "client_projection_title": "Projection: monthly price, {cur}",
    "client_projection_sub": "The first {n} months: each month's price follows the volume growth and the price "
                             "changes stated on the Quote sheet; tax is charged on each month's price at the "
                             "quote's rate.",
    "client_price_col": "Price",
    "client_tax_col": "Tax",
    "client_total_col": "Total incl. tax",
    "client_chart_title": "Projected monthly total incl. tax, {cur}",

    # inputs
    "inputs_title": "Inputs",
    "inputs_hint": "Edit the yellow cells: every cost, total and chart in this workbook follows.",
    "legend_input": "Input: edit freely",
    "legend_calc": "Calculated",
    "legend_fixed": "Fixed at export",
    "workloads_heading": "Workloads: tokens per month",
    "workload": "Workload",
    # the names the CLI gives what the user did not name, in the quote's language
    "default_workload": "Workload",
    "default_plan": "Plan",
    "input_tokens": "Input tokens / month",
    "output_tokens": "Output tokens / month",
    "cache_hit": "Cache-hit share of input",
    "batch": "Batch share of traffic",
    "off_peak": "Off-peak share of traffic",
    "prompt_tokens": "Prompt tokens / request",
    "prompt_note": "Prompt tokens per request choose each model's context-length tier (the whole request is "
                   "billed at that tier); they are fixed in this workbook: change them in TokenQuote and export "
                   "again.",
    "segments_heading": "Tokens by price segment (millions per month, calculated)",
    "seg_std_in": "Standard input, not cached",
    "seg_std_cached": "Standard input, cache hits",
    "seg_batch_in": "Batch input, not cached",
    "seg_batch_cached": "Batch input, cache hits",
    "seg_off_in": "Off-peak input, not cached",
    "seg_off_cached": "Off-peak input, cache hits",
    "seg_std_out": "Standard output",
    "seg_batch_out": "Batch output",
    "seg_off_out": "Off-peak output",
    "growth": "Volume growth per month",
    "growth_note": "Month k = base × (1 + growth)^(k − 1)",
    "decline": "Assumed price decline per year",
    "decline_note": "Assumed for prices not yet known, in yearly steps from the last known price: "
                    "× (1 − decline)^INT((k − k₀) / 12)",
    "months": "Months shown",
    "months_note": "1 to {n} (the Projection sheet has {n} rows)",
    "fx_pair": "Pair",
    "fx_rate": "Rate",
    "fx_as_of": "As of",
    "fx_note": "Note",
    "fx_label": "{base}/{quote}: 1 {base} = … {quote}",
    "fx_assumption": "Assumption: replace with your budget rate",
    "fx_given_cli": "Given on the command line",
    "fx_edited": "Set by you",
    "discount_all": "Discount on vendor cost (all vendors)",
    "discount_vendor": "Discount on vendor cost: {vendor}",
    "markup": "Markup on discounted cost",
    "tax_rate": "Tax on the price after markup",
    "validation_pct": "A share from 0% to 100%.",
    "validation_volume": "A whole number of tokens, 0 to 10^15.",
    "validation_growth": "Between −100% and 1000% per month.",
    "validation_months": "A whole number from 1 to {n}.",
    "validation_rate": "A rate above 0.",
    "validation_markup": "From 0% to 1000%.",
    "validation_split": "Batch share + off-peak share must not exceed 100%.",
    "validation_title": "Check this value",

    # comparison
    "comparison_title": "Comparison: monthly cost per model, {cur}",
    "comparison_sub": "Prices in force on {date}, per 1M tokens in each vendor's billing currency. Costs are "
                      "formulas on the Inputs sheet, rounded at each line as the vendor bills.",
    "rank": "Rank",
    "model": "Model",
    "currency": "Billing currency",
    "in_price": "Input / 1M tokens",
    "out_price": "Output / 1M tokens",
    "cached_price": "Cache-hit input / 1M",
    "tier": "Context tier",
    "tier_base": "base",
    "tier_above": "prompt > {n}",
    "tier_from": "prompt ≥ {n}",
    "batch_in": "Batch input / 1M",
    "batch_out": "Batch output / 1M",
    "batch_cached": "Batch cache-hit / 1M",
    "off_in": "Off-peak input / 1M",
    "off_out": "Off-peak output / 1M",
    "off_cached": "Off-peak cache-hit / 1M",
    "free_in": "Free input tokens / month",
    "free_out": "Free output tokens / month",
    "input_cost": "Input cost",
    "output_cost": "Output cost",
    "monthly_native": "Monthly cost (billing currency)",
    "fx": "FX to {cur}",
    "monthly": "Monthly cost ({cur})",
    "annual": "12 × monthly cost ({cur})",
    "notes": "Notes",
    "plans_heading": "Plans: a model for each workload",
    "plan_label": "Plan: {name}",
    "vendor_join": ", ",
    "plan_line_name": "{plan} ({workload}: {model})",
    "later_heading": "Later price points used by the projection",
    "later_note": "In force from {date}: used by the projection from that month",
    "tier_note": "billed at the tier for prompts above {n} tokens",
    "tier_note_from": "billed at the tier for prompts of {n} tokens or more",
    "not_ranked": "—",
    "chart_bar_title": "Monthly cost, {cur}",
    "chart_bar_title_top": "Monthly cost, {cur}: the {n} cheapest at export",

    # projection
    "projection_title": "Projection: monthly vendor cost and price to the client, {cur}",
    "projection_sub": "Month k = ROUND(base × (1 + growth)^(k − 1) × (1 − decline)^INT((k − k₀) / 12)), k₀ being "
                      "the first month at the model's last known price (1 unless a known price change comes later; "
                      "the months before it keep their published price); growth and decline are on the Inputs "
                      "sheet; a later price point replaces the base from the month it takes effect. Each month's price to the client takes that month's vendor cost "
                      "through discount, markup and tax.",
    "proj_group_vendor": "Vendor cost",
    "proj_group_client": "Price to the client incl. tax",
    "month_no": "Month",
    "month_start": "Starting",
    "year_totals": "Totals per year",
    "year_n": "Year {n}",
    "year_months": "months {a}–{b}",
    "total_months": "Total, {n} months",
    "chart_line_title": "Projected monthly cost, {cur}",

    # prices
    "prices_title": "Price sources",
    "prices_sub": "Prices per 1M tokens in each model's billing currency, as the vendor publishes them.",
    "model_id": "Model ID",
    "from": "In force from",
    "to": "Until",
    "open_ended": "until changed",
    "terms_col": "Other terms",
    "term_part": "{name}: {text}",
    "terms_join": "; ",
    "sources_heading": "Sources",
    "tiers": "Context tiers",
    "batch_col": "Batch",
    "off_peak_col": "Off-peak",
    "free_col": "Free tokens / month",
    "source": "Source",
    "checked": "Checked",
    "note": "Note",
    "layer": "Layer",
    "layer_bundled": "TokenQuote catalog",
    "layer_project": "this project's saved prices",
    "factor": "× {f} of standard",
    "explicit": "in {i} / out {o}",
    "cached_part": ", cache hit {c}",
    "hours": " ({h})",
    "tier_text": "> {n}: in {i} / out {o}",
    "tier_text_from": "≥ {n}: in {i} / out {o}",
    "free_text": "in {i} / out {o}",
    # the Prices sheet's note: sentences a client reads (core.workbook.price_notes)
    "pn_free": "Free of charge.",
    "pn_free_unknown_limits": "The vendor may limit free use (rate limits, quotas): check its terms before "
                              "relying on it.",
    "pn_quota": "The first {i} input and {o} output tokens each month are free.",
    "pn_tiers": "A request whose prompt is above {n} tokens is billed, as a whole, at the long-prompt prices.",
    "pn_known_up_to": "These prices are for prompts of up to {n} tokens; the vendor bills longer prompts at a higher "
                      "price this catalog does not have.",
    "pn_output_unknown": "The output price for this period is not known: the one shown is a later price, so output "
                         "costs are likely understated.",
    "pn_tiers_from": "A request whose prompt is {n} tokens or more is billed, as a whole, at the long-prompt "
                     "prices.",
    "pn_scheduled": "A scheduled price, in force from {date}.",
    "pn_replaced": "Replaced by a new price from {date}.",
    "pn_ends": "No later price is known after {date}.",
    "pn_retires": "Last day at this price: {date}; the vendor retires the model after it.",
    "pn_deprecated": "The vendor has deprecated this model: newer models replace it.",
    "pn_stale": "Last checked on {date}, {days} days before this quote: confirm this price with the vendor.",
    "pn_join": " ",

    # the reconciliation of an imported usage export
    "rec_title": "Usage reconciliation: billed against catalog prices ({cur})",
    "rec_sub": "From the usage export {source}, as reconciled when it was imported. The catalog cost prices each "
               "month's tokens with the price in force on the month's first day (cache hits at the cached-input "
               "price; cache writes as input). Billed amounts are the file's, converted at the project's rates.",
    "rec_month": "Month",
    "rec_model": "Model (as in the file)",
    "rec_input": "Input tokens",
    "rec_output": "Output tokens",
    "rec_cached": "Cached input tokens",
    "rec_billed": "Billed",
    "rec_catalog": "Catalog cost",
    "rec_difference": "Difference (billed − catalog)",
    "rec_difference_pct": "Difference %",
    "rec_total": "Total",
    "rec_total_compared": "Total of the lines with both figures",
    "rec_left_out": "Left out of the totals, having only one of the two figures: {lines} (billed {billed} with no "
                    "catalog price that month).",
    "rec_unmatched": "Not matched to a catalog model (not priced): {names}",
    "rec_alternatives": "The same usage on other models ({cur}, the whole file's tokens at the last month's prices)",
    "rec_alt_cost": "Cost",

    # print and properties
    "page": "Page &P of &N",
    "footer_quote": "Quote {no}",
    "subject": "LLM API usage quote",
    "keywords": "TokenQuote, LLM API, quote, {cur}",
    "description": "Quote workbook written by TokenQuote with live formulas.",
    "category": "Quote",

    # number formats that carry words
    "date_format": "yyyy-mm-dd",       # the app's and the PDF's date style (core.workbook.context.date_text)
    "month_format": "mmm yyyy",
}
# The engine's notes: in English their codes are their words (worded once, in core.pricing.engine).
EN.update((note, note) for note in NOTES)

_TABLES = {"en": EN, "zh": ZH}


def tier_label(key: str, tier: Tier) -> str:
    """The label for a context tier's boundary as its vendor states it: ``key`` says "above N" (the boundary
    itself not in the tier), ``key + "_from"`` says "N or more" (xAI's "from 200,000 prompt tokens on")."""
    return f"{key}_from" if tier.inclusive else key


class Labels:
    """``labels["client"]`` or ``labels("fx", cur="USD")``; an unknown engine note is shown as it is."""

    def __init__(self, language: str):
        if language not in _TABLES:
            from core.errors import Field, InputError
            raise InputError(Field("language"), "language_unknown", value=language, allowed=", ".join(LANGUAGES))
        self.language = language
        self._table = _TABLES[language]

    def __getitem__(self, key: str) -> str:
        return self._table.get(key, key)

    def __call__(self, key: str, **fields) -> str:
        return self[key].format(**fields)

    def client_price_ended(self, option: str, is_plan: bool, model: str, end: str) -> str:
        """The client's note on an option priced after ``model``'s price ends on ``end``: the model's own note, or
        a plan's naming its model (the workbook's and the PDF's one wording)."""
        if is_plan:
            return self("client_price_ended_in", option=self.plan(option), model=model, end=end)
        return self("client_price_ended", model=model, end=end)

    def plan(self, name: str) -> str:
        """A plan among the quote's options: ``Plan: Mixed``, but ``Plan 2`` or ``组合方案`` as they are."""
        from core.pricing.plans import names_itself_a_plan

        return name if names_itself_a_plan(name) else self("plan_label", name=name)
