"""Every document type in every language, read back from the PDF."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from app.documents.model import LANGUAGES, Issue
from app.documents.render import render
from app.domain.vocab import LetterKind
from tests.documents import pdf, samples

ROOT = Path(__file__).resolve().parents[2]

DOCUMENTS = ["receipt", "interview", "certificate", *(f"letter-{k.value}" for k in LetterKind)]
# Letters of every kind are read back in test_letter_kind_decides_its_paragraphs.
READ_BACK = ["receipt", "interview", "certificate", "letter-refusal", "letter-recognition"]

#: The sample dates as each language writes them (literals, not the renderer's formatter).
DATES = {
    "kk": {"issued": "2026 жылғы 26 қараша", "receipt_registered": "2026 жылғы 20 қараша",
           "receipt_valid": "2027 жылғы 25 мамыр", "born": "1988 жылғы 17 сәуір",
           "decided": "2026 жылғы 20 қараша", "letter_registered": "2026 жылғы 20 қаңтар",
           "deadline": "2026 жылғы 28 желтоқсан", "served": "2026 жылғы 26 қараша",
           "valid_to": "2027 жылғы 19 қараша", "ended": "2026 жылғы 1 желтоқсан",
           "interviewed": "2026 жылғы 24 қараша"},
    "ru": {"issued": "26 ноября 2026 г.", "receipt_registered": "20 ноября 2026 г.",
           "receipt_valid": "25 мая 2027 г.", "born": "17 апреля 1988 г.",
           "decided": "20 ноября 2026 г.", "letter_registered": "20 января 2026 г.",
           "deadline": "28 декабря 2026 г.", "served": "26 ноября 2026 г.",
           "valid_to": "19 ноября 2027 г.", "ended": "1 декабря 2026 г.",
           "interviewed": "24 ноября 2026 г."},
    "en": {"issued": "26 November 2026", "receipt_registered": "20 November 2026",
           "receipt_valid": "25 May 2027", "born": "17 April 1988",
           "decided": "20 November 2026", "letter_registered": "20 January 2026",
           "deadline": "28 December 2026", "served": "26 November 2026",
           "valid_to": "19 November 2027", "ended": "1 December 2026",
           "interviewed": "24 November 2026"},
}
SPOUSE = {"kk": "Өмірзақова Гүлнұр", "ru": "Омирзакова Гульнур", "en": "Omirzaqova Gulnur"}
YOUNGEST_BORN = {"kk": "2019 жылғы наурыз (шамамен)", "ru": "март 2019 г. (приблизительно)",
                 "en": "March 2019 (approximately)"}
CHILD_BORN = {"kk": "2015 ж.", "ru": "2015 г.", "en": "2015"}
UYGHUR = {"kk": "ұйғыр тілі", "ru": "уйгурский", "en": "Uyghur"}
CHINA = {"kk": "Қытай", "ru": "Китай", "en": "China"}
APPEAL_HEADING = {"kk": "Шағымдану тәртібі", "ru": "Порядок обжалования", "en": "How to appeal"}
REASONS_HEADING = {"kk": "Шешімнің негіздемесі", "ru": "Обоснование решения",
                   "en": "Reasons for the decision"}
VALIDITY = {"kk": "қолданылу мерзімі: 2026 жылғы 20 қараша – 2027 жылғы 19 қараша",
            "ru": "действителен с 20 ноября 2026 г. по 19 ноября 2027 г.",
            "en": "valid from 20 November 2026 to 19 November 2027"}
GROUNDS = {"kk": "Қудалау негіздері: діни сенімі, саяси нанымы",
           "ru": "Основания преследования: вероисповедание, политические убеждения",
           "en": "Grounds of persecution: religion, political opinion"}
ENDED = {"kk": ("Босқын мәртебесінің қолданылуы аяқталатын күн: "
                "2026 жылғы 1 желтоқсан"),
         "ru": "Действие статуса беженца прекращается с 1 декабря 2026 г.",
         "en": "Your refugee status ends as of 1 December 2026"}
TITLES = {
    "refusal": {"kk": "Босқын мәртебесін беруден бас тарту туралы шешім",
                "ru": "Решение об отказе в присвоении статуса беженца",
                "en": "Decision to refuse refugee status"},
    "recognition": {"kk": "Босқын мәртебесін беру туралы шешім",
                    "ru": "Решение о присвоении статуса беженца",
                    "en": "Decision on recognition as a refugee"},
}
PAGE = {"kk": "{n}-бет, барлығы {total} бет", "ru": "Страница {n} из {total}",
        "en": "Page {n} of {total}"}
PREVIEW = {"kk": "ҮЛГІ — ЖАРАМСЫЗ", "ru": "ОБРАЗЕЦ — НЕДЕЙСТВИТЕЛЕН", "en": "PREVIEW — NOT VALID"}
DUPLICATE = {"kk": "ТЕЛНҰСҚА", "ru": "ДУБЛИКАТ", "en": "DUPLICATE"}


@cache
def printed(name: str, language: str) -> bytes:
    return render(samples.all_documents()[name], language)


@cache
def printed_text(name: str, language: str) -> str:
    return pdf.text(printed(name, language))


def expected_facts(name: str, lang: str) -> list[str]:
    """What a document of this sample must say in one language."""
    d = DATES[lang]
    if name == "receipt":
        return [samples.APPLICANT_NAME[lang], samples.CASE_NUMBER, samples.REGISTER_NUMBER,
                samples.RECEIPT_NUMBER, samples.CODE, d["issued"], d["receipt_registered"],
                d["receipt_valid"], d["born"], SPOUSE[lang], CHILD_BORN[lang],
                YOUNGEST_BORN[lang], CHINA[lang], samples.CHINESE_NAME]
    if name == "interview":
        return [samples.APPLICANT_NAME[lang], samples.CASE_NUMBER, samples.REGISTER_NUMBER,
                d["interviewed"], "09:05", "11:40", "Тұрсынов Ілияс", UYGHUR[lang],
                "Why did you leave your country?", "told I would be sent to a camp",
                "My brother stayed and was questioned."]
    if name == "certificate":
        return [*samples.APPLICANT_NAME.values(), samples.CHINESE_NAME,
                samples.CERTIFICATE_NUMBER, samples.CODE, d["issued"], d["valid_to"],
                d["born"], CHINA[lang]]
    return [samples.APPLICANT_NAME[lang], "Көкшетау қ., Сәтпаев к-сі, 4-үй, 12-пәтер",
            samples.CASE_NUMBER, samples.REGISTER_NUMBER, d["decided"],
            d["letter_registered"]]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", READ_BACK)
def test_document_prints_its_facts_in_the_language(name, language):
    text = printed_text(name, language)
    for lang in language.split("+"):
        for fact in expected_facts(name, lang):
            assert fact in text, f"{fact!r} missing from {name} in {language}"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_font_is_embedded(name, language):
    fonts = pdf.fonts(printed(name, language))
    assert fonts, "no fonts found: the walk over the page resources is broken"
    assert all(fonts.values()), f"not embedded: {[f for f, ok in fonts.items() if not ok]}"


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_other_languages_do_not_leak_into_a_single_language_document(language):
    text = printed_text("letter-refusal", language)
    for other in {"kk", "ru", "en"} - {language}:
        assert TITLES["refusal"][other] not in text
        assert DATES[other]["decided"] not in text


def test_arabic_script_is_never_printed():
    for language in LANGUAGES:
        for name in ("receipt", "certificate"):
            text = printed_text(name, language)
            assert not any("\u0600" <= ch <= "\u06ff" for ch in text), (name, language)


def test_chinese_name_comes_back_and_uses_the_embedded_cjk_font():
    data = printed("certificate", "en")
    assert samples.CHINESE_NAME in pdf.text(data)
    assert any("WenQuanYi" in font for font in pdf.fonts(data))
    # A letter without Chinese text does not carry the CJK font at all.
    assert not any("WenQuanYi" in font for font in pdf.fonts(printed("letter-refusal", "en")))


# ---------------------------------------------------------------------------
# letters: the kind decides the paragraphs


def _full_letter(kind: LetterKind):
    """A letter with every optional field filled, so absent paragraphs are the kind's doing."""
    return samples.letter(kind, reasons=samples.REASONS, valid_from=date(2026, 11, 20),
                          valid_to=date(2027, 11, 19), ended_on=date(2026, 12, 1),
                          grounds=samples.letter(LetterKind.RECOGNITION).grounds)


OUTCOMES = {  # kind: (validity, grounds, reasons, appeal, ended)
    LetterKind.RECOGNITION: (True, True, False, False, False),
    LetterKind.REFUSAL: (False, False, True, True, False),
    LetterKind.EXTENSION: (True, False, False, False, False),
    LetterKind.EXTENSION_REFUSAL: (False, False, True, True, False),
    LetterKind.TERMINATION: (False, False, True, False, False),
    LetterKind.CESSATION: (False, False, True, True, True),
    LetterKind.REVOCATION: (False, False, True, True, True),
}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("kind", list(LetterKind))
def test_letter_kind_decides_its_paragraphs(kind, language):
    text = pdf.text(render(_full_letter(kind), language))
    for fact in expected_facts("letter", language):
        assert fact in text
    validity, grounds, reasons, appeal, ended = OUTCOMES[kind]
    assert (VALIDITY[language] in text) == validity
    assert (GROUNDS[language] in text) == grounds
    assert (REASONS_HEADING[language] in text) == reasons
    assert ("inconsistent in dates and places" in text) == reasons
    assert (APPEAL_HEADING[language] in text) == appeal
    assert (DATES[language]["deadline"] in text) == appeal
    assert (ENDED[language] in text) == ended
    if kind.value in TITLES:
        assert TITLES[kind.value][language] in text


ENGLISH_TITLES = {
    LetterKind.RECOGNITION: "Decision on recognition as a refugee",
    LetterKind.REFUSAL: "Decision to refuse refugee status",
    LetterKind.EXTENSION: "Decision to extend refugee status",
    LetterKind.EXTENSION_REFUSAL: "Decision to refuse the extension of refugee status",
    LetterKind.TERMINATION: "Decision to terminate the examination of the petition",
    LetterKind.CESSATION: "Decision on the cessation of refugee status",
    LetterKind.REVOCATION: "Decision to revoke refugee status",
}


@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_letter_kind_has_its_own_title(kind):
    text = pdf.text(render(_full_letter(kind), "en"))
    assert [title for title in ENGLISH_TITLES.values() if title in text] == [ENGLISH_TITLES[kind]]


APPEAL_WITH_DEADLINE = {
    "kk": "Шағым беру мерзімінің соңғы күні: 2026 жылғы 28 желтоқсан (шешім табыс етілген күннен "
          "бастап 1 ай; шешім табыс етілген күн: 2026 жылғы 26 қараша)",
    "ru": "Жалоба подаётся не позднее 28 декабря 2026 г. (срок обжалования — 1 месяц со дня "
          "вручения решения; решение вручено 26 ноября 2026 г.)",
    "en": "The appeal must be lodged by 28 December 2026 (1 month from service of the decision "
          "on 26 November 2026)",
}
APPEAL_WITHIN = {
    "kk": "Шағым осы шешім Сізге табыс етілген күннен бастап 3 ай ішінде беріледі",
    "ru": "Жалоба подаётся в течение 3 месяцев со дня вручения Вам настоящего решения",
    "en": "The appeal must be lodged within 3 months from the day this decision is served on you",
}
COURT = {"kk": "Көкшетау қаласының мамандандырылған ауданаралық әкімшілік соты",
         "ru": "Специализированный межрайонный административный суд г. Кокшетау",
         "en": "Specialised Inter-District Administrative Court of Kokshetau"}
COMPETENT_COURT = {"kk": "құзыретті сотқа", "ru": "в компетентный суд", "en": "competent court"}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_refusal_gives_the_appeal_deadline_and_the_court(language):
    text = printed_text("letter-refusal", language)
    assert APPEAL_WITH_DEADLINE[language] in text
    assert COURT[language] in text
    assert samples.REASONS.split("\n")[1] in text


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_without_a_known_deadline_the_letter_counts_months_from_service(language):
    letter = samples.letter(LetterKind.REFUSAL, appeal_deadline=None, served_on=None,
                            appeal_months=3, commission=samples.commission(appeal_court={}))
    text = pdf.text(render(letter, language))
    assert APPEAL_WITHIN[language] in text
    assert COMPETENT_COURT[language] in text
    assert DATES[language]["deadline"] not in text


@pytest.mark.parametrize(("months", "words"), [(1, "в течение 1 месяца"),
                                               (2, "в течение 2 месяцев"),
                                               (21, "в течение 21 месяца")])
def test_russian_month_counts_agree_with_the_number(months, words):
    letter = samples.letter(appeal_deadline=None, appeal_months=months)
    assert words in pdf.text(render(letter, "ru"))


def test_known_deadline_without_a_service_date():
    letter = samples.letter(served_on=None)
    assert ("by 28 December 2026 (1 month from service of the decision)"
            in pdf.text(render(letter, "en")))


# ---------------------------------------------------------------------------
# pages, bilingual layout, marks


def _long_letter(**changes):
    paragraph = ("The commission compared each statement with the documents and with the "
                 "country information, and set out below why it could not accept it. ")
    reasons = "\n".join(f"{n}. {paragraph * 3}" for n in range(1, 31))
    return samples.letter(reasons=reasons, **changes)


def test_long_reasons_flow_over_pages_numbered_x_of_y():
    pages = pdf.page_texts(render(_long_letter(), "en"))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert samples.REGISTER_NUMBER in page
    assert "30. The commission compared" in pages[-1] or "30. The commission" in " ".join(pages)
    assert "How to appeal" in " ".join(pages)


def test_bilingual_letter_is_kazakh_then_russian_each_numbered_on_its_own():
    data = render(_long_letter(), "kk+ru")
    pages = pdf.page_texts(data)
    kazakh = [p for p in pages if TITLES["refusal"]["kk"] in p or "-бет, барлығы" in p]
    russian = [p for p in pages if "Страница" in p]
    assert len(kazakh) + len(russian) == len(pages)
    assert pages[: len(kazakh)] == kazakh, "the Kazakh version comes first, whole"
    for number, page in enumerate(kazakh, start=1):
        assert PAGE["kk"].format(n=number, total=len(kazakh)) in page
    for number, page in enumerate(russian, start=1):
        assert PAGE["ru"].format(n=number, total=len(russian)) in page
    assert TITLES["refusal"]["ru"] in russian[0]
    assert "Страница" not in " ".join(kazakh)


def test_bilingual_certificate_is_one_page_with_both_titles_and_labels():
    pages = pdf.page_texts(printed("certificate", "kk+ru"))
    assert len(pages) == 1
    assert "БОСҚЫН КУӘЛІГІ" in pages[0] and "УДОСТОВЕРЕНИЕ БЕЖЕНЦА" in pages[0]
    assert "Туған күні / Дата рождения" in pages[0]


MARKED = ["receipt", "interview", "certificate", "letter-refusal"]
# "kk+ru" marks Kazakh and Russian pages, so with "en" every wording is seen.
MARK_LANGUAGES = ["en", "kk+ru"]


@pytest.mark.parametrize("name", MARKED)
@pytest.mark.parametrize("language", MARK_LANGUAGES)
def test_preview_is_marked_on_every_page_and_has_no_register_number(name, language):
    doc = samples.all_documents()[name]
    preview = replace(doc, issue=Issue(issued_on=samples.ISSUED_ON, register_number=None,
                                       preview=True))
    if name.startswith("letter"):
        preview = replace(preview, reasons=_long_letter().reasons)  # several pages
    data = render(preview, language)
    pages = pdf.page_texts(data)
    for page in pages:
        if language != "kk+ru" or name == "certificate":
            assert all(PREVIEW[lang] in page for lang in language.split("+"))
        else:  # each version is marked in its own language
            assert PREVIEW["ru" if "Страница" in page else "kk"] in page
    assert samples.REGISTER_NUMBER not in pdf.text(data)
    assert PREVIEW["en"] not in printed_text(name, language)


def test_preview_register_line_shows_a_dash():
    doc = samples.letter(issue=Issue(issued_on=samples.ISSUED_ON, preview=True))
    assert "Our ref. No. — Date: 26 November 2026" in pdf.text(render(doc, "en"))


@pytest.mark.parametrize("language", MARK_LANGUAGES)
@pytest.mark.parametrize("name", MARKED)
def test_duplicate_is_marked_on_every_page(name, language):
    doc = replace(samples.all_documents()[name], issue=samples.issue(duplicate=True))
    pages = pdf.page_texts(render(doc, language))
    for page in pages:
        assert any(DUPLICATE[lang] in page for lang in language.split("+"))
    assert not any(DUPLICATE[lang] in printed_text(name, language)
                   for lang in language.split("+"))


# ---------------------------------------------------------------------------
# the same data, the same bytes


@pytest.mark.parametrize("name", DOCUMENTS)
def test_same_data_gives_identical_bytes(name):
    assert render(samples.all_documents()[name], "kk+ru") == printed(name, "kk+ru")


def test_identical_bytes_in_another_python_process():
    script = ("import hashlib, sys\n"
              "from tests.documents import samples\n"
              "from app.documents.render import render\n"
              "sys.stdout.write(hashlib.sha256(render(samples.letter(), 'kk+ru')).hexdigest())\n")
    env = {**os.environ, "PYTHONHASHSEED": "4242"}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60, check=True)
    assert done.stdout == hashlib.sha256(printed("letter-refusal", "kk+ru")).hexdigest()


def test_identical_bytes_from_several_threads_at_once():
    doc = samples.certificate()
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: render(doc, "kk+ru"), range(8)))
    assert set(results) == {printed("certificate", "kk+ru")}


@pytest.mark.parametrize("change", [
    {"case_number": "AQM-2026-00043"},
    {"reasons": samples.REASONS + " One more sentence."},
    {"decided_on": date(2026, 11, 21)},
    {"issue": Issue(issued_on=samples.ISSUED_ON, register_number="AQM-2026/0418")},
    {"applicant": samples.person(names=samples.applicant_names()[1:])},
])
def test_a_changed_field_changes_the_bytes(change):
    assert render(samples.letter(**change), "kk+ru") != printed("letter-refusal", "kk+ru")


def test_metadata_names_the_document_not_the_person():
    meta = pdf.metadata(printed("letter-refusal", "en"))
    assert meta["/Title"] == f"Decision letter {samples.REGISTER_NUMBER}"
    assert meta["/Creator"] == "Pana"
    everything = " ".join(meta.values())
    for name in (*samples.APPLICANT_NAME.values(), "Qasymuly", "Жұмабекова"):
        assert name not in everything
    assert "2026" not in meta.get("/CreationDate", "")


# ---------------------------------------------------------------------------
# interview record


def test_interview_numbers_every_question_in_order_and_long_answers_flow():
    from app.documents.model import QA

    long_answer = "\n".join(f"Part {n}: " + "I remember the road and the checkpoints. " * 12
                            for n in range(1, 25))
    entries = tuple(QA(f"Question about event {n}?", long_answer if n == 2 else f"Answer {n}.")
                    for n in range(1, 6))
    data = render(samples.interview(entries=entries), "en")
    pages = pdf.page_texts(data)
    assert len(pages) >= 3
    text = " ".join(pages)
    positions = [text.index(f"{n}. Question: Question about event {n}?") for n in range(1, 6)]
    assert positions == sorted(positions)
    assert "Part 24:" in text
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_interpreter_declares_the_languages_and_everyone_signs(language):
    text = printed_text("interview", language)
    declaration = {
        "kk": "Мен, Тұрсынов Ілияс, әңгімелесу бойы аударманы адал әрі толық жүзеге асырғанымды "
              "(аударма тілі: ұйғыр тілі; хаттама тілі: қазақ тілі)",
        "ru": "Я, Тұрсынов Ілияс, заявляю, что в ходе всего собеседования добросовестно и полно "
              "осуществлял(а) перевод (язык перевода: уйгурский; язык протокола: русский)",
        "en": "I, Тұрсынов Ілияс, declare that throughout the interview I interpreted faithfully "
              "and completely between Uyghur and English",
    }[language]
    assert declaration in text
    read_back = {"kk": "Хаттама маған өзім түсінетін тілде оқып берілді",
                 "ru": "Протокол прочитан мне на понятном мне языке",
                 "en": "The record was read back to me in a language I understand"}[language]
    assert read_back in text
    for signer in ("Сәрсенбаева Һабиба (адвокат)", "Бекова Дана Маратқызы", "Тұрсынов Ілияс"):
        assert signer in text


def test_interview_without_interpreter_says_none_was_needed():
    text = pdf.text(render(samples.interview(interpreter="", representative=""), "en"))
    assert "No interpreter was needed: the interview was held in Uyghur" in text
    assert "Interpreter's declaration" in text
    signatures = text.split("Applicant's statement")[1]
    assert "Interpreter" not in signatures and "Representative" not in signatures
    assert "Interviewing officer" in signatures


@pytest.mark.parametrize("language, title", [
    ("kk", "«Босқындар туралы» Заң, 13-бап: босқын мәртебесін беруден бас тарту негіздері"),
    ("ru", "Закон «О беженцах», статья 13: основания для отказа в присвоении статуса беженца"),
    ("en", "Law “On Refugees”, article 13: grounds for refusal"),
])
def test_a_default_legal_basis_is_printed_in_the_letters_language(language, title):
    from app.services.settings import DEFAULT_LEGAL_BASES

    english = next(t for code, t, _o in DEFAULT_LEGAL_BASES if code == "LR-13")
    letter = samples.letter(legal_basis_title=english)
    assert pdf.normalise(title) in pdf.text(render(letter, language))


def test_a_legal_basis_title_typed_by_an_admin_is_printed_as_typed():
    letter = samples.letter(legal_basis_title="Приказ № 7 комиссии")
    assert pdf.normalise("LR-13 — Приказ № 7 комиссии") in pdf.text(render(letter, "kk"))


def test_a_date_ending_with_a_full_stop_ends_the_sentence_once():
    text = pdf.text(render(samples.letter(LetterKind.CESSATION, ended_on=date(2026, 12, 1)),
                           "ru"))
    assert "прекращается с 1 декабря 2026 г." in text and "г.." not in text
