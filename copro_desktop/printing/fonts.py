"""The bundled typeface for ReportLab, and a check for characters it cannot draw."""

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from copro_desktop.resources import font_path

REGULAR = "AtkinsonHyperlegible"
BOLD = "AtkinsonHyperlegible-Bold"


@cache
def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(REGULAR, str(font_path("Regular"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(font_path("Bold"))))
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, name)  # no italics on our pages: map them to upright


def drawable(text: str) -> tuple[str, set[str]]:
    """The text with characters the typeface lacks left out, and the set left out.

    Emoji and some alphabets are not in Atkinson Hyperlegible; a missing glyph
    would print as a black box, which reads as a mistake on a poster.
    """
    register_fonts()
    known = pdfmetrics.getFont(REGULAR).face.charToGlyph
    missing = {ch for ch in text if not ch.isspace() and ord(ch) not in known}
    if not missing:
        return text, set()
    kept = "".join(ch for ch in text if ch not in missing)
    return " ".join(kept.split()), missing
