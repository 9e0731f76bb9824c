"""Importing an old register (XLSX, CSV): reading messy sheets, the dry run row by row,
and an import that is all or nothing — failed, cancelled or complete.

The workbooks are built here with openpyxl, the way commissions' registers look:
a title merged over the columns, headers in three languages with odd case and
punctuation, a ФИО column, dates typed in several formats next to real date cells,
merged status cells and empty rows.
"""

from __future__ import annotations

import json
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from app.db.audit import verify_chain
from app.db.models import (
    Applicant,
    AuditEntry,
    Case,
    CaseClosure,
    Certificate,
    DuplicateCheck,
    IdentityDocument,
    PersonName,
)
from app.domain.errors import PermissionDenied, ValidationError
from app.services import cases, queries
from app.services import spreadsheet_import as si
from tests.conftest import StoreFixture

TODAY = date.today()
THIS_YEAR = TODAY.year


def write_xlsx(path: Path, rows: list[list], *, merges: tuple[str, ...] = (),
               sheet: str = "Реестр", extra_sheets: tuple[str, ...] = ()) -> Path:
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    for ref in merges:
        ws.merge_cells(ref)
    for name in extra_sheets:
        workbook.create_sheet(name).append(["other"])
    workbook.save(path)
    return path


def counts(fx: StoreFixture) -> dict[str, int]:
    with fx.uow(readonly=True) as uow:
        return {model.__tablename__: uow.session.execute(
            select(func.count()).select_from(model)).scalar_one()
            for model in (Case, Applicant, PersonName, AuditEntry, CaseClosure,
                          IdentityDocument, DuplicateCheck)}


def register_existing(fx: StoreFixture) -> str:
    """A person already in Pana, registered through the services."""
    with fx.uow() as uow:
        return cases.register_petition(uow, fx.officer, cases.PetitionInput(
            names=[cases.NameInput("kk-Cyrl", "Серікұлы", "Ерлан")], sex="male",
            birth_date="1990-05", citizenships=["CHN"])).number


HEADERS = ["  № п/п ", "Ф.И.О.", "ДАТА рождения", "Жынысы", "Citizenship", "Ұлты",
           "Дата  регистрации:", "Статус", "Дата закрытия", "Примечание"]


def messy_rows() -> list[list]:
    """A register with good and bad rows; the spreadsheet rows are noted on the right."""
    return [
        ["Журнал регистрации ходатайств о признании беженцем"],                   # 1 (merged)
        [],                                                                        # 2
        HEADERS,                                                                   # 3
        [1, "Абдуллаев Рустам Каримович", "12.03.1985", "м", "Узбекистан", "узбек",
         datetime(2019, 5, 14), "на рассмотрении", None, "переводчик нужен"],      # 4
        [2, "Серікқызы Айгүл", datetime(1990, 7, 1), "әйел", "Қытай", "қазақ",
         "2019-06-01", "қаралуда", None, None],                                    # 5
        [],                                                                        # 6
        [3, "Smith John", 1979, "M", "AFG", "", "03/15/2020", "withdrawn",
         date(2020, 4, 1), None],                                                  # 7
        [4, "Петров Пётр", "1988", "муж", "РФ", "русский", "21.01.2021",
         "зарегистрировано", None, None],                                          # 8
        [5, "Ким Ольга", "01.01.1992", "ж", "KGZ", "кореянка", "22.01.2021",
         None, None, None],                                                        # 9 (merged status)
    ]


def bad_rows() -> list[list]:
    return [
        [6, "Нуров Азиз", "01.01.1980", "м", "TJK", "", "31.02.2019",
         "на рассмотрении", None, None],                                           # 10 bad date
        [7, "Рахимов Ислам", "01.01.1981", "м", "TJK", "", "01.03.2019",
         "в космосе", None, None],                                                 # 11 unknown status
        [8, None, "01.01.1982", "м", "TJK", "", "02.03.2019",
         "на рассмотрении", None, "фамилия потеряна"],                             # 12 no surname
        [9, "Серікұлы Ерлан", "00.05.1990", "ер", "Китай", "қазақ", "03.03.2019",
         "на рассмотрении", None, None],                                           # 13 duplicate (db)
        [10, "Абдуллаев Рустам Каримович", "12.03.1985", "м", "UZB", "",
         "04.03.2019", "на рассмотрении", None, None],                             # 14 duplicate (file)
        [11, "Юсупов Тимур", "01.01.1983", "м", "TJK", "", "05.03.2019",
         "признан беженцем", None, None],                                          # 15 a decision
    ]


def messy_file(tmp_path: Path, *, bad: bool) -> Path:
    rows = messy_rows() + (bad_rows() if bad else [])
    return write_xlsx(tmp_path / "register.xlsx", rows, merges=("A1:J1", "H8:H9"))


def guessed(sheet: si.Sheet) -> si.ImportPlan:
    return si.ImportPlan(mapping=si.guess_mapping(sheet.headers))


# ---------------------------------------------------------------------------
# reading


def test_a_messy_workbook_reads_as_text_with_its_own_row_numbers(tmp_path):
    sheet = si.read_rows(messy_file(tmp_path, bad=False))
    assert sheet.header_row == 3  # the merged title and the empty row are not the header
    assert sheet.headers == [h.strip() for h in HEADERS]
    assert sheet.row_numbers == [4, 5, 7, 8, 9]  # row 6 was empty
    by_row = dict(zip(sheet.row_numbers, sheet.rows, strict=True))
    assert by_row[4][6] == "2019-05-14"  # a real date cell, as an ISO date
    assert by_row[5][2] == "1990-07-01"
    assert by_row[7][2] == "1979"  # a number, without ".0"
    assert by_row[7][8] == "2020-04-01"
    assert by_row[9][7] == "зарегистрировано"  # the merged status cell H8:H9
    assert all(len(row) == len(sheet.headers) for row in sheet.rows)
    assert sheet.name == "Реестр" and sheet.source == "register.xlsx"


def test_sheets_are_listed_and_chosen_by_name(tmp_path):
    path = write_xlsx(tmp_path / "two.xlsx", [["ФИО", "Дата регистрации"], ["Ли Вэй", "2020"]],
                      extra_sheets=("2019",))
    assert si.read_sheet_names(path) == ["Реестр", "2019"]
    assert si.read_rows(path, "2019").rows == []
    with pytest.raises(ValidationError) as caught:
        si.read_rows(path, "2018")
    assert "no sheet “2018”" in caught.value.errors["two.xlsx"]
    (tmp_path / "x.csv").write_text("a;b\n", encoding="utf-8")
    assert si.read_sheet_names(tmp_path / "x.csv") == [""]


def test_the_preview_limit_reads_the_first_rows_only(tmp_path):
    sheet = si.read_rows(messy_file(tmp_path, bad=True), limit=2)
    assert sheet.row_numbers == [4, 5] and sheet.truncated


def test_merged_ranges_are_filled_without_the_read_only_parser(tmp_path, monkeypatch):
    """Should openpyxl's parser change, the sheet is loaded whole (small files only)."""
    def changed(worksheet):
        raise AttributeError("_shared_strings")

    monkeypatch.setattr(si, "_read_only_parser", changed)
    sheet = si.read_rows(messy_file(tmp_path, bad=False))
    assert sheet.row_numbers == [4, 5, 7, 8, 9]
    assert sheet.rows[-1][7] == "зарегистрировано"
    monkeypatch.setattr(si, "LOADED_LIMIT", 100)
    with pytest.raises(ValidationError, match="too large to read here"):
        si.read_rows(messy_file(tmp_path, bad=False))


@pytest.mark.parametrize("encoding,delimiter,bom", [
    ("cp1251", ";", b""), ("utf-8", ",", b""), ("utf-8", ";", b"\xef\xbb\xbf"),
    ("utf-8", "\t", b"\xef\xbb\xbf"), ("utf-16", "\t", b"")])
def test_csv_in_the_encodings_and_delimiters_excel_writes(tmp_path, encoding, delimiter, bom):
    text = delimiter.join(["ФИО", "Дата рождения", "Гражданство", "Дата регистрации"]) + "\r\n"
    text += delimiter.join(["Ахмедов Ахмед", "01.02.1980", "Афганистан", "15.03.2021"]) + "\r\n"
    text += "\r\n"
    text += delimiter.join(['"Ли, Вэй"', "1975", "КНР", "16.03.2021"]) + "\r\n"
    path = tmp_path / "register.csv"
    path.write_bytes(bom + text.encode(encoding))
    sheet = si.read_rows(path)
    assert sheet.headers == ["ФИО", "Дата рождения", "Гражданство", "Дата регистрации"]
    assert sheet.row_numbers == [2, 4]
    assert sheet.rows[1][0] == "Ли, Вэй"
    assert si.guess_mapping(sheet.headers) == {0: "full_name", 1: "birth_date",
                                               2: "citizenship", 3: "registered_on"}


@pytest.mark.parametrize("content,name,expected", [
    (b"\xd0\xcf\x11\xe0" + bytes(100), "old.xls", "old Excel workbook"),
    (b"not a zip at all", "fake.xlsx", "not an XLSX workbook"),
    (b"PK\x03\x04" + bytes(60), "broken.xlsx", "not a readable XLSX workbook"),
    (b"%PDF-1.4", "scan.pdf", "not “.pdf” files"),
    (b"a;b\n\x00\x00;c\n", "nul.csv", "NUL characters"),
    (b"\x98\x98\xff\xfe", "binary.csv", "neither UTF-8 nor Windows-1251"),
])
def test_files_that_are_not_registers_are_refused_in_words(tmp_path, content, name, expected):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError) as caught:
        si.read_rows(path)
    assert expected in caught.value.errors[name]


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = messy_file(tmp_path, bad=False)
    monkeypatch.setattr(si, "MAX_FILE_BYTES", 1000)
    with pytest.raises(ValidationError, match="at most 0 MB can be imported"):
        si.read_rows(path)
    with pytest.raises(ValidationError, match="does not exist"):
        si.read_rows(tmp_path / "missing.xlsx")


def test_a_zip_bomb_is_refused_by_what_its_parts_claim(tmp_path, monkeypatch):
    """A workbook whose one part unpacks to 40 MB of zeros (40 KB on disk); the limit is
    lowered to 30 MB here so that making the bomb stays quick."""
    monkeypatch.setattr(si, "MAX_UNPACKED_BYTES", 30 * 1024 * 1024)
    path = tmp_path / "bomb.xlsx"
    chunk = bytes(1024 * 1024)
    with (zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive,
          archive.open("xl/worksheets/sheet1.xml", "w") as part):
        for _ in range(40):
            part.write(chunk)
    assert path.stat().st_size < 200 * 1024
    with pytest.raises(ValidationError, match="would unpack to 40 MB, more than the 30 MB"):
        si.read_rows(path)


def test_an_entity_bomb_inside_the_workbook_is_refused(tmp_path):
    """A sheet whose XML declares entities that expand a billion times."""
    good = messy_file(tmp_path, bad=False)
    bomb = tmp_path / "laughs.xlsx"
    entities = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    sheet = ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY l0 "ha">' + entities + ']>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row>'
             '</sheetData></worksheet>')
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bomb, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = sheet.encode()
            target.writestr(item, data)
    with pytest.raises(ValidationError, match="not a readable XLSX workbook"):
        si.read_rows(bomb)


def test_a_sheet_merging_millions_of_cells_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(si, "MAX_MERGED_CELLS", 20)
    with pytest.raises(ValidationError, match="merges more cells than Pana fills in"):
        rows = messy_rows()
        rows[2] = [*HEADERS, "Поле"]  # K3, merged over K3:T9 beside the rows' own values
        si.read_rows(write_xlsx(tmp_path / "m.xlsx", rows, merges=("K3:T9",)))


def test_too_many_columns_or_rows_are_refused(tmp_path, monkeypatch):
    wide = write_xlsx(tmp_path / "wide.xlsx", [["ФИО", "Дата регистрации"], ["x"] * 250])
    with pytest.raises(ValidationError, match="beyond column 200"):
        si.read_rows(wide)
    monkeypatch.setattr(si, "MAX_ROWS", 3)
    with pytest.raises(ValidationError, match="more than 3 rows"):
        si.read_rows(messy_file(tmp_path, bad=True))


# ---------------------------------------------------------------------------
# recognising headers and values


@pytest.mark.parametrize("header,field", [
    ("ФИО", "full_name"), ("Ф. И. О.", "full_name"), ("Аты-жөні", "full_name"),
    ("Фамилия, имя, отчество (полностью)", "full_name"), ("FULL NAME", "full_name"),
    ("Фамилия", "surname"), ("Тегі", "surname"), ("Surname", "surname"), ("Имя", "given_names"),
    ("Отчество", "patronymic"), ("ФИО латиницей", "name_latin"),
    ("Дата рождения (дд.мм.гггг)", "birth_date"), ("Туған күні", "birth_date"),
    ("Date of birth", "birth_date"), ("Гражданство", "citizenship"),
    ("Азаматтығы", "citizenship"), ("citizenship ", "citizenship"),
    ("Национальность", "ethnicity"), ("Ұлты", "ethnicity"),
    ("Дата регистрации ходатайства", "registered_on"), ("Тіркелген күні", "registered_on"),
    ("Статус", "status"), ("Мәртебесі", "status"), ("Пол", "sex"), ("Жынысы", "sex"),
    ("№ п/п", "case_number_old"), ("Номер телефона", "phone"), ("Адрес", "address"),
    ("Дата прибытия в РК", "arrived_on"), ("Паспорт №", "passport_number"),
    ("Причина закрытия", "closure_reason"), ("Дата закрытия", "closed_on"),
    ("Исполнитель", "officer"), ("Примечание", "notes"), ("Дата", None), ("", None),
])
def test_headers_in_three_languages_are_recognised(header, field):
    assert si.guess_field(header) == field


def test_a_field_goes_to_its_first_column_only():
    assert si.guess_mapping(["ФИО", "Фамилия", "ФИО", "Статус"]) == {
        0: "full_name", 1: "surname", 3: "status"}


@pytest.mark.parametrize("text,parts", [
    ("Иванов Иван Иванович", ("Иванов", "Иван", "Иванович")),
    ("Серікұлы Ерлан", ("Серікұлы", "Ерлан", "")),
    ("Әбішев Нұрлан Серікұлы", ("Әбішев", "Нұрлан", "Серікұлы")),
    ("Мамедов Али Гасан оглы", ("Мамедов", "Али", "Гасан оглы")),
    ("Хан Мохаммад Карим", ("Хан", "Мохаммад Карим", "")),
    ("  Ли  ", ("Ли", "", "")), ("", ("", "", "")),
])
def test_a_full_name_is_split_surname_first(text, parts):
    assert si.split_full_name(text) == parts


@pytest.mark.parametrize("text,code", [
    ("Китай", "CHN"), ("КНР", "CHN"), ("Қытай", "CHN"), ("China", "CHN"), ("chn", "CHN"),
    ("Афганистан", "AFG"), ("Ауғанстан", "AFG"), ("Өзбекстан", "UZB"), ("Кыргызстан", "KGZ"),
    ("Киргизия", "KGZ"), ("Тәжікстан", "TJK"), ("Туркмения", "TKM"), ("РФ", "RUS"),
    ("Украина", "UKR"), ("Сирия", "SYR"), ("Иран", "IRN"), ("Пакистан", "PAK"),
    ("India", "IND"), ("Моңғолия", "MNG"), ("Қазақстан", "KAZ"), ("гражданин КНР", "CHN"),
    ("Марс", None), ("", None),
])
def test_countries_by_name_in_three_languages_or_by_code(text, code):
    assert si.country_code(text) == code


@pytest.mark.parametrize("text,kind", [
    ("на рассмотрении", "pending"), ("Зарегистрировано", "pending"), ("қаралуда", "pending"),
    ("under examination", "pending"), ("Отозвано", "withdrawn"),
    ("отказ от ходатайства", "withdrawn"), ("кері алынды", "withdrawn"),
    ("неявка", "abandoned"), ("не явился на собеседование", "abandoned"),
    ("Закрыто (отозвано)", "withdrawn"), ("закрыто", "closed"), ("жабылды", "closed"),
    ("признан беженцем", "decided"), ("Отказано", "decided"), ("бас тартылды", "decided"),
    ("refused", "decided"), ("appeal lodged", "decided"), ("назначено собеседование", "stage"),
    ("Подготовка заключения", "stage"), ("в космосе", None),
])
def test_status_words_in_three_languages(text, kind):
    assert si.status_kind(text) == kind


def test_dates_in_the_plans_formats_in_order_and_partial_birth_dates():
    patterns = [si._format_regex(f) for f in ["dd/MM/yyyy", "MM/dd/yyyy", "dd.MM.yy"]]
    assert si.parse_date("03/04/2020", patterns) == date(2020, 4, 3)  # the first format wins
    assert si.parse_date("03/25/2020", patterns) == date(2020, 3, 25)  # only the second fits
    assert si.parse_date("2020-04-03 00:00:00", patterns) == date(2020, 4, 3)  # a date cell
    assert si.parse_date("01.02.85", patterns) == date(1985, 2, 1)
    assert si.parse_date("31/02/2020", patterns) is None
    assert si.parse_date("14.03.2019 г.", [si._format_regex("dd.MM.yyyy")]) == date(2019, 3, 14)
    assert [str(si.parse_birth(t, patterns)) for t in (
        "1985", "05.1985", "00.00.1985", "00.05.1985", "1985~", "1985 г.", "25/12/1985")] == [
        "1985", "1985-05", "1985", "1985-05", "1985~", "1985", "1985-12-25"]
    assert si.parse_birth("1700", patterns) is None
    assert si._format_regex("dd.MM") is None and si._format_regex("dd.MMM.yyyy") is None


# ---------------------------------------------------------------------------
# the dry run


def test_the_dry_run_names_every_failing_row_and_why(store_fixture, tmp_path):
    fx = store_fixture
    existing = register_existing(fx)
    sheet = si.read_rows(messy_file(tmp_path, bad=True))
    before = counts(fx)
    with fx.uow(readonly=True) as uow:
        report = si.dry_run(uow, fx.supervisor, sheet, guessed(sheet))
    assert counts(fx) == before
    assert report.total == 11 and report.ok == 5
    found = [(p.row, p.field) for p in report.problems]
    assert found == [(10, "registered_on"), (11, "status"), (12, "full_name"),
                     (14, "duplicate"), (15, "status")]
    problems = {p.row: p for p in report.problems}
    assert problems[10].column == "Дата  регистрации:"
    assert "“31.02.2019” is not a date in any of the formats dd.MM.yyyy" in problems[10].message
    assert "“в космосе” is not a status" in problems[11].message
    assert "surname is empty" in problems[12].message
    assert "same person as row 4 (A similar name and a matching birth date)" in \
        problems[14].message
    assert "records a decision" in problems[15].message
    assert report.duplicates == [(13, existing)]
    assert report.failing_rows == [10, 11, 12, 13, 14, 15]
    assert not report.can_import


def test_the_dry_run_uses_the_services_validation(store_fixture, tmp_path):
    fx = store_fixture
    path = write_xlsx(tmp_path / "r.xlsx", [
        ["Фамилия", "Имя", "Дата рождения", "Дата регистрации", "Дата прибытия", "Телефон",
         "Гражданство", "Пол", "Исполнитель"],
        ["Ахмедов", "Ахмед", "01.01.2090", "01.02.2020", "05.02.2020", "call me", "Марс",
         "робот", "nobody"],
        ["А" * 250, "Б", "", (TODAY + timedelta(days=3)).strftime("%d.%m.%Y"), "", "", "", "",
         "officer"],
    ])
    sheet = si.read_rows(path)
    with fx.uow(readonly=True) as uow:
        report = si.dry_run(uow, fx.supervisor, sheet, guessed(sheet))
    by_field = {(p.row, p.field): str(p.message) for p in report.problems}
    assert by_field[(2, "birth_date")] == "a birth date cannot be in the future."
    assert "the arrival date cannot be after" in by_field[(2, "arrived_on")]
    assert "is not a phone number" in by_field[(2, "phone")]
    assert "“Марс” is not a country" in by_field[(2, "citizenship")]
    assert "“робот” is not a sex" in by_field[(2, "sex")]
    assert "“nobody” is not an active officer" in by_field[(2, "officer")]
    assert "is too long (250 characters)" in by_field[(3, "surname")]
    assert "cannot be in the future" in by_field[(3, "registered_on")]
    assert report.ok == 0


def test_a_plan_that_cannot_work_is_refused_as_a_whole(store_fixture, tmp_path):
    fx = store_fixture
    sheet = si.read_rows(messy_file(tmp_path, bad=False))
    with fx.uow(readonly=True) as uow, pytest.raises(ValidationError) as caught:
        si.dry_run(uow, fx.supervisor, sheet, si.ImportPlan(
            mapping={1: "full_name", 2: "full_name"}, date_formats=["dd.MM"]))
    assert set(caught.value.errors) == {"mapping: columns", "mapping: registered_on",
                                        "mapping: date_formats"}


@pytest.mark.parametrize("role", ["officer", "clerk", "admin"])
def test_only_a_supervisor_imports_a_register(store_fixture, tmp_path, role):
    """Import needs IMPORT_CASES (supervisor, admin) and REGISTER_PETITION (officer,
    supervisor): every row registers a petition and is checked for duplicates."""
    fx = store_fixture
    sheet = si.read_rows(messy_file(tmp_path, bad=False))
    with pytest.raises(PermissionDenied), fx.uow(readonly=True) as uow:
        si.dry_run(uow, getattr(fx, role), sheet, guessed(sheet))
    with pytest.raises(PermissionDenied):
        si.run_import(fx.store, getattr(fx, role), sheet, guessed(sheet))
    assert counts(fx)["cases"] == 0


# ---------------------------------------------------------------------------
# the import: all or nothing


def test_a_file_with_failing_rows_writes_nothing(store_fixture, tmp_path):
    fx = store_fixture
    register_existing(fx)
    sheet = si.read_rows(messy_file(tmp_path, bad=True))
    before = counts(fx)
    calls = []
    report = si.run_import(fx.store, fx.supervisor, sheet, guessed(sheet),
                           progress=lambda done, total: calls.append((done, total)))
    assert report.imported == 0 and report.numbers == [] and not report.cancelled
    assert report.dry_run.failing_rows == [10, 11, 12, 13, 14, 15]
    assert counts(fx) == before
    assert calls[-1] == (11, 22)  # every row checked; none written
    with fx.uow(readonly=True) as uow:
        assert verify_chain(uow.session, uow.audit_key).ok


MORE_NAMES = ["Алимов Бахтияр", "Валиева Гульнара", "Давлетов Ержан", "Жумабаев Зайнулла",
              "Исмаилова Камила", "Латипов Мурат", "Назарова Ойдин", "Пулатов Рашид"]


@pytest.mark.parametrize("stop_after", [3, 14])  # while checking; while writing
def test_a_cancelled_import_writes_nothing(store_fixture, tmp_path, monkeypatch, stop_after):
    fx = store_fixture
    monkeypatch.setattr(si, "INSERT_BATCH", 2)  # so the writing has steps to stop between
    rows = messy_rows()
    rows += [[20 + i, name, f"0{i + 1}.01.1970", "м", "UZB", "", f"1{i}.02.2022",
              "на рассмотрении", None, None] for i, name in enumerate(MORE_NAMES)]
    sheet = si.read_rows(write_xlsx(tmp_path / "r.xlsx", rows))
    before = counts(fx)
    progress: list[int] = []
    report = si.run_import(fx.store, fx.supervisor, sheet, guessed(sheet),
                           progress=lambda done, total: progress.append(done),
                           cancelled=lambda: len(progress) >= stop_after)
    assert report.cancelled and report.imported == 0 and report.numbers == []
    assert counts(fx) == before
    assert max(progress) >= stop_after - 1


def test_a_good_file_imports_every_row_with_its_values(store_fixture, tmp_path):
    fx = store_fixture
    sheet = si.read_rows(messy_file(tmp_path, bad=False))
    before = counts(fx)
    report = si.run_import(fx.store, fx.supervisor, sheet, guessed(sheet))
    assert report.imported == 5 and not report.cancelled and report.dry_run.can_import
    # Numbers in order of registration within each year, as if registered then.
    assert report.numbers == ["AQM-2019-00001", "AQM-2019-00002", "AQM-2020-00001",
                              "AQM-2021-00001", "AQM-2021-00002"]
    after = counts(fx)
    assert after["cases"] - before["cases"] == 5
    assert after["audit_log"] - before["audit_log"] == 5  # one "case.import" per case
    assert after["case_closures"] - before["case_closures"] == 1
    with fx.uow(readonly=True) as uow:
        session = uow.session
        first = session.execute(select(Case).where(Case.number == "AQM-2019-00001")).scalar_one()
        assert first.status == "registered" and first.registered_on == date(2019, 5, 14)
        assert first.notes == "№ 1\nпереводчик нужен"
        assert first.assigned_officer_id == fx.supervisor.user_id
        assert first.decision_due_on > first.registered_on
        applicant = first.applicant
        assert (applicant.sex, applicant.citizenships, applicant.ethnicity) == (
            "male", "UZB", "узбек")
        assert (applicant.birth_year, applicant.birth_month, applicant.birth_day) == (1985, 3, 12)
        name = applicant.names[0]
        assert (name.script, name.surname, name.given_names, name.patronymic) == (
            "ru-Cyrl", "Абдуллаев", "Рустам", "Каримович")
        second = session.execute(select(Case).where(Case.number == "AQM-2019-00002")
                                 ).scalar_one()
        assert second.applicant.names[0].script == "kk-Cyrl"
        assert second.applicant.sex == "female" and second.applicant.citizenships == "CHN"
        withdrawn = session.execute(select(Case).where(Case.number == "AQM-2020-00001")
                                    ).scalar_one()
        assert withdrawn.status == "closed" and withdrawn.closure_reason == "withdrawn"
        assert withdrawn.closed_on == date(2020, 4, 1)
        assert withdrawn.registered_on == date(2020, 3, 15)  # MM/dd/yyyy, the 4th format
        assert withdrawn.applicant.names[0].script == "Latn"
        assert withdrawn.applicant.birth_year == 1979 and withdrawn.applicant.birth_month is None
        closure = session.execute(select(CaseClosure).where(
            CaseClosure.case_id == withdrawn.id)).scalar_one()
        assert (closure.action, closure.reason, closure.note) == ("close", "withdrawn",
                                                                  "withdrawn")
        merged = session.execute(select(Case).where(Case.number == "AQM-2021-00002")
                                 ).scalar_one()
        assert merged.status == "registered" and merged.applicant.citizenships == "KGZ"
        # No certificate is made up for the imported petitions.
        assert session.execute(select(func.count()).select_from(Certificate)).scalar_one() == 0
        entries = list(session.execute(select(AuditEntry).where(
            AuditEntry.action == "case.import").order_by(AuditEntry.seq)).scalars())
        assert [json.loads(e.new_values)["row"] for e in entries] == [4, 5, 7, 8, 9]
        assert json.loads(entries[0].new_values)["source"] == "register.xlsx"
        assert verify_chain(session, uow.audit_key).ok
    with fx.uow(readonly=True) as uow:
        found = queries.list_cases(uow, fx.supervisor, queries.CaseFilter(search="Абдуллаев"))
        assert [c.number for c in found] == ["AQM-2019-00001"]
        assert [c.number for c in queries.list_cases(
            uow, fx.supervisor, queries.CaseFilter(search="Serikkyzy"))] == ["AQM-2019-00002"]


def test_an_imported_person_is_a_duplicate_for_the_next_petition(store_fixture, tmp_path):
    fx = store_fixture
    sheet = si.read_rows(messy_file(tmp_path, bad=False))
    report = si.run_import(fx.store, fx.supervisor, sheet, guessed(sheet))
    again = si.read_rows(messy_file(tmp_path, bad=False))
    with fx.uow(readonly=True) as uow:
        second = si.dry_run(uow, fx.supervisor, again, guessed(again))
    assert [number for _row, number in second.duplicates] == report.numbers
    from app.services import duplicates

    with fx.uow(readonly=True) as uow:
        found = duplicates.find_possible_duplicates(uow, fx.officer, ["Абдуллаев Рустам Каримович"],
                                                    "1985-03-12")
    assert [c.case_number for c in found] == ["AQM-2019-00001"]


def test_existing_people_are_found_exactly_as_before_a_new_petition(store_fixture):
    """The batched search of the import gives what ``find_possible_duplicates`` gives."""
    from app.domain.dates import PartialDate
    from app.domain.duplicates import PersonKeys
    from app.services import duplicates

    fx = store_fixture
    with fx.uow() as uow:
        first = cases.register_petition(uow, fx.officer, cases.PetitionInput(
            names=[cases.NameInput("kk-Cyrl", "Серікұлы", "Ерлан"),
                   cases.NameInput("Latn", "Serikuly", "Erlan")],
            birth_date="1990-05"), documents=[cases.DocumentInput("passport", "E 1234567")]
        ).number
    with fx.uow() as uow:
        cases.add_family_member(uow, fx.officer, first, cases.FamilyMemberInput(
            names=[cases.NameInput("kk-Cyrl", "Серікқызы", "Айгүл")], relation="sibling",
            birth_date="1995~"))
    for surname, born in (("Серикулы", "1991-01-02"), ("Сериков", ""), ("Ахмедов", "1980")):
        with fx.uow() as uow:
            cases.register_petition(uow, fx.officer, cases.PetitionInput(
                names=[cases.NameInput("ru-Cyrl", surname, "Ерлан")], birth_date=born))
    probes = [(["Серікұлы Ерлан"], "1990-05-20", []), (["Serikuly Erlan"], "", []),
              (["Серікқызы Айгүл"], "1996", []), (["Иванов Иван"], "", ["E1234567"]),
              (["Ерлан Серикулы"], "1991", []), (["Ахмедов Ерлан"], "1980-01-01", []),
              (["Никто Нигде"], "", [])]
    found = []
    with fx.uow(readonly=True) as uow:
        batched = si._ExistingPeople(uow.session)
        for names, born, documents in probes:
            birth = PartialDate.parse(born) if born else None
            expected = duplicates.find_possible_duplicates(uow, fx.supervisor, names, born,
                                                           documents)
            assert batched.find(PersonKeys.build(names, birth, documents)) == expected
            assert batched.find(PersonKeys.build(names, birth, documents)) == expected  # cached
            found.append(len(expected))
    assert found == [1, 2, 1, 1, 1, 1, 0]


def test_confirmed_rows_import_and_record_the_answer(store_fixture, tmp_path):
    fx = store_fixture
    existing = register_existing(fx)
    rows = [HEADERS, ["№ 9", "Серікұлы Ерлан", "00.05.1990", "ер", "Китай", "қазақ",
                      "03.03.2019", "на рассмотрении", None, None]]
    sheet = si.read_rows(write_xlsx(tmp_path / "r.xlsx", rows))
    plan = guessed(sheet)
    refused = si.run_import(fx.store, fx.supervisor, sheet, plan)
    assert refused.imported == 0 and refused.dry_run.unconfirmed_duplicates == [(2, existing)]
    plan.distinct_rows = [2]
    report = si.run_import(fx.store, fx.supervisor, sheet, plan)
    assert report.imported == 1
    with fx.uow(readonly=True) as uow:
        imported = uow.session.execute(select(Case).where(Case.number == report.numbers[0])
                                       ).scalar_one()
        assert imported.notes == "№ 9"  # not "№ № 9"
        check = uow.session.execute(select(DuplicateCheck)).scalar_one()
        assert check.decided_by_id == fx.supervisor.user_id
        assert uow.session.get(Case, check.candidate_case_id).number == existing


def test_a_petition_registered_during_the_check_is_seen_before_writing(store_fixture, tmp_path):
    """The rows are checked in a read transaction; if anybody saved meanwhile, they are
    checked again under the write lock, so a person registered in between is found."""
    fx = store_fixture
    rows = [HEADERS, [9, "Серікұлы Ерлан", "00.05.1990", "ер", "Китай", "қазақ", "03.03.2019",
                      "на рассмотрении", None, None]]
    sheet = si.read_rows(write_xlsx(tmp_path / "r.xlsx", rows))
    registered: list[str] = []

    def progress(done: int, total: int) -> None:
        if not registered:
            registered.append(register_existing(fx))

    report = si.run_import(fx.store, fx.supervisor, sheet, guessed(sheet), progress=progress)
    assert report.imported == 0
    assert report.dry_run.duplicates == [(2, registered[0])]
    assert counts(fx)["cases"] == 1


# ---------------------------------------------------------------------------
# the mapping file


def test_a_mapping_file_names_columns_by_header_or_letter(store_fixture, tmp_path):
    fx = store_fixture
    sheet = si.read_rows(messy_file(tmp_path, bad=False))
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({
        "sheet": "Реестр", "columns": {"ф.и.о.": "full_name", "c": "birth_date",
                                       "Дата регистрации": "registered_on", "H": "status",
                                       "I": "closed_on", "Примечание": None},
        "date_formats": ["MM/dd/yyyy", "dd.MM.yyyy"]}, ensure_ascii=False), encoding="utf-8")
    plan = si.load_mapping(mapping)
    assert plan.sheet == "Реестр" and plan.date_formats == ["MM/dd/yyyy", "dd.MM.yyyy"]
    resolved = si.resolve_plan(plan, sheet)
    assert resolved.mapping == {1: "full_name", 2: "birth_date", 6: "registered_on",
                                7: "status", 8: "closed_on"}
    with fx.uow(readonly=True) as uow:
        report = si.dry_run(uow, fx.supervisor, sheet, plan)
    assert report.ok == 5
    # Saved and loaded again: the same plan.
    si.save_mapping(resolved, tmp_path / "saved.json", headers=sheet.headers)
    saved = json.loads((tmp_path / "saved.json").read_text(encoding="utf-8"))
    assert saved["columns"] == {"Ф.И.О.": "full_name", "ДАТА рождения": "birth_date",
                                "Дата  регистрации:": "registered_on", "Статус": "status",
                                "Дата закрытия": "closed_on"}
    assert si.resolve_plan(si.load_mapping(tmp_path / "saved.json"), sheet).mapping == \
        resolved.mapping


@pytest.mark.parametrize("document,expected", [
    ([], "one JSON object"),
    ({"columns": {}}, "needs “columns”"),
    ({"columns": {"A": "nonsense"}}, "“nonsense” (for column “A”) is not a field"),
    ({"columns": {"A": "full_name"}, "colour": 1}, "keys Pana does not know: colour"),
    ({"columns": {"A": "full_name", "B": "registered_on"}, "date_formats": ["dd.MM"]},
     "“dd.MM” is not a date format"),
    ({"columns": {"A": "full_name"}}, "no column holds the date of registration"),
    ({"columns": {"A": "full_name", "B": "registered_on"}, "distinct_rows": ["2"]},
     "list of row numbers"),
])
def test_a_broken_mapping_file_is_refused_in_words(tmp_path, document, expected):
    path = tmp_path / "mapping.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        si.load_mapping(path)
    assert expected in " ".join(caught.value.errors.values())


def test_a_mapping_naming_a_missing_column_is_refused(tmp_path):
    sheet = si.read_rows(messy_file(tmp_path, bad=False))
    plan = si.ImportPlan(columns={"Фамилия": "surname", "ZZ": "registered_on"})
    with pytest.raises(ValidationError) as caught:
        si.resolve_plan(plan, sheet)
    assert set(caught.value.errors) == {"mapping: Фамилия", "mapping: ZZ"}
    assert "no column “Фамилия”" in caught.value.errors["mapping: Фамилия"]
