"""The fonts every printed document embeds, and marking up text for them.

DejaVu Sans prints Latin, Cyrillic (every Kazakh letter included) and most
symbols; WenQuanYi Micro Hei prints what DejaVu lacks, i.e. Chinese. ReportLab
has no per-glyph fallback, so ``markup`` wraps each run of characters DejaVu
cannot print in a ``<font>`` tag naming the CJK font.

Registration happens once per process, under a lock; the CJK font (5 MB) is
only parsed the first time a document needs it.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

#: ReportLab names of the registered fonts.
SANS = "PanaSans"
SANS_BOLD = "PanaSans-Bold"
SANS_OBLIQUE = "PanaSans-Oblique"
SANS_BOLD_OBLIQUE = "PanaSans-BoldOblique"
CJK = "PanaCJK"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_OBLIQUE: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_OBLIQUE: "DejaVuSans-BoldOblique.ttf",
    CJK: "wqy-microhei.ttc",
}

_lock = threading.Lock()
_sans_ready = False
_cjk_ready = False


def fonts_dir() -> Path:
    import resources

    return Path(resources.__file__).resolve().parent / "fonts"


def font_files() -> dict[str, Path]:
    """The bundled font files by ReportLab font name (the UI registers ``PanaCJK`` in Qt)."""
    folder = fonts_dir()
    return {name: folder / filename for name, filename in _FILES.items()}


def register_fonts() -> None:
    """Register DejaVu Sans (four styles) with ReportLab, once per process."""
    global _sans_ready
    if _sans_ready:
        return
    with _lock:
        if _sans_ready:
            return
        # ReportLab is imported here, not at the top: the app reads font paths at start-up.
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        files = font_files()
        for name in (SANS, SANS_BOLD, SANS_OBLIQUE, SANS_BOLD_OBLIQUE):
            pdfmetrics.registerFont(TTFont(name, str(files[name])))
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_OBLIQUE,
                                      boldItalic=SANS_BOLD_OBLIQUE)
        _sans_ready = True


def _register_cjk() -> None:
    global _cjk_ready
    if _cjk_ready:
        return
    with _lock:
        if _cjk_ready:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont(CJK, str(font_files()[CJK]), subfontIndex=0))
        # The CJK font has one style: <b> or <i> around Chinese text keeps it in this font
        # instead of failing to find a bold face.
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(CJK, bold, italic, CJK)
        _cjk_ready = True


@cache
def _sans_coverage() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    return frozenset(pdfmetrics.getFont(SANS).face.charToGlyph)


@cache
def _cjk_coverage() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    _register_cjk()
    return frozenset(pdfmetrics.getFont(CJK).face.charToGlyph)


def clean(text: str) -> str:
    """User text without control characters that cannot be printed (newlines kept)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if text.isprintable():
        return text
    return "".join(ch for ch in text
                   if ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cs"))


def needs_cjk(ch: str) -> bool:
    """Whether DejaVu Sans lacks the character and the CJK font has it."""
    code = ord(ch)
    return code not in _sans_coverage() and code in _cjk_coverage()


def markup(text: str) -> str:
    """Paragraph markup printing ``text`` literally: escaped, with CJK runs in the CJK font."""
    text = clean(text)
    sans = _sans_coverage()
    if all(ord(ch) in sans or ch == "\n" for ch in text):
        return escape(text)
    parts: list[str] = []
    run: list[str] = []
    run_is_cjk = False
    for ch in text:
        # Spaces and characters both fonts have stay in the current run: fewer switches.
        is_cjk = needs_cjk(ch) if ord(ch) not in sans else (run_is_cjk and ch.isspace())
        if is_cjk != run_is_cjk and run:
            parts.append(_wrap("".join(run), run_is_cjk))
            run = []
        run_is_cjk = is_cjk
        run.append(ch)
    if run:
        parts.append(_wrap("".join(run), run_is_cjk))
    return "".join(parts)


def _wrap(run: str, cjk: bool) -> str:
    return f'<font name="{CJK}">{escape(run)}</font>' if cjk else escape(run)
