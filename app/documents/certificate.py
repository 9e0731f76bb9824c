"""The refugee certificate: a framed card on an A4 page.

In "kk+ru" it is one page with Kazakh and Russian labels side by side
("Kazakh / Russian") and both titles. The QR code holds only the number and the
verification code (``model.qr_text``), never personal data.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Frame, Spacer
from reportlab.platypus.flowables import HRFlowable, KeepInFrame, _listWrapOn

from app.documents.blocks import (
    Block,
    Section,
    SpacedText,
    brief,
    colour,
    fitted_image,
    grid,
    para,
    qr_code,
)
from app.documents.names import printable_forms, written
from app.documents.texts import Markup, Texts, fill, layout, safe


def _card_settings() -> dict:
    return layout()["documents"]["certificate"]["card"]


def _joined(section: Section, value: Callable[[Texts], str], separator: str = " / ") -> Markup:
    """A value worded in each language of the section, as markup; repeats are dropped."""
    wordings = dict.fromkeys(str(value(t)) for t in section.texts)
    return Markup(separator.join(wordings))


class _Card(Flowable):
    """A framed, tinted card as tall as its content (at least ``min_height``); content
    taller than the page shrinks to fit."""

    def __init__(self, content: list[Flowable], min_height: float, padding: float) -> None:
        super().__init__()
        self.content = content
        self.min_height = min_height
        self.padding = padding

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        _, needed = _listWrapOn(self.content, avail_width - 2 * self.padding, self.canv)
        self.height = min(max(self.min_height, needed + 2 * self.padding), avail_height)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(colour("card_fill"))
        canvas.setStrokeColor(colour("card_border"))
        canvas.setLineWidth(1.8)
        canvas.roundRect(0, 0, self.width, self.height, 4 * mm, stroke=1, fill=1)
        canvas.setLineWidth(0.4)
        inset = 1.6 * mm
        canvas.roundRect(inset, inset, self.width - 2 * inset, self.height - 2 * inset,
                         3 * mm, stroke=1, fill=0)
        canvas.restoreState()
        inner_width = self.width - 2 * self.padding
        inner_height = self.height - 2 * self.padding
        frame = Frame(self.padding, self.padding, inner_width, inner_height, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        # Shrinking (never clipping) keeps a very long name on the card.
        frame.addFromList([KeepInFrame(inner_width, inner_height, self.content, mode="shrink",
                                       vAlign="TOP")], canvas)


def _heading(section: Section, width: float) -> list[Flowable]:
    doc = section.doc
    titles = Markup("<br/>".join(t["certificate.title"] for t in section.texts))
    number = fill(_joined(section, lambda t: t["certificate.number"]), number=doc.number)
    return [para("card_state", _joined(section, lambda t: t["certificate.state"])),
            Spacer(1, 1.5 * mm),
            para("card_title", titles),
            Spacer(1, 1.5 * mm),
            para("card_number", number),
            HRFlowable(width="100%", thickness=0.6, color=colour("card_border"),
                       spaceBefore=1 * mm, spaceAfter=3 * mm)]


def _photo(section: Section) -> Flowable:
    photo_width, photo_height = (size * mm for size in _card_settings()["photo_mm"])
    image = fitted_image(section.doc.holder.photo, photo_width, photo_height)
    cell: Flowable = image if image is not None else para(
        "photo", _joined(section, lambda t: t["certificate.photo"], "<br/>"))
    return grid([[cell]], [photo_width], [
        ("BOX", (0, 0), (-1, -1), 0.6, colour("photo_border")),
        ("BACKGROUND", (0, 0), (-1, -1), "#ffffff"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ], rowHeights=[photo_height])


def _holder_rows(section: Section) -> list[tuple[Markup, Markup, str]]:
    doc = section.doc
    holder = doc.holder
    rows: list[tuple[Markup, Markup, str]] = []
    for form in printable_forms(holder.names):
        label = _joined(section, lambda t, form=form: fill(t["certificate.name_in_script"],
                                                           script=t.vocab("script", form.script)))
        rows.append((label, safe(written(form)), "card_name"))

    def row(key: str, value: Callable[[Texts], str], style: str = "card_value") -> None:
        # Labels side by side, values one language a line: "Kazakh / Russian" label.
        label = _joined(section, lambda t: safe(t[f"labels.{key}"]))
        rows.append((label, _joined(section, lambda t: safe(value(t)), "<br/>"), style))

    row("born", lambda t: t.partial_date(holder.born))
    if holder.place_of_birth.strip():
        rows.append((_joined(section, lambda t: safe(t["labels.place_of_birth"])),
                     safe(holder.place_of_birth), "card_value"))
    row("sex", lambda t: t.vocab("sex", holder.sex))
    row("citizenship", lambda t: t.citizenship(holder.citizenships, holder.stateless))
    row("issued_on", lambda t: t.date(doc.issued_on))
    row("valid_to", lambda t: t.date(doc.valid_to), "card_name")
    row("issued_by", lambda t: t.pick(doc.commission.name))
    return rows


def _holder(section: Section, width: float) -> list[Flowable]:
    settings = _card_settings()
    photo_column = settings["photo_mm"][0] * mm + 5 * mm
    label_width = settings["label_column_mm"] * mm
    value_width = width - photo_column - label_width
    names_heading = para("card_label", _joined(section, lambda t: t["labels.name"]))
    rows = [[names_heading, ""]] + [[para("card_label", label), para(style, value)]
                                     for label, value, style in _holder_rows(section)]
    fields = grid(rows, [label_width, value_width], [
        ("SPAN", (0, 0), (1, 0)),
        ("RIGHTPADDING", (0, 0), (0, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (1, 0), 0.3, colour("grid"))])
    return [grid([[_photo(section), fields]], [photo_column, width - photo_column]),
            Spacer(1, 3 * mm)]


def _signature(section: Section) -> list[Flowable]:
    commission = section.doc.commission
    made: list[Flowable] = [para("card_small", _joined(
        section, lambda t: safe(brief(t.pick(commission.signatory_title)))))]
    if commission.signatory_name.strip():
        made.append(para("card_value",
                         Markup(f"<b>{safe(brief(commission.signatory_name))}</b>")))
    made += [Spacer(1, 9 * mm),
             HRFlowable(width="90%", thickness=0.6, color=colour("text"), hAlign="LEFT",
                        spaceAfter=1),
             para("signature_hint", _joined(section, lambda t: t["signature"])),
             para("card_small", _joined(section, lambda t: t["stamp"]))]
    return made


def _verification(section: Section, width: float) -> list[Flowable]:
    doc = section.doc
    qr_size = _card_settings()["qr_mm"] * mm
    signature_width = width * 0.36
    code_width = width - signature_width - qr_size - 4 * mm
    code = [para("card_label", _joined(section, lambda t: t["labels.verification_code"])),
            SpacedText(doc.verification_code, "code"),
            Spacer(1, 1.5 * mm),
            para("card_small", _joined(section, lambda t: t["certificate.check"], "<br/>"))]
    table = grid([[_signature(section), code, qr_code(doc.qr_text, qr_size)]],
                 [signature_width, code_width, qr_size + 4 * mm], [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (1, 0), (1, 0), 4 * mm), ("LEFTPADDING", (2, 0), (2, 0), 4 * mm)])
    return [HRFlowable(width="100%", thickness=0.4, color=colour("card_border"),
                       spaceBefore=1 * mm, spaceAfter=3 * mm), table]


_CARD_BLOCKS: dict[str, Callable[[Section, float], list[Flowable]]] = {
    "card_heading": _heading,
    "card_holder": _holder,
    "card_verification": _verification,
}


def _card(section: Section) -> list[Flowable]:
    settings = _card_settings()
    padding = settings["padding_mm"] * mm
    inner = section.width - 2 * padding
    content: list[Flowable] = []
    for name in settings["blocks"]:
        content += _CARD_BLOCKS[name](section, inner)
    return [_Card(content, settings["min_height_mm"] * mm, padding)]


BLOCKS: dict[str, Block] = {"card": _card}
