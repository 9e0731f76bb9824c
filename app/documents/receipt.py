"""The receipt of a petition, which is also the asylum-seeker certificate."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from reportlab.platypus.flowables import HRFlowable, KeepTogether

from app.documents.blocks import (
    Block,
    Section,
    SpacedText,
    brief,
    colour,
    facts_table,
    fill_para,
    grid,
    heading,
    para,
    qr_code,
    register_number,
    size_mm,
)
from app.documents.model import Person, qr_text
from app.documents.names import name_in, printable_forms, written
from app.documents.texts import Markup, fill, safe


def person_rows(section: Section, person: Person) -> list[tuple[str, str]]:
    """Label–value rows naming and describing a person, in the section's language."""
    t = section.t
    chosen = name_in(person.names, t.lang)
    rows = [(t["labels.name"], Markup(f"<b>{safe(chosen or t['empty'])}</b>"))]
    others = [form for form in printable_forms(person.names) if written(form) != chosen]
    if others:
        rows.append((t["labels.other_names"], Markup("<br/>".join(
            fill("{script}: {name}", script=t.vocab("script", form.script), name=written(form))
            for form in others))))
    rows.append((t["labels.born"], safe(t.partial_date(person.born))))
    if person.place_of_birth.strip():
        rows.append((t["labels.place_of_birth"], safe(person.place_of_birth)))
    rows.append((t["labels.citizenship"], safe(t.citizenship(person.citizenships,
                                                              person.stateless))))
    return rows


def _title(section: Section) -> list[Flowable]:
    return [para("title", section.text("receipt.title")),
            para("subtitle", section.text("receipt.subtitle"))]


def _register_line(section: Section) -> list[Flowable]:
    t = section.t
    return [fill_para("centre", t["receipt.register_line"],
                      register_number=register_number(section),
                      issued_on=t.date(section.doc.issue.issued_on))]


def _person_facts(section: Section) -> list[Flowable]:
    doc, t = section.doc, section.t
    rows = [(t["labels.case_number"], safe(doc.case_number)),
            (t["labels.registered_on"], safe(t.date(doc.registered_on))),
            *person_rows(section, doc.applicant),
            (t["labels.certificate_number"], Markup(f"<b>{safe(doc.certificate_number)}</b>")),
            (t["labels.issued_on"], safe(t.date(doc.certificate_issued_on))),
            (t["labels.valid_to"], Markup(f"<b>{safe(t.date(doc.valid_to))}</b>"))]
    return [facts_table(section, rows)]


def _dependants(section: Section) -> list[Flowable]:
    t = section.t
    title = heading(t["receipt.dependants_heading"])
    if not section.doc.dependants:
        return [title, para("plain", t["receipt.dependants_none"])]
    number_w, relation_w, born_w = (size_mm("dependant_number_column"),
                                    size_mm("dependant_relation_column"),
                                    size_mm("dependant_born_column"))
    rows = [[para("table_head", t[f"receipt.column_{key}"])
             for key in ("number", "name", "relation", "born")]]
    for index, dependant in enumerate(section.doc.dependants, start=1):
        rows.append([para("table_cell", str(index)),
                     para("table_cell", safe(name_in(dependant.names, t.lang) or t["empty"])),
                     para("table_cell", safe(t.vocab("relation", dependant.relation))),
                     para("table_cell", safe(t.partial_date(dependant.born)))])
    table = grid(rows, [number_w, section.width - number_w - relation_w - born_w, relation_w,
                        born_w], [
        ("GRID", (0, 0), (-1, -1), 0.4, colour("grid")),
        ("BACKGROUND", (0, 0), (-1, 0), colour("table_header")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ], padded=True, repeatRows=1, splitInRow=1, hAlign="LEFT")
    return [title, table]


def _certifies(section: Section) -> list[Flowable]:
    doc, t = section.doc, section.t
    return [Spacer(1, 3 * mm),
            fill_para("body", t["receipt.certifies"], registered_on=t.date(doc.registered_on),
                      case_number=doc.case_number),
            para("body", t["receipt.carry"])]


def _verification_and_signature(section: Section) -> list[Flowable]:
    """The QR code and the printed code on the left, the commission's signature on the right."""
    doc, t = section.doc, section.t
    qr_size = size_mm("qr")
    left_width = section.width * 0.55
    code = [para("label", t["labels.verification_code"]),
            SpacedText(doc.verification_code, "code"),
            Spacer(1, 1 * mm),
            para("small", t["receipt.check"])]
    verification = grid([[qr_code(qr_text(doc.certificate_number, doc.verification_code),
                                  qr_size), code]],
                        [qr_size + 4 * mm, left_width - qr_size - 4 * mm],
                        [("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    commission = doc.commission
    signature: list[Flowable] = [para("signature_role",
                                      safe(brief(t.pick(commission.signatory_title))))]
    if commission.signatory_name.strip():
        signature.append(para("signature_name", safe(brief(commission.signatory_name))))
    signature += [Spacer(1, 10 * mm),
                  HRFlowable(width="100%", thickness=0.6, color=colour("text"), spaceAfter=1.5),
                  para("signature_hint", t["signature"]),
                  para("small", t["stamp"])]
    table = grid([[verification, signature]], [left_width, section.width - left_width],
                 [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                  ("LEFTPADDING", (1, 0), (1, 0), 8 * mm)])
    return [Spacer(1, 4 * mm), KeepTogether([table])]


BLOCKS: dict[str, Block] = {
    "title": _title,
    "register_line": _register_line,
    "person_facts": _person_facts,
    "dependants": _dependants,
    "certifies": _certifies,
    "verification_and_signature": _verification_and_signature,
}
