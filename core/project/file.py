"""The ``.tokenquote`` project file: JSON with ``format`` and ``schema_version`` holding a :class:`Project` —
workloads, chosen models, quote terms, FX, display currency, as-of date, projection settings, and the price
history of every model it priced, so reopening it after the bundled catalog has changed gives the same figures
(:mod:`core.project.changes` shows what moved). Every error names the file and the field or line.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

from core import __version__
from core.atomic import atomic_write_text, check_readable
from core.catalog.files import model_to_json, parse_vendor_document, vendor_to_json
from core.catalog.model import PROJECT_LAYER, Model, Vendor
from core.dates import parse_day
from core.errors import (
    CatalogError,
    Field,
    InputError,
    ProjectFileError,
    TokenQuoteError,
    detail_of,
    kind_of,
    read_reason,
)
from core.json_text import load_json
from core.money import check_currency
from core.pricing.fx import DEFAULT_RATES, fx_from_json, fx_to_json
from core.pricing.projection_settings import ProjectionSettings
from core.pricing.quote_terms import terms_from_json, terms_to_json
from core.pricing.workload import MAX_WORKLOADS, name_twice, workload_from_json, workload_to_json
from core.project.model import Project

FORMAT = "tokenquote-project"
SCHEMA_VERSION = 2          # 2: plans. A project without plans is still written as 1, which the release before
                            # plans reads; this one reads both (a version-1 file is a project without plans).
SUFFIX = ".tokenquote"
MAX_PROJECT_BYTES = 50 * 1024 * 1024


def project_to_json(p: Project) -> dict:
    """The file's JSON. ``usage_reconciliation`` is written only when the project has one: an optional key added
    within schema version 1 (older versions of the app ignore it), not a new version."""
    if p.plans:
        from core.pricing.plans import plan_to_json  # the plans' core loads with a project that has plans
    if p.usage_reconciliation is not None:
        from core.pricing.reconcile import reconciliation_to_json
    vendors = []
    for vendor_id, vendor in p.pinned_vendors.items():
        models = [model_to_json(m) for m in p.pinned_models.values() if m.vendor_id == vendor_id]
        vendors.append({"vendor": vendor_to_json(vendor), "models": models})
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION if p.plans else 1,
        "app_version": __version__,
        "saved_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "workloads": [workload_to_json(w) for w in p.workloads],
        "selected_models": list(p.selected),
        "display_currency": p.currency,
        "as_of": p.as_of.isoformat() if p.as_of else None,
        "fx": fx_to_json(p.fx),
        "terms": terms_to_json(p.terms),
        "projection": {"months": p.projection.months, "growth_pct": str(p.projection.growth_pct),
                       "decline_pct": str(p.projection.decline_pct)},
        "price_points": vendors,
        "view": dict(p.view),
        **({"usage_reconciliation": reconciliation_to_json(p.usage_reconciliation)}
           if p.usage_reconciliation is not None else {}),
        **({"include_free": True} if p.include_free else {}),   # optional within schema 1, like the above
        **({"plans": [plan_to_json(plan) for plan in p.plans]} if p.plans else {}),
    }


def dumps_project(p: Project) -> str:
    return json.dumps(project_to_json(p), ensure_ascii=False, indent=1)


def save_project(path: str | Path, p: Project) -> None:
    atomic_write_text(path, dumps_project(p))


def load_project(path: str | Path) -> Project:
    """Read a project; every error names the file and the field or line."""
    path = Path(path)
    size = check_readable(path, ProjectFileError)   # a regular file only: `project FIFO` would block forever
    try:
        if size > MAX_PROJECT_BYTES:
            raise ProjectFileError(str(path), "project_too_large", size=f"{size / 1e6:.0f}")
        raw = path.read_bytes()
    except OSError as exc:
        raise ProjectFileError(str(path), "file_unreadable", reason=read_reason(exc)) from None
    try:
        return loads_project(raw)
    except TokenQuoteError as exc:
        raise exc.at(str(path), kind=ProjectFileError) from None


def loads_project(raw: bytes | str) -> Project:
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ProjectFileError(None, "project_not_utf8") from None
    if not raw.strip():
        raise ProjectFileError(None, "project_empty")
    try:
        doc = load_json(raw, None, error=ProjectFileError, unique_keys=True)
    except json.JSONDecodeError as exc:
        # A complete project ends with its closing brace; a file that stops before it was cut off (full disk,
        # crash during a copy), which is worth saying, since the fix is a backup rather than an edit.
        cut = exc.pos >= len(raw.rstrip()) - 1 or not raw.rstrip().endswith("}")
        raise ProjectFileError(Field("line_column", line=exc.lineno, column=exc.colno),
                               "invalid_json_cut" if cut else "invalid_json", detail=detail_of(exc)) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ProjectFileError(None, "project_foreign")
    version = doc.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version > SCHEMA_VERSION or version < 1:
        raise ProjectFileError("schema_version", "project_version", value=version, supported=SCHEMA_VERSION)
    workloads_raw = doc.get("workloads")
    if not isinstance(workloads_raw, list) or not workloads_raw:
        raise ProjectFileError("workloads", "list_expected_nonempty")
    if len(workloads_raw) > MAX_WORKLOADS:
        raise ProjectFileError("workloads", "too_many_workloads", count=f"{len(workloads_raw):,}",
                               limit=f"{MAX_WORKLOADS:,}")
    workloads = tuple(workload_from_json(w, f"workloads[{i}]") for i, w in enumerate(workloads_raw))
    twice = name_twice(workloads)
    if twice is not None:
        raise ProjectFileError("workloads", "workload_names_twice", value=twice)
    # A field of the wrong type is refused, never read as its default: "terms": [] had dropped the discount,
    # markup and tax without a word, "selected_models": 0 the chosen models.
    selected = doc.get("selected_models", [])
    if not isinstance(selected, list) or not all(isinstance(s, str) for s in selected):
        raise ProjectFileError("selected_models", "model_ids_expected")
    currency = check_currency(doc.get("display_currency", "USD"), "display_currency")
    as_of_raw = doc.get("as_of")
    as_of = parse_day(as_of_raw, "as_of", error=ProjectFileError) if as_of_raw else None
    fx = fx_from_json(doc.get("fx", []), "fx") if "fx" in doc else DEFAULT_RATES
    terms = terms_from_json(doc.get("terms", {}), "terms")
    projection = _projection_from_json(doc.get("projection", {}))
    pinned_models: dict[str, Model] = {}
    pinned_vendors: dict[str, Vendor] = {}
    points = doc.get("price_points", [])
    if not isinstance(points, list):
        raise ProjectFileError("price_points", "vendor_entries_expected")
    for index, entry in enumerate(points):
        try:
            vendor, models = parse_vendor_document({"schema_version": 1, **entry} if isinstance(entry, dict)
                                                   else entry, layer=PROJECT_LAYER)
        except (CatalogError, InputError) as exc:
            raise exc.at(f"price_points[{index}]", kind=ProjectFileError) from None
        pinned_vendors[vendor.id] = vendor
        pinned_models.update((m.id, m) for m in models)
    view = doc.get("view", {})
    if not isinstance(view, dict):
        raise ProjectFileError("view", "object_expected")
    usage = doc.get("usage_reconciliation")
    reconciliation = None
    if usage is not None:
        try:
            from core.pricing.reconcile import reconciliation_from_json  # only a project with a usage import

            reconciliation = reconciliation_from_json(usage)
        except InputError as exc:
            raise exc.at(kind=ProjectFileError) from None
    include_free = doc.get("include_free", False)
    if not isinstance(include_free, bool):
        raise ProjectFileError("include_free", "kind_expected", expected=Field("kind_bool"),
                               kind=kind_of(include_free))
    plans = _plans_from_json(doc.get("plans"), version)
    try:
        return Project(workloads, tuple(selected), currency, as_of, fx, terms, projection, pinned_models,
                       pinned_vendors, view, reconciliation, include_free, plans)
    except InputError as exc:   # a plan naming a workload the project does not have, two plans of one name
        raise exc.at("plans", kind=ProjectFileError) from None


def _plans_from_json(raw: object, version: int) -> tuple:
    if raw is None:
        return ()
    if version < 2:   # a version-1 file has no plans; one that says it has was not written by TokenQuote
        raise ProjectFileError("plans", "project_version_field", field="plans", version=version)
    if not isinstance(raw, list):
        raise ProjectFileError("plans", "kind_expected", expected=Field("kind_list"), kind=kind_of(raw))
    from core.pricing.plans import plan_from_json  # only a project with plans loads the plans' core

    plans = []
    for index, entry in enumerate(raw):
        try:
            plans.append(plan_from_json(entry, f"plans[{index}]"))
        except InputError as exc:
            raise exc.at(kind=ProjectFileError) from None
    return tuple(plans)


def _projection_from_json(raw: object) -> ProjectionSettings:
    if not isinstance(raw, dict):
        raise ProjectFileError("projection", "object_expected")
    months = raw.get("months", 12)
    if not isinstance(months, int) or isinstance(months, bool) or not 1 <= months <= 120:
        raise ProjectFileError("projection.months", "months_range_value", value=months)
    values = {}
    for key in ("growth_pct", "decline_pct"):
        try:
            values[key] = Decimal(str(raw.get(key, "0")))
        except Exception:
            raise ProjectFileError(f"projection.{key}", "not_a_number", value=raw.get(key)) from None
        if not values[key].is_finite():
            raise ProjectFileError(f"projection.{key}", "not_finite_bare")
    try:
        return ProjectionSettings(months, values["growth_pct"], values["decline_pct"])   # the one validation
    except InputError as exc:
        raise exc.at("projection", kind=ProjectFileError) from None
