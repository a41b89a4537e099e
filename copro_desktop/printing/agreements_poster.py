"""A large-print poster of the group's agreed agreements, for the wall."""

from datetime import date
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from copro_desktop import APP_NAME
from copro_desktop.agreements.service import AgreementService
from copro_desktop.clock import full_date
from copro_desktop.groups.tables import Group
from copro_desktop.i18n import QT_TRANSLATE_NOOP, translate
from copro_desktop.printing.document import PrintedDocument
from copro_desktop.printing.fonts import BOLD, REGULAR, drawable, register_fonts
from copro_desktop.printing.paper import PAPER_SIZES
from copro_desktop.resources import pictogram_path

BODY_POINTS = 26
MARGIN = 20 * mm
INK = HexColor("#111111")
RULE = HexColor("#BBBBBB")
CREDIT = QT_TRANSLATE_NOOP("AgreementsPoster", "Picture: OpenMoji, CC BY-SA 4.0. Typeface: Atkinson Hyperlegible.")


_BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=BODY_POINTS, leading=BODY_POINTS * 1.5, textColor=INK)
STYLES = {
    "title": ParagraphStyle("title", parent=_BODY, fontName=BOLD, fontSize=44, leading=54),
    "group": ParagraphStyle("group", parent=_BODY, fontSize=24, leading=36),
    "number": ParagraphStyle("number", parent=_BODY, fontName=BOLD),
    "body": _BODY,
}


class _Story:
    """Builds the flowables afresh for each pass (ReportLab keeps layout state on them)."""

    def __init__(self, group_name: str, agreements: list[str], usable_width: float):
        self.group_name = group_name
        self.agreements = agreements
        self.usable = usable_width
        self.left_out: set[str] = set()

    def para(self, text: str, style: str) -> Paragraph:
        shown, missing = drawable(text)
        self.left_out.update(missing)
        return Paragraph(escape(shown), STYLES[style])

    def flowables(self) -> list:
        picture = Image(str(pictogram_path("handshake")), width=34 * mm, height=34 * mm)
        title = self.para(translate("AgreementsPoster", "Our agreements"), "title")
        header = Table(
            [[picture, [title, self.para(self.group_name, "group")]]],
            colWidths=[40 * mm, self.usable - 40 * mm],
        )
        header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story = [header, Spacer(1, 10 * mm)]
        if not self.agreements:
            nothing_yet = translate(
                "AgreementsPoster", "We have not agreed anything yet. The group writes its agreements together."
            )
            story.append(self.para(nothing_yet, "body"))
        numbered = translate("AgreementsPoster", "{number}.")
        for number, text in enumerate(self.agreements, start=1):
            row = Table(
                [[self.para(numbered.format(number=number), "number"), self.para(text, "body")]],
                colWidths=[18 * mm, self.usable - 18 * mm],
            )
            row.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 6 * mm),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.75, RULE),
                    ]
                )
            )
            story.append(KeepTogether([row, Spacer(1, 5 * mm)]))  # never split one agreement across pages
        return story


def _render(story: _Story, paper: str, title: str, footer_day: str, total_pages: int | None) -> tuple[bytes, int]:
    page_width, _ = PAPER_SIZES[paper]
    pages_seen: list[int] = []
    printed_on = translate("AgreementsPoster", "Printed on {day}").format(day=footer_day)
    credit = translate("AgreementsPoster", CREDIT)

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 14)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN, 14 * mm, printed_on)
        if total_pages:
            page = translate("AgreementsPoster", "Page {page} of {total}").format(page=doc.page, total=total_pages)
        else:
            page = translate("AgreementsPoster", "Page {page}").format(page=doc.page)
        canvas.drawRightString(page_width - MARGIN, 14 * mm, page)
        canvas.setFont(REGULAR, 10)
        canvas.drawString(MARGIN, 8 * mm, credit)
        canvas.restoreState()
        pages_seen.append(doc.page)

    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAPER_SIZES[paper],
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=28 * mm,
        title=title,
        author=APP_NAME,  # a name: never translated
    )
    document.build(story.flowables(), onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue(), len(pages_seen)


def build_agreements_poster(
    service: AgreementService, group: Group, paper: str = "A4", printed_on: date | None = None
) -> PrintedDocument:
    register_fonts()
    usable = PAPER_SIZES[paper][0] - 2 * MARGIN
    story = _Story(group.name, [a.text for a in service.agreed(group.id)], usable)
    title = translate("AgreementsPoster", "Our agreements: {group}").format(group=group.name)
    footer_day = full_date(printed_on or date.today())
    # Once to count the pages, then again to print "Page 1 of 2".
    _, total = _render(story, paper, title, footer_day, None)
    pdf, pages = _render(story, paper, title, footer_day, total)
    return PrintedDocument(pdf, pages, story.left_out)
