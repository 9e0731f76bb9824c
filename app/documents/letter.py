"""Decision letters: the letter's kind picks its paragraphs (``layout.json``)."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.documents.blocks import (
    Block,
    Section,
    fill_para,
    grid,
    heading,
    lines_markup,
    para,
    register_number,
    user_paragraphs,
)
from app.documents.names import name_in
from app.documents.texts import Markup, safe

Paragraphs = Callable[[Section], list[Flowable]]


def _reference_and_addressee(section: Section) -> list[Flowable]:
    doc, t = section.doc, section.t
    reference = [
        fill_para("reference", t["letter.register_line"], register_number=register_number(section),
                  issued_on=t.date(doc.issue.issued_on)),
        fill_para("reference", t["letter.case_line"], case_number=doc.case_number,
                  registered_on=t.date(doc.registered_on)),
    ]
    addressee = [para("addressee", Markup(f"<b>{safe(name_in(doc.applicant.names, t.lang))}</b>"))]
    if doc.address.strip():
        addressee.append(para("addressee", lines_markup(doc.address)))
    left = section.width * 0.52
    # The row may split over pages: an address as long as a page must not stop the letter.
    table = grid([[reference, addressee]], [left, section.width - left],
                 [("RIGHTPADDING", (0, 0), (0, 0), 8 * mm)], splitInRow=1)
    return [table, Spacer(1, 4 * mm)]


def _title(section: Section) -> list[Flowable]:
    return [para("title", section.t[f"letter.titles.{section.doc.kind}"]), Spacer(1, 3 * mm)]


def _decision(section: Section) -> list[Flowable]:
    doc, t = section.doc, section.t
    return [fill_para("body", t[f"letter.decision.{doc.kind}"], decided_on=t.date(doc.decided_on))]


def _ended(section: Section) -> list[Flowable]:
    doc, t = section.doc, section.t
    if doc.ended_on is None:
        return []
    return [fill_para("body", t["letter.ended"], ended_on=t.date(doc.ended_on))]


def _legal_basis(section: Section) -> list[Flowable]:
    doc = section.doc
    # A default article's title in the letter's language; a title typed by an admin as is.
    title = doc.legal_basis_title.strip()
    title = section.t.data.get("legal_basis_titles", {}).get(title, title)
    parts = [part.strip() for part in (doc.legal_basis_code, title) if part.strip()]
    if not parts:
        return []
    basis = " — ".join(parts).rstrip(".")
    return [fill_para("body", section.t["letter.legal_basis"], basis=basis)]


def _grounds(section: Section) -> list[Flowable]:
    t = section.t
    if not section.doc.grounds:
        return []
    names = t["list_separator"].join(t.vocab("ground", ground) for ground in section.doc.grounds)
    return [fill_para("body", t["letter.grounds"], grounds=names)]


def _validity(section: Section) -> list[Flowable]:
    doc, t = section.doc, section.t
    if doc.valid_to is None:
        return []
    if doc.valid_from is None:
        return [fill_para("body", t["letter.validity_to"], valid_to=t.date(doc.valid_to))]
    return [fill_para("body", t["letter.validity"], valid_from=t.date(doc.valid_from),
                      valid_to=t.date(doc.valid_to))]


def _certificate_issue(section: Section) -> list[Flowable]:
    return [para("body", section.t["letter.certificate_issue"])]


def _rights(section: Section) -> list[Flowable]:
    return [para("body", section.t["letter.rights"])]


def _reasons(section: Section) -> list[Flowable]:
    reasons = section.doc.reasons.strip()
    if not reasons:
        return []
    return [heading(section.t["letter.reasons_heading"]), *user_paragraphs("body", reasons)]


def _appeal_how(section: Section) -> list[Flowable]:
    t = section.t
    court = t.pick(section.doc.commission.appeal_court).strip()
    if court:
        return [fill_para("body", t["letter.appeal_how_court"], court=court)]
    return [para("body", t["letter.appeal_how_default"])]


def _appeal_when(section: Section) -> list[Flowable]:
    doc, t = section.doc, section.t
    values = {"months": t.count("months", doc.appeal_months),
              "months_within": t.count("months_within", doc.appeal_months)}
    if doc.appeal_deadline is None:
        # No date arithmetic here: the service fills in the deadline when it knows it.
        return [fill_para("body", t["letter.appeal_within"], **values)]
    values["deadline"] = Markup(f"<b>{safe(t.date(doc.appeal_deadline))}</b>")
    if doc.served_on is None:
        return [fill_para("body", t["letter.appeal_by"], **values)]
    return [fill_para("body", t["letter.appeal_by_served"], served_on=t.date(doc.served_on),
                      **values)]


def _appeal_stay(section: Section) -> list[Flowable]:
    return [para("body", section.t["letter.appeal_stay"])]


def _legal_aid(section: Section) -> list[Flowable]:
    return [para("body", section.t["letter.legal_aid"])]


_APPEAL: dict[str, Paragraphs] = {
    "appeal_how": _appeal_how,
    "appeal_when": _appeal_when,
    "appeal_stay": _appeal_stay,
    "legal_aid": _legal_aid,
}


def _appeal(section: Section) -> list[Flowable]:
    made: list[Flowable] = [heading(section.t["letter.appeal_heading"])]
    for name in section.settings()["appeal"]:
        made += _APPEAL[name](section)
    return made


_BODY: dict[str, Paragraphs] = {
    "decision": _decision,
    "ended": _ended,
    "legal_basis": _legal_basis,
    "grounds": _grounds,
    "validity": _validity,
    "certificate_issue": _certificate_issue,
    "rights": _rights,
    "reasons": _reasons,
    "appeal": _appeal,
}


def _body(section: Section) -> list[Flowable]:
    made: list[Flowable] = []
    for name in section.settings()["body"][str(section.doc.kind)]:
        made += _BODY[name](section)
    return made


BLOCKS: dict[str, Block] = {
    "reference_and_addressee": _reference_and_addressee,
    "title": _title,
    "letter_body": _body,
}
