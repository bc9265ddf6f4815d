"""Presets: the column layouts of documented usage exports, recognised by their headers.

Each preset names the documentation it follows (checked 2026-12-02). A file whose header has a preset's required
columns gets that preset's mapping; anything else uses the generic names or a mapping the user gives.

* ``openai-usage`` — OpenAI's Usage API, completions (``GET /v1/organization/usage/completions``), one row per
  time bucket and result as OpenAI's cookbook flattens it to CSV: ``start_time`` (Unix seconds) or
  ``start_datetime``, ``model``, ``input_tokens`` (cached included), ``output_tokens``, ``input_cached_tokens``,
  ``num_model_requests``. No cost: OpenAI's Costs API reports amounts per line item, not per token row.
  https://platform.openai.com/docs/api-reference/usage/completions ;
  https://cookbook.openai.com/examples/completions_usage_api (openai/openai-cookbook
  examples/completions_usage_api.ipynb, "Parse the API Response and Create a DataFrame").
* ``anthropic-usage`` — Anthropic's Usage & Cost Admin API, messages usage report
  (``GET /v1/organizations/usage_report/messages``), results flattened with the bucket's ``starting_at``:
  ``model``, ``uncached_input_tokens``, ``cache_read_input_tokens``, ``cache_creation.ephemeral_5m_input_tokens``,
  ``cache_creation.ephemeral_1h_input_tokens``, ``output_tokens``. Input is all four input columns added up
  (Anthropic: total input = uncached + cache creation + cache read); cached is the cache reads. Its cost report
  is per token type, in cents, and is not read here.
  https://platform.claude.com/docs/en/api/admin-api/usage-cost/get-messages-usage-report
* ``litellm-spend-logs`` — LiteLLM proxy's ``LiteLLM_SpendLogs`` table (one row per request, as exported from
  the proxy's database or its /spend/logs): ``startTime``, ``model``, ``prompt_tokens``, ``completion_tokens``,
  ``spend`` (USD, LiteLLM's cost map). Rows are counted as requests.
  https://github.com/BerriAI/litellm/blob/029f645f1c81cbd6c6c48fbc8490d91da937066f/schema.prisma
* ``litellm-daily-spend`` — LiteLLM's daily aggregate tables (``LiteLLM_DailyUserSpend`` and its team and
  organisation siblings): ``date``, ``model``, ``prompt_tokens``, ``completion_tokens``,
  ``cache_read_input_tokens``, ``spend`` (USD), ``api_requests``. Same schema.prisma as above.
* ``volcengine-bill`` — 火山引擎 (Volcengine) billing detail, ``ListBillDetail`` fields (账单明细, one row per
  billing item): ``ExpenseDate`` (else ``BillPeriod``), ``ConfigName``, ``Element`` (计费项: input, output or
  cache-hit tokens), ``Count`` (用量) with ``Unit`` (e.g. 千tokens), ``PayableAmount``, ``Currency``. The
  documentation lists the fields but does not say which one names a 火山方舟 model; this preset reads
  ``ConfigName`` and the mapping step lets you choose another column (``InstanceName``). GBK or UTF-8.
  https://www.volcengine.com/docs/6269/1127842 ; https://www.volcengine.com/docs/6269/130259 ;
  github.com/volcengine/volc-sdk-golang service/billing/model.go (BillDetail).

Not shipped: the OpenAI dashboard's own CSV download and the Anthropic Console's export, whose columns are not
documented, and Alibaba Cloud's bill (its documented export fields do not say which column names a model):
read them with the generic mapping.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.importers.usage_mapping import UsageMapping, _loose, normal

CHECKED = "2026-12-02"


@dataclass(frozen=True)
class Preset:
    key: str
    title: str
    columns: dict[str, tuple[str, ...]]          # field → header names (several: added up; or alternatives)
    required: tuple[str, ...]                    # headers that must all be present to recognise it
    alternatives: dict[str, tuple[str, ...]] | None = None  # field → headers tried in order (the first present wins)
    currency_code: str | None = None
    row_is_request: bool = False
    source: str = ""

    def mapping(self, header: list[str]) -> UsageMapping | None:
        """This preset's mapping for ``header``, or None when the header lacks a required column."""
        index: dict[str, int] = {}
        for i, h in enumerate(header):
            index.setdefault(normal(h), i)
            index.setdefault(_loose(h), i)

        def find(name: str):
            return index.get(normal(name), index.get(_loose(name)))

        if any(find(h) is None for h in self.required):
            return None
        columns: dict[str, tuple[int, ...]] = {}
        for name, headers in self.columns.items():
            found = tuple(i for i in (find(h) for h in headers) if i is not None)
            if found:
                columns[name] = found
        for name, headers in (self.alternatives or {}).items():
            for h in headers:
                if find(h) is not None:
                    columns[name] = (find(h),)
                    break
        return UsageMapping(columns, self.currency_code, None, self.key, self.row_is_request)


PRESETS: tuple[Preset, ...] = (
    Preset("anthropic-usage", "Anthropic usage report (Admin API, messages)",
           {"model": ("model",),
            "input_tokens": ("uncached_input_tokens", "cache_read_input_tokens",
                             "cache_creation.ephemeral_5m_input_tokens", "cache_creation.ephemeral_1h_input_tokens",
                             "cache_creation_input_tokens"),
            "cached_input_tokens": ("cache_read_input_tokens",),
            "output_tokens": ("output_tokens",)},
           ("uncached_input_tokens", "output_tokens", "model"),
           {"date": ("starting_at", "date")},
           source="https://platform.claude.com/docs/en/api/admin-api/usage-cost/get-messages-usage-report"),
    Preset("openai-usage", "OpenAI Usage API (completions)",
           {"model": ("model",), "input_tokens": ("input_tokens",), "output_tokens": ("output_tokens",),
            "cached_input_tokens": ("input_cached_tokens",), "requests": ("num_model_requests",)},
           ("input_tokens", "output_tokens", "num_model_requests", "model"),
           {"date": ("start_datetime", "start_time")},
           source="https://platform.openai.com/docs/api-reference/usage/completions"),
    Preset("litellm-daily-spend", "LiteLLM daily spend (LiteLLM_DailyUserSpend)",
           {"date": ("date",), "model": ("model",), "input_tokens": ("prompt_tokens",),
            "output_tokens": ("completion_tokens",), "cached_input_tokens": ("cache_read_input_tokens",),
            "cost": ("spend",), "requests": ("api_requests",)},
           ("date", "model", "prompt_tokens", "completion_tokens", "spend"), currency_code="USD",
           source="https://github.com/BerriAI/litellm/blob/029f645f1c81cbd6c6c48fbc8490d91da937066f/schema.prisma"),
    Preset("litellm-spend-logs", "LiteLLM spend logs (LiteLLM_SpendLogs)",
           {"date": ("startTime",), "model": ("model",), "input_tokens": ("prompt_tokens",),
            "output_tokens": ("completion_tokens",), "cost": ("spend",)},
           ("startTime", "model", "prompt_tokens", "completion_tokens", "spend"), currency_code="USD",
           row_is_request=True,
           source="https://github.com/BerriAI/litellm/blob/029f645f1c81cbd6c6c48fbc8490d91da937066f/schema.prisma"),
    Preset("volcengine-bill", "火山引擎 Volcengine bill details (账单明细)",
           {"model": ("ConfigName",), "usage_kind": ("Element",), "usage": ("Count",), "unit": ("Unit",),
            "cost": ("PayableAmount",), "currency": ("Currency",)},
           ("ConfigName", "Element", "Count", "Unit"),
           {"date": ("ExpenseDate", "BillPeriod")}, currency_code="CNY",
           source="https://www.volcengine.com/docs/6269/1127842"),
)

BY_KEY = {p.key: p for p in PRESETS}


def detect(header: list[str]) -> UsageMapping | None:
    """The first preset whose required columns the header has, as a mapping; None when no preset fits."""
    for preset in PRESETS:
        found = preset.mapping(header)
        if found is not None:
            return found
    return None
