"""The interview record, printed for read-back and signatures."""

from __future__ import annotations

from datetime import datetime

from reportlab.platypus import Flowable

from app.documents.blocks import (
    Block,
    Section,
    facts_table,
    fill_para,
    heading,
    para,
    signature_grid,
    user_paragraphs,
)
from app.documents.names import name_in
from app.documents.texts import Markup, fill, safe


def _time(value: datetime | None, empty: str) -> str:
    return value.strftime("%H:%M") if value is not None else empty


def _title(section: Section) -> list[Flowable]:
    return [para("title", section.t["interview.title"]),
            para("subtitle", section.t["interview.subtitle"])]


def _facts(section: Section) -> list[Flowable]:
    doc, t = section.doc, section.t
    label = lambda key: t[f"interview.labels.{key}"]  # noqa: E731
    when = doc.started_at or doc.ended_at
    language = t.language_name(doc.language)
    if doc.dialect.strip():
        language_value = fill(t["interview.language_with_dialect"], language=language,
                              dialect=doc.dialect.strip())
    else:
        language_value = safe(language)
    rows = [
        (label("case_number"), safe(doc.case_number)),
        (label("applicant"), Markup(f"<b>{safe(name_in(doc.applicant.names, t.lang))}</b>")),
        (label("date"), safe(t.date(when.date() if when else None))),
        (label("started"), safe(_time(doc.started_at, t["empty"]))),
        (label("ended"), safe(_time(doc.ended_at, t["empty"]))),
        (label("place"), safe(doc.location.strip() or t["empty"])),
        (label("officer"), safe(doc.officer.strip() or t["empty"])),
        (label("interpreter"), safe(doc.interpreter.strip() or t["none"])),
        (label("language"), language_value),
        (label("representative"), safe(doc.representative.strip() or t["none"])),
        (label("attendees"), safe(doc.attendees.strip() or t["none"])),
    ]
    return [facts_table(section, rows)]


def _entries(section: Section) -> list[Flowable]:
    t = section.t
    made: list[Flowable] = [heading(t["interview.entries_heading"])]
    if not section.doc.entries:
        made.append(para("plain", t["interview.no_entries"]))
    answer_label = Markup(f"<b>{t['interview.answer']}</b>")
    for number, entry in enumerate(section.doc.entries, start=1):
        # One paragraph per line: a long answer flows over pages instead of being one
        # table cell that cannot split.
        made += user_paragraphs("question", entry.question,
                                first_prefix=fill(t["interview.question"], n=number))
        made += user_paragraphs("answer", entry.answer, first_prefix=answer_label)
    return made


def _interpreter_declaration(section: Section) -> list[Flowable]:
    doc, t = section.doc, section.t
    language = t.language_name(doc.language)
    if doc.interpreter.strip():
        body = fill_para("body", t["interview.interpreter_declaration"],
                         interpreter=doc.interpreter.strip(), language=language,
                         doc_language=t.language_name(t.lang))
    else:
        body = fill_para("body", t["interview.no_interpreter"], language=language)
    return [heading(t["interview.interpreter_heading"]), body]


def _read_back(section: Section) -> list[Flowable]:
    t = section.t
    return [heading(t["interview.read_back_heading"]), para("statement", t["interview.read_back"])]


def _signatures(section: Section) -> list[Flowable]:
    doc, t = section.doc, section.t
    people = [(t["interview.sign_applicant"], name_in(doc.applicant.names, t.lang))]
    if doc.interpreter.strip():
        people.append((t["interview.sign_interpreter"], doc.interpreter.strip()))
    if doc.representative.strip():
        people.append((t["interview.sign_representative"], doc.representative.strip()))
    people.append((t["interview.sign_officer"], doc.officer.strip()))
    # A bare table (no KeepTogether): the read-back statement before it has keepWithNext,
    # and ReportLab only joins the next flowable to it if that is not a container.
    return [signature_grid(section, people)]


BLOCKS: dict[str, Block] = {
    "title": _title,
    "interview_facts": _facts,
    "entries": _entries,
    "interpreter_declaration": _interpreter_declaration,
    "read_back": _read_back,
    "interview_signatures": _signatures,
}
