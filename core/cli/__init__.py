"""``tokenquote-cli``: its options (``parser``), the entry point (``main``), the commands (``commands``,
``catalog_commands``, ``usage_commands``) and the renderings of a comparison as a table, CSV or JSON (``render``).

The top layer: may import every core package; nothing in core imports it.
"""
