"""Printing documents: ``render(doc, language)`` gives the PDF bytes.

The same document and language always give the same bytes (no dates, random
ids or personal names in the file's metadata). Every font used is embedded.
In "kk+ru" a receipt, interview record or letter is the whole Kazakh version,
a page break, then the whole Russian version, each numbered on its own; the
certificate is one page with bilingual labels.

Safe to call from a worker thread: the only shared state is the one-time font
registration (under a lock) and resources parsed once and never changed.
"""

from __future__ import annotations

from datetime import date

from app.documents import certificate, interview, letter, receipt
from app.documents.blocks import Block, Section, commission_signature, letterhead, register_number
from app.documents.fonts import register_fonts
from app.documents.model import DOC_TYPES, LANGUAGES, Document
from app.documents.pages import PageMarks, build_pdf, frame_width
from app.documents.texts import layout, texts
from app.domain.dates import PartialDate
from app.domain.vocab import DocType

_SHARED: dict[str, Block] = {"letterhead": letterhead, "signature": commission_signature}

_BLOCKS: dict[DocType, dict[str, Block]] = {
    DocType.RECEIPT: {**_SHARED, **receipt.BLOCKS},
    DocType.INTERVIEW: {**_SHARED, **interview.BLOCKS},
    DocType.LETTER: {**_SHARED, **letter.BLOCKS},
    DocType.CERTIFICATE: {**_SHARED, **certificate.BLOCKS},
}

# Documents printed bilingually on one page rather than as two versions.
_ONE_PAGE_BILINGUAL = {DocType.CERTIFICATE}


def _languages(language: str) -> list[str]:
    if language not in LANGUAGES:
        raise ValueError(f"cannot print in {language!r}; the languages are {', '.join(LANGUAGES)}")
    return language.split("+")


def format_date(value: date | PartialDate | None, lang: str) -> str:
    """A date as written in ``lang``: "2026 жылғы 26 қараша", "26 ноября 2026 г.",
    "26 November 2026" ("kk+ru" gives both, " / " between). A PartialDate may be a
    year or a month and year, and is marked when it is an estimate."""
    parts = []
    for code in _languages(lang):
        words = texts(code)
        if isinstance(value, PartialDate):
            parts.append(words.partial_date(value, unbroken=False))
        else:
            parts.append(words.date(value, unbroken=False))
    return " / ".join(parts)


def _footer(section: Section) -> str:
    t = section.t
    text = t["footer_register"].format(register_number=register_number(section))
    case_number = getattr(section.doc, "case_number", "")
    if case_number:
        text += " · " + t["footer_case"].format(case_number=case_number)
    return text


def _metadata_title(doc: Document, kind: DocType, languages: list[str]) -> str:
    # The kind of document and its register number: never a person's name.
    title = " / ".join(texts(code)["doc_types"][kind] for code in languages)
    if doc.issue.register_number and not doc.issue.preview:
        title += f" {doc.issue.register_number}"
    return title


def render(doc: Document, language: str) -> bytes:
    """The PDF of ``doc`` in ``language`` ("kk", "ru", "en" or "kk+ru")."""
    languages = _languages(language)
    kind = DOC_TYPES.get(type(doc))
    if kind is None:
        raise TypeError(f"cannot print a {type(doc).__name__}")
    register_fonts()
    settings = layout()["documents"][kind]
    blocks = _BLOCKS[kind]
    groups = [tuple(languages)] if kind in _ONE_PAGE_BILINGUAL else [(code,) for code in languages]
    sections = []
    for group in groups:
        section = Section(doc=doc, texts=tuple(texts(code) for code in group), kind=kind,
                          width=frame_width())
        flowables = []
        for name in settings["blocks"]:
            flowables += blocks[name](section)
        marks = PageMarks(texts=section.texts, footer=_footer(section),
                          numbered=settings["footer"], preview=doc.issue.preview,
                          duplicate=doc.issue.duplicate)
        sections.append((marks, flowables))
    return build_pdf(sections, title=_metadata_title(doc, kind, languages), lang=languages[0])


__all__ = ["format_date", "render"]
