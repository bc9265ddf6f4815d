"""Loading the catalog: the bundled vendor files, then further files or folders laid over it as layers.

A later layer may add models or price points; a point never overwrites history except a later layer's point
with the *same* start date (``core.catalog.model.merge_history``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from core.atomic import path_kind
from core.catalog.files import read_vendor_file
from core.catalog.model import BUNDLED_LAYER, Catalog, Model, Vendor, merge_history
from core.errors import CatalogError

PRICE_TABLE_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls")


def bundled_catalog_dir() -> Path:
    from core.resources import resource_path
    return resource_path("catalog")


def load_catalog(extra: Iterable[str | Path] = (), *, include_bundled: bool = True) -> Catalog:
    """Load the bundled catalog, then each extra file or folder as a further layer, in order."""
    paths: list[Path] = []
    if include_bundled:
        paths.append(bundled_catalog_dir())
    paths.extend(Path(p) for p in extra)
    vendors: dict[str, Vendor] = {}
    models: dict[str, Model] = {}
    layers: list[str] = []
    sources: list[str] = []
    for index, path in enumerate(paths):
        layer = BUNDLED_LAYER if include_bundled and index == 0 else path.name
        layers.append(layer)
        for file in _catalog_files(path):
            doc_vendor, doc_models = read_vendor_file(file, layer=layer)
            sources.append(str(file))
            known = vendors.get(doc_vendor.id)
            if known is not None and known.currency != doc_vendor.currency:
                raise CatalogError((str(file), "vendor.currency"), "layer_vendor_currency", vendor=known.id,
                                   old=known.currency, new=doc_vendor.currency)
            vendors[doc_vendor.id] = doc_vendor if known is None or layer != BUNDLED_LAYER else known
            for model in doc_models:
                try:
                    models[model.id] = merge_history(models.get(model.id), model)
                except CatalogError as exc:
                    raise exc.at(str(file)) from None
    return Catalog(vendors, models, tuple(layers), tuple(sources))


def _catalog_files(path: Path) -> list[Path]:
    kind = path_kind(path, CatalogError)
    if kind == "folder":
        files = sorted(p for p in path.glob("*.json") if not p.name.endswith(".schema.json"))
        if not files:
            raise CatalogError(str(path), "folder_without_catalog")
        return files
    if kind is not None and path.suffix.lower() in PRICE_TABLE_SUFFIXES:
        # A price table (CSV, Excel) becomes a catalog layer by an import; read as JSON it would be called
        # "not UTF-8" or "not valid JSON", which sends the user the wrong way.
        raise CatalogError(str(path), "catalog_is_price_table")
    if kind is not None:
        return [path]   # a file, or something that is not one (read_vendor_file says which)
    raise CatalogError(str(path), "no_such_path")


def layered_catalog(base: Catalog, paths: Iterable[Path]) -> Catalog:
    """``base`` with each catalog file or folder in ``paths`` laid over it in order, as :func:`load_catalog`
    layers them (a later layer's vendor record wins; histories merge, the later point winning at a start date)."""
    vendors, models = dict(base.vendors), dict(base.models)
    layers, sources = list(base.layers), list(base.sources)
    for path in paths:
        top = load_catalog([path], include_bundled=False)
        for vendor in top.vendors.values():
            known = vendors.get(vendor.id)
            if known is not None and known.currency != vendor.currency:
                raise CatalogError((str(path), "vendor.currency"), "layer_vendor_currency", vendor=vendor.id,
                                   old=known.currency, new=vendor.currency)
        vendors.update(top.vendors)
        for model in top.models.values():
            try:
                models[model.id] = merge_history(models.get(model.id), model)
            except CatalogError as exc:
                raise exc.at(str(path)) from None
        layers.extend(top.layers)
        sources.extend(top.sources)
    if len(layers) == len(base.layers):
        return base
    return Catalog(vendors, models, tuple(layers), tuple(sources))
