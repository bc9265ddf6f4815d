"""The user's own catalog layers, kept in the user data folder beside the read-only bundled catalog.

Layout of ``<data>/catalog/``:
  ``imports/*.json``   custom models, in the bundled catalog's format, one layer each
  ``imports/<file>/``  an imported price list (one ``<vendor>.json`` each), a layer named after its source file
  ``overrides.json``   negotiated prices and discounts (see :mod:`core.overrides`)
  ``layers.json``      which layers are switched off

Layers apply in order: bundled → imports (by file or folder name) → overrides. Every write is atomic; "reset to
bundled" moves the user's files into a dated backup folder instead of deleting them, so nothing is lost by a
misclick.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from core.atomic import atomic_write_bytes, atomic_write_text
from core.catalog.files import model_to_json, read_json_file, vendor_to_json
from core.catalog.load import layered_catalog, load_catalog
from core.catalog.model import BUNDLED_LAYER, NEGOTIATED_LAYER, Catalog, Model, Vendor
from core.catalog.overrides import Override, apply_overrides, override_from_json, override_to_json
from core.errors import CatalogError, Field, InputError

CUSTOM_FILE = "custom.json"


@dataclass(frozen=True)
class UserCatalog:
    root: Path   # <data>/catalog

    @property
    def imports_dir(self) -> Path:
        return self.root / "imports"

    @property
    def overrides_path(self) -> Path:
        return self.root / "overrides.json"

    @property
    def layers_path(self) -> Path:
        return self.root / "layers.json"

    def import_files(self) -> list[Path]:
        """Each import layer: a catalog ``.json`` file, or a folder of them (an imported price list, one file
        per vendor, named after the file it came from)."""
        if not self.imports_dir.is_dir():
            return []
        return sorted(p for p in self.imports_dir.iterdir()
                      if (p.suffix == ".json" and p.is_file()) or (p.is_dir() and any(p.glob("*.json"))))

    def layer_names(self) -> list[str]:
        """Every layer a user can switch: bundled, each imported file, negotiated prices."""
        names = [BUNDLED_LAYER] + [p.name for p in self.import_files()]
        if self.overrides():
            names.append(NEGOTIATED_LAYER)
        return names

    def disabled_layers(self) -> set[str]:
        if not self.layers_path.exists():
            return set()
        raw = read_json_file(self.layers_path)
        if not isinstance(raw, dict) or not isinstance(raw.get("disabled", []), list):
            raise CatalogError(str(self.layers_path), "layers_file")
        return {str(x) for x in raw.get("disabled", [])}

    def set_layer_enabled(self, name: str, enabled: bool) -> None:
        disabled = self.disabled_layers()
        (disabled.discard if enabled else disabled.add)(name)
        self.root.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.layers_path, json.dumps({"disabled": sorted(disabled)}, indent=1))

    def overrides(self) -> list[Override]:
        if not self.overrides_path.exists():
            return []
        raw = read_json_file(self.overrides_path)
        if not isinstance(raw, list):
            raise CatalogError(str(self.overrides_path), "overrides_file")
        try:
            return [override_from_json(item, f"[{i}]") for i, item in enumerate(raw)]
        except InputError as exc:
            raise exc.at(str(self.overrides_path), kind=CatalogError) from None

    def save_overrides(self, overrides: list[Override]) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.overrides_path,
                          json.dumps([override_to_json(o) for o in overrides], ensure_ascii=False, indent=1))

    def add_import(self, source: Path, name: str | None = None) -> Path:
        """Copy a catalog-format file into the imports folder (it becomes a layer of its own)."""
        load_catalog([source], include_bundled=False)  # validate before it can break the app's start-up
        self.imports_dir.mkdir(parents=True, exist_ok=True)
        target = self.imports_dir / (name or source.name)
        atomic_write_text(target, source.read_text(encoding="utf-8-sig"))
        return target

    def save_custom_model(self, vendor: Vendor, model: Model) -> Path:
        """Add or replace a user-defined model (kept in imports/custom-<vendor>.json)."""
        path = self.imports_dir / f"custom-{vendor.id}.json"
        models = []
        if path.exists():
            doc = read_json_file(path)
            models = [m for m in doc.get("models", []) if m.get("id") != model.id]
        models.append(json.loads(json.dumps(model_to_json(model), default=str)))
        doc = {"schema_version": 1, "vendor": vendor_to_json(vendor), "models": models}
        self.imports_dir.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, json.dumps(doc, ensure_ascii=False, indent=1))
        return path

    def delete_custom_model(self, vendor_id: str, model_id: str) -> None:
        path = self.imports_dir / f"custom-{vendor_id}.json"
        if not path.exists():
            return
        doc = read_json_file(path)
        models = [m for m in doc.get("models", []) if m.get("id") != model_id]
        if models:
            doc["models"] = models
            atomic_write_text(path, json.dumps(doc, ensure_ascii=False, indent=1, default=str))
        else:
            path.unlink()

    def delete_import(self, name: str) -> None:
        """Remove the import layer ``name`` (a file or folder in imports/); nothing happens if it is gone."""
        path = self.imports_dir / name
        if path.parent != self.imports_dir:
            raise InputError(Field("layer"), "not_an_import_layer", value=name)
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()

    def reset_to_bundled(self) -> Path | None:
        """Move every user file aside into ``<data>/catalog-backup-<timestamp>``; return that folder."""
        if not self.root.exists() or not any(self.root.iterdir()):
            return None
        backup = self.root.with_name(f"catalog-backup-{datetime.now():%Y%m%d-%H%M%S}")
        shutil.move(str(self.root), str(backup))
        return backup

    def build(self, bundled: Catalog | None = None) -> Catalog:
        """The catalog with every enabled layer applied; ``bundled``, when given, is the already loaded bottom
        layer (the app passes the bundled catalog with any ``--catalog`` extras)."""
        disabled = self.disabled_layers()
        files = [p for p in self.import_files() if p.name not in disabled]
        if bundled is not None:
            catalog = layered_catalog(bundled if BUNDLED_LAYER not in disabled else Catalog({}, {}, ()), files)
        else:
            catalog = load_catalog(files, include_bundled=BUNDLED_LAYER not in disabled) if (
                files or BUNDLED_LAYER not in disabled) else Catalog({}, {}, ())
        if NEGOTIATED_LAYER not in disabled:
            catalog = apply_overrides(catalog, [o for o in self.overrides()
                                                if o.target in catalog.models or o.target in catalog.vendors])
        return catalog


def snapshot_files(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (relative POSIX path → bytes): the user catalog's state, for undo."""
    if not root.is_dir():
        return {}
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def restore_files(root: Path, files: dict[str, bytes]) -> None:
    """Make ``root`` hold exactly ``files`` (from :func:`snapshot_files`): write what differs (atomically),
    remove what is not in it, and drop folders left empty."""
    current = snapshot_files(root)
    for name in sorted(set(current) - set(files)):
        (root / name).unlink()
    for name, data in files.items():
        if current.get(name) != data:
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(target, data)
    if root.is_dir():
        for folder in sorted((p for p in root.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
            if not any(folder.iterdir()):
                folder.rmdir()
