"""Text in Arabic script (Dari, Pashto, Farsi names) made ready for drawing.

A PDF draws glyphs left to right exactly as given, so Arabic-script text is
shaped first (each letter in its joining form: arabic-reshaper) and then put
in display order (the Unicode Bidirectional Algorithm, UAX #9: python-bidi).
Ligatures stay off: DejaVu Sans lacks some of them (the Allah ligature), and
ReportLab would leave a hole where the glyph is missing.
"""
from __future__ import annotations

import functools
import re
import unicodedata

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


@functools.cache
def _reshaper():
    from arabic_reshaper import ArabicReshaper

    return ArabicReshaper(configuration={"support_ligatures": False})


def has_arabic_script(text: str) -> bool:
    return _ARABIC.search(text) is not None


def _starts_right_to_left(text: str) -> bool:
    # The paragraph direction of UAX #9 (rules P2, P3): that of the first
    # strong letter. A Dari name is right to left even inside a Russian letter;
    # "Ахмади (محمد احمدی)" stays a left-to-right line with an Arabic part.
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def visual(text: str) -> str:
    """The text in the order its glyphs are drawn. Text without Arabic script
    comes back unchanged: Latin and Cyrillic are never reordered."""
    if not has_arabic_script(text):
        return text
    # python-bidi's pure-Python implementation: its Rust one (`from bidi
    # import get_display`) leaves out rule L4, so "(" would print as ")" in
    # a right-to-left run (python-bidi issue #25).
    from bidi.algorithm import get_display

    shaped = _reshaper().reshape(text)
    return get_display(shaped, base_dir="R" if _starts_right_to_left(text) else "L")
