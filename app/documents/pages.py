"""Pages: the PDF file, its page templates and what every page carries.

A document is one or more *sections* (the Kazakh and the Russian version of a
bilingual letter are two). Each section has its own page template, so a page
knows its language: the footer, the "duplicate" mark and the "preview"
watermark are printed in it, and "page X of Y" counts the pages of the section.
"""

from __future__ import annotations

import io
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak
from reportlab.platypus.doctemplate import PageTemplate

from app.documents.fonts import SANS, SANS_BOLD
from app.documents.texts import Texts, layout

DeferredDraw = Callable[[Canvas, int, int], None]


class _NumberingCanvas(Canvas):
    """A canvas that finishes each page only at the end, when page counts are known.

    Page decorations register a ``draw(canvas, number, total)`` with ``defer``; on
    ``save`` every held page gets its deferred drawings with its number within its
    section and the section's page count, then is written out.
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[tuple[dict, list[tuple[int, DeferredDraw]]]] = []
        self._deferred: list[tuple[int, DeferredDraw]] = []

    def defer(self, section: int, draw: DeferredDraw) -> None:
        self._deferred.append((section, draw))

    def showPage(self) -> None:
        self._held_pages.append((dict(self.__dict__), self._deferred))
        self._deferred = []
        self._startPage()

    def save(self) -> None:
        if len(self._code):
            self.showPage()
        held = self._held_pages
        totals = Counter(section for _, draws in held for section in {s for s, _ in draws})
        seen: Counter[int] = Counter()
        for state, draws in held:
            self.__dict__.update(state)
            for section in {s for s, _ in draws}:
                seen[section] += 1
            for section, draw in draws:
                draw(self, seen[section], totals[section])
            Canvas.showPage(self)
        self._held_pages = []
        Canvas.save(self)


@dataclass(frozen=True)
class PageMarks:
    """What each page of a section carries besides its content."""

    texts: tuple[Texts, ...]  # one language, or Kazakh and Russian on a bilingual page
    footer: str  # left part of the footer ("" for none); the page count goes right
    numbered: bool
    preview: bool
    duplicate: bool


def _colour(name: str) -> colors.Color:
    return colors.HexColor(layout()["colours"][name])


def _fitting_size(text: str, font: str, size: float, width: float) -> float:
    """``size``, made smaller if ``text`` would be wider than ``width``."""
    needed = stringWidth(text, font, size)
    return size if needed <= width else max(4.0, size * width / needed)


def _draw_duplicate(canvas: Canvas, marks: PageMarks, page_width: float, page_height: float
                    ) -> None:
    settings = layout()["duplicate"]
    text = " / ".join(t["marks.duplicate"] for t in marks.texts)
    size = _fitting_size(text, SANS_BOLD, settings["size"], page_width * 0.6)
    pad = settings["padding"]
    width = stringWidth(text, SANS_BOLD, size) + 2 * pad
    height = size + 2 * pad
    x = (page_width - width) / 2
    y = page_height - layout()["page"]["duplicate_offset_mm"] * mm - height / 2
    canvas.saveState()
    canvas.setStrokeColor(_colour("duplicate"))
    canvas.setFillColor(_colour("duplicate"))
    canvas.setLineWidth(1.2)
    canvas.rect(x, y, width, height, stroke=1, fill=0)
    canvas.setFont(SANS_BOLD, size)
    canvas.drawCentredString(page_width / 2, y + pad + size * 0.18, text)
    canvas.restoreState()


def _draw_watermark(canvas: Canvas, marks: PageMarks, page_width: float, page_height: float
                    ) -> None:
    settings = layout()["watermark"]
    lines = [t["marks.preview"] for t in marks.texts]
    diagonal = (page_width ** 2 + page_height ** 2) ** 0.5 * settings["max_width_ratio"]
    # Lines beside the diagonal are cut shorter by the page's corners: leave them more room.
    room = diagonal * (1 if len(lines) == 1 else 0.75)
    size = min(_fitting_size(line, SANS_BOLD, settings["size"], room) for line in lines)
    canvas.saveState()
    canvas.setFillColor(_colour("watermark"))
    canvas.setFillAlpha(settings["alpha"])
    canvas.translate(page_width / 2, page_height / 2)
    # Along the page's diagonal, so the longest line fits.
    canvas.rotate(math.degrees(math.atan2(page_height, page_width)))
    canvas.setFont(SANS_BOLD, size)
    top = (len(lines) - 1) * size * 0.6
    for i, line in enumerate(lines):
        canvas.drawCentredString(0, top - i * size * 1.2 - size * 0.35, line)
    canvas.restoreState()


def _draw_footer(canvas: Canvas, number: int, total: int, *, marks: PageMarks, left: float,
                 right: float) -> None:
    size = layout()["footer"]["size"]
    y = layout()["page"]["footer_offset_mm"] * mm
    page_text = " / ".join(t["page"].format(page=number, pages=total) for t in marks.texts)
    canvas.saveState()
    canvas.setStrokeColor(_colour("grid"))
    canvas.setLineWidth(0.4)
    canvas.line(left, y + size + 2.5, right, y + size + 2.5)
    canvas.setFillColor(_colour("muted"))
    page_width = stringWidth(page_text, SANS, size)
    canvas.setFont(SANS, size)
    canvas.drawRightString(right, y, page_text)
    if marks.footer:
        room = right - left - page_width - 10
        canvas.setFont(SANS, _fitting_size(marks.footer, SANS, size, room))
        canvas.drawString(left, y, marks.footer)
    canvas.restoreState()


def _on_page(canvas: Canvas, doc: BaseDocTemplate, *, marks: PageMarks, section: int) -> None:
    width, height = doc.pagesize
    if marks.duplicate:
        _draw_duplicate(canvas, marks, width, height)
    if marks.numbered:
        canvas.defer(section, partial(_draw_footer, marks=marks, left=doc.leftMargin,
                                      right=width - doc.rightMargin))


def _on_page_end(canvas: Canvas, doc: BaseDocTemplate, *, marks: PageMarks) -> None:
    # Over the content, translucent: an image or a table fill cannot hide it.
    if marks.preview:
        _draw_watermark(canvas, marks, *doc.pagesize)


def frame_width() -> float:
    margins = layout()["page"]["margins_mm"]
    return A4[0] - (margins["left"] + margins["right"]) * mm


def build_pdf(sections: Sequence[tuple[PageMarks, list[Flowable]]], *, title: str, lang: str
              ) -> bytes:
    """The PDF of the sections, each starting on a new page, as bytes."""
    margins = {key: value * mm for key, value in layout()["page"]["margins_mm"].items()}
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=margins["left"], rightMargin=margins["right"],
        topMargin=margins["top"], bottomMargin=margins["bottom"],
        # Reproducible bytes: fixed dates and ids; every font embedded, even the initial one.
        invariant=1, initialFontName=SANS, initialFontSize=10,
        title=title, author="", subject="", keywords="", creator="Pana", lang=lang)
    templates = []
    story: list[Flowable] = []
    for index, (marks, flowables) in enumerate(sections):
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id=f"f{index}",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates.append(PageTemplate(
            id=f"s{index}", frames=[frame],
            onPage=partial(_on_page, marks=marks, section=index),
            onPageEnd=partial(_on_page_end, marks=marks)))
        if index:
            story += [NextPageTemplate(f"s{index}"), PageBreak()]
        story += flowables
    doc.addPageTemplates(templates)
    doc.build(story, canvasmaker=_NumberingCanvas)
    return buffer.getvalue()
