"""Field validation: clean values back, or a ValidationError that names the field.

The fuzz tests run 1,000 examples each: whatever a person pastes into a field,
the answer is a cleaned value or a message, never a crash.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.domain import validation as v
from app.domain.errors import ValidationError
from app.domain.numbering import CaseNumber, looks_like_case_number, validate_region_code
from app.domain.vocab import Sex

FUZZ = settings(max_examples=1000, deadline=None)
#: Any code point, surrogates and private use included.
ANY_TEXT = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=60)
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
        "\u2069"]
CONTROLS = ["\x00", "\x07", "\x1b", "\n", "\r", "\t", "\x7f", "\x85"]


def _only_validation_errors(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except ValidationError as exc:
        assert exc.errors, "a ValidationError must name at least one field"
        for field, message in exc.errors.items():
            assert field and message.strip()
        return None


# ---- text


@FUZZ
@given(ANY_TEXT, st.booleans(), st.booleans())
@example("\ud800", False, False)  # a lone surrogate
@example("Ерлан\u202e", False, False)
def test_text_returns_clean_text_or_names_the_field(value, multiline, required):
    cleaned = _only_validation_errors(v.text, value, "applicant.place_of_birth",
                                      multiline=multiline, required=required)
    if cleaned is None:
        return
    assert unicodedata.is_normalized("NFC", cleaned)
    assert len(cleaned) <= v.MAX_LINE
    assert not any(ch in BIDI for ch in cleaned)
    if not multiline:
        assert cleaned == cleaned.strip()
        assert not any(unicodedata.category(ch) == "Cc" for ch in cleaned)
    if required:
        assert cleaned.strip()


@pytest.mark.parametrize("bad", BIDI + CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
def test_single_line_fields_refuse_controls_and_bidi_overrides(bad):
    with pytest.raises(ValidationError) as info:
        v.text(f"Серік{bad}ұлы", "applicant.names[0].surname")
    assert list(info.value.errors) == ["applicant.names[0].surname"]
    assert f"U+{ord(bad):04X}" in info.value.errors["applicant.names[0].surname"]
    assert "applicant.names[0].surname" in str(info.value)


@pytest.mark.parametrize("bad", [*BIDI, "\x00", "\x1b", "\r"], ids=lambda c: f"U+{ord(c):04X}")
def test_multiline_fields_refuse_them_too_but_keep_newlines_and_tabs(bad):
    assert v.long_text("line one\n\tline two\r\nthree", "claim.summary") \
        == "line one\n\tline two\nthree"
    with pytest.raises(ValidationError, match=r"claim\.summary"):
        v.long_text(f"He said {bad}nothing.", "claim.summary")


def test_a_hundred_thousand_character_name_is_refused_with_a_message():
    with pytest.raises(ValidationError) as info:
        v.text("А" * 100_000, "applicant.names[0].surname", max_len=200)
    message = info.value.errors["applicant.names[0].surname"]
    assert "too long" in message and "100,000" in message and "200" in message


def test_nfc_normalisation():
    # Й typed as И + combining breve, é as e + combining acute (as some keyboards do).
    cleaned = v.text("  И\u0306ә e\u0301  ", "applicant.names[0].given_names")
    assert cleaned == "\u0419ә \u00e9"
    assert v.long_text("Ye\u0301rlan\nA\u030a", "claim.summary") == "Y\u00e9rlan\n\u00c5"


def test_required_blank_and_wrong_types():
    with pytest.raises(ValidationError, match="is required"):
        v.text("   ", "court", required=True)
    assert v.text(None, "court") == ""
    with pytest.raises(ValidationError, match="must be text, not int"):
        v.text(42, "court")


# ---- codes


@FUZZ
@given(st.lists(ANY_TEXT, max_size=5) | ANY_TEXT)
@example("chn, kaz KAZ")
@example(["ſſſ"])
def test_countries_are_three_upper_case_letters_or_refused(values):
    codes = _only_validation_errors(v.countries, values, "applicant.citizenships")
    if codes is None:
        return
    assert len(codes) == len(set(codes))
    for code in codes:
        assert len(code) == 3 and code.isascii() and code.isupper() and code.isalpha()


def test_countries_clean_and_deduplicate():
    assert v.countries("chn, kaz  KAZ", "c") == ["CHN", "KAZ"]
    with pytest.raises(ValidationError) as info:
        v.countries(["China"], "applicant.citizenships")
    assert "“China” is not a country code" in info.value.errors["applicant.citizenships"]


@FUZZ
@given(st.lists(ANY_TEXT, max_size=5) | ANY_TEXT)
@example("KK, ru ug")
def test_languages_are_two_or_three_lower_case_letters_or_refused(values):
    codes = _only_validation_errors(v.languages, values, "applicant.languages")
    if codes is None:
        return
    assert len(codes) == len(set(codes))
    for code in codes:
        assert 2 <= len(code) <= 3 and code.isascii() and code.islower() and code.isalpha()


def test_languages_clean_and_refuse_names():
    assert v.languages("KK, ru ug kk", "l") == ["kk", "ru", "ug"]
    with pytest.raises(ValidationError, match="“Kazakh” is not a language code"):
        v.languages(["Kazakh"], "applicant.languages")


@FUZZ
@given(ANY_TEXT | st.from_regex(r"\A[A-Za-z]{2,5}-\d{4}-\d{1,12}\Z"))
@example("AQM-2026-" + "1" * 5000)  # int() refuses more than 4,300 digits
@example("aqm-2026-00042")
@example("AQM-2026-0042")
def test_case_number_parse_raises_nothing_but_validation_error(text):
    number = _only_validation_errors(CaseNumber.parse, text)
    if number is None:
        return
    assert CaseNumber.parse(str(number)) == number
    assert len(str(number)) <= 20  # fits the cases.number column


def test_case_number_format_and_order():
    assert str(CaseNumber.parse(" aqm-2026-00042 ")) == "AQM-2026-00042"
    assert CaseNumber("AQM", 2026, 9) < CaseNumber("AQM", 2026, 10)
    with pytest.raises(ValidationError, match="looks like AQM-2026-00042"):
        CaseNumber.parse("AQM-26-42")
    assert looks_like_case_number("AQM-2026") and looks_like_case_number("aqm-2026-4")
    assert not looks_like_case_number("Serikuly")


def test_region_code():
    assert validate_region_code(" aqm ") == "AQM"
    for bad in ("A", "ABCDEF", "A1", "АКМ"):  # the last one is Cyrillic
        with pytest.raises(ValidationError, match="2 to 5 Latin letters"):
            validate_region_code(bad)


# ---- other fields


@pytest.mark.parametrize(("fn", "good", "bad", "says"), [
    (v.email, "lawyer@adilet.kz", "lawyer at adilet", "is not an e-mail address"),
    (v.phone, "+7 (701) 123-45-67", "call me", "is not a phone number"),
    (v.non_negative, "12", "-1", "cannot be negative"),
    (v.non_negative, 0, "twelve", "is not a whole number"),
])
def test_contact_and_number_fields(fn, good, bad, says):
    assert fn(good, "field") not in (None, "")
    with pytest.raises(ValidationError) as info:
        fn(bad, "field")
    assert says in info.value.errors["field"]


def test_choice_lists_the_allowed_values():
    assert v.choice("female", Sex, "applicant.sex") is Sex.FEMALE
    with pytest.raises(ValidationError) as info:
        v.choice("f", Sex, "applicant.sex")
    assert "female, male, other, unknown" in info.value.errors["applicant.sex"]


def test_usernames_and_passwords():
    assert v.username("officer.2") == "officer.2"
    for bad in ("A", "Officer", "1officer", "of ficer", "офицер"):
        with pytest.raises(ValidationError):
            v.username(bad)
    assert v.password("12345678") == "12345678"
    with pytest.raises(ValidationError, match="at least 8"):
        v.password("1234567")
    with pytest.raises(ValidationError, match="at least 4"):
        v.password("123", min_length=v.DEMO_MIN_PASSWORD)
    with pytest.raises(ValidationError, match="too long"):
        v.password("x" * 1025)


def test_collector_reports_every_field_at_once():
    errors = v.Collector()
    errors.check(v.countries, ["China"], "applicant.citizenships")
    errors.check(v.email, "nope", "applicant.email")
    assert errors.check(v.text, "fine", "applicant.religion") == "fine"
    with pytest.raises(ValidationError) as info:
        errors.raise_if_any()
    assert set(info.value.errors) == {"applicant.citizenships", "applicant.email"}
    assert "applicant.citizenships" in str(info.value) and "applicant.email" in str(info.value)


def test_a_message_with_braces_does_not_break_formatting():
    error = ValidationError({"claim.summary": "contains {braces} and {0}"})
    assert "{braces}" in str(error)
