"""Words and numbers in the interface's language: the core's messages (by code), numbers and money as the locale
writes them, where a price comes from (provenance), the language and its translators (i18n).

May import ``gui.settings`` and core; no widgets.
"""
