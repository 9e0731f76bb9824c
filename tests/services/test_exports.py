"""Exports: tables written as XLSX and CSV and read back, personal columns left out,
formula injection neutralised, files written whole or not at all, every export
audited (counts, never content), refusals, and the registry and register exports
matching what the screens list."""

from __future__ import annotations

import csv
import io
import json
import os
import resource
import signal
import tempfile
import zipfile
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain.errors import PermissionDenied, StoreError
from app.domain.vocab import DocType, label
from app.domain.workflow import PRE_DECISION, CaseStatus, status_label
from app.services import exports, printing, queries
from app.services.cases import NameInput
from app.services.exports import Table, write_table
from app.services.queries import CaseFilter
from tests.helpers import builders
from tests.helpers.builders import audit_count, audit_since

DAY = date(2026, 3, 14)


def sample_table(rows: int = 3) -> Table:
    body = [[f"AQM-2026-{n:05d}", f"Серікұлы Ерлан {n}", "CHN", DAY - timedelta(days=n),
             n * 1.5, datetime(2026, 3, 14, 9, 30, tzinfo=UTC)] for n in range(1, rows + 1)]
    return Table("Cases", ["Number", "Applicant", "Citizenship", "Registered", "Score", "At"],
                 body, sensitive=frozenset({1, 2}))


def read_csv(path: Path, delimiter: str = ",") -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs for UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""),
                           delimiter=delimiter))


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# ---------------------------------------------------------------------------
# writing


def test_xlsx_has_a_bold_frozen_header_real_dates_and_sized_columns(tmp_path):
    path = tmp_path / "cases.xlsx"
    other = Table("By month: [2026]", ["Month", "Registered"], [[date(2026, 1, 1), 4]],
                  formats={0: exports.MONTH})
    assert write_table([sample_table(), other], path, fmt="xlsx",
                       leave_out_sensitive=False) == 4
    book = load_workbook(path)
    assert book.sheetnames == ["Cases", "By month 2026"]
    sheet = book["Cases"]
    header = next(sheet.iter_rows(max_row=1))
    assert [c.value for c in header] == sample_table().headers
    assert all(c.font.b for c in header)
    assert sheet.freeze_panes == "A2"
    first = [c for c in next(sheet.iter_rows(min_row=2, max_row=2))]
    assert first[0].value == "AQM-2026-00001"
    assert first[1].value == "Серікұлы Ерлан 1"
    assert first[3].is_date and first[3].value.date() == DAY - timedelta(days=1)
    assert first[3].number_format == "dd.mm.yyyy"
    assert first[4].value == 1.5 and first[4].data_type == "n"
    assert first[5].is_date and first[5].number_format == "dd.mm.yyyy hh:mm"
    assert first[5].value == datetime(2026, 3, 14, 9, 30, tzinfo=UTC).astimezone().replace(
        tzinfo=None)
    widths = {k: d.width for k, d in sheet.column_dimensions.items()}
    assert widths["B"] > len("Серікұлы Ерлан 1") > widths["C"] > len("Citizenship")
    month = book["By month 2026"]["A2"]
    assert month.is_date and month.number_format == "mm.yyyy"
    assert sheet.max_row == 4
    assert leftovers(tmp_path) == []


def test_csv_is_utf8_with_a_bom_and_takes_a_semicolon(tmp_path):
    comma, semicolon = tmp_path / "comma.csv", tmp_path / "semicolon.csv"
    assert write_table(sample_table(), comma, fmt="csv", leave_out_sensitive=False) == 3
    rows = read_csv(comma)
    assert rows[0] == sample_table().headers
    assert rows[1] == ["AQM-2026-00001", "Серікұлы Ерлан 1", "CHN", "2026-03-13", "1.5",
                       datetime(2026, 3, 14, 9, 30, tzinfo=UTC).astimezone().strftime(
                           "%Y-%m-%d %H:%M")]
    write_table(sample_table(), semicolon, fmt="csv", leave_out_sensitive=False,
                delimiter=";")
    rows = read_csv(semicolon, ";")
    assert rows[2][:5] == ["AQM-2026-00002", "Серікұлы Ерлан 2", "CHN", "2026-03-12", "3,0"]


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_progress_is_reported_as_rows_are_written(tmp_path, monkeypatch, fmt):
    monkeypatch.setattr(exports, "PROGRESS_EVERY", 2)
    heard: list[int] = []
    assert write_table([sample_table(3), sample_table(2)], tmp_path / f"e.{fmt}", fmt=fmt,
                       leave_out_sensitive=False, progress=heard.append) == 5
    assert heard == [2, 4]


def test_several_tables_in_one_csv_follow_each_other_under_their_titles(tmp_path):
    path = tmp_path / "stats.csv"
    write_table([Table("First", ["a", "b"], [[1, 2]]),
                 Table("Months", ["Month"], [[date(2026, 2, 1)]], formats={0: exports.MONTH})],
                path, fmt="csv", leave_out_sensitive=True)
    assert read_csv(path) == [["First"], ["a", "b"], ["1", "2"], [], ["Months"], ["Month"],
                              ["2026-02"]]


def test_personal_columns_are_left_out_on_request(tmp_path):
    for fmt in ("xlsx", "csv"):
        path = tmp_path / f"cases.{fmt}"
        write_table(sample_table(), path, fmt=fmt, leave_out_sensitive=True)
        if fmt == "csv":
            rows = read_csv(path)
        else:
            rows = [[c for c in row] for row in load_workbook(path).active.iter_rows(
                values_only=True)]
        assert rows[0] == ["Number", "Registered", "Score", "At"]
        assert "Серікұлы" not in path.read_bytes().decode("utf-8", "replace")
        if fmt == "xlsx":
            assert all("Серікұлы" not in str(cell) for row in rows for cell in row)
            with zipfile.ZipFile(path) as archive:
                assert all("Серікұлы".encode() not in archive.read(name)
                           for name in archive.namelist())


FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+7 701 000 00 00", "-2+3",
            "@SUM(A1:A2)", "\t=1+1", "\r=1+1"]


def test_cells_that_look_like_formulas_are_written_as_text(tmp_path):
    table = Table("Hostile", ["Text", "Number"],
                  [[text, -5] for text in FORMULAS] + [["plain", 3]])
    csv_path, xlsx_path = tmp_path / "hostile.csv", tmp_path / "hostile.xlsx"
    write_table(table, csv_path, fmt="csv", leave_out_sensitive=False)
    rows = read_csv(csv_path)[1:]
    assert [row[0] for row in rows] == ["'" + text for text in FORMULAS] + ["plain"]
    assert {row[1] for row in rows} == {"-5", "3"}  # numbers stay numbers

    write_table(table, xlsx_path, fmt="xlsx", leave_out_sensitive=False)
    cells = [row[0] for row in load_workbook(xlsx_path).active.iter_rows(min_row=2)]
    # The exact text, stored as a string: a spreadsheet shows it and runs nothing.
    assert [c.value for c in cells][:4] == FORMULAS[:4]
    assert all(c.data_type == "s" for c in cells)
    with zipfile.ZipFile(xlsx_path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet


def test_a_long_table_continues_on_another_sheet(tmp_path, monkeypatch):
    monkeypatch.setattr(exports, "MAX_SHEET_ROWS", 3)
    path = tmp_path / "long.xlsx"
    assert write_table(Table("Cases", ["n"], [[n] for n in range(7)]), path, fmt="xlsx",
                       leave_out_sensitive=False) == 7
    book = load_workbook(path)
    assert book.sheetnames == ["Cases", "Cases (2)", "Cases (3)"]
    assert [[c for (c,) in s.iter_rows(values_only=True)] for s in book.worksheets] == [
        ["n", 0, 1, 2], ["n", 3, 4, 5], ["n", 6]]


def test_xlsx_keeps_nothing_in_the_system_temporary_folder(tmp_path, monkeypatch):
    """openpyxl's write-only sheets buffer in the system's temporary folder: ours are
    beside the export (readable by the owner only) and gone afterwards."""
    from openpyxl.worksheet import _writer

    def refuse(*_a, **_k):
        raise AssertionError("a sheet was buffered in the system's temporary folder")

    monkeypatch.setattr(_writer, "create_temporary_file", refuse)
    seen: list[int] = []
    real = tempfile.mkstemp

    def spy(*args, **kwargs):
        handle, name = real(*args, **kwargs)
        seen.append(os.stat(name).st_mode & 0o777)
        assert Path(name).parent == tmp_path
        return handle, name

    monkeypatch.setattr(exports.tempfile, "mkstemp", spy)
    write_table([sample_table(), sample_table()], tmp_path / "two.xlsx", fmt="xlsx",
                leave_out_sensitive=False)
    assert seen and set(seen) == {0o600}
    assert leftovers(tmp_path) == []


# ---- whole or not at all


def failing_rows(after: int, exc: BaseException):
    def rows():
        for n in range(after):
            yield [f"AQM-2026-{n:05d}", "x" * 200]
        raise exc
    return rows()


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_failure_mid_way_leaves_no_file_and_the_old_one_untouched(tmp_path, fmt):
    path = tmp_path / f"export.{fmt}"
    path.write_bytes(b"the previous export")
    table = Table("Cases", ["Number", "Name"],
                  exports._Rows(lambda: failing_rows(1000, OSError(28, "No space left"))))
    with pytest.raises(StoreError) as info:
        write_table(table, path, fmt=fmt, leave_out_sensitive=False)
    assert "No space left" in str(info.value) and str(path) in str(info.value)
    assert path.read_bytes() == b"the previous export"
    assert leftovers(tmp_path) == []
    # Anything else (a bug, a database error) too.
    table = replace(table, rows=exports._Rows(lambda: failing_rows(10, RuntimeError("bug"))))
    with pytest.raises(RuntimeError):
        write_table(table, path, fmt=fmt, leave_out_sensitive=False)
    assert path.read_bytes() == b"the previous export"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_disk_that_fills_up_leaves_no_half_file(tmp_path, fmt):
    """A real failed write: the file-size limit makes write() fail (EFBIG) as a full
    disk does (ENOSPC), in whichever file grows past it."""
    path = tmp_path / f"big.{fmt}"
    table = Table("Cases", ["Number", "Name"],
                  [[f"AQM-2026-{n:05d}", f"Name {n} " * 20] for n in range(6000)])
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, hard))
    try:
        with pytest.raises(StoreError) as info:
            write_table(table, path, fmt=fmt, leave_out_sensitive=False)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
    assert "could not be written" in str(info.value)
    assert not path.exists()
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_drive_pulled_out_mid_way_leaves_nothing(tmp_path, fmt):
    folder = tmp_path / "usb"
    folder.mkdir()

    def rows():
        for n in range(50):
            if n == 20:
                for part in folder.iterdir():
                    part.unlink()
                folder.rmdir()  # the drive is gone
            yield [n]

    with pytest.raises(StoreError):
        write_table(Table("Cases", ["n"], exports._Rows(rows)), folder / f"e.{fmt}", fmt=fmt,
                    leave_out_sensitive=False)
    assert not folder.exists()


def test_a_missing_folder_is_a_plain_error(tmp_path):
    with pytest.raises(StoreError, match="could not be written"):
        write_table(sample_table(), tmp_path / "gone" / "e.csv", fmt="csv",
                    leave_out_sensitive=False)


def test_the_file_takes_its_name_only_after_before_replace(tmp_path):
    path = tmp_path / "e.csv"
    seen = []

    def audit(rows):
        seen.append((rows, path.exists(), leftovers(tmp_path)))
        raise StoreError("The disk is full. Nothing was saved; free some space and save again.")

    with pytest.raises(StoreError):
        write_table(sample_table(), path, fmt="csv", leave_out_sensitive=False,
                    before_replace=audit)
    assert seen[0][0] == 3 and seen[0][1] is False and len(seen[0][2]) == 1
    assert not path.exists() and leftovers(tmp_path) == []


# ---------------------------------------------------------------------------
# the registry


PEOPLE = [  # (Cyrillic surname, given name, citizenship, days ago, officer)
    ("Абдуллаев", "Тимур", "UZB", 40, "officer"),
    ("Бекова", "Айгерим", "KGZ", 30, "officer2"),
    ("Жумабаев", "Нурлан", "CHN", 30, "officer"),
    ("Каримова", "Дилноза", "UZB", 10, "officer2"),
    ("Серікұлы", "Ерлан", "CHN", 5, "officer"),
]


@pytest.fixture
def registry(store_fixture):
    fx = store_fixture
    numbers = {}
    for surname, given, citizenship, ago, officer in PEOPLE:
        ref = builders.register(
            fx, getattr(fx, officer),
            names=[NameInput("ru-Cyrl", surname, given)], citizenships=[citizenship],
            registered_on=date.today() - timedelta(days=ago),
            arrived_on=date.today() - timedelta(days=ago + 2))
        numbers[surname] = ref.number
    return fx, numbers


def expected_rows(fx, actor, flt: CaseFilter, *, personal: bool = True) -> list[list]:
    with fx.uow(readonly=True) as uow:
        found = queries.list_cases(uow, actor, flt)
    rows = []
    for case in found:
        pre = CaseStatus(case.status) in PRE_DECISION
        row = [case.number, case.display_name, case.citizenships.replace(",", ", "),
               status_label(case.status), case.officer,
               case.registered_on, case.decision_due_on if pre else None,
               case.status_valid_to]
        rows.append(row if personal else [row[0], *row[3:]])
    return rows


def table_rows(fx, actor, flt: CaseFilter | None, **kwargs) -> tuple[Table, list[list]]:
    with fx.uow(readonly=True) as uow:
        table = exports.registry_table(uow, actor, flt, **kwargs)
        return table, [list(row) for row in table.rows]


@pytest.mark.parametrize("flt", [
    CaseFilter(),
    CaseFilter(officer="officer"),
    CaseFilter(search="Каримова"),
    CaseFilter(search="serikuly"),  # transliterated: the name index
    CaseFilter(registered_from=date.today() - timedelta(days=31),
               registered_to=date.today() - timedelta(days=6), order=["number"]),
    CaseFilter(status="registered", order=["-decision_due_on", "-number"]),
])
def test_a_filtered_registry_export_is_what_the_registry_lists(registry, monkeypatch, flt):
    fx, _numbers = registry
    monkeypatch.setattr(exports, "PAGE", 2)  # several pages of the stream
    table, rows = table_rows(fx, fx.supervisor, flt)
    assert table.headers == exports.REGISTRY_HEADERS
    assert table.sensitive == {1, 2}
    assert rows == expected_rows(fx, fx.supervisor, flt)
    assert rows  # every filter above finds someone


def test_registry_rows_in_the_registry_order_and_without_personal_data(registry, monkeypatch):
    fx, numbers = registry
    monkeypatch.setattr(exports, "PAGE", 2)
    _table, rows = table_rows(fx, fx.supervisor, None)
    assert [r[0] for r in rows] == [numbers[s] for s in
                                    ("Серікұлы", "Каримова", "Жумабаев", "Бекова", "Абдуллаев")]
    assert rows[0][1] == "Серікұлы Ерлан" and rows[0][2] == "CHN"
    assert rows[0][3] == status_label(CaseStatus.REGISTERED) and rows[0][4] == "officer"
    assert rows[0][5] == date.today() - timedelta(days=5)
    table, bare = table_rows(fx, fx.clerk, CaseFilter(), leave_out_sensitive=True)
    assert table.headers == ["Number", "Status", "Officer", "Registered", "Decision due",
                             "Status valid until"]
    assert table.sensitive == frozenset()
    assert bare == expected_rows(fx, fx.clerk, CaseFilter(), personal=False)


def test_headers_and_values_come_translated(registry):
    fx, _numbers = registry
    with fx.uow(readonly=True) as uow:
        table = exports.registry_table(
            uow, fx.supervisor, CaseFilter(search="Каримова"), lambda s: f"<{s}>",
            values=lambda context, s: f"{context}:{s}")
        rows = list(table.rows)
    assert table.title == "<Cases>" and table.headers[0] == "<Number>"
    assert rows[0][3] == "CaseStatus:" + status_label(CaseStatus.REGISTERED)


def test_personal_data_needs_the_export_permission(registry, tmp_path):
    fx, _numbers = registry
    before = audit_count(fx)
    for actor in (fx.clerk, fx.officer):
        with pytest.raises(PermissionDenied), fx.uow(readonly=True) as uow:
            exports.registry_table(uow, actor, CaseFilter())
    refused = audit_since(fx, before)
    assert [(e.action, e.username, e.new["action"]) for e in refused] == [
        ("access.denied", "clerk", "export_cases"), ("access.denied", "officer", "export_cases")]
    with pytest.raises(PermissionDenied):
        exports.export(fx.store, fx.officer, "registry",
                       lambda uow, leave: exports.registry_table(
                           uow, fx.officer, CaseFilter(), leave_out_sensitive=leave),
                       tmp_path / "e.xlsx", fmt="xlsx", leave_out_sensitive=False)
    assert not (tmp_path / "e.xlsx").exists()
    # Without the personal columns anyone who sees the list may export it.
    for actor in (fx.clerk, fx.officer, fx.admin):
        with fx.uow(readonly=True) as uow:
            assert len(list(exports.registry_table(uow, actor, CaseFilter(),
                                                   leave_out_sensitive=True).rows)) == 5
    for actor in (fx.supervisor, fx.admin):
        with fx.uow(readonly=True) as uow:
            assert len(list(exports.registry_table(uow, actor, CaseFilter()).rows)) == 5


def test_an_export_is_audited_with_counts_and_no_content(registry, tmp_path):
    fx, numbers = registry
    before = audit_count(fx)
    path = tmp_path / "cases.csv"
    flt = CaseFilter(search="Каримова", status="registered")
    written = exports.export(
        fx.store, fx.supervisor, "registry",
        lambda uow, leave: exports.registry_table(uow, fx.supervisor, flt,
                                                  leave_out_sensitive=leave),
        path, fmt="csv", leave_out_sensitive=False, delimiter=";")
    assert written == 1
    assert read_csv(path, ";")[1][:2] == [numbers["Каримова"], "Каримова Дилноза"]
    entries = audit_since(fx, before)
    assert [(e.action, e.username, e.entity) for e in entries] == [
        ("export.registry", "supervisor", "case")]
    new = entries[0].new
    assert new == {"rows": 1, "format": "csv", "file": "cases.csv",
                   "left_out_sensitive": False, "personal_data": True,
                   "selection": {"status": "registered", "officer": "", "registered_from": None,
                                 "registered_to": None, "search": True,
                                 "order": ["-registered_on", "-number"]}}
    text = json.dumps(new, ensure_ascii=False)
    assert "Каримова" not in text and numbers["Каримова"] not in text

    exports.export(fx.store, fx.clerk, "registry",
                   lambda uow, leave: exports.registry_table(uow, fx.clerk, CaseFilter(),
                                                             leave_out_sensitive=leave),
                   tmp_path / "bare.xlsx", fmt="xlsx", leave_out_sensitive=True)
    (entry,) = audit_since(fx, before + 1)
    assert entry.action == "export.registry" and entry.new["rows"] == 5
    assert entry.new["format"] == "xlsx"
    assert entry.new["left_out_sensitive"] is True and entry.new["personal_data"] is False


def test_no_audit_entry_no_file(registry, tmp_path, monkeypatch):
    """The entry is committed before the file takes its name: when it cannot be
    written, there is no file either."""
    fx, _numbers = registry

    def full(*_a, **_k):
        raise StoreError("The disk is full. Nothing was saved; free some space and save again.")

    monkeypatch.setattr(exports, "record_export", full)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(StoreError):
        exports.export(fx.store, fx.supervisor, "statistics", [sample_table()],
                       out / "s.xlsx", fmt="xlsx", leave_out_sensitive=False)
    assert list(out.iterdir()) == []


# ---------------------------------------------------------------------------
# the register of issued documents


def test_register_export_is_the_whole_register_as_the_desk_filters_it(store_fixture, tmp_path,
                                                                      monkeypatch):
    fx = store_fixture
    first = builders.register(fx).number
    second = builders.register(
        fx, names=[NameInput("ru-Cyrl", "Бекова", "Айгерим")], citizenships=["KGZ"]).number
    with fx.uow() as uow:
        receipt = printing.issue_document(uow, fx.clerk, DocType.RECEIPT, first)
    with fx.uow() as uow:
        printing.issue_document(uow, fx.clerk, DocType.RECEIPT, second)
    with fx.uow() as uow:
        printing.record_handover(uow, fx.clerk, receipt.register_number, "Ерлан Серікұлы",
                                 date.today())
    with fx.uow() as uow:
        printing.void_document(uow, fx.clerk, receipt.register_number, "Printed on the "
                               "wrong form for Ерлан")
    monkeypatch.setattr(exports, "PAGE", 1)
    with fx.uow(readonly=True) as uow:
        listed = printing.register(uow, fx.supervisor)
        table = exports.register_table(uow, fx.supervisor)
        rows = list(table.rows)
        mine = list(exports.register_table(uow, fx.clerk, second, "receipt",
                                           leave_out_sensitive=True).rows)
    assert [r[0] for r in rows] == [r.register_number for r in listed]
    assert table.sensitive == {4, 9, 13}
    by_number = {r[0]: dict(zip(table.headers, r, strict=True)) for r in rows}
    voided = by_number[receipt.register_number]
    assert voided["Document"] == label(DocType.RECEIPT)
    assert voided["Case"] == first and voided["Applicant"] == "Серікұлы Ерлан"
    assert voided["State"] == "Void" and voided["Handed to"] == "Ерлан Серікұлы"
    assert voided["Handed over on"] == date.today() and voided["Issued"] == date.today()
    assert voided["Reason voided"].startswith("Printed on the wrong form")
    assert voided["Certificate"] == receipt.certificate_number
    assert voided["Issued by"] and voided["Language"] == "kk+ru"
    assert len(mine) == 1 and mine[0][3] == second  # the case number, after the kind
    assert "Бекова Айгерим" not in mine[0]

    before = audit_count(fx)
    path = tmp_path / "register.xlsx"
    assert exports.export(
        fx.store, fx.clerk, "register",
        lambda uow, leave: exports.register_table(uow, fx.clerk, leave_out_sensitive=leave),
        path, fmt="xlsx", leave_out_sensitive=True) == 2
    (entry,) = audit_since(fx, before)
    assert entry.action == "export.register" and entry.entity == "issued_document"
    assert entry.new["rows"] == 2 and entry.new["personal_data"] is False
    headers = [c.value for c in next(load_workbook(path).active.iter_rows(max_row=1))]
    assert "Applicant" not in headers and "Handed to" not in headers
    assert "Reason voided" not in headers


def test_register_personal_data_needs_the_export_permission(store_fixture):
    fx = store_fixture
    with pytest.raises(PermissionDenied), fx.uow(readonly=True) as uow:
        exports.register_table(uow, fx.clerk)
    with pytest.raises(PermissionDenied), fx.uow(readonly=True) as uow:
        exports.register_table(uow, fx.admin, leave_out_sensitive=True)  # no print desk
    with fx.uow(readonly=True) as uow:
        assert list(exports.register_table(uow, fx.officer, leave_out_sensitive=True).rows) \
            == []


# ---------------------------------------------------------------------------
# statistics (app/services/statistics.py is written alongside; these run once it is there)


def test_statistics_export_one_sheet_per_figure(store_fixture, tmp_path):
    statistics = pytest.importorskip("app.services.statistics")
    fx = store_fixture
    builders.case_in(fx, CaseStatus.GRANTED)
    builders.register(fx, names=[NameInput("ru-Cyrl", "Бекова", "Айгерим")],
                      citizenships=["KGZ"], ethnicity="Kyrgyz")
    today = date.today()
    flt = statistics.StatsFilter(date(today.year - 1, today.month, 1), today)
    with fx.uow(readonly=True) as uow:
        stats = statistics.statistics(uow, fx.supervisor, flt)
    tables = exports.statistics_tables(stats, values=lambda _c, s: s)
    assert len(tables) == 10
    assert all(t.sensitive == frozenset() for t in tables)
    path = tmp_path / "statistics.xlsx"
    before = audit_count(fx)
    rows = exports.export(fx.store, fx.supervisor, "statistics", tables, path, fmt="xlsx",
                          leave_out_sensitive=True)
    book = load_workbook(path)
    assert book.sheetnames == ["Summary", "By month", "Decisions by outcome",
                               "Extension decisions", "Pending cases by age", "By citizenship",
                               "By ethnicity", "By officer", "Refugee statuses expiring",
                               "Appeals by outcome"]
    summary = dict(book["Summary"].iter_rows(min_row=2, values_only=True))
    assert summary["Petitions registered"] == 2
    assert summary["Cases pending"] == 1  # the granted case is decided
    assert summary["Period to"].date() == today
    assert summary["Decisions"] >= 1
    months = list(book["By month"].iter_rows(min_row=2, values_only=True))
    assert len(months) == len(stats.months) and sum(m[1] for m in months) == 2
    citizenships = {r[0]: r[1] for r in book["By citizenship"].iter_rows(min_row=2,
                                                                          values_only=True)}
    assert citizenships == {"CHN": 1, "KGZ": 1}
    assert rows == sum(len(list(t.rows)) for t in tables)
    (entry,) = audit_since(fx, before)
    assert entry.action == "export.statistics" and entry.new["rows"] == rows
    assert entry.new["selection"]["date_to"] == today.isoformat()
