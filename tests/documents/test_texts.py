"""The texts, countries and layout resources, dates and names as each language writes them."""

from __future__ import annotations

import re
from datetime import date

import pytest
from reportlab.platypus import Paragraph

from app.documents import render as render_module
from app.documents.blocks import styles
from app.documents.fonts import register_fonts
from app.documents.model import NameForm
from app.documents.names import choose_form, name_in, written
from app.documents.render import format_date
from app.documents.texts import countries, fill, layout, texts
from app.domain.dates import PartialDate
from app.domain.vocab import DocType, Ground, LetterKind, Relation, Script, Sex

LANGS = ("kk", "ru", "en")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _leaves(value, path=()):
    if hasattr(value, "items"):
        for key, item in value.items():
            yield from _leaves(item, (*path, key))
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from _leaves(item, (*path, index))
    else:
        yield path, value


def _keys(value, path=()):
    if hasattr(value, "items"):
        for key, item in value.items():
            yield (*path, key)
            yield from _keys(item, (*path, key))


def test_every_language_has_the_same_texts():
    english = set(_keys(texts("en").data))
    for lang in ("kk", "ru"):
        assert set(_keys(texts(lang).data)) == english, lang


def test_templates_take_the_same_placeholders_in_every_language():
    english = {path: set(PLACEHOLDER.findall(value))
               for path, value in _leaves(texts("en").data) if isinstance(value, str)}
    for lang in ("kk", "ru"):
        for path, value in _leaves(texts(lang).data):
            if isinstance(value, str) and path[0] != "count":
                assert set(PLACEHOLDER.findall(value)) == english[path], (lang, path)


@pytest.mark.parametrize("lang", LANGS)
def test_every_template_is_valid_paragraph_markup(lang):
    register_fonts()
    for _path, value in _leaves(texts(lang).data):
        if isinstance(value, str):
            values = {name: "x" for name in PLACEHOLDER.findall(value)}
            Paragraph(fill(value, **values), styles()["body"]).wrap(400, 800)  # raises if bad


@pytest.mark.parametrize("lang", ("kk", "ru"))
def test_kazakh_and_russian_texts_contain_no_latin_words(lang):
    for path, value in _leaves(texts(lang).data):
        if isinstance(value, str) and path[0] not in ("language", "plural_rule"):
            words = PLACEHOLDER.sub("", re.sub(r"<[^>]+>", "", value))
            assert not re.search(r"[A-Za-z]", words), (path, value)


def test_kazakh_texts_use_kazakh_letters():
    everything = " ".join(v for _, v in _leaves(texts("kk").data) if isinstance(v, str))
    for letter in "әғқңөұүіӘҚҰІ":
        assert letter in everything, letter


def test_vocabularies_are_complete():
    for lang in LANGS:
        vocab = texts(lang)["vocab"]
        for kind, enum in (("sex", Sex), ("relation", Relation), ("ground", Ground),
                           ("script", Script)):
            assert set(vocab[kind]) == {member.value for member in enum}, (lang, kind)
        assert set(texts(lang)["letter.titles"]) == {kind.value for kind in LetterKind}
        assert set(texts(lang)["letter.decision"]) == {kind.value for kind in LetterKind}
        assert set(texts(lang)["doc_types"]) == {kind.value for kind in DocType}
        assert len(texts(lang)["months"]) == len(texts(lang)["months_standalone"]) == 12


def test_language_names_cover_the_interview_languages():
    needed = ["kk", "ru", "en", "ug", "zh", "uz", "ky", "tg", "tk", "fa", "ps", "ar", "ur", "mn",
              "uk", "tr", "az"]
    for lang in LANGS:
        assert set(needed) <= set(texts(lang)["languages"]), lang
    assert texts("kk").language_name("ug") == "ұйғыр тілі"
    assert texts("ru").language_name("UG") == "уйгурский"
    assert texts("en").language_name("xx") == "xx"


def test_countries_cover_the_region():
    needed = ["CHN", "AFG", "UZB", "KGZ", "TJK", "TKM", "RUS", "UKR", "BLR", "SYR", "IRN", "IRQ",
              "PAK", "IND", "MNG", "KAZ", "TUR", "AZE", "ARM", "GEO", "YEM", "SOM", "ERI", "ETH",
              "SDN", "PSE", "LBN", "JOR", "EGY", "LBY", "MMR", "BGD", "LKA", "NPL", "PRK", "KOR",
              "VNM", "USA", "DEU", "FRA", "GBR"]
    table = countries()
    for code in needed:
        assert all(table[code][lang].strip() for lang in LANGS), code
    assert texts("kk").country("chn") == "Қытай"
    assert texts("en").country("ZZZ") == "ZZZ"


def test_layout_names_only_blocks_that_exist():
    for kind, blocks in render_module._BLOCKS.items():
        for name in layout()["documents"][kind]["blocks"]:
            assert name in blocks, (kind, name)
    bodies = layout()["documents"]["letter"]["body"]
    assert set(bodies) == {kind.value for kind in LetterKind}


# ---------------------------------------------------------------------------
# dates


@pytest.mark.parametrize(("lang", "written_date"), [
    ("kk", "2026 жылғы 26 қараша"), ("ru", "26 ноября 2026 г."), ("en", "26 November 2026"),
    ("kk+ru", "2026 жылғы 26 қараша / 26 ноября 2026 г.")])
def test_format_date(lang, written_date):
    assert format_date(date(2026, 11, 26), lang) == written_date


def test_every_month_in_every_language():
    kk = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
          "қазан", "қараша", "желтоқсан"]
    ru = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
          "октября", "ноября", "декабря"]
    for month in range(1, 13):
        assert format_date(date(2025, month, 3), "kk") == f"2025 жылғы 3 {kk[month - 1]}"
        assert format_date(date(2025, month, 3), "ru") == f"3 {ru[month - 1]} 2025 г."


@pytest.mark.parametrize(("value", "lang", "written_date"), [
    (PartialDate(1985), "kk", "1985 ж."),
    (PartialDate(1985), "ru", "1985 г."),
    (PartialDate(1985), "en", "1985"),
    (PartialDate(1985, 3), "kk", "1985 жылғы наурыз"),
    (PartialDate(1985, 3), "ru", "март 1985 г."),
    (PartialDate(1985, 3), "en", "March 1985"),
    (PartialDate(1985, 3, 7), "ru", "7 марта 1985 г."),
    (PartialDate(1985, estimated=True), "kk", "1985 ж. (шамамен)"),
    (PartialDate(1985, 3, estimated=True), "ru", "март 1985 г. (приблизительно)"),
    (PartialDate(1985, 3, 7, estimated=True), "en", "7 March 1985 (approximately)"),
])
def test_partial_dates(value, lang, written_date):
    assert format_date(value, lang) == written_date


def test_format_date_refuses_unknown_languages():
    with pytest.raises(ValueError):
        format_date(date(2026, 1, 1), "de")


def test_dates_in_documents_keep_their_parts_together():
    assert texts("ru").date(date(2026, 11, 26)) == "26\u00a0ноября 2026\u00a0г."
    assert texts("kk").date(date(2026, 11, 26)) == "2026\u00a0жылғы 26\u00a0қараша"
    assert texts("ru").partial_date(PartialDate(1985)) == "1985\u00a0г."


@pytest.mark.parametrize(("n", "ru", "ru_within", "en"), [
    (1, "1 месяц", "1 месяца", "1 month"), (2, "2 месяца", "2 месяцев", "2 months"),
    (5, "5 месяцев", "5 месяцев", "5 months"), (11, "11 месяцев", "11 месяцев", "11 months"),
    (21, "21 месяц", "21 месяца", "21 months"), (24, "24 месяца", "24 месяцев", "24 months")])
def test_month_counts(n, ru, ru_within, en):
    assert texts("ru").count("months", n) == ru
    assert texts("ru").count("months_within", n) == ru_within
    assert texts("en").count("months", n) == en
    assert texts("kk").count("months", n) == f"{n} ай"


# ---------------------------------------------------------------------------
# names

FORMS = (NameForm(Script.ARABIC, "قاسىم"), NameForm(Script.CHINESE, "努尔兰", "赛力克"),
         NameForm(Script.LATIN, "Qasymuly", "Serik", "Nurlanuly"),
         NameForm(Script.RUSSIAN_CYRILLIC, "Касымулы", "Серик"),
         NameForm(Script.KAZAKH_CYRILLIC, "Қасымұлы", "Серік"))


def test_each_language_prefers_its_own_script():
    assert name_in(FORMS, "kk") == "Қасымұлы Серік"
    assert name_in(FORMS, "ru") == "Касымулы Серик"
    assert name_in(FORMS, "en") == "Qasymuly Serik Nurlanuly"
    assert name_in(FORMS[:4], "kk") == "Касымулы Серик"
    assert name_in(FORMS[:3], "ru") == "Qasymuly Serik Nurlanuly"
    assert name_in((FORMS[0], FORMS[3], FORMS[4]), "en") == "Касымулы Серик"


def test_chinese_names_have_no_space_and_arabic_is_never_chosen():
    assert written(FORMS[1]) == "努尔兰赛力克"
    assert choose_form(FORMS[:2], "en") == FORMS[1]
    assert choose_form(FORMS[:1], "kk") is None
