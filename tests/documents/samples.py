"""Fictional documents to print in tests and sample renderings.

Every person, place and number here is invented. Builders take keyword
overrides (``dataclasses.replace``) so a test states only what it is about.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime

from app.documents.model import (
    QA,
    CertificateDoc,
    Commission,
    Dependant,
    InterviewRecord,
    Issue,
    Letter,
    NameForm,
    Person,
    Receipt,
    qr_text,
)
from app.domain.dates import PartialDate
from app.domain.vocab import Ground, LetterKind, Relation, Script

ISSUED_ON = date(2026, 11, 26)
REGISTER_NUMBER = "AQM-2026/0417"
CASE_NUMBER = "AQM-2026-00042"
CERTIFICATE_NUMBER = "RC-AQM-2026-00042-1"
RECEIPT_NUMBER = "AS-AQM-2026-00042-1"
CODE = "K7QX29MDHP"

#: The applicant's name as each language's documents print it.
APPLICANT_NAME = {
    "kk": "Қасымұлы Серік Нұрланұлы",
    "ru": "Касымулы Серик Нурланулы",
    "en": "Qasymuly Serik Nurlanuly",
}
CHINESE_NAME = "努尔兰赛力克"
REASONS = ("The applicant's account of his detention in 2024 was inconsistent in dates "
           "and places across the two interviews.\n"
           "The documents submitted could not be verified, and the country information "
           "does not show that persons in his situation are at risk.")


def commission(**changes) -> Commission:
    made = Commission(
        name={"kk": "Ақмола облысы бойынша көші-қон комиссиясы",
              "ru": "Миграционная комиссия по Акмолинской области",
              "en": "Migration Commission of Akmola Region"},
        region_code="AQM",
        address={"kk": "Көкшетау қ., Әуезов к-сі, 17, 020000",
                 "ru": "г. Кокшетау, ул. Ауэзова, 17, 020000",
                 "en": "17 Auezov Street, Kokshetau 020000"},
        signatory_name="Жұмабекова Әйгерім Ғалымқызы",
        signatory_title={"kk": "Комиссия төрағасы", "ru": "Председатель комиссии",
                         "en": "Chair of the commission"},
        appeal_court={"kk": "Көкшетау қаласының мамандандырылған ауданаралық әкімшілік соты",
                      "ru": "Специализированный межрайонный административный суд г. Кокшетау",
                      "en": "Specialised Inter-District Administrative Court of Kokshetau"},
    )
    return replace(made, **changes)


def applicant_names() -> tuple[NameForm, ...]:
    return (
        NameForm(Script.KAZAKH_CYRILLIC, "Қасымұлы", "Серік", "Нұрланұлы"),
        NameForm(Script.RUSSIAN_CYRILLIC, "Касымулы", "Серик", "Нурланулы"),
        NameForm(Script.LATIN, "Qasymuly", "Serik", "Nurlanuly"),
        NameForm(Script.CHINESE, "努尔兰", "赛力克"),
        NameForm(Script.ARABIC, "قاسىمۇلى", "سېرىك"),
    )


def person(**changes) -> Person:
    made = Person(names=applicant_names(), sex="male", born=PartialDate(1988, 4, 17),
                  place_of_birth="Ғұлжа (Құлжа)", citizenships=("CHN",))
    return replace(made, **changes)


def issue(**changes) -> Issue:
    return replace(Issue(issued_on=ISSUED_ON, register_number=REGISTER_NUMBER), **changes)


def dependants() -> tuple[Dependant, ...]:
    return (
        Dependant((NameForm(Script.KAZAKH_CYRILLIC, "Өмірзақова", "Гүлнұр"),
                   NameForm(Script.RUSSIAN_CYRILLIC, "Омирзакова", "Гульнур"),
                   NameForm(Script.LATIN, "Omirzaqova", "Gulnur")),
                  Relation.SPOUSE, PartialDate(1990, 2, 3)),
        Dependant((NameForm(Script.KAZAKH_CYRILLIC, "Серікұлы", "Әлихан"),
                   NameForm(Script.LATIN, "Serikuly", "Alikhan")),
                  Relation.CHILD, PartialDate(2015)),
        Dependant((NameForm(Script.KAZAKH_CYRILLIC, "Серікқызы", "Үміт"),),
                  Relation.CHILD, PartialDate(2019, 3, estimated=True)),
    )


def receipt(**changes) -> Receipt:
    made = Receipt(
        commission=commission(), issue=issue(), case_number=CASE_NUMBER,
        registered_on=date(2026, 11, 20), applicant=person(),
        certificate_number=RECEIPT_NUMBER, certificate_issued_on=ISSUED_ON,
        valid_to=date(2027, 5, 25), verification_code=CODE, dependants=dependants())
    return replace(made, **changes)


def interview(**changes) -> InterviewRecord:
    made = InterviewRecord(
        commission=commission(), issue=issue(), case_number=CASE_NUMBER, applicant=person(),
        started_at=datetime(2026, 11, 24, 9, 5), ended_at=datetime(2026, 11, 24, 11, 40),
        location="Көкшетау, комиссия ғимараты, 3-кабинет", officer="Бекова Дана Маратқызы",
        interpreter="Тұрсынов Ілияс", language="ug", dialect="Іле",
        representative="Сәрсенбаева Һабиба (адвокат)", attendees="",
        entries=(
            QA("Why did you leave your country?",
               "I was detained twice in 2024 and told I would be sent to a camp."),
            QA("Who detained you?", "Local police officers; I do not know their names."),
            QA("What happened to your family?",
               "My wife and children left with me.\nMy brother stayed and was questioned."),
        ))
    return replace(made, **changes)


def letter(kind: LetterKind = LetterKind.REFUSAL, **changes) -> Letter:
    made = Letter(
        commission=commission(), issue=issue(), kind=kind, case_number=CASE_NUMBER,
        registered_on=date(2026, 1, 20), applicant=person(),
        address="Көкшетау қ., Сәтпаев к-сі, 4-үй, 12-пәтер", decided_on=date(2026, 11, 20),
        legal_basis_code="LR-13", legal_basis_title="Law “On Refugees”, article 13: grounds for refusal",
        reasons=REASONS if kind != LetterKind.RECOGNITION else "",
        grounds=(Ground.RELIGION, Ground.POLITICAL_OPINION)
        if kind == LetterKind.RECOGNITION else (),
        valid_from=date(2026, 11, 20) if kind in (LetterKind.RECOGNITION, LetterKind.EXTENSION)
        else None,
        valid_to=date(2027, 11, 19) if kind in (LetterKind.RECOGNITION, LetterKind.EXTENSION)
        else None,
        appeal_months=1, served_on=date(2026, 11, 26), appeal_deadline=date(2026, 12, 28),
        ended_on=date(2026, 12, 1) if kind in (LetterKind.CESSATION, LetterKind.REVOCATION)
        else None)
    return replace(made, **changes)


def photo(width: int = 350, height: int = 450) -> bytes:
    """A plain PNG standing in for a passport photo."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), (214, 222, 232))
    draw = ImageDraw.Draw(image)
    draw.ellipse((width * 0.3, height * 0.18, width * 0.7, height * 0.55), fill=(150, 128, 112))
    draw.rectangle((width * 0.18, height * 0.62, width * 0.82, height), fill=(60, 72, 96))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()


def certificate(**changes) -> CertificateDoc:
    made = CertificateDoc(
        commission=commission(), issue=issue(), number=CERTIFICATE_NUMBER,
        holder=person(), issued_on=ISSUED_ON, valid_to=date(2027, 11, 19),
        verification_code=CODE, qr_text=qr_text(CERTIFICATE_NUMBER, CODE),
        case_number=CASE_NUMBER)
    return replace(made, **changes)


def all_documents() -> dict[str, object]:
    """One of each document type (the letter in every kind), by a readable name."""
    made: dict[str, object] = {"receipt": receipt(), "interview": interview(),
                               "certificate": certificate()}
    for kind in LetterKind:
        made[f"letter-{kind.value}"] = letter(kind)
    return made
