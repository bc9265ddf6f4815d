"""The PDF quote's fonts, bundled in ``resources/fonts`` (no network, no system font): DejaVu Sans for Latin text,
regular and bold, and WenQuanYi Micro Hei for every character DejaVu lacks (Chinese). fpdf2 embeds each as a
subset of the glyphs used, so the PDF reads the same on a machine without Chinese fonts."""

from __future__ import annotations

from core.resources import resource_path

FAMILY = "tq-sans"
CJK_FAMILY = "tq-cjk"
LATIN_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
CJK_FILE = "wqy-microhei.ttc"   # a collection: face 0 is Micro Hei, face 1 its monospaced sibling


def font_files() -> list:
    """The bundled font files (a missing one fails loudly with its name: core.resources)."""
    return [resource_path("fonts", name) for name in (*LATIN_FILES.values(), CJK_FILE)]


def register_fonts(pdf) -> None:
    """Add the fonts to an ``fpdf.FPDF`` and make the CJK font the fallback of every style (it has no bold)."""
    for style, name in LATIN_FILES.items():
        pdf.add_font(FAMILY, style, str(resource_path("fonts", name)))
    pdf.add_font(CJK_FAMILY, "", str(resource_path("fonts", CJK_FILE)), collection_font_number=0)
    pdf.set_fallback_fonts([CJK_FAMILY], exact_match=False)
