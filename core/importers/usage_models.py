"""Model names as usage exports write them, matched to catalog ids: ``gpt-4o-2024-08-06`` → ``openai/gpt-4o``,
``anthropic/claude-sonnet-4-5-20250929`` → ``anthropic/claude-sonnet-4-5``, ``Doubao-pro-32k-240515`` →
``bytedance/doubao-pro-32k``, ``openrouter/openai/gpt-4o`` → ``openai/gpt-4o``.

The rules, tried in order on the name in lower case: the catalog id itself; the model part of an id
(``gpt-4o``) when one vendor has it; the model's display name; then the same after removing gateway and provider
prefixes (``azure/``, ``bedrock/``, ``openrouter/``, ``models/``, ``anthropic.``, ``us.`` …), a dated snapshot
suffix (``-2024-08-06``, ``-20241022``, ``@20240620``, ``-240515``, ``-0125``) and ``-latest``, ``-v1:0``. A
fine-tuned model (``ft:…``) is never matched: its prices are not the base model's. A name no rule matches is
listed as unmatched — never dropped.
"""

from __future__ import annotations

import re

from core.catalog.model import Catalog

_PREFIXES = ("openrouter/", "azure/", "azure_ai/", "bedrock/", "vertex_ai/", "vertex/", "openai/", "anthropic/",
             "gemini/", "google/", "models/", "deepseek/", "dashscope/", "volcengine/", "moonshot/", "mistral/",
             "xai/", "zhipuai/", "zhipu/", "together_ai/", "groq/", "fireworks_ai/")
_DOTTED = re.compile(r"^(?:[a-z]{2}\.)?(?:anthropic|meta|amazon|mistral|cohere|ai21)\.")   # bedrock ids
_SNAPSHOT = re.compile(r"(?:[-@_](?:20\d{2}-?\d{2}-?\d{2}|\d{6}|\d{4})|-latest|-v\d+(?::\d+)?|-preview)$")


def _key(text: str) -> str:
    return " ".join(text.strip().lower().split())


class ModelMatcher:
    """Matches names against one catalog; results are cached (an export names few models many times)."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self._exact: dict[str, str] = {}
        parts: dict[str, set[str]] = {}
        for model in catalog:
            self._exact[_key(model.id)] = model.id
            parts.setdefault(_key(model.id.split("/", 1)[1]), set()).add(model.id)
            parts.setdefault(_key(model.name), set()).add(model.id)
            parts.setdefault(_key(model.name).replace(" ", "-"), set()).add(model.id)
        self._parts = {k: next(iter(v)) for k, v in parts.items() if len(v) == 1}
        self._cache: dict[str, str | None] = {}

    def match(self, name: str) -> str | None:
        if name in self._cache:
            return self._cache[name]
        found = self._match(_key(name))
        self._cache[name] = found
        return found

    def _lookup(self, key: str) -> str | None:
        return self._exact.get(key) or self._parts.get(key)

    def _match(self, key: str) -> str | None:
        if not key or key.startswith("ft:") or ":ft-" in key:
            return None
        found = self._lookup(key)
        if found:
            return found
        for candidate in _candidates(key):
            found = self._lookup(candidate)
            if found:
                return found
        return None


def _candidates(key: str):
    """The name with prefixes and snapshot suffixes taken off, one step at a time."""
    seen = []
    current = key
    for _ in range(6):
        changed = current
        for prefix in _PREFIXES:
            if changed.startswith(prefix):
                changed = changed[len(prefix):]
        changed = _DOTTED.sub("", changed)
        if changed != current:
            seen.append(changed)
            current = changed
            continue
        if "/" in current:
            current = current.rsplit("/", 1)[1]
            seen.append(current)
            continue
        trimmed = _SNAPSHOT.sub("", current)
        if trimmed == current or not trimmed:
            break
        current = trimmed
        seen.append(current)
    return seen
