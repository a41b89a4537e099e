"""The paper sizes every printed document offers."""

from reportlab.lib.pagesizes import A4, LETTER

PAPER_SIZES = {"A4": A4, "Letter": LETTER}
