"""Saving the quote workbook: openpyxl's writer with TokenQuote's fast row writer, the company in the document
properties, and the check that no other program holds the file open."""

from __future__ import annotations

import zipfile
from datetime import datetime, timezone
from pathlib import Path

from core.errors import WriteError


def save_workbook(wb, handle, *, company: str = "") -> None:
    """Save ``wb`` into the binary file object ``handle``, with the company in the document's extended
    properties (docProps/app.xml), which openpyxl's own save leaves out."""
    from openpyxl.xml.constants import ARC_APP

    from core.workbook.xml_writer import excel_writer

    app_xml = extended_properties(company)

    class _Archive(zipfile.ZipFile):
        def writestr(self, name, data, *args, **kwargs):
            if name == ARC_APP:
                data = app_xml
            return super().writestr(name, data, *args, **kwargs)

    wb.properties.modified = datetime.now(timezone.utc).replace(tzinfo=None)
    archive = _Archive(handle, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        excel_writer(wb, archive).save()
    except BaseException:
        try:
            archive.close()
        except Exception:  # the first error is the one to report
            pass
        raise


def extended_properties(company: str) -> bytes:
    """docProps/app.xml with the application and the company (openpyxl's own never writes the company)."""
    from xml.etree.ElementTree import Element, SubElement, tostring

    from core.workbook.style import clean_text

    root = Element("Properties", xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")
    SubElement(root, "Application").text = "TokenQuote"
    if company:
        SubElement(root, "Company").text = clean_text(company)[:255]
    return tostring(root, encoding="utf-8", xml_declaration=True)


def refuse_locked(target: Path) -> None:
    """Refuse to replace a workbook another program has open (its lock file is beside it): on Windows the
    replace would fail anyway, elsewhere that program would later save over the new file."""
    for lock in (target.with_name(f".~lock.{target.name}#"), target.with_name(f"~${target.name}")):
        try:
            locked = lock.exists() and target.exists()
        except OSError:   # a name too long for a lock file beside it: the write itself will say why it fails
            locked = False
        if locked:
            raise WriteError(str(target), "file_locked", lock=lock.name)
