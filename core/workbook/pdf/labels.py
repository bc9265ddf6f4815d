"""The PDF quote's own words in English and Simplified Chinese; everything else it says is the workbook's
(:mod:`core.workbook.labels`), so a PDF and a workbook of one quote word the same thing the same way."""

from __future__ import annotations

from core.workbook.labels import Labels

EN = {
    "pdf_valid_for": "({n} days)",
    "pdf_valid_for_one": "(1 day)",
    "pdf_in_price": "Input price / 1M tokens",
    "pdf_out_price": "Output price / 1M tokens",
    "pdf_markup": "Markup / month",
    "pdf_first_year_vendor": "Vendor cost, first 12 months",
    "pdf_first_year_total": "First 12 months incl. tax",
    "pdf_year_flat_vendor": "Vendor cost, 12 × the first month",
    "pdf_year_flat_total": "Total incl. tax, 12 × the first month",
    "pdf_client_first_year_note": "First 12 months: each month is priced with the volumes and prices of that "
                                  "month, and taxed at the rate shown.",
    "pdf_first_year_note": "First 12 months: volumes grow {growth} a month from {start}; each month is priced with "
                           "the prices in force that month and rounded as the vendor bills, and its total is the "
                           "month's vendor cost through discount, markup and tax.",
    "pdf_first_year_note_flat": "First 12 months: each month is priced with the prices in force that month (a "
                                "vendor's price changes within the year); its total is the month's vendor cost "
                                "through discount, markup and tax.",
    "pdf_price_note": "Prices per 1M tokens are the vendor's, in its billing currency; costs are in {cur}.",
    "pdf_assumptions": "Assumptions",
    "pdf_volumes": "Monthly volumes per workload",
    "pdf_growth_line": "Volume growth per month: {growth}. Assumed price decline per year: {decline}. Prices in "
                       "force on {date}.",
    "pdf_fx_rate": "1 {base} = {rate} {quote}",
    "pdf_no_fx": "Every price is billed in {cur}: no exchange rate is used.",
    "pdf_sources": "Where the prices come from",
    "pdf_sources_note": "The vendors' list prices, with the page each is published on; \"checked\" is the day "
                        "TokenQuote's catalog last confirmed the price, from that page or a published price list.",
    "pdf_page": "Page {n} of {total}",
    "pdf_none": "—",
    "pdf_plan_line_cost": "Vendor cost / month",
}

ZH = {
    "pdf_valid_for": "（{n} 天）",
    "pdf_valid_for_one": "（1 天）",
    "pdf_in_price": "输入单价/百万 tokens",
    "pdf_out_price": "输出单价/百万 tokens",
    "pdf_markup": "加价/月",
    "pdf_first_year_vendor": "首 12 个月厂商成本",
    "pdf_first_year_total": "首 12 个月含税合计",
    "pdf_year_flat_vendor": "厂商成本（首月 × 12）",
    "pdf_year_flat_total": "含税合计（首月 × 12）",
    "pdf_client_first_year_note": "首 12 个月：每月按当月用量与价格计价，并按所示税率计税。",
    "pdf_first_year_note": "首 12 个月：自 {start} 起用量每月增长 {growth}；每月按当月生效的价格计费，并按厂商计费方式"
                           "四舍五入；每月合计为当月厂商成本依次扣除折扣、加价并计税后的金额。",
    "pdf_first_year_note_flat": "首 12 个月：每月按当月生效的价格计费（年内有厂商调价）；每月合计为当月厂商成本依次扣除"
                                "折扣、加价并计税后的金额。",
    "pdf_price_note": "每百万 tokens 单价为厂商公布价，以其结算币种计；费用以 {cur} 计。",
    "pdf_assumptions": "假设",
    "pdf_volumes": "各工作负载月用量",
    "pdf_growth_line": "用量月增长率：{growth}。假设价格年降幅：{decline}。价格生效日期：{date}。",
    "pdf_fx_rate": "1 {base} = {rate} {quote}",
    "pdf_no_fx": "所有价格均以 {cur} 结算，未使用汇率。",
    "pdf_sources": "价格来源",
    "pdf_sources_note": "各价格均为厂商公布的标价，并附其发布页面；“核对日期”为 TokenQuote 价格目录最近一次确认该价格的日期（依据该页面或公开的价格清单）。",
    "pdf_page": "第 {n} 页，共 {total} 页",
    "pdf_none": "—",
    "pdf_plan_line_cost": "厂商成本 / 月",
}

_TABLES = {"en": EN, "zh": ZH}


class PdfLabels(Labels):
    """The workbook's :class:`~core.workbook.labels.Labels` with the PDF's own words added."""

    def __init__(self, language: str):
        super().__init__(language)
        self._table = {**self._table, **_TABLES[language]}
