"""The volunteers' printed pages laid out in ReportLab Platypus.

Imported on the first page only: ReportLab and the fonts cost a few hundred
milliseconds to load, and the services import roster.py's data types at
start-up. This module imports roster.py, never the other way round.
"""
from __future__ import annotations

import datetime as dt
import functools
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, HRFlowable, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

try:
    # ReportLab's C accelerator; named here so that PyInstaller bundles it
    # (ReportLab loads it with exec()).
    import _rl_accel  # noqa: F401
except ImportError:
    pass

from desktop.i18n import fill

from .fonts import BOLD, REGULAR, register_fonts
from .labels import translate, translate_count
from .roster import (CONTEXT, FILLS_A_PLACE, STATUSES, WORDS, RosterData, RosterShift, ServiceRecordData,
                     SignInData, format_date, format_hours, format_time, weekday_name)
from .script import visual


def _mm(x: float) -> float:
    return x * 72 / 25.4


A4 = (595.2756, 841.8898)
A4_LANDSCAPE = (A4[1], A4[0])

INK = (0.08, 0.08, 0.1)
GREY = (0.38, 0.38, 0.42)
RULE = (0.72, 0.72, 0.75)
RED = (0.62, 0.07, 0.12)  # the Red Crescent's, darkened for print
GAP_FILL = (0.99, 0.86, 0.86)  # behind an open place: seen across the room, still legible in grey print
WEEKEND_FILL = (0.95, 0.95, 0.96)
HEADING_FILL = (0.90, 0.90, 0.92)


def _hex(colour: tuple[float, float, float]) -> str:
    return "#%02x%02x%02x" % tuple(round(c * 255) for c in colour)


def _text(value: str) -> str:
    """A value for a Paragraph: Arabic script in drawing order, markup escaped,
    a number sign kept with its number."""
    return escape(visual(value)).replace("\n", "<br/>").replace("№ ", "№\xa0")


def _time_range(starts, ends) -> str:
    # A night shift's end on the next day still reads as a time: "22:00–06:00".
    return f"{format_time(starts)}–{format_time(ends)}"


@functools.cache
def _styles():
    register_fonts()
    ink, grey, red = Color(*INK), Color(*GREY), Color(*RED)
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9, leading=11.5, textColor=ink)
    return {
        "base": base,
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=13, leading=16, alignment=TA_CENTER),
        "heading": ParagraphStyle("heading", base, fontName=BOLD, fontSize=8.5, leading=11, textColor=red),
        "shift_heading": ParagraphStyle("shift_heading", base, fontName=BOLD, fontSize=10, leading=13),
        "column": ParagraphStyle("column", base, fontName=BOLD, fontSize=7.5, leading=9, alignment=TA_CENTER),
        "column_left": ParagraphStyle("column_left", base, fontName=BOLD, fontSize=7.5, leading=9),
        "site": ParagraphStyle("site", base, fontName=BOLD, fontSize=7.5, leading=9),
        "time": ParagraphStyle("time", base, fontName=BOLD, fontSize=7.5, leading=9),
        "need": ParagraphStyle("need", base, fontSize=6.5, leading=8, textColor=grey, leftIndent=4, firstLineIndent=-4),
        "volunteer": ParagraphStyle("volunteer", base, fontSize=7, leading=8.5, leftIndent=4, firstLineIndent=-4),
        "gap": ParagraphStyle("gap", base, fontName=BOLD, fontSize=7, leading=9, textColor=red,
                              backColor=Color(*GAP_FILL), borderPadding=(0.5, 1.5, 1, 1.5)),
        "legend": ParagraphStyle("legend", base, fontSize=6.5, leading=8.5, textColor=grey),
        "cell": ParagraphStyle("cell", base, fontSize=9, leading=11),
        "code": ParagraphStyle("code", base, fontSize=8.5, leading=10.5),
        "cell_right": ParagraphStyle("cell_right", base, fontSize=9, leading=11, alignment=TA_RIGHT),
        "total": ParagraphStyle("total", base, fontName=BOLD, fontSize=9.5, leading=12, alignment=TA_RIGHT),
        "label": ParagraphStyle("label", base, fontSize=8, leading=10, textColor=grey),
        "value": ParagraphStyle("value", base, fontName=BOLD, fontSize=10, leading=13),
        "small": ParagraphStyle("small", base, fontSize=8, leading=10.5),
        "caption": ParagraphStyle("caption", base, fontSize=7, leading=8.5, textColor=grey),
    }


class _NumberedCanvas(Canvas):
    """"Page x of y": each page shows a form XObject, and the forms are drawn
    when the last page is known, just before saving (PDF lets a form be
    defined after the pages that use it)."""

    def __init__(self, *args, before_save, **kwargs):
        super().__init__(*args, **kwargs)
        self.before_save = before_save

    def save(self):
        self.before_save(self)
        super().save()


class _Together(Flowable):
    """Flowables kept on one page (a signature and what it signs)."""

    def __init__(self, flowables: list[Flowable]):
        super().__init__()
        self.flowables = flowables
        self.sizes: list[tuple[float, float]] = []

    def wrap(self, available_width, available_height):
        self.sizes = [f.wrapOn(self.canv, available_width, available_height) for f in self.flowables]
        self.width = available_width
        self.height = sum(h + f.getSpaceBefore() + f.getSpaceAfter() for f, (_, h) in zip(self.flowables, self.sizes))
        return self.width, self.height

    def split(self, available_width, available_height):
        return []

    def draw(self):
        y = self.height
        for f, (_, h) in zip(self.flowables, self.sizes):
            y -= f.getSpaceBefore() + h
            f.drawOn(self.canv, 0, y)
            y -= f.getSpaceAfter()


class _Layout:
    """What the three pages share: one language, a header drawn on every page
    (branch, title, the page's subject and "page x of y"), a body that flows
    over as many pages as it needs."""

    page_size = A4
    margin_x = _mm(14)
    margin_top = _mm(11)
    margin_bottom = _mm(11)
    header_h = 44.0
    title = ""

    def __init__(self, lang: str, branch_name: str):
        self.lang = lang
        self.branch_name = branch_name
        self.styles = _styles()
        self.pages = 0
        self.page_w, self.page_h = self.page_size
        self.content_w = self.page_w - 2 * self.margin_x

    def word(self, source: str) -> str:
        return translate(self.lang, CONTEXT, source)

    def count(self, source: str, n: int) -> str:
        return translate_count(self.lang, CONTEXT, source, n)

    def subject(self) -> tuple[str, str]:
        """The page's subject in bold (the week, the day, the volunteer) and a
        detail in regular type beside it."""
        raise NotImplementedError

    def document_name(self) -> str:
        """Beside the title in the file's properties: a week, a day or a
        registration number, never a person's name."""
        raise NotImplementedError

    def summary(self) -> str:
        return ""

    def footer_height(self) -> float:
        return 0.0

    def draw_footer(self, canvas):
        pass

    def story(self) -> list:
        raise NotImplementedError

    def render(self) -> bytes:
        register_fonts()
        footer_h = self.footer_height()
        buffer = BytesIO()
        doc = BaseDocTemplate(
            buffer, pagesize=self.page_size, leftMargin=self.margin_x, rightMargin=self.margin_x,
            topMargin=self.margin_top + self.header_h, bottomMargin=self.margin_bottom + footer_h,
            # No creation date or random document id: the same page gives the same bytes.
            # Every font embedded: without this the canvas starts in (unembedded) Helvetica.
            initialFontName=REGULAR, initialFontSize=9, invariant=True,
            title=f"{self.word(self.title)} {self.document_name()}", author=self.branch_name, subject="",
            creator="Qamqor", producer="Qamqor", lang=self.lang)
        frame = Frame(self.margin_x, self.margin_bottom + footer_h, self.content_w,
                      self.page_h - self.margin_top - self.header_h - self.margin_bottom - footer_h,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=self._draw_page)])
        doc.build(self.story(), canvasmaker=functools.partial(_NumberedCanvas, before_save=self._draw_page_numbers))
        return buffer.getvalue()

    def _fitted(self, text: str, font: str, size: float, width: float) -> float:
        """The largest size, down to two thirds, at which the text fits the width."""
        while size > 6 and stringWidth(text, font, size) > width:
            size -= 0.5
        return size

    def _draw_page(self, canvas, doc):
        top = self.page_h - self.margin_top
        right = self.page_w - self.margin_x
        canvas.saveState()
        title = self.word(self.title).upper()
        canvas.setFillColorRGB(*RED)
        canvas.setFont(BOLD, 10)
        canvas.drawRightString(right, top - 10, title)
        branch = visual(self.branch_name)
        room = self.content_w - stringWidth(title, BOLD, 10) - _mm(8)
        canvas.setFillColorRGB(*INK)
        canvas.setFont(BOLD, self._fitted(branch, BOLD, 10, room))
        canvas.drawString(self.margin_x, top - 10, branch)
        subject, detail = self.subject()
        canvas.setFont(BOLD, 14)
        canvas.drawString(self.margin_x, top - 29, subject)
        if detail:
            canvas.setFont(REGULAR, 11)
            canvas.drawString(self.margin_x + stringWidth(subject, BOLD, 14) + 10, top - 29, detail)
        summary = self.summary()
        if summary:
            canvas.setFont(REGULAR, 8.5)
            canvas.drawRightString(right, top - 27, summary)
        canvas.doForm(f"page-{canvas.getPageNumber()}")
        self.pages = canvas.getPageNumber()
        canvas.setStrokeColorRGB(*INK)
        canvas.setLineWidth(1.2)
        canvas.line(self.margin_x, top - 36, right, top - 36)
        self.draw_footer(canvas)
        canvas.restoreState()

    def _draw_page_numbers(self, canvas):
        words = self.word(WORDS["page"])
        top = self.page_h - self.margin_top
        for page in range(1, self.pages + 1):
            canvas.beginForm(f"page-{page}")
            canvas.setFillColorRGB(*GREY)
            canvas.setFont(REGULAR, 7.5)
            canvas.drawRightString(self.page_w - self.margin_x, top - 18.5,
                                   fill(words, str(page), str(self.pages)))
            canvas.endForm()

    def _table_style(self, *extra) -> TableStyle:
        return TableStyle([
            # Tables set a font of their own (Helvetica) even when every cell is a Paragraph.
            ("FONT", (0, 0), (-1, -1), REGULAR, 9),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            *extra,
        ])


# -- the weekly roster ------------------------------------------------------------------

class _SiteName(Paragraph):
    """A site's name in the first column, with its wording for a page the row
    runs over to."""

    def __init__(self, text: str, style, continued: _SiteName | None = None):
        super().__init__(text, style)
        self.continued = continued or self


class _RosterTable(Table):
    """A site's row that runs over to the next page names the site again there,
    and a shift cut by the page break gives its time again: the reader of page
    two must not have to look back at page one."""

    def _splitCell(self, value, style, oldHeight, newHeight, width):
        # ReportLab hands a cell's flowables over in a tuple of its own.
        if isinstance(value, (tuple, list)) and len(value) == 1 and isinstance(value[0], _SiteName):
            return value, (value[0].continued,)
        parts = super()._splitCell(value, style, oldHeight, newHeight, width)
        if parts and parts[0] and parts[1]:
            # A shift's later lines carry its heading for the next page.
            continued = getattr(parts[1][0], "shift_continued", None)
            if continued is not None:
                return parts[0], (continued, *parts[1])
        return parts


class RosterLayout(_Layout):
    page_size = A4_LANDSCAPE
    margin_x = _mm(10)
    margin_top = _mm(9)
    margin_bottom = _mm(8)
    title = WORDS["roster"]
    site_w = _mm(32)

    def __init__(self, data: RosterData):
        super().__init__(data.lang, data.branch_name)
        self.data = data
        self.days = [data.monday + dt.timedelta(days=i) for i in range(7)]
        self.day_w = (self.content_w - self.site_w) / 7
        self._legend = None

    def subject(self) -> tuple[str, str]:
        d = self.data
        return fill(self.word(WORDS["week"]), d.week), f"{format_date(d.monday)} – {format_date(d.sunday)}"

    def document_name(self) -> str:
        return self.data.week

    def summary(self) -> str:
        shifts = self.data.shifts
        parts = [self.count(WORDS["shifts"], len(shifts))]
        open_places = sum(s.open_places for s in shifts)
        if open_places:
            parts.append(f"⚠ {self.count(WORDS['open'], open_places)}")
        return "  ·  ".join(parts)

    # the legend stands at the foot of every page: any page read alone explains itself
    def _legend_paragraph(self) -> Paragraph:
        if self._legend is None:
            red, gap_fill = _hex(RED), _hex(GAP_FILL)
            sample_gap = (f'<font name="{BOLD}" color="{red}" backColor="{gap_fill}">'
                          f'&nbsp;⚠ {escape(self.count(WORDS["open"], 1))}&nbsp;</font>')
            items = [
                f"{sample_gap} {escape(self.word(WORDS['legend_open']))}",
                f'<font color="{_hex(INK)}">2 ×</font> {escape(self.word(WORDS["legend_need"]))}',
                f'<font color="{_hex(INK)}">({escape(self.word(STATUSES["assigned"]))})</font> '
                f'{escape(self.word(WORDS["legend_status"]))}',
                f'<strike>{escape(self.word(STATUSES["declined"]))}</strike>: '
                f'{escape(self.word(WORDS["legend_declined"]))}',
            ]
            text = f'<font name="{BOLD}" color="{_hex(INK)}">{escape(self.word(WORDS["legend"]))}:</font> ' + \
                   " &nbsp;·&nbsp; ".join(items)
            if self.data.printed_on:
                text += " &nbsp;·&nbsp; " + fill(escape(self.word(WORDS["printed_on"])), format_date(self.data.printed_on))
            self._legend = Paragraph(text, self.styles["legend"])
            self._legend_h = self._legend.wrap(self.content_w, 100)[1]
        return self._legend

    def footer_height(self) -> float:
        self._legend_paragraph()
        return self._legend_h + 6

    def draw_footer(self, canvas):
        legend = self._legend_paragraph()
        canvas.setStrokeColorRGB(*RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.margin_x, self.margin_bottom + self._legend_h + 3,
                    self.page_w - self.margin_x, self.margin_bottom + self._legend_h + 3)
        legend.drawOn(canvas, self.margin_x, self.margin_bottom)

    def story(self) -> list:
        d, st = self.data, self.styles
        if not d.shifts and not d.sites:
            return [Spacer(1, _mm(6)), Paragraph(escape(self.word(WORDS["no_shifts_week"])), st["base"])]
        by_cell: dict[tuple[str, int], list[RosterShift]] = {}
        for shift in d.shifts:
            by_cell.setdefault((shift.site, shift.starts.weekday()), []).append(shift)
        header = [Paragraph(escape(self.word(WORDS["site"])), st["column_left"])]
        header += [Paragraph(f"{escape(weekday_name(d.lang, day))}<br/>"
                             f'<font name="{REGULAR}">{day:%d.%m}</font>', st["column"]) for day in self.days]
        rows = [header]
        for site in d.rows():
            continued = (f'{_text(site)} <font name="{REGULAR}" size="6.5">'
                         f'({escape(self.word(WORDS["continued"]))})</font>')
            row: list = [[_SiteName(_text(site), st["site"], _SiteName(continued, st["site"]))]]
            for i in range(7):
                shifts = sorted(by_cell.get((site, i), []), key=lambda s: (s.starts, s.ends))
                row.append(self._cell(shifts) if shifts else "")
            rows.append(row)
        table = _RosterTable(rows, colWidths=[self.site_w] + [self.day_w] * 7, repeatRows=1, splitInRow=1)
        table.setStyle(self._table_style(
            ("BACKGROUND", (0, 0), (-1, 0), Color(*HEADING_FILL)),
            ("BACKGROUND", (6, 1), (7, -1), Color(*WEEKEND_FILL)),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 0.4, Color(*RULE)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, Color(*INK)),
        ))
        return [table]

    def _cell(self, shifts: list[RosterShift]) -> list:
        st = self.styles
        grey = _hex(GREY)
        out: list = []
        for i, shift in enumerate(shifts):
            if i:
                out.append(HRFlowable(width="100%", thickness=0.4, color=Color(*RULE), spaceBefore=2, spaceAfter=2))
            time = _time_range(shift.starts, shift.ends)
            out.append(Paragraph(time, st["time"]))
            start = len(out)
            if shift.title:
                out.append(Paragraph(_text(shift.title), st["need"]))
            for need in shift.needs:
                out.append(Paragraph(f"{need.count} × {_text(need.label)}", st["need"]))
            for volunteer in shift.volunteers:
                name = _text(volunteer.name)
                remark = STATUSES[volunteer.status]
                if volunteer.status not in FILLS_A_PLACE:
                    name = f'<strike><font color="{grey}">{name}</font></strike>'
                if remark:
                    name += f' <font color="{grey}" size="6">({escape(self.word(remark))})</font>'
                out.append(Paragraph(name, st["volunteer"]))
            if shift.open_places:
                out.append(Spacer(1, 1.5))
                out.append(Paragraph(f"⚠ {escape(self.count(WORDS['open'], shift.open_places))}", st["gap"]))
                out.append(Spacer(1, 1))
            continued = Paragraph(f'{time} <font name="{REGULAR}" size="6.5">'
                                  f'({escape(self.word(WORDS["continued"]))})</font>', st["time"])
            for flowable in out[start:]:
                flowable.shift_continued = continued
        return out


# -- the daily sign-in sheet -------------------------------------------------------

class SignInLayout(_Layout):
    title = WORDS["sign_in"]

    def __init__(self, data: SignInData):
        super().__init__(data.lang, data.branch_name)
        self.data = data

    def subject(self) -> tuple[str, str]:
        d = self.data
        return weekday_name(d.lang, d.day), format_date(d.day)

    def document_name(self) -> str:
        return format_date(self.data.day)

    def summary(self) -> str:
        return self.count(WORDS["shifts"], len(self.data.shifts))

    def story(self) -> list:
        d, st = self.data, self.styles
        if not d.shifts:
            return [Spacer(1, _mm(6)), Paragraph(escape(self.word(WORDS["no_shifts_day"])), st["base"])]
        story: list = []
        if d.blank_rows:
            story += [Paragraph(escape(self.word(WORDS["unplanned"])), st["caption"]), Spacer(1, _mm(2))]
        for shift in sorted(d.shifts, key=lambda s: (s.starts, s.site.casefold())):
            heading = f"{_text(shift.site)} &nbsp;·&nbsp; {_time_range(shift.starts, shift.ends)}"
            if shift.task:
                heading += f' &nbsp;<font name="{REGULAR}" size="8.5">{_text(shift.task)}</font>'
            story += [Paragraph(heading, ParagraphStyle("shift_heading", st["shift_heading"], keepWithNext=1)),
                      Spacer(1, 2), self._table(shift), Spacer(1, _mm(5))]
        story.append(self._coordinator())
        return story

    def _table(self, shift) -> Table:
        st = self.styles
        columns = [WORDS["number"], WORDS["name"], WORDS["registration"], WORDS["planned"], WORDS["time_in"],
                   WORDS["time_out"], WORDS["signature"]]
        rows = [[Paragraph(escape(self.word(c)), st["column_left"]) for c in columns]]
        for i, volunteer in enumerate(shift.volunteers, 1):
            planned = _time_range(volunteer.starts or shift.starts, volunteer.ends or shift.ends)
            rows.append([str(i), Paragraph(_text(volunteer.name), st["cell"]),
                         Paragraph(_text(volunteer.registration_number), st["code"]), planned, "", "", ""])
        for i in range(len(shift.volunteers) + 1, len(shift.volunteers) + self.data.blank_rows + 1):
            rows.append([str(i), "", "", "", "", "", ""])
        widths = [_mm(8), _mm(46), _mm(38), _mm(22), _mm(16), _mm(16)]
        widths.append(self.content_w - sum(widths))
        # Rows tall enough to write in by hand.
        table = Table(rows, colWidths=widths, repeatRows=1, minRowHeights=[0] + [_mm(8.5)] * (len(rows) - 1))
        table.setStyle(self._table_style(
            ("BACKGROUND", (0, 0), (-1, 0), Color(*HEADING_FILL)),
            ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 0.5, Color(*INK)),
            ("TEXTCOLOR", (0, 1), (0, -1), Color(*GREY)),
            ("FONT", (0, 1), (0, -1), REGULAR, 8),
            ("FONT", (3, 1), (3, -1), REGULAR, 9),
        ))
        return table

    def _coordinator(self) -> Flowable:
        st = self.styles
        gap = _mm(10)
        col = (self.content_w - gap) / 2
        cells = [[Paragraph(escape(self.word(WORDS["coordinator"])), st["label"]), ""],
                 ["", ""],
                 [Paragraph(escape(self.word(WORDS["name"])), st["caption"]),
                  Paragraph(escape(self.word(WORDS["signature"])), st["caption"])]]
        table = Table(cells, colWidths=[col, col], rowHeights=[None, _mm(9), None], hAlign="LEFT")
        table.setStyle(self._table_style(
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), gap),
            ("LINEABOVE", (0, 2), (0, 2), 0.6, Color(*INK)),
            ("LINEABOVE", (1, 2), (1, 2), 0.6, Color(*INK)),
        ))
        return _Together([Spacer(1, _mm(3)), table])


# -- a volunteer's service record ------------------------------------------------------

class ServiceRecordLayout(_Layout):
    title = WORDS["record"]

    def __init__(self, data: ServiceRecordData):
        super().__init__(data.lang, data.branch_name)
        self.data = data

    def subject(self) -> tuple[str, str]:
        d = self.data
        return visual(d.volunteer_name), d.registration_number

    def document_name(self) -> str:
        return self.data.registration_number

    def hours(self, value: float) -> str:
        return format_hours(value, self.lang)

    def story(self) -> list:
        d, st = self.data, self.styles
        story: list = [Spacer(1, _mm(1)), Paragraph(escape(self.word(WORDS["record"]).upper()), st["title"]),
                       Spacer(1, _mm(4)), self._details(), Spacer(1, _mm(3))]
        parts = escape(self.word(WORDS["record_text"])).split("%1")
        text = f"<b>{_text(d.volunteer_name)}</b>".join(parts).replace("%2", _text(d.branch_name))
        story += [Paragraph(text, st["base"]), Spacer(1, _mm(4))]
        story += self._section(WORDS["completed_shifts"])
        story += [self._shifts(), Spacer(1, _mm(5))]
        if d.trainings:
            story += self._section(WORDS["trainings"])
            story += [self._trainings(), Spacer(1, _mm(5))]
        story.append(self._signature())
        return story

    def _section(self, source: str) -> list:
        return [Paragraph(escape(self.word(source)).upper(),
                          ParagraphStyle("heading", self.styles["heading"], keepWithNext=1)),
                HRFlowable(width="100%", thickness=0.6, color=Color(*RED), spaceBefore=1.5, spaceAfter=2)]

    def _details(self) -> Table:
        d, st = self.data, self.styles
        rows = [(WORDS["volunteer"], _text(d.volunteer_name)),
                (WORDS["registration"], _text(d.registration_number)),
                (WORDS["period"], f"{format_date(d.period_start)} – {format_date(d.period_end)}"),
                (WORDS["total_hours"], self.hours(d.total_hours))]
        branch = _text(d.branch_name)
        if d.branch_address:
            branch += f'<br/><font name="{REGULAR}" size="8.5">{_text(d.branch_address)}</font>'
        rows.insert(0, (WORDS["branch"], branch))
        cells = [[Paragraph(escape(self.word(label)), st["label"]), Paragraph(value, st["value"])]
                 for label, value in rows]
        table = Table(cells, colWidths=[_mm(50), self.content_w - _mm(50)])
        table.setStyle(self._table_style(
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("LINEBELOW", (0, 0), (-1, -2), 0.3, Color(*RULE)),
        ))
        return table

    def _shifts(self) -> Flowable:
        d, st = self.data, self.styles
        if not d.shifts:
            return Paragraph(escape(self.word(WORDS["no_completed"])), st["base"])
        columns = [WORDS["date"], WORDS["site"], WORDS["task"], WORDS["hours"]]
        rows = [[Paragraph(escape(self.word(c)), st["column_left"]) for c in columns]]
        rows[0][-1] = Paragraph(escape(self.word(WORDS["hours"])), ParagraphStyle(
            "column_right", st["column_left"], alignment=TA_RIGHT))
        for shift in d.shifts:
            rows.append([format_date(shift.day), Paragraph(_text(shift.site), st["cell"]),
                         Paragraph(_text(shift.task), st["cell"]),
                         Paragraph(self.hours(shift.hours), st["cell_right"])])
        rows.append([Paragraph(escape(self.count(WORDS["shifts"], len(d.shifts))), st["cell"]), "",
                     Paragraph(escape(self.word(WORDS["total_hours"])), st["total"]),
                     Paragraph(self.hours(d.total_hours), st["total"])])
        widths = [_mm(24), _mm(62), 0, _mm(20)]
        widths[2] = self.content_w - sum(widths)
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(self._table_style(
            ("BACKGROUND", (0, 0), (-1, 0), Color(*HEADING_FILL)),
            ("LINEBELOW", (0, 1), (-1, -3), 0.3, Color(*RULE)),
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, Color(*INK)),
            ("SPAN", (0, -1), (1, -1)),
        ))
        return table

    def _trainings(self) -> Table:
        d, st = self.data, self.styles
        columns = [WORDS["training"], WORDS["trained_on"], WORDS["valid_until"]]
        rows = [[Paragraph(escape(self.word(c)), st["column_left"]) for c in columns]]
        for training in d.trainings:
            rows.append([Paragraph(_text(training.name), st["cell"]), format_date(training.completed_on),
                         format_date(training.valid_until) if training.valid_until else "—"])
        widths = [0, _mm(32), _mm(32)]
        widths[0] = self.content_w - sum(widths)
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(self._table_style(
            ("BACKGROUND", (0, 0), (-1, 0), Color(*HEADING_FILL)),
            ("LINEBELOW", (0, 1), (-1, -2), 0.3, Color(*RULE)),
        ))
        return table

    def _signature(self) -> Flowable:
        d, st = self.data, self.styles
        gap = _mm(10)
        col = (self.content_w - gap) / 2
        grey = _hex(GREY)
        under = f"{escape(self.word(WORDS['signature']))} · {escape(self.word(WORDS['stamp']))}"
        cells = [
            [Paragraph(escape(self.word(WORDS["director"])), st["label"]), "",
             Paragraph(escape(self.word(WORDS["issued_on"])), st["label"])],
            ["", "", Paragraph(format_date(d.issued_on), st["value"])],
            [Paragraph(f"<b>{_text(d.director_name)}</b>", st["small"]), "", ""],
            [Paragraph(f'<font color="{grey}" size="7">{under}</font>', st["small"]), "", ""],
        ]
        table = Table(cells, colWidths=[col, gap, col], rowHeights=[None, _mm(12), None, None])
        table.setStyle(self._table_style(
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
            ("LINEABOVE", (0, 2), (0, 2), 0.6, Color(*INK)),
        ))
        return _Together([Spacer(1, _mm(4)), table])


def render_roster(data: RosterData) -> bytes:
    """The roster as PDF bytes, built in memory (no file is written)."""
    return RosterLayout(data).render()


def render_sign_in_sheet(data: SignInData) -> bytes:
    return SignInLayout(data).render()


def render_service_record(data: ServiceRecordData) -> bytes:
    return ServiceRecordLayout(data).render()
