"""The PDF quote: a one- or two-page A4 or Letter document a client reads, with the same figures as the workbook's
Quote sheet (it is drawn from the same :func:`~core.workbook.plan.plan_workbook` plan and the engine's quote lines).

Written with fpdf2 (LGPL-3.0, pure Python, released monthly): it embeds TrueType fonts as subsets through
fontTools, falls back glyph by glyph to a second font (Latin in DejaVu Sans, Chinese in WenQuanYi Micro Hei, both
bundled in ``resources/fonts``) and lays out wrapping tables. ReportLab (BSD) was the other candidate; it embeds
subsets too but has no per-glyph fallback, so every mixed English/Chinese string would have to be split by hand.
fpdf2 is used unmodified; the frozen bundle keeps it as loose source files a user can replace (LGPL §4).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Callable

from core.atomic import atomic_write_bytes, check_readable
from core.catalog.model import Catalog
from core.errors import Field, InputError, WriteError, detail_of
from core.pricing.engine import Comparison, Pricer
from core.workbook.audience import DEFAULT_AUDIENCE, check_audience
from core.workbook.paper import PAPERS, paper_for_locale, paper_from_environment  # noqa: F401
from core.workbook.pdf.content import quote_content
from core.workbook.pdf.labels import PdfLabels
from core.workbook.plan import plan_workbook

Progress = Callable[[int, int], None]
MAX_LOGO_BYTES = 5 * 1024 * 1024
MAX_LOGO_PIXELS = 6000            # a side; a letterhead logo is a few hundred pixels wide
LOGO_FORMATS = ("PNG", "JPEG")
# The paper rule is the workbook's (core.workbook.paper): one list of Letter territories for both.
environment_paper = paper_from_environment


def check_paper(paper: object) -> str:
    if paper not in PAPERS:
        raise InputError(Field("paper"), "language_unknown", value=paper, allowed=", ".join(PAPERS))
    return paper


def read_logo(path) -> bytes:
    """The bytes of a PNG or JPEG logo, checked: a regular file, at most 5 MB and 6000 pixels a side, whole."""
    from PIL import Image, UnidentifiedImageError

    path = Path(path)
    try:
        size = check_readable(path, InputError)
    except InputError as exc:
        raise exc.at(Field("logo")) from None
    if size > MAX_LOGO_BYTES:
        raise InputError((Field("logo"), str(path)), "logo_too_large", size=f"{size / 1e6:.1f}", limit=5)
    try:
        data = path.read_bytes()
    except OSError as exc:
        from core.errors import read_reason
        raise InputError((Field("logo"), str(path)), "file_unreadable", reason=read_reason(exc)) from None
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind, (width, height) = image.format, image.size
            if kind not in LOGO_FORMATS:
                raise InputError((Field("logo"), str(path)), "logo_format", kind=kind or "?")
            if max(width, height) > MAX_LOGO_PIXELS:
                raise InputError((Field("logo"), str(path)), "logo_too_many_pixels", width=width, height=height,
                                 limit=MAX_LOGO_PIXELS)
            image.load()   # a truncated file fails here, not halfway through drawing the page
    except InputError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        detail = detail_of(exc)   # PIL's own text names a BytesIO object: never shown
        raise InputError((Field("logo"), str(path)), "logo_unreadable",
                         detail=detail.replace(str(path), "").strip(" :") if type(detail) is str else detail) from None
    return data


def build_pdf(project, catalog: Catalog, *, language: str = "en", paper: str = "a4", logo=None,
              comparison: Comparison | None = None, pricer: Pricer | None = None,
              progress: Progress | None = None, audience: str = DEFAULT_AUDIENCE) -> bytes:
    """The PDF quote of ``project`` as bytes (nothing is written).

    Parameters
    ----------
    project : core.project.Project
        Workloads, chosen models (the options; none = the three cheapest that fit), currency, as-of date, FX,
        quote terms (the company's name among them) and projection settings.
    catalog : Catalog
        The catalog to price with (the caller applies ``project.pricing_catalog`` when it should).
    language, paper : str
        ``"en"`` or ``"zh"``; ``"a4"`` or ``"letter"``.
    logo : path, optional
        The company's logo, PNG or JPEG (:func:`read_logo` checks it first).
    comparison, pricer : optional
        Reused when given (the app's caches); otherwise priced here.
    progress : callable(done, total), optional
        Called as the work advances (the GUI's progress bar; raising from it stops the work).
    audience : "internal" or "client"
        The preparer's copy (vendor prices and cost, discount, markup, sources, rates) or the client's (their
        price, tax and total: :mod:`core.workbook.pdf.sections`).
    """
    labels = PdfLabels(language)
    check_paper(paper)
    check_audience(audience)
    report = progress or (lambda done, total: None)
    report(0, 4)
    logo_bytes = read_logo(logo) if logo else None
    pricer = pricer or Pricer(catalog)
    plan = plan_workbook(project, pricer, comparison)
    report(1, 4)
    vendors = catalog.vendors

    def vendor_name(row) -> str:
        vendor = vendors.get(row.vendor_id)
        return vendor.name_zh if language == "zh" and vendor is not None and vendor.name_zh else row.vendor_name

    content = quote_content(project, plan, pricer, vendor_name=vendor_name, audience=audience)
    report(2, 4)
    from core.workbook.pdf.sections import draw_quote  # fpdf2 and fontTools load here, not with the CLI
    data = draw_quote(content, labels, paper, logo_bytes)
    report(4, 4)
    return data


def check_target(path) -> Path:
    """A PDF goes to a file ending in .pdf (a viewer picks the program by the name)."""
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        raise WriteError(str(target), "wrong_suffix", what=Field("pdf_quote"), suffix=".pdf")
    return target


def save_pdf(data: bytes, path) -> Path:
    """Write PDF bytes to ``path`` atomically (a link, folder, device or pipe is refused, never replaced)."""
    target = check_target(path)
    atomic_write_bytes(target, bytes(data))
    return target


def export_pdf(project, catalog: Catalog, path, **options) -> Path:
    """Build the PDF quote (:func:`build_pdf`'s options) and write it to ``path`` atomically."""
    target = check_target(path)
    return save_pdf(build_pdf(project, catalog, **options), target)
