"""LiteLLM's providers as catalog vendors: the known-vendor table, which ``litellm_provider`` sells as which
vendor (and which wins a shared model id), and the key prefixes that name a provider, not a model."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.importers.common import vendor_slug


@dataclass(frozen=True, slots=True)
class KnownVendor:
    name: str
    region: str
    pricing_url: str
    name_zh: str = ""


# Vendors the catalog knows by these ids (its own records win when the bundled catalog has them).
KNOWN_VENDORS = {
    "openai": KnownVendor("OpenAI", "US", "https://openai.com/api/pricing/"),
    "anthropic": KnownVendor("Anthropic", "US", "https://www.anthropic.com/pricing#api"),
    "google": KnownVendor("Google", "US", "https://ai.google.dev/gemini-api/docs/pricing"),
    "mistral": KnownVendor("Mistral AI", "EU", "https://mistral.ai/pricing#api-pricing"),
    "xai": KnownVendor("xAI", "US", "https://docs.x.ai/docs/models"),
    "deepseek": KnownVendor("DeepSeek", "CN", "https://api-docs.deepseek.com/quick_start/pricing", "深度求索"),
    "bytedance": KnownVendor("ByteDance (Volcengine Ark)", "CN", "https://www.volcengine.com/docs/82379/1544106",
                             "字节跳动（火山方舟）"),
    "alibaba": KnownVendor("Alibaba Cloud (Model Studio)", "CN",
                           "https://www.alibabacloud.com/help/en/model-studio/models", "阿里云百炼"),
    "zhipu": KnownVendor("Zhipu AI", "CN", "https://open.bigmodel.cn/pricing", "智谱"),
    "moonshot": KnownVendor("Moonshot AI", "CN", "https://platform.moonshot.ai/docs/pricing/chat", "月之暗面"),
    "minimax": KnownVendor("MiniMax", "CN", "https://www.minimax.io/price", "稀宇科技"),
    # Platforms that resell others' models: vendors in their own right (their own prices and bills).
    "azure": KnownVendor("Azure OpenAI", "US",
                         "https://azure.microsoft.com/pricing/details/cognitive-services/openai-service/"),
    "azure-ai": KnownVendor("Azure AI Foundry", "US", "https://azure.microsoft.com/pricing/details/ai-foundry/"),
    "bedrock": KnownVendor("Amazon Bedrock", "US", "https://aws.amazon.com/bedrock/pricing/"),
    "vertex-ai": KnownVendor("Google Vertex AI (partner models)", "US",
                             "https://cloud.google.com/vertex-ai/generative-ai/pricing"),
    "openrouter": KnownVendor("OpenRouter", "US", "https://openrouter.ai/models"),
    "groq": KnownVendor("Groq", "US", "https://groq.com/pricing"),
    "together-ai": KnownVendor("Together AI", "US", "https://www.together.ai/pricing"),
    "fireworks-ai": KnownVendor("Fireworks AI", "US", "https://fireworks.ai/pricing"),
    "deepinfra": KnownVendor("DeepInfra", "US", "https://deepinfra.com/pricing"),
    "perplexity": KnownVendor("Perplexity", "US", "https://docs.perplexity.ai/guides/pricing"),
    "cohere": KnownVendor("Cohere", "US", "https://cohere.com/pricing"),
    "aleph-alpha": KnownVendor("Aleph Alpha", "EU", "https://aleph-alpha.com/"),
}

# litellm_provider -> (vendor id, preference: lower wins when two keys give the same model id)
PROVIDERS: dict[str, tuple[str, int]] = {
    "openai": ("openai", 0),
    "anthropic": ("anthropic", 0),
    "gemini": ("google", 0),
    "vertex_ai-language-models": ("google", 1),
    "vertex_ai-chat-models": ("google", 2),
    "vertex_ai-code-chat-models": ("google", 2),
    "vertex_ai-code-text-models": ("google", 2),
    "vertex_ai-vision-models": ("google", 2),
    "palm": ("google", 3),
    "mistral": ("mistral", 0),
    "codestral": ("mistral", 1),
    "xai": ("xai", 0),
    "deepseek": ("deepseek", 0),
    "volcengine": ("bytedance", 0),
    "dashscope": ("alibaba", 0),
    "zai": ("zhipu", 0),
    "bigmodel": ("zhipu", 0),
    "moonshot": ("moonshot", 0),
    "minimax": ("minimax", 0),
    "bedrock": ("bedrock", 0),
    "bedrock_converse": ("bedrock", 0),
    "cohere_chat": ("cohere", 0),
}

# Key prefixes that name the provider rather than the model (stripped from the model id).
PREFIX_ALIASES = {"vertex_ai", "bedrock", "gemini", "palm", "azure", "azure_ai", "cohere", "openai", "anthropic",
                  "mistral", "codestral", "xai", "deepseek", "volcengine", "dashscope", "zai", "bigmodel",
                  "moonshot", "minimax"}


def vendor_for(provider: str) -> tuple[str, int]:
    """(vendor id, preference) for a ``litellm_provider``; an unknown provider is a vendor of its own."""
    found = PROVIDERS.get(provider)
    if found:
        return found
    if provider.startswith("vertex_ai"):
        return "vertex-ai", 0
    return vendor_slug(provider), 0


def strip_prefix(key: str, provider: str, vendor_id: str) -> str:
    """The key without a leading ``<provider>/`` (``gemini/gemini-2.5-pro`` → ``gemini-2.5-pro``)."""
    head, sep, rest = key.partition("/")
    if sep and rest and (head in (provider, vendor_id, provider.split("-")[0]) or head in PREFIX_ALIASES):
        return rest
    return key


def display_name(provider: str) -> str:
    """A display name for a provider the table does not know (``together_ai`` → ``Together AI``)."""
    words = re.split(r"[_\-\s]+", provider)
    return " ".join(w.upper() if w.lower() in ("ai", "ml", "llm", "oci", "aws", "ibm") else w.capitalize()
                    for w in words if w)

