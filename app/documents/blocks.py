"""Building blocks shared by the documents: styles, paragraphs, tables, letterhead,
signature, QR code, pictures.

A *block* is a function ``block(section) -> list[Flowable]``; ``layout.json``
names the blocks of each document in order and ``render`` looks them up.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import groupby
from typing import Any

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable, KeepTogether

from app.documents.fonts import SANS, SANS_BOLD, SANS_BOLD_OBLIQUE, SANS_OBLIQUE
from app.documents.pictures import picture_size, too_large
from app.documents.texts import Markup, Texts, fill, layout, safe

Block = Callable[["Section"], list[Flowable]]

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


def colour(name: str) -> colors.Color:
    return colors.HexColor(layout()["colours"][name])


def size_mm(name: str) -> float:
    return layout()["sizes_mm"][name] * mm


@cache
def styles() -> Mapping[str, ParagraphStyle]:
    """The paragraph styles of ``layout.json``, made once and only read afterwards."""
    made = {}
    for name, spec in layout()["styles"].items():
        font = {(False, False): SANS, (True, False): SANS_BOLD, (False, True): SANS_OBLIQUE,
                (True, True): SANS_BOLD_OBLIQUE}[(spec.get("bold", False),
                                                   spec.get("italic", False))]
        made[name] = ParagraphStyle(
            name, fontName=font, fontSize=spec["size"], leading=spec["leading"],
            alignment=_ALIGN[spec.get("align", "left")],
            spaceBefore=spec.get("space_before", 0), spaceAfter=spec.get("space_after", 0),
            leftIndent=spec.get("left_indent", 0), firstLineIndent=spec.get("first_indent", 0),
            textColor=colour(spec.get("colour", "text")),
            keepWithNext=int(spec.get("keep_with_next", False)),
            splitLongWords=1, allowWidows=0, allowOrphans=0)
    return made


def style_spec(name: str) -> Mapping[str, Any]:
    return layout()["styles"][name]


@dataclass(frozen=True)
class Section:
    """One language version of a document being built (or both, on a bilingual page)."""

    doc: Any  # one of the model's documents
    texts: tuple[Texts, ...]
    kind: str  # the DocType value: which texts and layout apply
    width: float  # of the frame

    @property
    def t(self) -> Texts:
        """The language of a single-language section."""
        return self.texts[0]

    def text(self, key: str) -> str:
        """The template ``key``, in each language of the section joined by " / "."""
        return " / ".join(t[key] for t in self.texts)

    def each(self, value: Callable[[Texts], str]) -> str:
        """A value worded in each language, " / " between different wordings."""
        return " / ".join(dict.fromkeys(value(t) for t in self.texts))

    def settings(self) -> Mapping[str, Any]:
        return layout()["documents"][self.kind]


def para(style: str, text: str) -> Paragraph:
    """A paragraph of markup (a Markup value or a template from the resources)."""
    return Paragraph(text, styles()[style])


def user_paragraphs(style: str, text: str, first_prefix: str = "") -> list[Paragraph]:
    """User text as paragraphs: each line is a paragraph, blank lines are dropped.

    Each line becomes its own Paragraph so that long text flows over pages.
    ``first_prefix`` (markup) goes before the first paragraph.
    """
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    lines = [piece for line in lines if line for piece in _pieces(line)] or [""]
    made = []
    for index, line in enumerate(lines):
        body = safe(line)
        if index == 0 and first_prefix:
            body = Markup(f"{first_prefix} {body}")
        made.append(para(style, body))
    return made


#: ReportLab lays a paragraph out in time that grows with the square of its length
#: (a pasted 200,000-character answer took 48 s), so longer lines are printed as
#: paragraphs of at most this many characters, split at a space where there is one.
PARAGRAPH_MAX = 2000


def _pieces(line: str) -> list[str]:
    pieces = []
    while len(line) > PARAGRAPH_MAX:
        cut = line.rfind(" ", PARAGRAPH_MAX // 2, PARAGRAPH_MAX)
        cut = PARAGRAPH_MAX if cut < 0 else cut
        pieces.append(line[:cut].rstrip())
        line = line[cut:].lstrip()
    return [*pieces, line] if line else pieces


def lines_markup(text: str, max_lines: int | None = None) -> Markup:
    """Multi-line user text (an address) as one markup with line breaks; with
    ``max_lines``, the lines after those are left out (the last kept one ends in "…")."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
    if max_lines is not None and len(lines) > max_lines:
        lines = [*lines[:max_lines - 1], brief(lines[max_lines - 1] + " …")]
    return Markup("<br/>".join(safe(line) for line in lines))


#: Text in a table cell that cannot split over pages (a signature, the letterhead beside
#: a logo) is cut to this many characters, more than such a field can be saved with:
#: longer text would not fit on a page and stop the document.
CELL_TEXT_MAX = 300
#: And a letterhead address to this many characters and lines.
ADDRESS_MAX, ADDRESS_LINES = 1000, 8


def brief(text: str, limit: int = CELL_TEXT_MAX) -> str:
    """``text`` cut to ``limit`` characters, "…" marking the cut."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


_NO_PADDING = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]


def grid(rows: list[list[Any]], widths: Sequence[float], commands: Sequence[tuple] = (), *,
         padded: bool = False, **options: Any) -> Table:
    """A Table in our font (plain string cells would otherwise reference a Helvetica that
    is not embedded), without cell padding unless ``padded``."""
    table = Table(rows, colWidths=list(widths), **options)
    base = [("FONT", (0, 0), (-1, -1), SANS, 9), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    table.setStyle(TableStyle(base + ([] if padded else _NO_PADDING) + list(commands)))
    return table


def facts_table(section: Section, rows: Sequence[tuple[str, str]],
                label_width: float | None = None, value_style: str = "value") -> Table:
    """Label–value rows. Rows may split across pages, so a long value cannot overflow."""
    label_width = label_width or size_mm("label_column")
    data = [[para("label", label), para(value_style, value)] for label, value in rows]
    return grid(data, [label_width, section.width - label_width], [
        ("RIGHTPADDING", (0, 0), (0, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colour("grid")),
    ], splitInRow=1, hAlign="LEFT")


def image_reader(data: bytes | None) -> ImageReader | None:
    """The picture in ``data`` (PNG or JPEG), or None if there is none, it cannot be read,
    or it would decode to more than ``pictures.MAX_PIXELS`` (a decompression bomb)."""
    if not data or picture_size(data) is None or too_large(data):
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
        # Decoded once here: a header that reads well over data that does not (cut
        # short, garbled) would otherwise fail while the page is drawn.
        reader.getRGBData()
    except Exception:  # a damaged picture must not stop the document from printing
        return None
    return reader if width > 0 and height > 0 else None


def fitted_image(data: bytes | None, max_width: float, max_height: float) -> Image | None:
    reader = image_reader(data)
    if reader is None:
        return None
    width, height = reader.getSize()
    scale = min(max_width / width, max_height / height)
    return Image(io.BytesIO(data), width=width * scale, height=height * scale)


@lru_cache(maxsize=64)
def _qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    return tuple(tuple(bool(module) for module in row) for row in code.modules)


class QrCodeFlowable(Flowable):
    """A QR code drawn straight onto the canvas as one filled path.

    ReportLab's QR widget builds a shape object per run of modules and encodes twice
    (once to measure); drawing the module matrix directly is several times faster.
    """

    QUIET_MODULES = 3  # light margin around the code, in modules

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.text = text
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        modules = _qr_modules(self.text)
        count = len(modules)
        box = self.width / (count + 2 * self.QUIET_MODULES)
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(colors.white)
        canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        path = canvas.beginPath()
        for row_index, row in enumerate(modules):
            y = self.height - (row_index + 1 + self.QUIET_MODULES) * box
            column = 0
            for dark, run in groupby(row):
                length = len(list(run))
                if dark:
                    path.rect((column + self.QUIET_MODULES) * box, y, length * box, box)
                column += length
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()


def qr_code(text: str, size: float) -> Flowable:
    return QrCodeFlowable(text, size)


class SpacedText(Flowable):
    """One line in a large font with extra space between letters (a verification code)."""

    def __init__(self, text: str, style: str) -> None:
        super().__init__()
        spec = style_spec(style)
        self.text = text
        self.font = SANS_BOLD if spec.get("bold") else SANS
        self.size = spec["size"]
        self.leading = spec["leading"]
        self.char_space = spec.get("char_space", 0)

    def _natural_width(self) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return stringWidth(self.text, self.font, self.size) + self.char_space * len(self.text)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        natural = self._natural_width()
        if natural > avail_width > 0:  # a very long code shrinks rather than overflows
            self.size *= avail_width / natural
            self.char_space *= avail_width / natural
            self.leading = self.size * 1.25
        self.width = min(natural, avail_width)
        return self.width, self.leading

    def draw(self) -> None:
        text = self.canv.beginText(0, self.leading - self.size)
        text.setFont(self.font, self.size)
        text.setCharSpace(self.char_space)
        text.textOut(self.text)
        self.canv.drawText(text)


# ---------------------------------------------------------------------------
# blocks shared by several documents


def letterhead(section: Section) -> list[Flowable]:
    commission = section.doc.commission
    text = [para("letterhead_name", safe(brief(section.t.pick(commission.name))))]
    address = section.t.pick(commission.address)
    if address:
        text.append(para("letterhead_address",
                         lines_markup(brief(address, ADDRESS_MAX), ADDRESS_LINES)))
    logo = fitted_image(commission.letterhead, size_mm("logo_width"), size_mm("logo_height"))
    if logo is None:
        head: Flowable = KeepTogether(text)
    else:
        side = size_mm("logo_width") + 4 * mm
        # An empty column on the right as wide as the logo keeps the name centred on the page.
        head = grid([[logo, text, ""]], [side, section.width - 2 * side, side],
                    [("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    return [head, Spacer(1, 2 * mm),
            HRFlowable(width="100%", thickness=0.8, color=colour("rule"), spaceAfter=1),
            HRFlowable(width="100%", thickness=0.3, color=colour("rule"), spaceAfter=4 * mm)]


def signature_table(section: Section, people: Sequence[tuple[str, str]],
                    stamp: bool = False) -> Table:
    """A row per signer: role and name on the left, a line to sign on with a hint under it."""
    role_width = size_mm("signature_role_column")
    line_width = size_mm("signature_line_column")
    rows = []
    for role, name in people:
        left = [para("signature_role", role)]
        if name:
            left.append(para("signature_name", safe(brief(name))))
        line = HRFlowable(width="100%", thickness=0.6, color=colour("text"), spaceAfter=1.5)
        rows.append([left, "", [line, para("signature_hint", section.text("signature"))]])
    if stamp:
        rows.append([para("small", section.text("stamp")), "", ""])
    return grid(rows, [role_width, section.width - role_width - line_width, line_width], [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 16), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ], hAlign="LEFT")


def signature_grid(section: Section, people: Sequence[tuple[str, str]], columns: int = 2
                   ) -> Table:
    """Signers side by side, ``columns`` a row: role, name, then a line to sign on."""
    gap = 10 * mm
    cell_width = (section.width - gap * (columns - 1)) / columns
    cells = []
    for role, name in people:
        cell: list[Flowable] = [para("signature_role", role)]
        if name:
            cell.append(para("signature_name", safe(brief(name))))
        cell += [Spacer(1, 11 * mm),
                 HRFlowable(width="100%", thickness=0.6, color=colour("text"), spaceAfter=1.5),
                 para("signature_hint", section.text("signature"))]
        cells.append(cell)
    while len(cells) % columns:
        cells.append("")
    rows = [cells[i:i + columns] for i in range(0, len(cells), columns)]
    widths = []
    for column in range(columns):
        widths += [cell_width] + ([gap] if column < columns - 1 else [])
    spaced = [[item for column, cell in enumerate(row)
               for item in ([cell, ""] if column < columns - 1 else [cell])] for row in rows]
    return grid(spaced, widths, [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                 ("TOPPADDING", (0, 0), (-1, -1), 8)], hAlign="LEFT")


def commission_signature(section: Section) -> list[Flowable]:
    commission = section.doc.commission
    role = safe(brief(section.each(lambda t: t.pick(commission.signatory_title))))
    table = signature_table(section, [(role, commission.signatory_name)], stamp=True)
    return [Spacer(1, 6 * mm), KeepTogether([table])]


def register_number(section: Section) -> str:
    issue = section.doc.issue
    if issue.preview or not issue.register_number:
        return section.t["empty"]
    return issue.register_number


def heading(text: str) -> Paragraph:
    return para("heading", text)


def fill_para(style: str, template: str, **values: object) -> Paragraph:
    return para(style, fill(template, **values))
