"""Usage exports written the way each documented format lays them out (see core/importers/usage_presets.py for
the documentation each follows), for the usage tests."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timezone
from pathlib import Path

OPENAI_HEADER = ["start_time", "end_time", "input_tokens", "output_tokens", "input_cached_tokens",
                 "input_audio_tokens", "output_audio_tokens", "num_model_requests", "project_id", "user_id",
                 "api_key_id", "model", "batch"]
ANTHROPIC_HEADER = ["starting_at", "ending_at", "api_key_id", "workspace_id", "model", "service_tier",
                    "context_window", "uncached_input_tokens", "cache_read_input_tokens",
                    "cache_creation.ephemeral_5m_input_tokens", "cache_creation.ephemeral_1h_input_tokens",
                    "output_tokens", "server_tool_use.web_search_requests"]
LITELLM_LOG_HEADER = ["request_id", "call_type", "api_key", "spend", "total_tokens", "prompt_tokens",
                      "completion_tokens", "startTime", "endTime", "model", "model_group", "custom_llm_provider",
                      "cache_hit"]
LITELLM_DAILY_HEADER = ["id", "user_id", "date", "api_key", "model", "model_group", "custom_llm_provider",
                        "prompt_tokens", "completion_tokens", "cache_read_input_tokens", "cache_creation_input_tokens",
                        "spend", "api_requests", "successful_requests", "failed_requests"]
VOLC_HEADER = ["BillPeriod", "ExpenseDate", "PayerID", "OwnerID", "Product", "ProductZh", "BillingMode",
               "InstanceNo", "InstanceName", "ConfigName", "Element", "Region", "Price", "PriceUnit", "Count", "Unit",
               "OriginalBillAmount", "PayableAmount", "Currency"]


def write_csv(path: Path, header, rows, encoding="utf-8", delimiter=",") -> Path:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def unix(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=timezone.utc).timestamp())


def openai_rows(days):
    """(day, model, input, output, cached, requests) → the cookbook's flattened Usage API rows."""
    return [[unix(d), unix(d) + 86400, i, o, c, 0, 0, n, "proj_1", "", "", m, ""] for d, m, i, o, c, n in days]


def anthropic_rows(items):
    """(day, model, uncached, cache_read, cache_5m, cache_1h, output)."""
    return [[f"{d.isoformat()}T00:00:00Z", f"{d.isoformat()}T23:59:59Z", "apikey_01", "wrkspc_01", m, "standard",
             "0-200k", u, r, c5, c1, o, 0] for d, m, u, r, c5, c1, o in items]


def litellm_log_rows(items):
    """(timestamp text, model, prompt, completion, spend text)."""
    return [[f"req-{k}", "acompletion", "hashed", s, p + c, p, c, t, t, m, m, "openai", "False"]
            for k, (t, m, p, c, s) in enumerate(items)]


def volc_rows(items):
    """(day, model, element, count, unit, amount)."""
    return [[d.isoformat()[:7], d.isoformat(), "2100000001", "2100000001", "ark", "火山方舟", "按量计费",
             "ep-001", "推理接入点", m, e, "cn-beijing", "0.0008", "元/千tokens", n, u, a, a, "CNY"]
            for d, m, e, n, u, a in items]


def twelve_months():
    """Twelve months (2025-01 … 2025-12) of three models, two rows a month each: (day, model, in, out, cached)."""
    rows = []
    for k in range(12):
        end = (date(2025 + (k == 11), (k + 1) % 12 + 1, 1) - date.resolution).day
        for day in (1, end):   # the last day too: every month is a full month
            d = date(2025, k + 1, day)
            rows.append((d, "gpt-4o-2024-08-06", 10_000_000 + 1_000_000 * k + day, 2_000_000 + 7 * k, 1_000_000))
            rows.append((d, "deepseek-chat", 50_000_000 * (k + 1), 5_000_000 + day, 0))
            rows.append((d, "claude-sonnet-4-5-20250929", 3_000_001, 600_000 * (k % 3 + 1), 300_000))
    return rows
