"""The referral letter's layout in ReportLab Platypus (A4).

Imported on the first letter only: ReportLab and the fonts cost a few
hundred milliseconds to load, and the window imports letter.py's data types
at start-up. This module imports letter.py, never the other way round.
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
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, HRFlowable, PageTemplate, Spacer, Table,
                                TableStyle)
from reportlab.platypus import Paragraph as _Paragraph

try:
    # ReportLab's C accelerator (reportlab[accel]) halves the time of a letter.
    # ReportLab loads it with exec(), which PyInstaller cannot see; naming it
    # here gets it bundled.
    import _rl_accel  # noqa: F401
except ImportError:
    pass

from desktop.i18n import fill

from .fonts import BOLD, REGULAR, register_fonts
from .labels import translate
from .letter import (CONTEXT, FACTS, OUTCOMES, PRIORITIES, PRIORITY_BADGES, SERVICES, SIGNATORY_ROLES, WORDS,
                     LetterData)
from .qr import draw_qr, qr_matrix
from .script import visual


def _mm(x: float) -> float:
    return x * 72 / 25.4


PAGE_W, PAGE_H = 595.2756, 841.8898  # A4
MARGIN_X = _mm(18)
MARGIN_TOP = _mm(12)
MARGIN_BOTTOM = _mm(11)
QR_SIZE = _mm(23)
HEADER_H = QR_SIZE + _mm(5)
CONTENT_W = PAGE_W - 2 * MARGIN_X

INK = (0.08, 0.08, 0.1)
GREY = (0.38, 0.38, 0.42)
RULE = (0.72, 0.72, 0.75)
RED = (0.62, 0.07, 0.12)  # the Red Crescent's, darkened for print


def _date(d: dt.date) -> str:
    return d.strftime("%d.%m.%Y")


def _text(value: str) -> str:
    """A value for a Paragraph: Arabic script in drawing order, markup escaped."""
    return escape(visual(value)).replace("\n", "<br/>")


def _unbroken(text: str) -> str:
    """A telephone number or a code is never split across lines."""
    return text.replace(" ", "\xa0")


@functools.cache
@functools.cache
def _styles():
    # Made once and shared by every letter (none changes them), so that the
    # parsed catalogue words below can be kept per style.
    register_fonts()
    ink, grey, red = Color(*INK), Color(*GREY), Color(*RED)
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=ink)
    return {
        "base": base,
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=13, leading=16, alignment=TA_CENTER),
        "branch": ParagraphStyle("branch", base, fontName=BOLD, fontSize=10.5, leading=13),
        "contact": ParagraphStyle("contact", base, fontSize=7.5, leading=9.5, textColor=grey),
        "heading": ParagraphStyle("heading", base, fontName=BOLD, fontSize=8.5, leading=11, textColor=red),
        "box_label": ParagraphStyle("box_label", base, fontName=BOLD, fontSize=7, leading=8.5, textColor=grey),
        "name": ParagraphStyle("name", base, fontName=BOLD, fontSize=10, leading=13),
        "label": ParagraphStyle("label", base, fontSize=8, leading=10, textColor=ink),
        "value": ParagraphStyle("value", base, fontSize=10, leading=13),
        "number": ParagraphStyle("number", base, fontName=BOLD, fontSize=10, leading=12, alignment=TA_RIGHT),
        "small": ParagraphStyle("small", base, fontSize=8, leading=10.5),
        "tiny": ParagraphStyle("tiny", base, fontSize=7, leading=9, textColor=grey),
        "caption": ParagraphStyle("caption", base, fontSize=7, leading=8.5, textColor=grey),
    }


class _LetterCanvas(Canvas):
    """"Page x of y": each page shows a form XObject, and the forms are drawn
    when the last page is known, just before saving (PDF lets a form be
    defined after the pages that use it)."""

    def __init__(self, *args, before_save, **kwargs):
        super().__init__(*args, **kwargs)
        self.before_save = before_save

    def save(self):
        self.before_save(self)
        super().save()


class Paragraph(_Paragraph):
    """A Paragraph that remembers its line breaks for a given width: a Table
    wraps every cell once to measure it and again to draw it, and breaking
    lines is most of the time a letter takes."""

    def wrap(self, available_width, available_height):
        key = (available_width, self.style)
        if getattr(self, "_wrapped_for", None) != key:
            self._wrapped = super().wrap(available_width, available_height)
            self._wrapped_for = key
        return self._wrapped

    def split(self, available_width, available_height):
        self._wrapped_for = None
        return super().split(available_width, available_height)


class _Words(Paragraph):
    """A paragraph of the catalogue's words only (labels, headings, captions,
    the slip's choices), the same in every letter of the same languages: its
    markup is parsed once and the parse copied, since parsing is a good part
    of the time a letter takes. Never a person's data: that would stay in
    memory after the letter is made."""

    _parsed: dict[tuple[str, int], list] = {}

    def __init__(self, markup: str, style: ParagraphStyle):
        key = (markup, id(style))
        parsed = self._parsed.get(key)
        if parsed is None:
            super().__init__(markup, style)
            self._parsed[key] = [frag.clone() for frag in self.frags]
        else:
            super().__init__(markup, style, frags=[frag.clone() for frag in parsed])


class _Together(Flowable):
    """Flowables kept on one page (the consent and the signatures that it
    belongs to), measured once: ReportLab's KeepTogether measures twice."""

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


class _AtFootOfPage(Flowable):
    """Puts its content, whole, at the bottom of the page: on this page if it
    fits below what came before, else on the next, where it stands alone and
    so goes at the top. Never split: it is torn off along the page's foot."""

    def __init__(self, content: Flowable):
        super().__init__()
        self.content = content
        self.content_h = 0.0
        self.frame_h = PAGE_H - MARGIN_TOP - HEADER_H - MARGIN_BOTTOM

    def wrap(self, available_width, available_height):
        width, self.content_h = self.content.wrap(available_width, available_height)
        if available_height >= self.frame_h - 1:
            return width, self.content_h
        return width, max(self.content_h, available_height)

    def split(self, available_width, available_height):
        return []

    def drawOn(self, canvas, x, y, _sW=0):
        self.content.drawOn(canvas, x, y, _sW)


class _CutLine(Flowable):
    """A dashed line across the page with scissors and "cut here"."""

    def __init__(self, words: str, width: float):
        super().__init__()
        self.words, self.line_width = words, width

    def wrap(self, available_width, available_height):
        return self.line_width, 16

    def draw(self):
        c, width, words = self.canv, self.line_width, self.words
        c.saveState()
        c.setStrokeColorRGB(*GREY)
        c.setLineWidth(0.6)
        c.setDash(4, 3)
        c.line(14, 8, width, 8)
        c.setFillColorRGB(*GREY)
        c.setFont(REGULAR, 11)
        c.drawString(0, 4.5, "✂")
        c.setFont(REGULAR, 6.5)
        text_w = stringWidth(words, REGULAR, 6.5)
        c.setFillColorRGB(1, 1, 1)
        c.rect(width / 2 - text_w / 2 - 4, 4, text_w + 8, 8, stroke=0, fill=1)
        c.setFillColorRGB(*GREY)
        c.drawCentredString(width / 2, 6, words)
        c.restoreState()


class LetterLayout:
    def __init__(self, data: LetterData):
        self.data = data
        self.styles = _styles()
        self.matrix = qr_matrix(data.qr_payload)
        self.pages = 0

    # words in the letter's languages; an untranslated string (English for
    # now) is printed once, not once per language
    def each(self, source: str) -> list[str]:
        out: list[str] = []
        for lang in self.data.languages:
            text = translate(lang, CONTEXT, source)
            if text not in out:
                out.append(text)
        return out

    def joined(self, source: str, sep: str = " / ") -> str:
        return sep.join(self.each(source))

    def stacked(self, source: str) -> str:
        """Paragraph markup: the first language in ink, the others in grey
        on the line below."""
        words = [escape(w) for w in self.each(source)]
        if len(words) == 1:
            return words[0]
        grey = "#%02x%02x%02x" % tuple(round(c * 255) for c in GREY)
        return f'{words[0]}<br/><font color="{grey}" size="7">{" / ".join(words[1:])}</font>'

    # -- document ---------------------------------------------------------------
    def render(self) -> bytes:
        self._prepare_header()
        buffer = BytesIO()
        doc = BaseDocTemplate(
            buffer, pagesize=(PAGE_W, PAGE_H), leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP + HEADER_H, bottomMargin=MARGIN_BOTTOM,
            # No creation date or random document id: the same letter gives the same bytes.
            # Every font embedded: without this the canvas starts in (unembedded) Helvetica.
            initialFontName=REGULAR, initialFontSize=9.5,
            invariant=True, title=f"{self.data.letter_number}", author=self.data.branch_name,
            subject="", creator="Qamqor", producer="Qamqor", lang=self.data.languages[0])
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_W, PAGE_H - MARGIN_TOP - HEADER_H - MARGIN_BOTTOM,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        doc.addPageTemplates([PageTemplate("letter", [frame], onPage=self._draw_page)])

        doc.build(self._story(), canvasmaker=functools.partial(_LetterCanvas, before_save=self._draw_page_numbers))
        return buffer.getvalue()

    # -- header on every page ----------------------------------------------------
    def _prepare_header(self):
        d, st = self.data, self.styles
        self.badges = [([w.upper() for w in self.each(WORDS["confidential"])], RED, False)]
        priority_words = [w.upper() for w in self.each(PRIORITY_BADGES[d.priority])]
        self.badges.append((priority_words, RED if d.priority == "emergency" else INK, d.priority == "emergency"))
        if d.mark:
            self.badges.insert(0, ([w.upper() for w in self.each(WORDS[d.mark])], RED, True))
        self.badge_sizes = [self._badge_size(lines) for lines, _, _ in self.badges]
        badges_w = sum(w for w, _ in self.badge_sizes) + 4 * (len(self.badges) - 1)
        self.right_edge = PAGE_W - MARGIN_X - QR_SIZE - _mm(4.5)  # four modules of quiet zone and a little
        self.badges_left = self.right_edge - badges_w
        left_w = self.badges_left - MARGIN_X - _mm(5)
        contact = [f"{escape(d.branch_code)}"]
        if d.branch_address:
            contact.append(_text(d.branch_address))
        if d.branch_phone:
            contact.append(_unbroken(f"{escape(self.each(WORDS['phone'])[0])} {_text(d.branch_phone)}"))
        # The branch's name and contacts must leave room for the two lines
        # of letter number and page at the foot of the header (24 pt): long
        # ones are set smaller.
        room = QR_SIZE - 24
        for size in (10.5, 9.5, 8.5, 7.5, 6.5):
            self.branch_para = Paragraph(_text(d.branch_name), ParagraphStyle(
                "branch", st["branch"], fontSize=size, leading=size * 1.22))
            self.contact_para = Paragraph(" · ".join(contact), ParagraphStyle(
                "contact", st["contact"], fontSize=min(7.5, size - 1), leading=min(7.5, size - 1) * 1.25))
            self.branch_h = self.branch_para.wrap(left_w, QR_SIZE)[1]
            self.contact_h = self.contact_para.wrap(left_w, QR_SIZE)[1]
            if self.branch_h + self.contact_h <= room:
                break
        self.check_words = self.joined(WORDS["check_code"])
        code = d.check_code
        self.check_code = " ".join(code[i:i + 4] for i in range(0, len(code), 4))

    def _badge_size(self, lines: list[str]) -> tuple[float, float]:
        width = max(stringWidth(line, BOLD, 7) for line in lines)
        return width + 10, 8.5 * len(lines) + 5

    def _draw_page(self, canvas, doc):
        d = self.data
        top = PAGE_H - MARGIN_TOP
        canvas.saveState()
        if d.mark:
            self._draw_mark(canvas)
        # the QR code, top right, with its check code beside it
        qr_x, qr_y = PAGE_W - MARGIN_X - QR_SIZE, top - QR_SIZE
        draw_qr(canvas, self.matrix, qr_x, qr_y, QR_SIZE)
        canvas.setFillColorRGB(*GREY)
        canvas.setFont(REGULAR, 6.5)
        canvas.drawRightString(self.right_edge, qr_y + 11, self.check_words)
        canvas.setFillColorRGB(*INK)
        canvas.setFont(BOLD, 9)
        canvas.drawRightString(self.right_edge, qr_y + 1, self.check_code)
        # badges: COPY, CONFIDENTIAL, priority
        x = self.badges_left
        for (lines, colour, filled), (w, h) in zip(self.badges, self.badge_sizes):
            canvas.setLineWidth(0.9)
            canvas.setStrokeColorRGB(*colour)
            canvas.setFillColorRGB(*colour)
            canvas.rect(x, top - h, w, h, stroke=1, fill=1 if filled else 0)
            canvas.setFillColorRGB(*((1, 1, 1) if filled else colour))
            canvas.setFont(BOLD, 7)
            for i, line in enumerate(lines):
                canvas.drawCentredString(x + w / 2, top - 9.5 - 8.5 * i, line)
            x += w + 4
        # the branch, and the letter's number and date
        self.branch_para.drawOn(canvas, MARGIN_X, top - self.branch_h + 2)
        self.contact_para.drawOn(canvas, MARGIN_X, top - self.branch_h - self.contact_h + 1)
        canvas.setFillColorRGB(*INK)
        canvas.setFont(BOLD, 11)
        canvas.drawString(MARGIN_X, qr_y + 11, f"№ {d.letter_number}")
        canvas.setFont(REGULAR, 9)
        canvas.drawString(MARGIN_X + canvas.stringWidth(f"№ {d.letter_number}", BOLD, 11) + 10, qr_y + 11,
                          _date(d.issued_on))
        canvas.doForm(f"page-{canvas.getPageNumber()}")
        self.pages = canvas.getPageNumber()
        canvas.setStrokeColorRGB(*INK)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN_X, qr_y - _mm(2.5), PAGE_W - MARGIN_X, qr_y - _mm(2.5))
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_X, qr_y - _mm(2.5) - 2, PAGE_W - MARGIN_X, qr_y - _mm(2.5) - 2)
        canvas.restoreState()

    def _draw_page_numbers(self, canvas):
        qr_y = PAGE_H - MARGIN_TOP - QR_SIZE
        words = self.each(WORDS["page"])
        for page in range(1, self.pages + 1):
            canvas.beginForm(f"page-{page}")
            canvas.setFillColorRGB(*GREY)
            canvas.setFont(REGULAR, 7)
            text = "  ·  ".join(fill(w, page, self.pages) for w in words)
            canvas.drawString(MARGIN_X, qr_y + 1, text)
            canvas.endForm()

    def _draw_mark(self, canvas):
        """COPY or PREVIEW across the page, faint, in each of the letter's languages."""
        canvas.saveState()
        canvas.translate(PAGE_W / 2, PAGE_H / 2 - _mm(10))
        canvas.rotate(38)
        canvas.setFillColorRGB(*RED)
        canvas.setFillAlpha(0.11)
        words = [w.upper() for w in self.each(WORDS[self.data.mark])]
        longest = max(stringWidth(w, BOLD, 64) for w in words)
        # As large as fits across the page's diagonal: ПРЕДВАРИТЕЛЬНЫЙ ПРОСМОТР is longer than COPY.
        size = min(64 if len(words) < 3 else 52, 64 * _mm(190) / longest)
        canvas.setFont(BOLD, size)
        for i, word in enumerate(words):
            canvas.drawCentredString(0, (len(words) / 2 - i - 0.8) * size * 1.1, word)
        canvas.restoreState()

    # -- body ---------------------------------------------------------------------
    def _story(self) -> list:
        d, st = self.data, self.styles
        story = [Spacer(1, _mm(1)),
                 _Words(escape(self.joined(WORDS["title"]).upper()), st["title"]),
                 Spacer(1, _mm(3)),
                 self._organisations(),
                 Spacer(1, _mm(3.5)),
                 *self._section(WORDS["person"]),
                 self._rows([(FACTS[code], _text(value), st["value"]) for code, value in d.facts]),
                 Spacer(1, _mm(3.5)),
                 *self._section(WORDS["service_section"]),
                 self._rows(self._service_rows())]
        story += [Spacer(1, _mm(3.5)),
                  _Together([*self._section(WORDS["consent"]), self._consent(), Spacer(1, _mm(3)),
                                self._signatures()]),
                  Spacer(1, _mm(3)),
                  _AtFootOfPage(self._slip())]
        return story

    def _section(self, source: str) -> list:
        return [_Words(escape(self.joined(source).upper()), self.styles["heading"]),
                HRFlowable(width="100%", thickness=0.6, color=Color(*RED), spaceBefore=1.5, spaceAfter=0)]

    def _rows(self, rows: list[tuple[str, str, object]]):
        """Label on the left (each language stacked), value on the right."""

        st = self.styles
        cells = [[_Words(self.stacked(label), st["label"]), Paragraph(value, style)] for label, value, style in rows]
        # A long reason may run over the page: rows split too.
        table = Table(cells, colWidths=[_mm(52), CONTENT_W - _mm(52)], splitInRow=1)
        table.setStyle(TableStyle([
            # Tables set a font of their own (Helvetica) even when every cell is a Paragraph.
            ("FONT", (0, 0), (-1, -1), REGULAR, 9.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LINEBELOW", (0, 0), (-1, -2), 0.3, Color(*RULE)),
        ]))
        return table

    def _service_rows(self) -> list:
        d, st = self.data, self.styles
        services = self.each(SERVICES[d.service])
        service = "<br/>".join([f"<b>{escape(services[0])}</b>", *(escape(s) for s in services[1:])])
        priority = " / ".join(escape(w) for w in self.each(PRIORITIES[d.priority]))
        due = f"{escape(self.joined(WORDS['due']))}: <b>{_date(d.due_date)}</b>"
        rows = [(WORDS["service"], service, st["value"]),
                (WORDS["priority"], f"{priority}<br/>{due}", st["small"])]
        if d.reason.strip():
            rows.append((WORDS["reason"], _text(d.reason.strip()), st["base"]))
        return rows

    def _organisations(self):
        d, st = self.data, self.styles
        phone = self.each(WORDS["phone"])[0]
        ours = [_Words(escape(self.joined(WORDS["from"])).upper(), st["box_label"]),
                Paragraph(_text(d.branch_name), st["name"])]
        if d.branch_address:
            ours.append(Paragraph(_text(d.branch_address), st["small"]))
        if d.branch_phone:
            ours.append(Paragraph(_unbroken(f"{escape(phone)} {_text(d.branch_phone)}"), st["small"]))

        names: list[str] = []
        for lang in d.languages:
            name = d.provider_name(lang)
            if name and name not in names:
                names.append(name)
        theirs = [_Words(escape(self.joined(WORDS["to"])).upper(), st["box_label"]),
                  *(Paragraph(_text(n), st["name"] if i == 0 else st["small"]) for i, n in enumerate(names))]
        if d.provider_address:
            theirs.append(Paragraph(_text(d.provider_address), st["small"]))
        if d.provider_phone:
            theirs.append(Paragraph(_unbroken(f"{escape(phone)} {_text(d.provider_phone)}"), st["small"]))

        gap = _mm(5)
        half = (CONTENT_W - gap) / 2
        table = Table([[ours, "", theirs]], colWidths=[half, gap, half])
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), REGULAR, 9.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOX", (0, 0), (0, 0), 0.6, Color(*RULE)),
            ("BOX", (2, 0), (2, 0), 0.6, Color(*RULE)),
            ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ("RIGHTPADDING", (0, 0), (-1, -1), 7),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        return table

    def _columns(self, paragraphs: list) -> Table:
        """One column per language, side by side."""

        n = len(paragraphs)
        table = Table([paragraphs], colWidths=[CONTENT_W / n] * n)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), REGULAR, 9.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("LEFTPADDING", (1, 0), (-1, -1), 7),
            ("RIGHTPADDING", (0, 0), (-1, -1), 7),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LINEBEFORE", (1, 0), (-1, -1), 0.3, Color(*RULE)),
        ]))
        return table

    def _consent(self):
        d, st = self.data, self.styles
        paragraphs, seen = [], set()
        for lang in d.languages:
            text = translate(lang, CONTEXT, WORDS["consent_text"])
            name = d.provider_name(lang)
            if (text, name) in seen:
                continue
            seen.add((text, name))
            parts = escape(text).split("%1")
            paragraphs.append(Paragraph(f"<b>{_text(name)}</b>".join(parts), st["small"]))
        return self._columns(paragraphs)

    def _signatures(self):
        d, st = self.data, self.styles
        role = SIGNATORY_ROLES.get(d.signatory_role)
        role_label = self.stacked(role) if role else escape(d.signatory_role)
        under = f"{escape(self.joined(WORDS['signature']))}"
        stamp = escape(self.joined(WORDS["stamp"]))
        date = escape(self.joined(WORDS["date"]))
        gap = _mm(10)
        col = (CONTENT_W - gap) / 2
        cells = [
            [Paragraph(role_label, st["label"]), "",
             _Words(self.stacked(WORDS["client_signature"]), st["label"])],
            ["", "", _Words(escape(self.joined(WORDS["client_agrees"])), st["tiny"])],
            [Paragraph(f"<b>{_text(d.signatory_name)}</b><br/>"
                       f'<font size="7" color="#60606b">{under} · {stamp}</font>', st["small"]), "",
             _Words(f'<font size="7" color="#60606b">{under} · {date}</font>', st["small"])],
        ]
        table = Table(cells, colWidths=[col, gap, col], rowHeights=[None, _mm(10), None])
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), REGULAR, 9.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LINEABOVE", (0, 2), (0, 2), 0.6, Color(*INK)),
            ("LINEABOVE", (2, 2), (2, 2), 0.6, Color(*INK)),
        ]))
        return table

    def _slip(self):
        """Filled in by the provider and returned: the letter number and the
        branch's address, nothing about the person."""
        d, st = self.data, self.styles
        ink = Color(*INK)
        contact = [_text(d.branch_name)]
        if d.branch_phone:
            contact.append(_unbroken(f"{escape(self.each(WORDS['phone'])[0])} {_text(d.branch_phone)}"))

        def caption(source):
            return _Words(escape(self.joined(source)), st["caption"])

        def choice(source):
            return _Words(f'<font name="{REGULAR}" size="9.5">☐</font> {escape(self.joined(source))}',
                             st["small"])

        # Six columns: the choices take halves, the write-in fields thirds.
        rows = [
            [_CutLine(self.joined(WORDS["cut"]), CONTENT_W)] + [""] * 5,
            [_Words(escape(self.joined(WORDS["slip"])).upper(), st["heading"]), "", "", "",
             Paragraph(f"№ {escape(d.letter_number)}", st["number"]), ""],
            [Paragraph(escape(self.joined(WORDS["slip_text"])) + ":<br/><b>" + ", ".join(contact) + "</b>",
                       st["tiny"])] + [""] * 5,
            [_Words(f"<b>{escape(self.joined(WORDS['outcome']))}</b>", st["small"])] + [""] * 5,
            [choice(OUTCOMES[0]), "", "", choice(OUTCOMES[1]), "", ""],
            [choice(OUTCOMES[2]), "", "", choice(OUTCOMES[3]), "", ""],
            [""] * 6,
            [caption(WORDS["seen_on"]), "", caption(WORDS["seen_by"]), "", caption(WORDS["signature"]), ""],
            [""] * 6,
            [caption(WORDS["comment"])] + [""] * 5,
        ]
        write_in = _mm(7)
        table = Table(rows, colWidths=[CONTENT_W / 6] * 6,
                      rowHeights=[None] * 6 + [write_in, None, write_in, None])
        spans = [((0, 0), (5, 0)), ((0, 1), (3, 1)), ((4, 1), (5, 1)), ((0, 2), (5, 2)), ((0, 3), (5, 3)),
                 ((0, 4), (2, 4)), ((3, 4), (5, 4)), ((0, 5), (2, 5)), ((3, 5), (5, 5)),
                 ((0, 6), (1, 6)), ((2, 6), (3, 6)), ((4, 6), (5, 6)),
                 ((0, 7), (1, 7)), ((2, 7), (3, 7)), ((4, 7), (5, 7)), ((0, 8), (5, 8)), ((0, 9), (5, 9))]
        gap = _mm(6)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), REGULAR, 9.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 4), (2, 5), gap),
            ("RIGHTPADDING", (0, 6), (3, 7), gap),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 2), (-1, 2), 4),
            *(("SPAN", a, b) for a, b in spans),
            # write-in lines, each with its caption below
            *(("LINEBELOW", (c, 6), (c + 1, 6), 0.5, ink) for c in (0, 2, 4)),
            ("LINEBELOW", (0, 8), (-1, 8), 0.5, ink),
        ]))
        return table


def render_letter(data: LetterData) -> bytes:
    """The letter as PDF bytes, built in memory (no file is written)."""
    return LetterLayout(data).render()
