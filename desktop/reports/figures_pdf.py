"""The branch's figures as a PDF: A4 portrait, ReportLab Platypus, the
charts drawn by reportlab.graphics.charts.

Every page says whose figures they are, for which period, and whether small
counts are withheld (a page read alone must not be taken for exact figures,
nor exact figures for a page that may leave the branch). The totals come
first, then the months' bars with their table, then each breakdown as a
table with its bars beside it, and last the note on how figures are counted.

Imported on the first report only (ReportLab and the fonts cost a few hundred
milliseconds to load).
"""
from __future__ import annotations

import functools
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

try:
    # ReportLab's C accelerator; named here so that PyInstaller bundles it.
    import _rl_accel  # noqa: F401
except ImportError:
    pass

from desktop.i18n import fill

from .figures import FigureTable, FiguresData, MonthSeries, format_figure, month_label, short_month
from .fonts import BOLD, REGULAR, register_fonts
from .script import visual


def _mm(x: float) -> float:
    return x * 72 / 25.4


A4 = (595.2756, 841.8898)
MARGIN_X = _mm(14)
MARGIN_TOP = _mm(11)
MARGIN_BOTTOM = _mm(13)
HEADER_H = 46.0
FOOTER_H = 14.0

INK = Color(0.08, 0.08, 0.1)
GREY = Color(0.38, 0.38, 0.42)
RULE = Color(0.72, 0.72, 0.75)
RED = Color(0.62, 0.07, 0.12)  # the Red Crescent's, darkened for print
BAR = Color(0.62, 0.07, 0.12)
BAR_OTHER = Color(0.78, 0.74, 0.76)  # months of the bars outside the period
HEADING_FILL = Color(0.90, 0.90, 0.92)
GRID = Color(0.88, 0.88, 0.9)


@functools.cache
def _styles():
    register_fonts()
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9, leading=11.5, textColor=INK)
    return {
        "base": base,
        "section": ParagraphStyle("section", base, fontName=BOLD, fontSize=12, leading=15, textColor=RED,
                                  spaceBefore=6, spaceAfter=4),
        "table_title": ParagraphStyle("table_title", base, fontName=BOLD, fontSize=9.5, leading=12, spaceBefore=6,
                                      spaceAfter=3),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=10.5),
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=BOLD, fontSize=8.5, leading=10.5),
        "number": ParagraphStyle("number", base, fontSize=8.5, leading=10.5, alignment=TA_RIGHT),
        "column": ParagraphStyle("column", base, fontName=BOLD, fontSize=7.5, leading=9, alignment=TA_RIGHT),
        "column_role": ParagraphStyle("column_role", base, fontSize=6.5, leading=8, alignment=TA_RIGHT,
                                      textColor=GREY),
        "column_left": ParagraphStyle("column_left", base, fontName=BOLD, fontSize=7.5, leading=9),
        "small": ParagraphStyle("small", base, fontSize=8, leading=10.5),
        "marking": ParagraphStyle("marking", base, fontSize=8, leading=10.5, textColor=GREY),
        "exact": ParagraphStyle("exact", base, fontName=BOLD, fontSize=9, leading=11.5, textColor=RED),
        "note": ParagraphStyle("note", base, fontSize=8, leading=10.5, spaceAfter=3),
        "chart_title": ParagraphStyle("chart_title", base, fontName=BOLD, fontSize=8, leading=10),
    }


def _text(value: str) -> str:
    return escape(visual(value))


class _Canvas(Canvas):
    """Draws "page x of y" when the number of pages is known, just before saving."""

    def __init__(self, *args, before_save, **kwargs):
        super().__init__(*args, **kwargs)
        self.before_save = before_save

    def save(self):
        self.before_save(self)
        super().save()


def _wrap_label(text: str, width: float, size: float, lines: int = 2) -> str:
    """A chart's category label broken into at most ``lines`` lines of
    ``width`` points; a word too long for the last line is cut with "…"."""
    words, out, line = text.split(), [], ""
    for word in words:
        trial = f"{line} {word}".strip()
        if stringWidth(trial, REGULAR, size) <= width or not line:
            line = trial
        else:
            out.append(line)
            line = word
    out.append(line)
    if len(out) > lines:
        out = out[:lines - 1] + [" ".join(out[lines - 1:])]
    last = out[-1]
    while stringWidth(last, REGULAR, size) > width and len(last) > 1:
        last = last[:-2] + "…"
    out[-1] = last
    return "\n".join(out)


class FiguresLayout:
    def __init__(self, data: FiguresData):
        self.data = data
        self.styles = _styles()
        self.page_w, self.page_h = A4
        self.content_w = self.page_w - 2 * MARGIN_X
        self.pages = 0

    # -- numbers -----------------------------------------------------------------------
    def figure(self, value: float | str | None, *, hours: bool = False) -> str:
        return format_figure(value, self.data.lang, hours=hours, withheld=self.data.withheld)

    # -- the page around the body ----------------------------------------------------------
    def render(self) -> bytes:
        register_fonts()
        d = self.data
        buffer = BytesIO()
        doc = BaseDocTemplate(
            buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP + HEADER_H,
            bottomMargin=MARGIN_BOTTOM + FOOTER_H, initialFontName=REGULAR, initialFontSize=9, invariant=True,
            title=f"{d.title} — {d.period}", author=d.branch_name, subject=d.branch_code, creator="Qamqor",
            producer="Qamqor", lang=d.lang)
        frame = Frame(MARGIN_X, MARGIN_BOTTOM + FOOTER_H, self.content_w,
                      self.page_h - MARGIN_TOP - HEADER_H - MARGIN_BOTTOM - FOOTER_H,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=self._draw_page)])
        doc.build(self.story(), canvasmaker=functools.partial(_Canvas, before_save=self._draw_page_numbers))
        return buffer.getvalue()

    def _fitted(self, text: str, font: str, size: float, width: float) -> float:
        while size > 6 and stringWidth(text, font, size) > width:
            size -= 0.5
        return size

    def _draw_page(self, canvas, doc):
        d = self.data
        top = self.page_h - MARGIN_TOP
        right = self.page_w - MARGIN_X
        canvas.saveState()
        title = d.title.upper()
        canvas.setFillColor(RED)
        canvas.setFont(BOLD, 10)
        canvas.drawRightString(right, top - 10, title)
        branch = visual(f"{d.branch_name} ({d.branch_code})" if d.branch_code else d.branch_name)
        room = self.content_w - stringWidth(title, BOLD, 10) - _mm(8)
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, self._fitted(branch, BOLD, 10, room))
        canvas.drawString(MARGIN_X, top - 10, branch)
        canvas.setFont(BOLD, 14)
        canvas.drawString(MARGIN_X, top - 29, d.period)
        if d.dates != d.period:
            canvas.setFont(REGULAR, 10)
            canvas.drawString(MARGIN_X + stringWidth(d.period, BOLD, 14) + 10, top - 29, d.dates)
        canvas.doForm(f"page-{canvas.getPageNumber()}")
        self.pages = canvas.getPageNumber()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN_X, top - 37, right, top - 37)
        # Every page says whether its small counts are withheld.
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, MARGIN_BOTTOM + 10, right, MARGIN_BOTTOM + 10)
        if d.exact:
            canvas.setFillColor(RED)
            canvas.setFont(BOLD, 7.5)
        else:
            canvas.setFillColor(GREY)
            canvas.setFont(REGULAR, 7)
        marking = d.marking
        size = self._fitted(marking, BOLD if d.exact else REGULAR, 7.5 if d.exact else 7, self.content_w)
        canvas.setFontSize(size)
        canvas.drawString(MARGIN_X, MARGIN_BOTTOM, marking)
        canvas.restoreState()

    def _draw_page_numbers(self, canvas):
        top = self.page_h - MARGIN_TOP
        for page in range(1, self.pages + 1):
            canvas.beginForm(f"page-{page}")
            canvas.setFillColor(GREY)
            canvas.setFont(REGULAR, 7.5)
            canvas.drawRightString(self.page_w - MARGIN_X, top - 28, fill(self.data.page_of, str(page),
                                                                          str(self.pages)))
            canvas.endForm()

    # -- the body --------------------------------------------------------------------------
    def story(self) -> list:
        d, st = self.data, self.styles
        story = [Paragraph(_text(d.made_on), st["small"])]
        for line in d.filters:
            story.append(Paragraph(_text(line), st["small"]))
        story.append(Paragraph(_text(d.marking), st["exact" if d.exact else "marking"]))
        story.append(Spacer(0, 6))
        story.append(Paragraph(_text(d.headline.title), st["section"]))
        story.append(self.values_table(d.headline, self.content_w, first_column=_mm(80)))
        if d.months:
            story.append(CondPageBreak(_mm(120)))
            story.append(Paragraph(_text(d.month_heading), st["section"]))
            story += self.months()
        for section in d.sections:
            story.append(CondPageBreak(_mm(60)))
            story.append(Paragraph(_text(section.heading), st["section"]))
            for table in section.tables:
                story.append(self.breakdown(table))
        story.append(CondPageBreak(_mm(50)))
        story.append(Paragraph(_text(d.note_heading), st["section"]))
        story += [Paragraph(_text(p), st["note"]) for p in d.note]
        return story

    def _table_style(self, *extra) -> TableStyle:
        return TableStyle([
            ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
            # A figure stands level with the first line of its category's name.
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("BACKGROUND", (0, 0), (-1, 0), HEADING_FILL),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            *extra,
        ])

    def _column_heading(self, i: int) -> list:
        d, st = self.data, self.styles
        return [Paragraph(_text(d.columns[i]), st["column"]), Paragraph(_text(d.column_roles[i]), st["column_role"])]

    def values_table(self, table: FigureTable, width: float, *, first_column: float | None = None) -> Table:
        """Category, then one column per period."""
        d, st = self.data, self.styles
        n = len(d.columns)
        first = first_column or width * 0.4
        rest = (width - first) / n
        rows = [[Paragraph(_text(d.category_column if table.key != "totals" else ""), st["column_left"]),
                 *(self._column_heading(i) for i in range(n))]]
        for row in table.rows:
            rows.append([Paragraph(_text(row.label), st["cell"]),
                         *(Paragraph(self.figure(v, hours=table.hours), st["number"]) for v in row.values)])
        out = Table(rows, colWidths=[first, *([rest] * n)], repeatRows=1, hAlign="LEFT")
        out.setStyle(self._table_style())
        return out

    def breakdown(self, table: FigureTable):
        """The table's title, then the table and its bars side by side."""
        st = self.styles
        table_w = self.content_w * 0.6
        chart_w = self.content_w - table_w - _mm(4)
        values = self.values_table(table, table_w)
        chart = self.category_chart(table, chart_w)
        pair = Table([[values, chart]], colWidths=[table_w + _mm(4), chart_w], hAlign="LEFT")
        pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return KeepTogether([Paragraph(_text(table.title), st["table_title"]), pair])

    def category_chart(self, table: FigureTable, width: float) -> Drawing:
        """This period's figure of each category, a horizontal bar each; a
        withheld one has no bar and says "<5"."""
        rows = [r for r in table.rows if not r.aside]
        label_size = 6.5
        label_w = width * 0.45
        labels = [_wrap_label(r.label, label_w, label_size) for r in rows]
        # Room for a label of two lines beside each bar.
        bar_h = 17.0 if any("\n" in label for label in labels) else 12.0
        height = bar_h * len(rows) + 16
        drawing = Drawing(width, height)
        chart = HorizontalBarChart()
        chart.x, chart.y = label_w + 4, 12
        chart.width, chart.height = width - label_w - 26, bar_h * len(rows)
        values = [r.values[0] if isinstance(r.values[0], (int, float)) else 0 for r in rows]
        # The first category on top, as in the table beside it.
        chart.data = [list(reversed(values))]
        chart.categoryAxis.categoryNames = list(reversed(labels))
        chart.categoryAxis.labels.fontName = REGULAR
        chart.categoryAxis.labels.fontSize = label_size
        chart.categoryAxis.labels.leading = label_size + 1
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dx = -3
        chart.categoryAxis.strokeColor = RULE
        chart.categoryAxis.tickLeft = 0
        chart.valueAxis.valueMin = 0
        chart.valueAxis.valueMax = max(max(values, default=0), 1) * 1.15
        chart.valueAxis.visible = False
        chart.bars[0].fillColor = BAR
        chart.bars[0].strokeColor = None
        chart.barWidth = 1
        chart.groupSpacing = 0.35
        chart.barLabelFormat = "values"
        chart.barLabelArray = [[self.figure(r.values[0], hours=table.hours) for r in reversed(rows)]]
        chart.barLabels.fontName = REGULAR
        chart.barLabels.fontSize = 6.5
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 2
        chart.barLabels.fillColor = INK
        drawing.add(chart)
        return drawing

    def months(self) -> list:
        """The months' figures as a table, then a chart for each indicator, two a row."""
        d, st = self.data, self.styles
        series = d.months
        first_w = _mm(34)
        rest = (self.content_w - first_w) / len(series)
        rows = [[Paragraph(_text(d.month_column), st["column_left"]),
                 *(Paragraph(_text(s.title), st["column"]) for s in series)]]
        for i, first in enumerate(d.month_firsts):
            label = month_label(d.lang, first)
            style = st["cell_bold"] if d.in_period[i] else st["cell"]
            rows.append([Paragraph(_text(label), style),
                         *(Paragraph(self.figure(s.values[i], hours=s.hours), st["number"]) for s in series)])
        table = Table(rows, colWidths=[first_w, *([rest] * len(series))], repeatRows=1, hAlign="LEFT")
        table.setStyle(self._table_style())
        charts = [self.month_chart(s, (self.content_w - _mm(6)) / 2) for s in series]
        grid = [charts[i:i + 2] for i in range(0, len(charts), 2)]
        if len(grid[-1]) == 1:
            grid[-1].append("")
        pairs = Table(grid, colWidths=[(self.content_w) / 2] * 2, hAlign="LEFT")
        pairs.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 4),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return [table, Spacer(0, 8), pairs]

    def month_chart(self, series: MonthSeries, width: float) -> Drawing:
        """A bar a month; the period's months in red, the others grey."""
        d = self.data
        height = _mm(42)
        drawing = Drawing(width, height)
        title = String(0, height - 9, series.title, fontName=BOLD, fontSize=8, fillColor=INK)
        drawing.add(title)
        chart = VerticalBarChart()
        chart.x, chart.y = 26, 18
        chart.width, chart.height = width - 30, height - 32
        values = [v or 0 for v in series.values]
        chart.data = [values]
        names = []
        for i, first in enumerate(d.month_firsts):
            name = short_month(d.lang, first)
            names.append(f"{name}\n{first.year}" if i == 0 or first.month == 1 else name)
        chart.categoryAxis.categoryNames = names
        chart.categoryAxis.labels.fontName = REGULAR
        chart.categoryAxis.labels.fontSize = 5.5
        chart.categoryAxis.labels.leading = 6.5
        chart.categoryAxis.labels.boxAnchor = "n"
        chart.categoryAxis.strokeColor = RULE
        chart.valueAxis.valueMin = 0
        chart.valueAxis.labels.fontName = REGULAR
        chart.valueAxis.labels.fontSize = 5.5
        chart.valueAxis.strokeColor = RULE
        chart.valueAxis.gridStrokeColor = GRID
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.labelTextFormat = lambda v: format_figure(v, d.lang)
        if not any(values):
            chart.valueAxis.valueMax = 1
        chart.bars.strokeColor = None
        for i in range(len(values)):
            chart.bars[(0, i)].fillColor = BAR if d.in_period[i] else BAR_OTHER
        chart.barSpacing = 0
        chart.groupSpacing = 3
        # A withheld month says so over its empty place.
        chart.barLabelFormat = "values"
        chart.barLabelArray = [[d.withheld if v is None else "" for v in series.values]]
        chart.barLabels.fontName = REGULAR
        chart.barLabels.fontSize = 5
        chart.barLabels.boxAnchor = "s"
        chart.barLabels.dy = 1
        drawing.add(chart)
        return drawing


def render_figures(data: FiguresData) -> bytes:
    return FiguresLayout(data).render()
