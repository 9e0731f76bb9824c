"""Every field validator of the domain, fed anything: a clean value or a ValidationError
naming the field, never another exception (1,000 examples each).

``tests/unit/test_validation.py`` fuzzes ``text``, country and language codes and case
numbers with ordinary strings; these add wrong types, huge values, the corpus of
``tests/reliability/nasty.py`` and the validators it does not cover.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date

from hypothesis import example, given
from hypothesis import strategies as st

from app.db import search
from app.documents.model import parse_qr_text
from app.domain import validation as v
from app.domain import vocab
from app.domain.dates import PartialDate, parse_iso_date
from app.domain.names import (
    detect_script,
    document_key,
    kazakh_sort_key,
    name_key,
    name_keys,
    to_kazakh_latin,
)
from app.domain.numbering import CaseNumber, looks_like_case_number, validate_region_code
from tests.property.support import (
    ANY_TEXT,
    FUZZ,
    HUGE,
    NASTY,
    NOT_TEXT,
    accepted_or_refused,
    hostile_text,
)
from tests.reliability import nasty

ANYTHING = hostile_text()
FIELD = "applicant.names[0].surname"
#: Bidirectional embeddings, overrides and isolates: a name must not display as another.
BIDI = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
ENUMS = [value for value in vars(vocab).values()
         if isinstance(value, type) and issubclass(value, vocab.StrEnum)
         and value is not vocab.StrEnum]


def _printable_line(cleaned: str) -> bool:
    return not any(unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn", "Zl", "Zp")
                   or ch in BIDI or ch == "\ufeff" for ch in cleaned)


@FUZZ
@given(ANYTHING, st.booleans(), st.sampled_from([1, 64, 200, v.MAX_LINE]))
@example(nasty.NAME_100K, False, 200)
@example(nasty.text("line-separators"), False, 300)
@example(nasty.text("bom"), False, 300)
def test_a_single_line_field_takes_anything(value, required, max_len):
    ok, cleaned = accepted_or_refused(
        lambda: v.text(value, FIELD, required=required, max_len=max_len), [FIELD])
    if not ok:
        return
    assert isinstance(cleaned, str) and len(cleaned) <= max_len
    assert cleaned == cleaned.strip() and unicodedata.is_normalized("NFC", cleaned)
    assert _printable_line(cleaned), ascii(cleaned)
    assert not required or cleaned


@FUZZ
@given(ANYTHING, st.booleans())
@example(nasty.PASTE_10MB, False)
@example("Ali\u2028Zhan\u2029\r\nend", False)
def test_free_text_takes_anything(value, required):
    ok, cleaned = accepted_or_refused(lambda: v.long_text(value, "claim.summary",
                                                          required=required), ["claim.summary"])
    if not ok:
        return
    assert len(cleaned) <= v.MAX_TEXT and "\r" not in cleaned
    assert unicodedata.is_normalized("NFC", cleaned)
    assert _printable_line(cleaned.replace("\n", "").replace("\t", ""))
    assert not required or cleaned.strip()


@FUZZ
@given(st.sampled_from(ENUMS), ANYTHING | st.sampled_from(["female", "passport", "kk-Cyrl"]))
def test_a_choice_takes_anything(enum, value):
    ok, member = accepted_or_refused(lambda: v.choice(value, enum, "applicant.sex"),
                                     ["applicant.sex"])
    assert not ok or isinstance(member, enum)


CODES = st.lists(ANYTHING, max_size=4) | ANYTHING | st.sampled_from(["chn, KAZ", ["kk", "RU"]])


@FUZZ
@given(CODES)
@example([None])
@example(12)
@example([["CHN"]])
def test_country_codes_take_anything(values):
    ok, codes = accepted_or_refused(lambda: v.countries(values, "applicant.citizenships"),
                                    ["applicant.citizenships"])
    assert not ok or all(re.fullmatch("[A-Z]{3}", code) for code in codes)


@FUZZ
@given(CODES)
@example([None])
@example(3.5)
def test_language_codes_take_anything(values):
    ok, codes = accepted_or_refused(lambda: v.languages(values, "applicant.languages"),
                                    ["applicant.languages"])
    assert not ok or all(re.fullmatch("[a-z]{2,3}", code) for code in codes)


@FUZZ
@given(ANYTHING | st.sampled_from(v.DOCUMENT_LANGUAGES))
@example(["kk"])
def test_a_document_language_takes_anything(value):
    ok, language = accepted_or_refused(lambda: v.document_language(value, "case.document_language"),
                                       ["case.document_language"])
    assert not ok or language in v.DOCUMENT_LANGUAGES


@FUZZ
@given(ANYTHING | st.emails() | st.from_regex(r"\A[^@\s]{1,5}@[^@\s]{1,5}\.[a-z]{2}\Z"))
def test_an_email_takes_anything(value):
    ok, email = accepted_or_refused(lambda: v.email(value, "applicant.email"),
                                    ["applicant.email"])
    assert not ok or email == "" or "@" in email


@FUZZ
@given(ANYTHING | st.from_regex(r"\A\+?[0-9 ()\-]{3,30}\Z"))
def test_a_phone_takes_anything(value):
    ok, phone = accepted_or_refused(lambda: v.phone(value, "applicant.phone"),
                                    ["applicant.phone"])
    assert not ok or phone == "" or re.fullmatch(r"[0-9+()\-.\s/]{3,40}", phone)


@FUZZ
@given(ANYTHING | st.integers() | st.floats(allow_nan=True, allow_infinity=True)
       | st.from_regex(r"\A-?[0-9]{1,5000}\Z") | st.decimals(allow_nan=True))
@example("9" * 5000)  # int() refuses more than 4,300 digits
@example(math.inf)
@example(1e300)
def test_a_whole_number_takes_anything(value):
    ok, number = accepted_or_refused(lambda: v.non_negative(value, "proceeding.days"),
                                     ["proceeding.days"])
    assert not ok or (type(number) is int and number >= 0)


@FUZZ
@given(ANYTHING | st.from_regex(r"\A[a-z][a-z0-9._-]{1,70}\Z"))
def test_a_username_takes_anything(value):
    ok, name = accepted_or_refused(lambda: v.username(value), ["username"])
    assert not ok or re.fullmatch(r"[a-z][a-z0-9._-]{1,63}", name)


@FUZZ
@given(ANYTHING, st.sampled_from([v.MIN_PASSWORD, v.DEMO_MIN_PASSWORD]))
@example("\ud800" * 8, v.MIN_PASSWORD)
def test_a_password_takes_anything(value, min_length):
    ok, password = accepted_or_refused(
        lambda: v.password(value, "new_password", min_length=min_length), ["new_password"])
    if ok:
        assert password == value and min_length <= len(password) <= 1024
        password.encode("utf-8")  # the key file derives the slot key from these bytes


@FUZZ
@given(ANY_TEXT | NASTY | HUGE | st.from_regex(r"\A[A-Za-z]{1,6}\Z"))
def test_a_region_code_takes_any_text(value):
    ok, code = accepted_or_refused(lambda: validate_region_code(value), ["region"])
    assert not ok or re.fullmatch("[A-Z]{2,5}", code)


@FUZZ
@given(ANY_TEXT | NASTY | HUGE | st.from_regex(r"\A[A-Za-z]{2,5}-\d{4}(-\d{1,12})?\Z"))
def test_case_numbers_take_any_text(value):
    assert looks_like_case_number(value) in (True, False)
    ok, number = accepted_or_refused(lambda: CaseNumber.parse(value), ["number"])
    assert not ok or CaseNumber.parse(str(number)) == number


@FUZZ
@given(ANY_TEXT | NASTY | HUGE | st.from_regex(r"\A\s*\d{1,5}(-\d{1,3}(-\d{1,3})?)?~?\s*\Z"))
@example("١٩٩٠-٠٥-١٧")  # Arabic-Indic digits match \d
@example("99999-99")
def test_partial_dates_take_any_text(value):
    ok, day = accepted_or_refused(lambda: PartialDate.parse(value), ["date"])
    assert not ok or (day.earliest() <= day.latest() and PartialDate.parse(str(day)) == day)


@FUZZ
@given(ANY_TEXT | NASTY | NOT_TEXT | st.dates().map(date.isoformat))
@example("2026-02-30")
@example("+002026-01-01")
def test_iso_dates_take_anything(value):
    ok, day = accepted_or_refused(lambda: parse_iso_date(value, "served_on"), ["served_on"])
    assert not ok or isinstance(day, date)


@FUZZ
@given(ANY_TEXT | NASTY | st.text(st.characters(codec=None), max_size=400))
@example(nasty.LONE_SURROGATE)
@example("阿" * 3000)
def test_name_keys_take_any_text(value):
    keys = name_keys(value)
    assert "" not in keys and len(keys) == len(set(keys))
    key = name_key(value)
    assert re.fullmatch(r"[a-z0-9 ]*", key) and name_key(key) == key
    assert re.fullmatch("[A-Z0-9]*", document_key(value))
    assert detect_script(value) in {"kk-Cyrl", "ru-Cyrl", "Latn", "Hans", "Arab"}
    assert isinstance(to_kazakh_latin(value), str)
    assert kazakh_sort_key(value) == kazakh_sort_key(value)


@FUZZ
@given(ANY_TEXT | NASTY | HUGE)
@example('"Aliyev')
@example("NEAR(Ali Zhan, 2)")
def test_a_search_query_becomes_plain_words_sqlite_can_take(value):
    found = search.conditions(value)
    if found is None:
        return
    where, params = found
    assert where
    for param in params.values():
        assert isinstance(param, str) and param
        param.encode("utf-8")  # SQLite takes only text that is UTF-8
    match = params.get("search_match")
    if match is not None:
        # Every term is one quoted phrase: FTS5 operators in the query are plain text.
        assert re.fullmatch(r'"([^"]|"")*"( AND "([^"]|"")*")*', match), match


@FUZZ
@given(ANY_TEXT | NASTY | st.from_regex(r"\A(?i:pana):[^:]{0,20}:[^:]{0,20}\Z"))
def test_qr_text_is_read_or_not_recognised(value):
    found = parse_qr_text(value)
    assert found is None or (len(found) == 2 and all(found))
