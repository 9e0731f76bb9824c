"""The recovery sheet: one printed page holding the recovery key, for the safe.

``render_recovery_sheet(sheet, language)`` gives the PDF bytes; it never
touches the database. The key is drawn one character per cell of equal width,
so the groups line up like monospace type in the bundled (embedded) fonts and
can be read back without guessing at spacing. The key never goes into the
file's metadata.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.documents.fonts import SANS, SANS_BOLD, markup, register_fonts
from app.documents.texts import texts

LANGUAGES = ("kk", "ru", "en")
_GROUPS_PER_ROW = 5
_GREY = Color(0.35, 0.35, 0.35)


@dataclass(frozen=True)
class RecoverySheet:
    commission: str
    db_id: str
    recovery_key: str  # as formatted by keyfile.format_recovery_key: 13 groups of 4
    made_on: date
    region: str = ""


# The wording of the sheet. ru and kk need a native speaker's reading before release.
_TEXT = {
    "en": {
        "title": "Recovery key",
        "subtitle": "Pana — the commission's encrypted database",
        "commission": "Commission",
        "database": "Database",
        "made_on": "Made on",
        "key": "The recovery key: 13 groups of 4 characters",
        "heading": "Keep this sheet in a safe",
        "points": [
            "This key opens the commission's database if every password is lost. Whoever "
            "holds it, together with a copy of the data folder or of a backup, can read every "
            "case file.",
            "Keep the sheet in a sealed envelope in a safe. Do not photograph or copy it, and "
            "do not keep it on a computer, a phone or in e-mail. Delete the PDF file once it "
            "is printed.",
            "To use it, an administrator runs this on the computer that holds the database: "
            "<b>pana user reset NAME --recovery-key</b>, and types the key when asked. Capital "
            "or small letters, spaces and dashes make no difference.",
            "If the sheet is lost, or somebody not entitled may have seen it, tell the head "
            "of the commission at once.",
        ],
        "placed_by": "Placed in the safe by (name, signature, date):",
        "witness": "Witness (name, signature, date):",
    },
    "ru": {
        "title": "Ключ восстановления",
        "subtitle": "Pana — зашифрованная база данных комиссии",
        "commission": "Комиссия",
        "database": "База данных",
        "made_on": "Дата",
        "key": "Ключ восстановления: 13 групп по 4 знака",
        "heading": "Храните этот лист в сейфе",
        "points": [
            "Этот ключ открывает базу данных комиссии, если утеряны все пароли. Тот, у кого "
            "он есть, вместе с копией папки данных или резервной копией может прочитать все "
            "личные дела.",
            "Храните лист в запечатанном конверте в сейфе. Не фотографируйте и не копируйте "
            "его, не храните на компьютере, в телефоне или в электронной почте. Удалите файл "
            "PDF после печати.",
            "Чтобы воспользоваться ключом, администратор выполняет на компьютере с базой "
            "данных команду <b>pana user reset ИМЯ --recovery-key</b> и вводит ключ по "
            "запросу. Заглавные или строчные буквы, пробелы и дефисы значения не имеют.",
            "Если лист утерян или его мог видеть посторонний, немедленно сообщите "
            "руководителю комиссии.",
        ],
        "placed_by": "Поместил(а) в сейф (ФИО, подпись, дата):",
        "witness": "Свидетель (ФИО, подпись, дата):",
    },
    "kk": {
        "title": "Қалпына келтіру кілті",
        "subtitle": "Pana — комиссияның шифрланған дерекқоры",
        "commission": "Комиссия",
        "database": "Дерекқор",
        "made_on": "Күні",
        "key": "Қалпына келтіру кілті: 4 таңбадан тұратын 13 топ",
        "heading": "Бұл парақты сейфте сақтаңыз",
        "points": [
            "Бұл кілт барлық құпиясөздер жоғалған жағдайда комиссияның дерекқорын ашады. "
            "Кілті бар адам деректер қалтасының немесе сақтық көшірменің көшірмесімен бірге "
            "барлық істі оқи алады.",
            "Парақты мөрленген конвертте сейфте сақтаңыз. Оны суретке түсірмеңіз, "
            "көшірмеңіз, компьютерде, телефонда немесе электрондық поштада сақтамаңыз. Басып "
            "шығарғаннан кейін PDF файлын жойыңыз.",
            "Кілтті пайдалану үшін әкімші дерекқор орналасқан компьютерде "
            "<b>pana user reset АТЫ --recovery-key</b> командасын орындайды және сұралғанда "
            "кілтті енгізеді. Бас немесе кіші әріптер, бос орындар мен сызықшалардың маңызы "
            "жоқ.",
            "Парақ жоғалса немесе оны бөгде адам көруі мүмкін болса, комиссия басшысына "
            "дереу хабарлаңыз.",
        ],
        "placed_by": "Сейфке салған (аты-жөні, қолы, күні):",
        "witness": "Куә (аты-жөні, қолы, күні):",
    },
}


class _KeyGrid(Flowable):
    """The key in rows of groups, each character centred in a cell of one width.

    Each row is one run of text (character spacing does the placing, a real
    space separates groups), so copying or extracting the text gives the groups
    as printed.
    """

    def __init__(self, groups: list[str], font_size: float = 20) -> None:
        super().__init__()
        self.font_size = font_size
        self.cell = font_size * 0.95
        self.gap = font_size * 0.8
        self.row_height = font_size * 1.7
        self.rows = [groups[i:i + _GROUPS_PER_ROW] for i in range(0, len(groups), _GROUPS_PER_ROW)]
        self.key_width = _GROUPS_PER_ROW * 4 * self.cell + (_GROUPS_PER_ROW - 1) * self.gap

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = len(self.rows) * self.row_height + 6 * mm
        return self.width, self.height

    def _placed(self, row: list[str], left: float) -> list[tuple[str, float]]:
        """(character, x where its glyph starts), spaces between the groups included."""
        placed = []
        x = left
        for index, group in enumerate(row):
            if index:
                placed.append((" ", x - self.gap))
            for ch in group:
                width = stringWidth(ch, SANS_BOLD, self.font_size)
                placed.append((ch, x + (self.cell - width) / 2))
                x += self.cell
            x += self.gap
        return placed

    def draw(self) -> None:
        canvas = self.canv
        left = (self.width - self.key_width) / 2
        canvas.setLineWidth(1.2)
        canvas.setStrokeColor(black)
        canvas.roundRect(left - 5 * mm, 0, self.key_width + 10 * mm, self.height, 3 * mm)
        for index, row in enumerate(self.rows):
            baseline = self.height - 3 * mm - (index + 1) * self.row_height \
                + (self.row_height - self.font_size * 0.72) / 2
            placed = self._placed(row, left)
            text = canvas.beginText(placed[0][1], baseline)
            text.setFont(SANS_BOLD, self.font_size)
            for (ch, x), (_next, next_x) in zip(placed, [*placed[1:], placed[-1]], strict=True):
                # Character spacing moves the pen from this glyph's start to the next's.
                text.setCharSpace(next_x - x - stringWidth(ch, SANS_BOLD, self.font_size))
                text.textOut(ch)
            canvas.drawText(text)


def render_recovery_sheet(sheet: RecoverySheet, language: str = "ru") -> bytes:
    """The one-page recovery sheet in ``language`` ("kk", "ru" or "en"), as PDF bytes."""
    if language not in LANGUAGES:
        raise ValueError(f"cannot print in {language!r}; the languages are "
                         f"{', '.join(LANGUAGES)}")
    groups = sheet.recovery_key.split("-")
    if len(groups) != 13 or any(len(g) != 4 or not g.isalnum() for g in groups):
        raise ValueError("the recovery key must be 13 groups of 4 characters")
    register_fonts()
    t = _TEXT[language]
    title = ParagraphStyle("title", fontName=SANS_BOLD, fontSize=22, leading=27,
                           alignment=TA_CENTER)
    subtitle = ParagraphStyle("subtitle", fontName=SANS, fontSize=11, leading=14,
                              alignment=TA_CENTER, textColor=_GREY)
    body = ParagraphStyle("body", fontName=SANS, fontSize=10.5, leading=14)
    caption = ParagraphStyle("caption", parent=body, alignment=TA_CENTER, textColor=_GREY)
    heading = ParagraphStyle("heading", fontName=SANS_BOLD, fontSize=13, leading=17,
                             spaceBefore=4 * mm, spaceAfter=2 * mm)
    point = ParagraphStyle("point", parent=body, leftIndent=6 * mm, bulletIndent=0,
                           bulletFontName=SANS, bulletFontSize=10.5,
                           spaceAfter=2 * mm)

    commission = markup(sheet.commission)
    if sheet.region:
        commission += f" ({markup(sheet.region.upper())})"
    facts = Table(
        [[Paragraph(f"<b>{t[label]}</b>", body), Paragraph(value, body)] for label, value in (
            ("commission", commission), ("database", markup(sheet.db_id)),
            ("made_on", markup(texts(language).date(sheet.made_on, unbroken=False))))],
        colWidths=[40 * mm, None], hAlign="LEFT")
    facts.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS, 10),  # not Helvetica
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    signatures = Table(
        [[Paragraph(t[label], body)] for label in ("placed_by", "witness")],
        colWidths=[None], rowHeights=[16 * mm, 16 * mm])
    signatures.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS, 10),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("LINEBELOW", (0, 0), (-1, -1), 0.6, black)]))
    story = [
        Paragraph(markup(t["title"]), title),
        Paragraph(markup(t["subtitle"]), subtitle),
        Spacer(0, 8 * mm),
        facts,
        Spacer(0, 8 * mm),
        Paragraph(markup(t["key"]), caption),
        Spacer(0, 2 * mm),
        _KeyGrid(groups),
        Spacer(0, 4 * mm),
        Paragraph(markup(t["heading"]), heading),
        *[Paragraph(text, point, bulletText=f"{n}.")
          for n, text in enumerate(t["points"], start=1)],
        Spacer(0, 6 * mm),
        signatures,
    ]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
        bottomMargin=18 * mm,
        # Reproducible bytes; every font embedded; nothing secret in the metadata.
        invariant=1, initialFontName=SANS, initialFontSize=10,
        title=t["title"], author="", subject="", keywords="", creator="Pana", lang=language)
    doc.build(story)
    return buffer.getvalue()
