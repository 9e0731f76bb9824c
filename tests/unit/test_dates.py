"""Partial and estimated dates, as birth dates and incident dates are known."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.domain.dates import PartialDate, parse_iso_date
from app.domain.errors import ValidationError


@st.composite
def partial_dates(draw) -> PartialDate:
    year = draw(st.integers(1850, 2200))
    month = draw(st.none() | st.integers(1, 12))
    day = None
    if month is not None:
        day = draw(st.none() | st.integers(1, 28))
    return PartialDate(year, month, day, draw(st.booleans()))


@settings(max_examples=300, deadline=None)
@given(partial_dates())
def test_str_and_parse_round_trip(value):
    assert PartialDate.parse(str(value)) == value
    assert PartialDate.parse(f"  {value} ") == value


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=date(1850, 1, 1), max_value=date(2200, 12, 31)))
def test_every_calendar_day_round_trips(day):
    value = PartialDate.from_date(day)
    assert str(value) == day.isoformat()
    assert PartialDate.parse(day.isoformat()).earliest() == day


@pytest.mark.parametrize(("text", "expected"), [
    ("1990", PartialDate(1990)),
    ("1990-05", PartialDate(1990, 5)),
    ("1990-5", PartialDate(1990, 5)),
    ("1990-05-17", PartialDate(1990, 5, 17)),
    ("1990~", PartialDate(1990, estimated=True)),
    ("1990-05-17~", PartialDate(1990, 5, 17, True)),
    ("2024-02-29", PartialDate(2024, 2, 29)),
])
def test_accepted_forms(text, expected):
    assert PartialDate.parse(text) == expected


@pytest.mark.parametrize(("text", "says"), [
    ("2023-02-29", "2023-02 has no day 29"),
    ("1900-02-29", "1900-02 has no day 29"),
    ("1990-13", "month 13 does not exist"),
    ("1990-00-10", "month 0 does not exist"),
    ("1990-04-31", "has no day 31"),
    ("1849", "year 1849 is out of range"),
    ("17.05.1990", "is not a date"),
    ("1990/05/17", "is not a date"),
    ("", "is not a date"),
    ("~", "is not a date"),
    ("about 1990", "is not a date"),
])
def test_refused_forms_say_what_is_wrong(text, says):
    with pytest.raises(ValidationError) as info:
        PartialDate.parse(text)
    assert says in str(info.value)
    assert info.value.errors  # a field → message mapping a form can show


@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=30) | st.from_regex(r"\A\d{4}(-\d{1,2}(-\d{1,2})?)?~?\Z"))
@example("2023-02-29")
@example("9999-99-99")
@example("0000")
@example("١٩٩٠-٠٥")  # Arabic-Indic digits
def test_parse_raises_nothing_but_validation_error(text):
    try:
        value = PartialDate.parse(text)
    except ValidationError as exc:
        assert exc.errors
        return
    assert value.earliest() <= value.latest()


def test_earliest_and_latest_span_what_is_known():
    assert (PartialDate(1990).earliest(), PartialDate(1990).latest()) \
        == (date(1990, 1, 1), date(1990, 12, 31))
    assert (PartialDate(2024, 2).earliest(), PartialDate(2024, 2).latest()) \
        == (date(2024, 2, 1), date(2024, 2, 29))
    assert PartialDate(1990, 5, 17).earliest() == PartialDate(1990, 5, 17).latest()
    assert PartialDate(1990, 5, 17).is_complete and not PartialDate(1990, 5).is_complete


def test_could_be_the_same_day():
    assert PartialDate(1990).could_be(PartialDate(1990, 5, 17))
    assert PartialDate(1990, 5).could_be(PartialDate(1990, 5, 31))
    assert not PartialDate(1990, 5).could_be(PartialDate(1990, 6, 1))
    assert not PartialDate(1990).could_be(PartialDate(1991, 1, 1))
    assert PartialDate(1990).could_be(PartialDate(1991, 1, 1), tolerance_days=1)
    # An estimate stretches a year either way.
    assert PartialDate(1990, estimated=True).could_be(PartialDate(1991, 6, 1))
    assert PartialDate(1991, 6, 1).could_be(PartialDate(1990, estimated=True))
    assert not PartialDate(1990, estimated=True).could_be(PartialDate(1993))


@settings(max_examples=300, deadline=None)
@given(partial_dates(), partial_dates())
def test_could_be_is_symmetric_and_reflexive(a, b):
    assert a.could_be(a)
    assert a.could_be(b) == b.could_be(a)


def test_a_day_without_a_month_is_refused():
    with pytest.raises(ValidationError, match="day without a month"):
        PartialDate(1990, None, 5)


def test_parse_iso_date_names_the_field():
    assert parse_iso_date(" 2026-03-01 ", "served_on") == date(2026, 3, 1)
    with pytest.raises(ValidationError) as info:
        parse_iso_date("01.03.2026", "served_on")
    assert "served_on" in info.value.errors
