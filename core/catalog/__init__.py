"""The price catalog: the data model (vendors, models, dated price points, tiers, the layer names), its JSON files
(reading with errors that name the file and field; writing back), loading the bundled catalog with further layers,
negotiated prices (``overrides``), the user's own layers (``user``) and ``validate``.

May import the foundation only (``core.errors``, ``core.money``, ``core.volumes``, ``core.atomic``,
``core.resources``, ``core.text``).
"""
