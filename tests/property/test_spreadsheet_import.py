"""The spreadsheet import fed random registers: any cell contents through ``read_rows``
and ``dry_run`` give a report or a clear refusal (a ``ValidationError`` naming the file
or the mapping), never another exception, and never a write. Damaged workbooks (bytes
flipped, cut short) are refused in words too.

About 200 examples each, a few seconds together: a workbook is written and read in a
few milliseconds, and the dry run shares one database (with one person in it, so that
possible duplicates are looked for against a real case).
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import openpyxl
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import func, select

from app.db.models import Applicant, AuditEntry, Case
from app.domain.errors import ValidationError
from app.services import cases
from app.services import spreadsheet_import as si
from tests.helpers import builders
from tests.property.support import ANY_TEXT, MAX_MESSAGE, NASTY

EXAMPLES = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])

HEADERS = ["ФИО", "Фамилия", "Имя", "Тегі", "Surname", "Аты-жөні", "Дата рождения",
           "Туған күні", "Date of birth", "Гражданство", "Азаматтығы", "Citizenship",
           "Национальность", "Ұлты", "Дата регистрации", "Статус", "Пол", "Жынысы", "№",
           "Дата закрытия", "Причина закрытия", "Исполнитель", "Паспорт", "Телефон",
           "Примечание", "ФИО латиницей"]
#: Values a register holds, so that rows are often accepted and reach the database.
REAL = ["Серікұлы Ерлан", "Иванов Иван Иванович", "Smith John", "Ли", "м", "ж", "әйел",
        "male", "01.02.1990", "1985", "00.05.1990", "2019-03-04", "03/25/2020", "31.02.2019",
        "Китай", "КНР", "AFG", "stateless", "Марс", "на рассмотрении", "отозвано", "закрыто",
        "признан беженцем", "officer", "E1234567", "+7 701 000 0000", "уйгур", "№ 12"]
CELL = st.one_of(
    st.none(), st.sampled_from(REAL), ANY_TEXT, NASTY,
    st.dates(date(1800, 1, 1), date(2100, 12, 31)),
    st.datetimes(datetime(1900, 1, 1), datetime(2100, 1, 1)),
    st.integers(-10**18, 10**18), st.floats(allow_nan=False, allow_infinity=False),
    st.booleans())

#: Values that fit a column, by the field its header names.
FITTING = {
    "full_name": st.sampled_from(["Серікұлы Ерлан", "Иванов Иван Иванович", "Smith John",
                                  "Ахмеди Омид", "Ли Вэй", "Мамедов Али Гасан оглы"]),
    "surname": st.sampled_from(["Серікұлы", "Иванов", "Smith", "Ли"]),
    "registered_on": st.dates(date(1991, 1, 1), date.today())
    | st.sampled_from(["01.02.2019", "2019-03-04", "03/25/2020", "31.02.2019", "2030"]),
    "birth_date": st.dates(date(1900, 1, 1), date(2030, 1, 1))
    | st.sampled_from(["1985", "00.05.1990", "05.1985", "1990~"]),
    "status": st.sampled_from(["на рассмотрении", "отозвано", "закрыто", "неявка", "қаралуда",
                               "признан беженцем", "registered", ""]),
    "citizenship": st.sampled_from(["Китай", "КНР", "AFG", "stateless", "Марс", "UZB, KGZ"]),
    "sex": st.sampled_from(["м", "ж", "әйел", "male", "F", "?"]),
    "closed_on": st.dates(date(1985, 1, 1), date(2030, 1, 1)) | st.none(),
}


@pytest.fixture(scope="module")
def fx(tmp_path_factory, _store_template):
    fixture = builders.open_store_copy(_store_template, tmp_path_factory.mktemp("prop") / "data")
    with fixture.uow() as uow:
        cases.register_petition(uow, fixture.officer, cases.PetitionInput(
            names=[cases.NameInput("kk-Cyrl", "Серікұлы", "Ерлан")], birth_date="1990-05"))
    yield fixture
    fixture.store.close()


def _counts(fx) -> tuple[int, ...]:
    with fx.uow(readonly=True) as uow:
        return tuple(uow.session.execute(select(func.count()).select_from(model)).scalar_one()
                     for model in (Case, Applicant, AuditEntry))


def _xlsx_value(value):
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)  # a workbook cannot hold these at all
    return value


def _write(path, kind: str, rows: list[list], encoding: str, merges: list[str]) -> None:
    if kind == "xlsx":
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        for row in rows:
            sheet.append([_xlsx_value(v) for v in row])
        for ref in merges:
            sheet.merge_cells(ref)
        workbook.save(path)
        return
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if encoding == "cp1251" else ",")
    for row in rows:
        writer.writerow(["" if v is None else si.cell_text(v) if not isinstance(v, str) else v
                         for v in row])
    text = out.getvalue()
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8", errors="surrogatepass")
    path.write_bytes(data)


def _check_report(report: si.DryRun, sheet: si.Sheet) -> None:
    assert report.total == len(sheet.rows) and not report.cancelled
    assert report.ok + len(report.failing_rows) == report.total
    numbers = set(sheet.row_numbers)
    for problem in report.problems:
        assert problem.row in numbers
        assert problem.field in si.FIELDS or problem.field in si.OTHER_PROBLEM_FIELDS
        assert str(problem.message).strip() and len(problem.message) <= MAX_MESSAGE
    assert all(row in numbers for row, _number in report.duplicates)


@EXAMPLES
@given(data=st.data())
def test_random_registers_give_a_report_or_a_refusal_and_write_nothing(fx, tmp_path, data):
    extra = data.draw(st.lists(st.sampled_from(HEADERS) | ANY_TEXT, max_size=4), label="extra")
    if data.draw(st.booleans(), label="usable header"):  # a name and a registration date
        extra = data.draw(st.permutations(["ФИО", "Дата регистрации", *extra]), label="header")
    header = extra or [""]
    width = len(header)
    fields = [si.guess_field(h) for h in header]
    mixed = [st.one_of(FITTING.get(f or "", CELL), CELL) for f in fields]
    clean = [FITTING.get(f, st.none()) if f else CELL for f in fields]
    body = data.draw(st.lists(st.one_of(
        st.tuples(*clean).map(list), st.tuples(*mixed).map(list),
        st.lists(CELL, max_size=width + 1)), max_size=6), label="rows")
    kind = data.draw(st.sampled_from(["xlsx", "csv"]), label="kind")
    encoding = data.draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1251"]), label="encoding")
    merges = data.draw(st.lists(st.sampled_from(["A1:B1", "A2:A4", "B2:C3", "C1:C9"]),
                                max_size=2, unique=True), label="merges")
    path = tmp_path / f"register.{kind}"
    _write(path, kind, [header, *body], encoding, merges if kind == "xlsx" else [])
    before = _counts(fx)
    try:
        sheet = si.read_rows(path)
    except ValidationError as exc:
        assert set(exc.errors) == {path.name}
        event("file refused")
        return
    mapping = si.guess_mapping(sheet.headers)
    if data.draw(st.booleans(), label="own mapping") and sheet.headers:
        keys = data.draw(st.lists(st.sampled_from(sorted(si.FIELDS)),
                                  max_size=len(sheet.headers), unique=True), label="fields")
        if len(sheet.headers) >= 2 and data.draw(st.booleans(), label="usable mapping"):
            keys = ["surname", "registered_on", *(k for k in keys
                                                  if k not in ("surname", "registered_on"))]
            keys = keys[:len(sheet.headers)]
        mapping = dict(enumerate(keys))
    plan = si.ImportPlan(mapping=mapping, date_formats=data.draw(st.lists(
        st.sampled_from([*si.DEFAULT_DATE_FORMATS, "d/M/yy", "yyyy.MM.dd"]), min_size=1,
        max_size=3), label="formats"))
    with fx.uow() as uow:  # a unit of work that could write: the dry run must not
        try:
            report = si.dry_run(uow, fx.supervisor, sheet, plan)
        except ValidationError as exc:
            assert all(key.startswith("mapping") for key in exc.errors), exc.errors
            event("plan refused")
            report = None
        assert not uow.session.new and not uow.session.dirty and not uow.session.deleted
    if report is not None:
        _check_report(report, sheet)
        event("some rows accepted" if report.ok else "every row refused" if report.total
              else "no rows")
        if report.duplicates:
            event("possible duplicate found")
    assert _counts(fx) == before


@pytest.fixture(scope="module")
def workbook_bytes(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("wb") / "register.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["ФИО", "Дата регистрации", "Статус"])
    for i in range(20):
        sheet.append([f"Ахмедов{i} Ахмед", date(2020, 1, 1 + i), "на рассмотрении"])
    sheet.merge_cells("C2:C5")
    workbook.save(path)
    return path.read_bytes()


@settings(EXAMPLES, max_examples=150)
@given(data=st.data())
def test_damaged_workbooks_are_refused_in_words(workbook_bytes, tmp_path, data):
    content = bytearray(workbook_bytes)
    how = data.draw(st.sampled_from(["flip", "cut", "both"]), label="how")
    if how in ("flip", "both"):
        for _ in range(data.draw(st.integers(1, 20), label="flips")):
            at = data.draw(st.integers(0, len(content) - 1), label="at")
            content[at] = data.draw(st.integers(0, 255), label="byte")
    if how in ("cut", "both"):
        content = content[:data.draw(st.integers(0, len(content)), label="length")]
    path = tmp_path / "register.xlsx"
    path.write_bytes(bytes(content))
    try:
        sheet = si.read_rows(path)
    except ValidationError as exc:
        assert set(exc.errors) == {"register.xlsx"}
        assert len(exc.errors["register.xlsx"]) <= MAX_MESSAGE
        event("refused")
        return
    event("read")
    assert all(len(row) == len(sheet.headers) for row in sheet.rows)
