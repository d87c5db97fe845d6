"""Everything held about a person, laid out in ReportLab Platypus (A4).

Imported on the first page only (ReportLab and the fonts cost a few hundred
milliseconds). Every page carries the branch, the registration number, the
title and CONFIDENTIAL in the page's language, and "page x of y"; the
person's name is on the first page only and never in the file's properties,
where a print queue or a file manager would show it.
"""
from __future__ import annotations

import functools
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, HRFlowable, PageTemplate, Paragraph, Spacer, Table, TableStyle

try:
    import _rl_accel  # noqa: F401  (ReportLab's C accelerator, named for PyInstaller)
except ImportError:
    pass

from desktop.i18n import fill

from .fonts import BOLD, REGULAR, register_fonts
from .labels import translate
from .script import visual
from .subject_access import CONTEXT, WORDS, Section, SubjectAccessData

A4 = (595.2756, 841.8898)
INK = (0.08, 0.08, 0.1)
GREY = (0.38, 0.38, 0.42)
RULE = (0.72, 0.72, 0.75)
RED = (0.62, 0.07, 0.12)
HEADING_FILL = (0.90, 0.90, 0.92)


def _mm(x: float) -> float:
    return x * 72 / 25.4


def _text(value: str) -> str:
    """A value for a Paragraph: Arabic script in drawing order, markup escaped."""
    return escape(visual(value or "")).replace("\n", "<br/>")


@functools.cache
def _styles():
    register_fonts()
    ink, grey, red = Color(*INK), Color(*GREY), Color(*RED)
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9, leading=11.5, textColor=ink)
    return {
        "base": base,
        "name": ParagraphStyle("name", base, fontName=BOLD, fontSize=14, leading=18),
        "heading": ParagraphStyle("heading", base, fontName=BOLD, fontSize=9, leading=12, textColor=red,
                                  keepWithNext=1, spaceBefore=_mm(4)),
        "label": ParagraphStyle("label", base, textColor=grey, fontSize=8.5, leading=11),
        "value": ParagraphStyle("value", base),
        "column": ParagraphStyle("column", base, fontName=BOLD, fontSize=7.5, leading=9),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=10),
        "empty": ParagraphStyle("empty", base, textColor=grey),
    }


class _NumberedCanvas(Canvas):
    """Draws "page x of y" once the last page is known (each page shows a form
    that is defined just before the file is saved)."""

    def __init__(self, *args, before_save, **kwargs):
        super().__init__(*args, **kwargs)
        self.before_save = before_save

    def save(self):
        self.before_save(self)
        super().save()


class SubjectAccessLayout:
    margin_x = _mm(16)
    margin_top = _mm(12)
    margin_bottom = _mm(14)
    header_h = 40.0

    def __init__(self, data: SubjectAccessData):
        self.data = data
        self.lang = data.lang
        self.styles = _styles()
        self.pages = 0
        self.page_w, self.page_h = A4
        self.content_w = self.page_w - 2 * self.margin_x

    def word(self, key: str) -> str:
        return translate(self.lang, CONTEXT, WORDS[key])

    def render(self) -> bytes:
        register_fonts()
        buffer = BytesIO()
        doc = BaseDocTemplate(
            buffer, pagesize=A4, leftMargin=self.margin_x, rightMargin=self.margin_x,
            topMargin=self.margin_top + self.header_h, bottomMargin=self.margin_bottom,
            initialFontName=REGULAR, initialFontSize=9, invariant=True,
            # The number, never the name: file managers and print queues show the title.
            title=f"{self.word('title')} {self.data.number}", author=self.data.branch_name, subject="",
            creator="Qamqor", producer="Qamqor", lang=self.lang)
        frame = Frame(self.margin_x, self.margin_bottom, self.content_w,
                      self.page_h - self.margin_top - self.header_h - self.margin_bottom,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=self._draw_page)])
        doc.build(self.story(), canvasmaker=functools.partial(_NumberedCanvas, before_save=self._draw_numbers))
        return buffer.getvalue()

    # -- every page --------------------------------------------------------------------
    def _draw_page(self, canvas, _doc):
        top = self.page_h - self.margin_top
        right = self.page_w - self.margin_x
        canvas.saveState()
        confidential = self.word("confidential")
        canvas.setFillColorRGB(*RED)
        canvas.setFont(BOLD, 10)
        canvas.drawRightString(right, top - 10, confidential)
        branch = visual(self.data.branch_name)
        room = self.content_w - stringWidth(confidential, BOLD, 10) - _mm(8)
        size = 10
        while size > 6 and stringWidth(branch, BOLD, size) > room:
            size -= 0.5
        canvas.setFillColorRGB(*INK)
        canvas.setFont(BOLD, size)
        canvas.drawString(self.margin_x, top - 10, branch)
        canvas.setFont(BOLD, 12)
        title = self.word("title")
        canvas.drawString(self.margin_x, top - 27, title)
        canvas.setFont(REGULAR, 11)
        canvas.drawString(self.margin_x + stringWidth(title, BOLD, 12) + 10, top - 27, self.data.number)
        canvas.doForm(f"page-{canvas.getPageNumber()}")
        self.pages = canvas.getPageNumber()
        canvas.setStrokeColorRGB(*INK)
        canvas.setLineWidth(1.2)
        canvas.line(self.margin_x, top - 34, right, top - 34)
        canvas.restoreState()

    def _draw_numbers(self, canvas):
        words = self.word("page")
        top = self.page_h - self.margin_top
        for page in range(1, self.pages + 1):
            canvas.beginForm(f"page-{page}")
            canvas.setFillColorRGB(*GREY)
            canvas.setFont(REGULAR, 7.5)
            canvas.drawRightString(self.page_w - self.margin_x, top - 25, fill(words, str(page), str(self.pages)))
            canvas.endForm()

    # -- the body ------------------------------------------------------------------------
    def story(self) -> list:
        d, st = self.data, self.styles
        story: list = [Paragraph(_text(d.person_name), st["name"]), Spacer(1, _mm(1.5)),
                       Paragraph(_text(d.intro), st["base"]), Spacer(1, _mm(2))]
        for section in d.sections:
            story += self._section(section)
        return story

    def _section(self, section: Section) -> list:
        st = self.styles
        out: list = [Paragraph(_text(section.title).upper(), st["heading"]),
                     HRFlowable(width="100%", thickness=0.6, color=Color(*RED), spaceBefore=1, spaceAfter=3)]
        if section.lines:
            out.append(self._lines(section.lines))
        if section.table is not None and section.table.rows:
            out.append(self._table(section))
        if section.text:
            out.append(Paragraph(_text(section.text), st["base"]))
        if not section.lines and not section.text and (section.table is None or not section.table.rows):
            out.append(Paragraph(_text(section.empty or self.word("nothing")), st["empty"]))
        return out

    def _style(self, *extra) -> TableStyle:
        return TableStyle([
            ("FONT", (0, 0), (-1, -1), REGULAR, 8),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            *extra,
        ])

    def _lines(self, lines) -> Table:
        st = self.styles
        label_w = _mm(48)
        cells = [[Paragraph(_text(label), st["label"]), Paragraph(_text(value) or "—", st["value"])]
                 for label, value in lines]
        table = Table(cells, colWidths=[label_w, self.content_w - label_w])
        table.setStyle(self._style(("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("LINEBELOW", (0, 0), (-1, -2), 0.3, Color(*RULE))))
        return table

    def _table(self, section: Section) -> Table:
        st, t = self.styles, section.table
        rows = [[Paragraph(_text(c), st["column"]) for c in t.columns]]
        rows += [[Paragraph(_text(v), st["cell"]) for v in row] for row in t.rows]
        shares = list(t.widths) or [0] + [1 / len(t.columns)] * (len(t.columns) - 1)
        widths = [self.content_w * share for share in shares]
        flexible = [i for i, share in enumerate(shares) if share == 0]
        if flexible:
            rest = (self.content_w - sum(widths)) / len(flexible)
            for i in flexible:
                widths[i] = rest
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(self._style(("BACKGROUND", (0, 0), (-1, 0), Color(*HEADING_FILL)),
                                   ("LINEBELOW", (0, 1), (-1, -1), 0.3, Color(*RULE))))
        return table


def render_subject_access(data: SubjectAccessData) -> bytes:
    return SubjectAccessLayout(data).render()
