"""The fonts printed documents embed: DejaVu Sans, shipped in resources/fonts/.

ReportLab's bundled Vera has no Cyrillic; DejaVu Sans covers Kazakh, Russian,
Latin and the Arabic script of Dari (not Pashto's ۍ). Reading and registering
a TrueType font costs a few hundred milliseconds, so it happens once, on the
first document, not when the package is imported.
"""
from __future__ import annotations

import functools
from pathlib import Path

from desktop.i18n import project_root

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


def fonts_dir() -> Path:
    return project_root() / "resources" / "fonts"


@functools.cache
def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans with ReportLab (once per process); returns the
    names of the regular and the bold face."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = fonts_dir()
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    # <b> inside a Paragraph picks the bold face; no italics in these letters.
    for italic in (0, 1):
        addMapping(REGULAR, 0, italic, REGULAR)
        addMapping(REGULAR, 1, italic, BOLD)
    return REGULAR, BOLD
