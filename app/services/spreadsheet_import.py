"""Bringing a commission's old registers (XLSX and CSV) into Pana without retyping.

The steps, as the import wizard and ``pana case import FILE.xlsx`` take them:

1. ``read_sheet_names`` / ``read_rows``: the file is checked before it is opened (its
   size; for a workbook the sizes its parts unpack to, so a zip bomb is refused) and
   read into a ``Sheet``: every cell as text, merged cells filled with their top-left
   value, empty rows dropped but the spreadsheet's own row numbers kept, and the header
   row found (the first row naming two or more known fields).
2. ``guess_mapping``: which column holds which Pana field, from headers in Kazakh,
   Russian or English (``FIELDS`` lists the fields). A full-name column (ФИО, аты-жөні)
   is split into surname, given names and patronymic, surname first.
3. ``dry_run``: every row is checked with the services' own validation of a petition
   (``cases._validate_petition``), plus the import's rules (a registration date, a
   status Pana can take over honestly, dates in the plan's formats), possible
   duplicates of people already in Pana (the check made before every new petition,
   ``duplicates.find_possible_duplicates``, batched by ``_ExistingPeople``) and
   duplicates within the file.
4. ``run_import``: all or nothing. Nothing is written while any row has a problem or
   an unconfirmed possible duplicate, when the user cancels, or on any error; else
   every row becomes a case with a new Pana number in one transaction, indexed for
   search and audited ("case.import", one entry per case, naming the file and row).

Statuses. A register says whether a petition is pending, decided or closed; Pana can
take over honestly only what needs no record the register lacks:

- pending ("registered", "under examination", "на рассмотрении", "қаралуда" …) becomes
  *Petition registered*; the decision deadline counts from the registration date.
  No asylum-seeker certificate is made up: the clerk issues one (renewal) when the
  person comes, and receipts are printed only for certificates really issued;
- closed without a decision ("withdrawn", "отозвано", "abandoned", "неявка" …, or
  "closed" with a withdrawn/abandoned reason column) becomes *Closed* with that reason
  and the date closed, which the row must give;
- a decision (recognised, refused, appeal, extension …) is a row problem: Pana keeps a
  decision with its assessment, legal basis and approving supervisor, and inventing
  them would put words in people's mouths. Such cases come in through Pana's case
  exchange file, or as registered rows whose decision is then recorded in Pana. So is
  a step Pana records itself (interview scheduled, assessment being drafted): such a
  row comes in as "under examination" and the step is taken in Pana.

The old register's number is kept on the first line of the case notes ("№ 123").
"""

from __future__ import annotations

import bisect
import csv
import io
import json
import logging
import re
import unicodedata
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from app.db import search
from app.db.audit import Actor
from app.db.models import (
    Applicant,
    AuditHead,
    Case,
    CaseClosure,
    CaseSequence,
    IdentityDocument,
    PersonName,
    User,
)
from app.db.uow import UnitOfWork
from app.domain import validation as v
from app.domain.dates import PartialDate
from app.domain.duplicates import REASON_LABELS, PersonKeys, compare
from app.domain.errors import FieldMessage, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.names import detect_script, document_key
from app.domain.numbering import CaseNumber
from app.domain.permissions import Action, require
from app.domain.vocab import ClosureReason, DocumentType, NameUse, Role, Script, Sex
from app.domain.workflow import CaseStatus
from app.services import duplicates
from app.services.cases import NameInput, PetitionInput, _validate_petition
from app.services.settings import commission_region, deadline_settings

log = logging.getLogger(__name__)

#: The largest file read at all (a register of 100,000 rows is a few MB).
MAX_FILE_BYTES = 50 * 1024 * 1024
#: What the parts of a workbook may unpack to together: a zip bomb of a few KB claims
#: gigabytes. ``zipfile`` stops at (and checks) the size each part declares, so the sum
#: of the declared sizes bounds what is read.
MAX_UNPACKED_BYTES = 300 * 1024 * 1024
MAX_PARTS = 10_000
#: Rows below the header, and columns, read at most.
MAX_ROWS = 100_000
MAX_COLUMNS = 200
#: The header is looked for in the first rows only.
HEADER_SCAN_ROWS = 30
#: Registration, arrival and closing dates before this year are typing errors.
EARLIEST_REGISTER_YEAR = 1991
#: Rows written per INSERT statement.
INSERT_BATCH = 2000

XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
DEFAULT_DATE_FORMATS = ["dd.MM.yyyy", "yyyy-MM-dd", "dd/MM/yyyy", "MM/dd/yyyy", "dd.MM.yy"]
MAPPING_FORMAT = "pana-import-mapping"

#: Pana field key -> its label (English source, context "ImportField").
FIELDS: dict[str, str] = {
    "case_number_old": _N("ImportField", "Number in the old register"),
    "full_name": _N("ImportField", "Full name (surname first)"),
    "surname": _N("ImportField", "Surname"),
    "given_names": _N("ImportField", "Given names"),
    "patronymic": _N("ImportField", "Patronymic"),
    "name_latin": _N("ImportField", "Full name in Latin letters"),
    "sex": _N("ImportField", "Sex"),
    "birth_date": _N("ImportField", "Date of birth"),
    "place_of_birth": _N("ImportField", "Place of birth"),
    "citizenship": _N("ImportField", "Citizenship"),
    "ethnicity": _N("ImportField", "Ethnicity"),
    "religion": _N("ImportField", "Religion"),
    "passport_number": _N("ImportField", "Passport number"),
    "registered_on": _N("ImportField", "Date of registration"),
    "arrived_on": _N("ImportField", "Date of arrival"),
    "status": _N("ImportField", "Status"),
    "closure_reason": _N("ImportField", "Reason for closing"),
    "closed_on": _N("ImportField", "Date closed"),
    "officer": _N("ImportField", "Officer"),
    "phone": _N("ImportField", "Phone"),
    "email": _N("ImportField", "E-mail"),
    "address": _N("ImportField", "Address"),
    "notes": _N("ImportField", "Notes"),
}
#: Fields of a ``RowProblem`` that are not columns.
OTHER_PROBLEM_FIELDS: dict[str, str] = {
    "duplicate": _N("ImportField", "Possible duplicate"),
    "row": _N("ImportField", "Row"),
}


def field_label(key: str) -> str:
    """The English label (marked for translation, context "ImportField") of a field key."""
    return FIELDS.get(key) or OTHER_PROBLEM_FIELDS.get(key) or key


# ---------------------------------------------------------------------------
# the values passed around


@dataclass
class Sheet:
    """A sheet as text. ``rows[i]`` is the spreadsheet's row ``row_numbers[i]``; every
    row is as wide as ``headers``. Rows above the header (titles) are left out."""

    headers: list[str]
    rows: list[list[str]]
    header_row: int  # the header's row number; 0 for a sheet without any row
    row_numbers: list[int] = field(default_factory=list)
    name: str = ""  # the sheet's name ("" for CSV)
    source: str = ""  # the file's name, for messages and the audit
    truncated: bool = False  # ``limit`` stopped the reading before the last row

    def __post_init__(self) -> None:
        if not self.row_numbers:
            self.row_numbers = [self.header_row + 1 + i for i in range(len(self.rows))]

    def column_name(self, index: int) -> str:
        """How a column is named in messages: its header, else its letter."""
        header = self.headers[index] if index < len(self.headers) else ""
        return v.shown(header, 60) if header else column_letter(index)


@dataclass
class ImportPlan:
    """Which column holds which field, and how the dates are written.

    ``columns`` (from a mapping file: header text or column letter -> field key) is
    resolved against a sheet's headers by ``resolve_plan``; ``mapping`` (column index ->
    field key) is what the checks use. ``distinct_rows`` are rows whose possible
    duplicates the user looked at and confirmed to be other people.
    """

    mapping: dict[int, str] = field(default_factory=dict)
    date_formats: list[str] = field(default_factory=lambda: list(DEFAULT_DATE_FORMATS))
    sheet: str = ""
    columns: dict[str, str] = field(default_factory=dict)
    distinct_rows: list[int] = field(default_factory=list)


@dataclass
class RowProblem:
    row: int  # the spreadsheet's row number
    field: str  # a FIELDS key, or "duplicate" / "row"
    message: FieldMessage
    column: str = ""  # the column's header (or letter) when the problem is in one cell


@dataclass
class DryRun:
    total: int  # rows checked
    ok: int  # rows without a problem or an unconfirmed possible duplicate
    problems: list[RowProblem]
    duplicates: list[tuple[int, str]]  # (row, existing case number) that may be the same person
    confirmed_rows: frozenset[int] = frozenset()  # rows confirmed to be other people
    cancelled: bool = False

    @property
    def unconfirmed_duplicates(self) -> list[tuple[int, str]]:
        return [(row, number) for row, number in self.duplicates
                if row not in self.confirmed_rows]

    @property
    def failing_rows(self) -> list[int]:
        """Rows that keep the file from being imported, in order."""
        rows = {p.row for p in self.problems} | {r for r, _n in self.unconfirmed_duplicates}
        return sorted(rows)

    @property
    def can_import(self) -> bool:
        return (self.total > 0 and not self.cancelled and not self.problems
                and not self.unconfirmed_duplicates)


@dataclass
class ImportReport:
    imported: int
    numbers: list[str]  # the new case numbers, in the order of the rows
    dry_run: DryRun
    cancelled: bool


# ---------------------------------------------------------------------------
# reading files


def column_letter(index: int) -> str:
    """"A" for column 0, "AA" for 26."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _letter_index(text: str) -> int | None:
    if not re.fullmatch(r"[A-Za-z]{1,3}", text):
        return None
    index = 0
    for ch in text.upper():
        index = index * 26 + ord(ch) - 64
    return index - 1


def _refuse(source: str, template: str, **params: Any) -> ValidationError:
    return ValidationError({source: FieldMessage(template, **params)})


def _kind(path: Path, head: bytes) -> str:
    """"xlsx" or "csv", from the first bytes first (a renamed file is still read as what
    it is), then the name; refused for the formats Pana does not read."""
    source = path.name
    suffix = path.suffix.lower()
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        if suffix == ".ods":
            raise _refuse(source, _N("Validation", "this is an OpenDocument spreadsheet (.ods); "
                                                   "save it as .xlsx or CSV and import that."))
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise _refuse(source, _N("Validation", "this is an old Excel workbook (.xls); open it in "
                                               "Excel or LibreOffice, save it as .xlsx, and "
                                               "import that file."))
    if suffix in XLSX_SUFFIXES:
        raise _refuse(source, _N("Validation", "the file is not an XLSX workbook (it may be "
                                               "damaged, or another kind of file renamed); "
                                               "open it in Excel and save it again as .xlsx."))
    if suffix in CSV_SUFFIXES or suffix == "":
        return "csv"
    raise _refuse(source, _N("Validation", "Pana imports .xlsx workbooks and .csv files, not "
                                           "“{suffix}” files."), suffix=v.shown(suffix, 12))


def _open_checked(path: Path) -> tuple[str, bytes | None]:
    """The file's kind, and for a CSV its bytes, after the checks every file gets."""
    path = Path(path)
    source = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
            if size > MAX_FILE_BYTES:
                raise _refuse(source, _N("Validation", "the file is {size} MB; at most {limit} "
                                                       "MB can be imported at once. Split the "
                                                       "register into several files (e.g. by "
                                                       "year) and import them one by one."),
                              size=round(size / 1_048_576), limit=MAX_FILE_BYTES // 1_048_576)
            kind = _kind(path, head)
            if kind == "xlsx":
                return kind, None
            handle.seek(0)
            return kind, handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise _refuse(source, _N("Validation", "the file {path} does not exist; check its name "
                                               "and folder."), path=str(path)) from None
    except IsADirectoryError:
        raise _refuse(source, _N("Validation", "{path} is a folder, not a file."),
                      path=str(path)) from None
    except OSError as exc:
        raise _refuse(source, _N("Validation", "the file {path} cannot be read ({problem})."),
                      path=str(path), problem=exc.strerror or str(exc)) from None


def _check_archive(path: Path) -> None:
    """Refuse a workbook whose parts would unpack to too much (a zip bomb)."""
    source = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except Exception:  # BadZipFile, OSError, EOFError, NotImplementedError (a version byte) …
        raise _refuse(source, _N("Validation", "the file is not a readable XLSX workbook (it "
                                               "may be damaged); open it in Excel and save it "
                                               "again as .xlsx.")) from None
    unpacked = sum(max(0, part.file_size) for part in parts)
    if len(parts) > MAX_PARTS or unpacked > MAX_UNPACKED_BYTES:
        raise _refuse(source, _N("Validation", "the workbook would unpack to {size} MB, more "
                                               "than the {limit} MB Pana reads; the file may be "
                                               "damaged or made to overload the computer. Save "
                                               "the register again, or split it."),
                      size=round(unpacked / 1_048_576), limit=MAX_UNPACKED_BYTES // 1_048_576)


def _unreadable_workbook(source: str, exc: BaseException) -> ValidationError:
    # Only the type: the message of a parser error may quote the file's content.
    log.info("workbook not readable: %s", type(exc).__name__)
    return _refuse(source, _N("Validation", "the file is not a readable XLSX workbook (it may "
                                            "be damaged); open it in Excel and save it again "
                                            "as .xlsx."))


def _load_workbook(path: Path):
    import openpyxl

    _check_archive(path)
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise _unreadable_workbook(path.name, exc) from None


def read_sheet_names(path: Path) -> list[str]:
    """The sheets of a workbook, in order; ``[""]`` for a CSV file."""
    path = Path(path)
    kind, _data = _open_checked(path)
    if kind == "csv":
        return [""]
    workbook = _load_workbook(path)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def read_rows(path: Path, sheet: str = "", *, limit: int | None = None) -> Sheet:
    """The sheet ``sheet`` (default: the first) of a workbook, or a CSV file, as text.

    With ``limit``, at most that many rows below the header are read (a preview); merged
    ranges are then filled only as far as they are known when the reading stops.
    Raises a ``ValidationError`` keyed by the file's name for a file that cannot or may
    not be read.
    """
    path = Path(path)
    kind, data = _open_checked(path)
    if kind == "csv":
        raw = _csv_rows(data or b"", path.name)
        name = ""
    else:
        raw, name = _xlsx_rows(path, sheet)
    return _to_sheet(raw, name, path.name, limit)


def cell_text(value: Any) -> str:
    """A cell's value as text, the same way every time: a date as 2024-03-01, a date and
    time as 2024-03-01 14:30:00, a whole number without ".0", other numbers without an
    exponent."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.replace(tzinfo=None, microsecond=0).isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        if value.is_integer() and abs(value) < 1e17:
            return str(int(value))
        text = repr(value)
        if "e" in text or "E" in text:
            try:
                text = format(Decimal(text), "f")
            except InvalidOperation:
                pass
        return text
    if isinstance(value, timedelta):
        return str(value)
    return str(value).strip()


#: A row as read: its number and the value of each column (index -> value).
_RawRow = tuple[int, dict[int, Any]]


def _xlsx_rows(path: Path, wanted: str) -> tuple[list[_RawRow], str]:
    """The rows of one sheet with merged cells filled, and the sheet's name."""
    source = path.name
    workbook = _load_workbook(path)
    try:
        names = list(workbook.sheetnames)
        if not names:
            raise _refuse(source, _N("Validation", "the workbook has no sheet."))
        name = wanted or names[0]
        if name not in names:
            raise _refuse(source, _N("Validation", "the workbook has no sheet “{sheet}”; its "
                                                   "sheets are: {sheets}."),
                          sheet=v.shown(name, 60), sheets=", ".join(v.shown(n, 60)
                                                                    for n in names[:20]))
        worksheet = workbook[name]
        try:
            rows, merged = _parse_worksheet(worksheet, source)
        except ValidationError:
            raise
        except Exception as exc:
            raise _unreadable_workbook(source, exc) from None
    finally:
        workbook.close()
    _fill_merged(rows, merged, source)
    return rows, name


def _parse_worksheet(worksheet, source: str) -> tuple[list[_RawRow], list[str]]:
    """Every row holding a value, and the merged ranges ("A1:C1").

    openpyxl's read-only worksheet reads a sheet row by row from its XML without
    building a cell object per cell (a whole workbook in memory takes about a hundred
    times the file's size), but it does not keep the merged ranges, which the XML lists
    after the rows. The parser it uses does read them; so the rows are read here with
    that parser, and its merged ranges are taken once the last row is read — one pass,
    the memory of the read-only mode. Should a later openpyxl change that parser,
    ``_parse_loaded`` reads the sheet the ordinary way (merged ranges included) for
    files small enough to load whole, and refuses the others.
    """
    try:
        parser = _read_only_parser(worksheet)
    except (ImportError, AttributeError, TypeError):
        return _parse_loaded(worksheet, source)
    rows_iter = parser.parse()
    rows: list[_RawRow] = []
    try:
        for number, cells in rows_iter:
            values: dict[int, Any] = {}
            for cell in cells:
                value = cell.get("value")
                if value is None or value == "":
                    continue
                column = cell["column"] - 1
                if column >= MAX_COLUMNS:
                    raise _too_wide(source)
                values[column] = value
            if values:
                rows.append((number, values))
                if len(rows) > MAX_ROWS + HEADER_SCAN_ROWS:
                    raise _too_long(source)
    finally:
        parser.source.close()
    merged = [str(m.ref) for m in getattr(parser.merged_cells, "mergeCell", None) or ()]
    return rows, merged


def _read_only_parser(worksheet):
    """openpyxl's parser of a worksheet's XML, as its read-only worksheet makes it."""
    from openpyxl.worksheet._reader import WorkSheetParser

    workbook = worksheet.parent
    return WorkSheetParser(
        worksheet._get_source(), worksheet._shared_strings, data_only=True,
        epoch=workbook.epoch, date_formats=workbook._date_formats,
        timedelta_formats=workbook._timedelta_formats)


#: A workbook read the ordinary way (``_parse_loaded``) may be at most this large.
LOADED_LIMIT = 20 * 1024 * 1024


def _parse_loaded(worksheet, source: str) -> tuple[list[_RawRow], list[str]]:
    """The fallback of ``_parse_worksheet``: the whole workbook loaded (merged ranges
    included), for files under ``LOADED_LIMIT`` only, as that takes far more memory."""
    import openpyxl

    path = Path(worksheet.parent._archive.filename)
    if path.stat().st_size > LOADED_LIMIT:
        raise _refuse(source, _N("Validation", "the workbook is too large to read here; save "
                                               "the register as CSV and import that file."))
    loaded = openpyxl.load_workbook(path, data_only=True)
    try:
        sheet = loaded[worksheet.title]
        rows: list[_RawRow] = []
        for cells in sheet.iter_rows():
            values = {}
            for cell in cells:
                if cell.value is None or cell.value == "":
                    continue
                if cell.column > MAX_COLUMNS:
                    raise _too_wide(source)
                values[cell.column - 1] = cell.value
            if values:
                rows.append((cells[0].row, values))
                if len(rows) > MAX_ROWS + HEADER_SCAN_ROWS:
                    raise _too_long(source)
        merged = [str(r) for r in sheet.merged_cells.ranges]
    finally:
        loaded.close()
    return rows, merged


def _too_wide(source: str) -> ValidationError:
    return _refuse(source, _N("Validation", "the sheet has values beyond column {limit}; a "
                                            "register has far fewer columns. Delete the columns "
                                            "that do not belong to it."), limit=MAX_COLUMNS)


def _too_long(source: str) -> ValidationError:
    return _refuse(source, _N("Validation", "the sheet has more than {limit} rows; split the "
                                            "register into several files (e.g. by year) and "
                                            "import them one by one."), limit=MAX_ROWS)


_RANGE = re.compile(r"^\$?([A-Z]{1,3})\$?(\d{1,7}):\$?([A-Z]{1,3})\$?(\d{1,7})$")


#: Cells that merged ranges may fill in one sheet: a register merges a title, a header or a
#: status over a few rows; a file merging millions of cells was made to keep Pana busy.
MAX_MERGED_CELLS = 5_000_000


def _fill_merged(rows: list[_RawRow], merged: list[str], source: str) -> None:
    """Give every cell of a merged range the value of its top-left cell."""
    if not merged:
        return
    by_number = {number: values for number, values in rows}
    numbers = sorted(by_number)
    filled = 0

    def rows_between(first: int, last: int) -> list[int]:
        return numbers[bisect.bisect_left(numbers, first):bisect.bisect_right(numbers, last)]

    for ref in merged:
        match = _RANGE.match(ref.upper())
        if not match:
            continue
        first_col, last_col = _letter_index(match[1]), _letter_index(match[3])
        first_row, last_row = int(match[2]), int(match[4])
        if first_col is None or last_col is None or first_col >= MAX_COLUMNS:
            continue
        last_col = min(last_col, MAX_COLUMNS - 1)
        top = by_number.get(first_row, {}).get(first_col)
        if top is None or last_row < first_row or last_col < first_col:
            continue
        # Only rows that hold values of their own: a range reaching over blank rows (a
        # note merged down the page) makes no rows of them.
        inside = rows_between(first_row, last_row)
        filled += len(inside) * (last_col - first_col + 1)
        if filled > MAX_MERGED_CELLS:
            raise _refuse(source, _N("Validation", "the sheet merges more cells than Pana "
                                                   "fills in ({limit}); unmerge the cells "
                                                   "(Excel: Home › Merge › Unmerge) and save "
                                                   "the register again."),
                          limit=MAX_MERGED_CELLS)
        for number in inside:
            values = by_number[number]
            for column in range(first_col, last_col + 1):
                values.setdefault(column, top)


def _decode(data: bytes, source: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        encodings = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]  # Excel's "Unicode text"
    else:
        # Old Russian Excel saves CSV in Windows-1251; UTF-8 is tried first because
        # nearly any bytes decode as cp1251, while UTF-8 fails fast on it.
        encodings = ["utf-8", "cp1251"]
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _refuse(source, _N("Validation", "the file is neither UTF-8 nor Windows-1251 text; "
                                           "save it from Excel as “CSV UTF-8” and import that."))


def _delimiter(text: str) -> str:
    """The delimiter among , ; and tab that splits the first lines most evenly and widely."""
    sample = text[:64 * 1024]
    lines = sample.splitlines()[:50] or [""]
    best, best_score = ",", (-1, -1)
    for delimiter in (";", "\t", ","):
        try:
            widths = [len(r) for r in csv.reader(lines, delimiter=delimiter) if any(r)]
        except csv.Error:
            continue
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        score = (widths.count(common) if common > 1 else 0, common)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _csv_rows(data: bytes, source: str) -> list[_RawRow]:
    if len(data) > MAX_FILE_BYTES:  # the file grew since it was looked at
        raise _refuse(source, _N("Validation", "the file is {size} MB; at most {limit} MB can be "
                                               "imported at once. Split the register into "
                                               "several files (e.g. by year) and import them "
                                               "one by one."),
                      size=round(len(data) / 1_048_576), limit=MAX_FILE_BYTES // 1_048_576)
    text = _decode(data, source)
    if "\x00" in text:
        raise _refuse(source, _N("Validation", "the file holds NUL characters, so it is not a "
                                               "CSV text file; save the register from Excel as "
                                               "CSV and import that."))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    rows: list[_RawRow] = []
    number = 0
    try:
        for record in reader:
            number += 1
            values = {i: cell for i, cell in enumerate(record) if cell.strip()}
            if not values:
                continue
            if max(values) >= MAX_COLUMNS:
                raise _too_wide(source)
            rows.append((number, values))
            if len(rows) > MAX_ROWS + HEADER_SCAN_ROWS:
                raise _too_long(source)
    except csv.Error as exc:
        raise _refuse(source, _N("Validation", "the file cannot be read as CSV near line "
                                               "{line} ({problem}); save it from Excel as CSV "
                                               "again."),
                      line=reader.line_num, problem=v.shown(str(exc), 80)) from None
    return rows


def _to_sheet(raw: list[_RawRow], name: str, source: str, limit: int | None) -> Sheet:
    texts: list[tuple[int, list[str]]] = []
    for number, values in raw:
        width = max(values) + 1
        cells = [""] * width
        for column, value in values.items():
            cells[column] = cell_text(value)
        if any(cells):
            texts.append((number, cells))
    if not texts:
        return Sheet([], [], 0, [], name=name, source=source)
    header_at = 0
    for position, (_number, cells) in enumerate(texts[:HEADER_SCAN_ROWS]):
        if len(set(guess_mapping(cells).values())) >= 2:
            header_at = position
            break
    header_row, headers = texts[header_at]
    body = texts[header_at + 1:]
    truncated = False
    if limit is not None and len(body) > limit:
        body, truncated = body[:max(0, limit)], True
    if len(body) > MAX_ROWS:
        raise _too_long(source)
    width = max([len(headers)] + [len(cells) for _n, cells in body])
    headers = headers + [""] * (width - len(headers))
    rows = [cells + [""] * (width - len(cells)) for _n, cells in body]
    return Sheet(headers, rows, header_row, [n for n, _c in body], name=name, source=source,
                 truncated=truncated)


# ---------------------------------------------------------------------------
# recognising headers and values


def _norm(text: str) -> str:
    """Lower case, ё as е, № as "no", punctuation as spaces, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    text = text.replace("№", " no ")
    text = "".join(ch if ch.isalnum() else " " for ch in text)
    return " ".join(text.split())


_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "case_number_old": (
        "no", "n", "nr", "no п п", "п п", "номер", "рег no", "рег номер", "регистрационный номер",
        "номер дела", "no дела", "номер ходатайства", "no ходатайства", "учетный номер",
        "нөмір", "тіркеу нөмірі", "іс нөмірі", "өтінішхат нөмірі", "number", "no of case",
        "case number", "case no", "register number", "registration number", "reg no",
        "file number", "file no"),
    "full_name": (
        "фио", "ф и о", "фамилия имя отчество", "фамилия имя", "фамилия и имя", "фио заявителя",
        "фио ходатайствующего", "заявитель", "ходатайствующий", "лицо", "аты жөні", "аты жони",
        "тегі аты әкесінің аты", "тегі аты", "толық аты жөні", "өтініш беруші", "өтінішхат беруші",
        "full name", "name", "names", "applicant", "name of applicant", "applicant name",
        "surname name", "surname and name", "surname first name"),
    "surname": ("фамилия", "тегі", "тек", "surname", "last name", "family name", "lastname"),
    "given_names": ("имя", "аты", "есімі", "first name", "given name", "given names",
                    "forename", "forenames", "firstname"),
    "patronymic": ("отчество", "әкесінің аты", "әкесінің есімі", "patronymic", "middle name",
                   "fathers name", "father s name"),
    "name_latin": ("фио латиницей", "фио лат", "латиница", "фио на латинице", "имя латиницей",
                   "латын әрпімен", "латынша", "аты жөні латынша", "full name in latin",
                   "name in latin", "latin", "latin name", "name latin", "transliteration"),
    "sex": ("пол", "жынысы", "жыныс", "sex", "gender"),
    "birth_date": ("дата рождения", "д р", "год рождения", "г р", "дата и год рождения",
                   "число месяц год рождения", "туған күні", "туған жылы", "туған күні айы жылы",
                   "туылған күні", "date of birth", "birth date", "dob", "born", "year of birth",
                   "birthdate", "birthday"),
    "place_of_birth": ("место рождения", "туған жері", "place of birth", "birthplace",
                       "birth place"),
    "citizenship": ("гражданство", "страна гражданства", "страна происхождения",
                    "азаматтығы", "азаматтық", "шыққан елі", "citizenship", "nationality",
                    "country of origin", "country of nationality"),
    "ethnicity": ("национальность", "этническая принадлежность", "этнос", "ұлты", "ұлт",
                  "ethnicity", "ethnic origin", "ethnic group"),
    "religion": ("религия", "вероисповедание", "діні", "дін", "religion", "faith"),
    "passport_number": ("номер паспорта", "no паспорта", "паспорт", "паспорт no",
                        "серия и номер паспорта", "паспортные данные", "паспорт нөмірі",
                        "төлқұжат", "төлқұжат нөмірі", "passport", "passport no",
                        "passport number", "passport nr"),
    "registered_on": ("дата регистрации", "дата обращения", "дата подачи",
                      "дата подачи ходатайства", "дата регистрации ходатайства", "дата приема",
                      "дата поступления", "тіркелген күні", "тіркеу күні", "тіркелген уақыты",
                      "өтініш берген күні", "өтінішхат берген күні", "date of registration",
                      "registered", "registration date", "date registered", "registered on",
                      "date of application", "application date", "date of petition",
                      "petition date", "date of request"),
    "arrived_on": ("дата прибытия", "дата въезда", "дата въезда в рк", "дата прибытия в рк",
                   "келген күні", "келу күні", "кірген күні", "date of arrival", "arrival date",
                   "arrived", "arrived on", "date of entry", "entry date"),
    "status": ("статус", "статус дела", "состояние", "состояние дела", "результат",
               "результат рассмотрения", "решение", "мәртебе", "мәртебесі", "жағдайы",
               "іс жағдайы", "нәтиже", "шешім", "status", "case status", "outcome", "decision",
               "state", "result"),
    "closure_reason": ("причина закрытия", "основание закрытия", "причина прекращения",
                       "основание прекращения", "жабылу себебі", "тоқтату негізі",
                       "тоқтату себебі", "reason for closing", "closure reason", "reason closed",
                       "reason for closure"),
    "closed_on": ("дата закрытия", "дата прекращения", "дата снятия с учета",
                  "дата прекращения рассмотрения", "жабылған күні", "жабылу күні",
                  "тоқтатылған күні", "date closed", "closed on", "closing date",
                  "date of closure", "closure date"),
    "officer": ("сотрудник", "инспектор", "исполнитель", "ответственный",
                "ответственный сотрудник", "специалист", "қызметкер", "орындаушы", "жауапты",
                "маман", "officer", "case officer", "assigned officer", "responsible",
                "caseworker"),
    "phone": ("телефон", "тел", "контактный телефон", "номер телефона", "телефон нөмірі",
              "байланыс телефоны", "phone", "telephone", "tel", "mobile", "phone number",
              "contact phone"),
    "email": ("email", "e mail", "электронная почта", "эл почта", "электрондық пошта",
              "e mail address", "адрес электронной почты", "электронной почты"),
    "address": ("адрес", "место жительства", "адрес проживания", "адрес места жительства",
                "мекенжай", "мекен жайы", "мекенжайы", "тұрғылықты жері", "address",
                "residence", "home address", "address of residence"),
    "notes": ("примечание", "примечания", "комментарий", "комментарии", "ескерту", "ескертпе",
              "notes", "note", "remarks", "comment", "comments"),
}
_HEADER_LOOKUP: dict[tuple[str, ...], str] = {
    tuple(_norm(word).split()): key for key, words in _HEADER_WORDS.items() for word in words}
_LONGEST_HEADER = max(len(words) for words in _HEADER_LOOKUP)


def _phrase_lookup(text: str, lookup: dict[tuple[str, ...], Any], longest: int) -> Any:
    """The value of the whole text if it is a known phrase, else of the longest known
    phrase it contains (whole words), the first of equals; None when there is none."""
    words = tuple(_norm(text).split())
    if not words:
        return None
    if words in lookup:
        return lookup[words]
    for size in range(min(longest, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            found = lookup.get(words[start:start + size])
            if found is not None:
                return found
    return None


def guess_field(header: str) -> str | None:
    """The field a header names, or None."""
    if not isinstance(header, str) or len(header) > 200:
        return None
    return _phrase_lookup(header, _HEADER_LOOKUP, _LONGEST_HEADER)


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> field key for the headers Pana recognises (kk/ru/en, any case,
    extra spaces and punctuation). Each field is given to its first column only."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        key = guess_field(header)
        if key is not None and key not in taken:
            mapping[index] = key
            taken.add(key)
    return mapping


# --- names ------------------------------------------------------------------

_PATRONYMIC_ENDINGS = ("ович", "евич", "ьич", "овна", "евна", "ична", "инична", "ұлы", "улы",
                       "қызы", "кызы", "uly", "kyzy", "ovich", "evich", "ovna", "evna")
_PATRONYMIC_WORDS = ("ұлы", "улы", "қызы", "кызы", "оглы", "оглу", "uly", "kyzy", "ogly")


def split_full_name(text: str) -> tuple[str, str, str]:
    """(surname, given names, patronymic) of a full name written surname first, as
    Kazakh and Russian registers write it: "Серікұлы Ерлан", "Иванов Иван Иванович",
    "Мамедов Али Гасан оглы"."""
    words = text.split()
    if not words:
        return "", "", ""
    if len(words) == 1:
        return words[0], "", ""
    if len(words) == 2:
        return words[0], words[1], ""
    last = words[-1].casefold()
    if last in _PATRONYMIC_WORDS and len(words) >= 4:
        return words[0], " ".join(words[1:-2]), " ".join(words[-2:])
    if last.endswith(_PATRONYMIC_ENDINGS) and last not in _PATRONYMIC_WORDS:
        return words[0], " ".join(words[1:-1]), words[-1]
    return words[0], " ".join(words[1:]), ""


# --- sex --------------------------------------------------------------------

_SEX_WORDS: dict[str, Sex] = {}
for _sex, _words in (
        (Sex.MALE, ("м", "м р", "муж", "мужской", "мужчина", "мужск", "ер", "е", "еркек",
                    "ер адам", "ер жынысты", "male", "m", "man", "boy", "мальчик", "ұл")),
        (Sex.FEMALE, ("ж", "ж р", "жен", "женский", "женщина", "женск", "әйел", "ә", "әйел адам",
                      "әйел жынысты", "қыз", "female", "f", "w", "woman", "girl", "девочка")),
        (Sex.OTHER, ("другой", "иной", "басқа", "other")),
        (Sex.UNKNOWN, ("неизвестно", "не указан", "не известно", "белгісіз", "unknown", "n a",
                       "na", "x"))):
    for _word in _words:
        _SEX_WORDS[_norm(_word)] = _sex


# --- countries ----------------------------------------------------------------

_COUNTRY_EXTRA: dict[str, tuple[str, ...]] = {
    "CHN": ("кнр", "китайская народная республика", "қхр", "қытай халық республикасы", "prc",
            "people s republic of china", "peoples republic of china", "cn", "китай кнр"),
    "RUS": ("россия", "рф", "российская федерация", "ресей", "ресей федерациясы",
            "russian federation", "russia", "ru"),
    "KGZ": ("кыргызстан", "киргизия", "кыргызская республика", "киргизская республика",
            "қырғызстан", "қырғыз республикасы", "kyrgyzstan", "kyrgyz republic", "kg"),
    "TKM": ("туркмения", "туркменистан", "түрікменстан", "turkmenistan", "tm"),
    "UZB": ("узбекистан", "республика узбекистан", "өзбекстан", "uzbekistan", "uz"),
    "TJK": ("таджикистан", "республика таджикистан", "тәжікстан", "tajikistan", "tj"),
    "AFG": ("афганистан", "исламская республика афганистан", "ауғанстан", "afghanistan", "af"),
    "UKR": ("украина", "украйна", "украина", "украина", "ukraine", "ua"),
    "SYR": ("сирия", "сирийская арабская республика", "сирия араб республикасы", "syria",
            "syrian arab republic", "sy"),
    "IRN": ("иран", "исламская республика иран", "iran", "islamic republic of iran", "ir"),
    "PAK": ("пакистан", "pakistan", "pk"),
    "IND": ("индия", "үндістан", "india", "in"),
    "MNG": ("монголия", "моңғолия", "mongolia", "mn"),
    "KAZ": ("казахстан", "республика казахстан", "рк", "қазақстан", "қазақстан республикасы",
            "қр", "kazakhstan", "republic of kazakhstan", "kz"),
    "IRQ": ("ирак", "iraq", "iq"),
    "AZE": ("азербайджан", "әзірбайжан", "azerbaijan", "az"),
    "ARM": ("армения", "armenia", "am"),
    "GEO": ("грузия", "georgia", "ge"),
    "BLR": ("беларусь", "белоруссия", "belarus", "by"),
    "TUR": ("турция", "түркия", "turkey", "turkiye", "tr"),
    "SOM": ("сомали", "somalia", "so"),
    "YEM": ("йемен", "yemen", "ye"),
    "PSE": ("палестина", "palestine", "ps"),
    "MDA": ("молдова", "молдавия", "moldova", "md"),
    "USA": ("сша", "ақш", "united states", "united states of america", "usa", "us"),
}
_STATELESS_WORDS = {_norm(w) for w in (
    "лицо без гражданства", "лбг", "без гражданства", "апатрид", "не имеет", "нет",
    "азаматтығы жоқ", "азаматтығы жоқ адам", "жоқ", "stateless", "stateless person", "none")}
_CITIZEN_WORDS = ("гражданин", "гражданка", "гражданство", "гр", "азаматы", "азаматшасы",
                  "citizen", "of", "citizen of")


def _country_lookup() -> dict[str, str]:
    from app.documents.texts import countries

    lookup: dict[str, str] = {}
    for code, names in countries().items():
        lookup[_norm(code)] = code
        for name in names.values():
            lookup.setdefault(_norm(name), code)
    for code, names in _COUNTRY_EXTRA.items():
        for name in names:
            lookup.setdefault(_norm(name), code)
    return lookup


_COUNTRIES: dict[str, str] | None = None


def country_code(text: str) -> str | None:
    """ISO alpha-3 code of a country named in kk/ru/en, or given as a code; None if unknown."""
    global _COUNTRIES
    if _COUNTRIES is None:
        _COUNTRIES = _country_lookup()
    words = _norm(text)
    if not words:
        return None
    found = _COUNTRIES.get(words)
    if found is None:
        stripped = " ".join(w for w in words.split() if w not in _CITIZEN_WORDS)
        found = _COUNTRIES.get(stripped)
    if found is None and re.fullmatch(r"[A-Za-z]{3}", text.strip()):
        found = text.strip().upper()  # any other alpha-3 code, as the services take it
    return found


# --- statuses -----------------------------------------------------------------

#: What a register's status word tells. "closed" needs a reason (withdrawn/abandoned).
PENDING, WITHDRAWN, ABANDONED, CLOSED, DECIDED, STAGE = (
    "pending", "withdrawn", "abandoned", "closed", "decided", "stage")
_STATUS_WORDS: dict[str, tuple[str, ...]] = {
    PENDING: (
        "зарегистрировано", "зарегистрирован", "зарегистрирована", "регистрация",
        "ходатайство зарегистрировано", "на рассмотрении", "рассматривается", "в работе",
        "в производстве", "новое", "новый", "открыто", "ожидает", "ожидает решения",
        "тіркелді", "тіркелген", "өтінішхат тіркелді", "қаралуда", "қарауда", "қаралып жатыр",
        "жаңа", "registered", "petition registered", "pending", "under examination",
        "under consideration", "in progress", "open", "new", "awaiting decision"),
    WITHDRAWN: (
        "отозвано", "отозван", "отозвана", "отозвал", "отозвала", "ходатайство отозвано",
        "отказ от ходатайства", "отказался от ходатайства", "заявление отозвано",
        "по заявлению заявителя", "кері алынды", "кері қайтарып алынды", "кері қайтарылды",
        "өтінішхат кері алынды", "қайтарып алды", "withdrawn", "withdrew", "petition withdrawn",
        "withdrawal"),
    ABANDONED: (
        "неявка", "не явился", "не явилась", "в связи с неявкой", "утратил интерес",
        "выбыл", "местонахождение неизвестно", "келмеді", "келген жоқ", "хабарсыз",
        "abandoned", "no show", "did not appear", "failed to appear", "whereabouts unknown"),
    CLOSED: (
        "закрыто", "закрыт", "дело закрыто", "прекращено", "прекращен", "рассмотрение прекращено",
        "снят с учета", "снята с учета", "жабылды", "іс жабылды", "тоқтатылды", "closed",
        "case closed", "terminated", "discontinued"),
    DECIDED: (
        "признан беженцем", "признана беженцем", "признан", "признана", "беженец", "статус беженца",
        "статус предоставлен", "предоставлен статус", "предоставлен статус беженца",
        "продлен", "продлено", "продление", "продление статуса", "отказано", "отказ",
        "отказано в признании", "отказ в признании", "отклонено", "не признан",
        "решение принято", "решено", "обжаловано", "обжалование", "жалоба", "апелляция",
        "в суде", "босқын деп танылды", "босқын мәртебесі берілді", "мәртебе берілді",
        "босқын", "ұзартылды", "бас тартылды", "бас тарту", "шағым", "шағымданды",
        "recognised", "recognized", "recognised as refugee", "recognized as refugee", "granted",
        "refugee", "refugee status", "status granted", "extended", "extension", "refused",
        "rejected", "denied", "refusal", "decided", "decision", "appeal", "appealed",
        "appeal lodged"),
    STAGE: (
        "собеседование", "назначено собеседование", "собеседование проведено",
        "подготовка заключения", "заключение", "на утверждении", "сұхбат",
        "сұхбат тағайындалды", "қорытынды дайындалуда", "interview", "interview scheduled",
        "interviewed", "under assessment", "pending approval"),
}
_STATUS_LOOKUP: dict[tuple[str, ...], str] = {
    tuple(_norm(word).split()): kind for kind, words in _STATUS_WORDS.items() for word in words}
# Pana's own status labels (an export from Pana, re-imported) in the interface languages.
for _label, _kind_of in (("Ходатайство зарегистрировано", PENDING), ("Өтінішхат тіркелді", PENDING),
                         ("Дело закрыто", CLOSED)):
    _STATUS_LOOKUP.setdefault(tuple(_norm(_label).split()), _kind_of)
_LONGEST_STATUS = max(len(words) for words in _STATUS_LOOKUP)


def status_kind(text: str) -> str | None:
    """"pending", "withdrawn", "abandoned", "closed", "decided", or None if unknown.

    The whole text, else its longest known phrase decides; "closed" followed by why
    ("закрыто (отозвано)") is the reason."""
    if len(text) > 300:
        return None
    kind = _phrase_lookup(text, _STATUS_LOOKUP, _LONGEST_STATUS)
    if kind == CLOSED:
        words = tuple(_norm(text).split())
        reasons = {found for size in range(1, min(_LONGEST_STATUS, len(words)) + 1)
                   for start in range(len(words) - size + 1)
                   if (found := _STATUS_LOOKUP.get(words[start:start + size]))
                   in (WITHDRAWN, ABANDONED)}
        if len(reasons) == 1:
            return reasons.pop()
    return kind


# --- dates ----------------------------------------------------------------------

_FORMAT_TOKEN = re.compile(r"yyyy|yy|MM|M|dd|d")
_DATE_SUFFIX = re.compile(r"\s*(г\.?|года|год|ж\.?|жыл|жылы)$", re.IGNORECASE)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")


def _format_regex(fmt: str) -> re.Pattern | None:
    """The pattern of a Qt-style date format (dd, d, MM, M, yyyy, yy); None if it is not
    one (it needs a day, a month and a year, each once)."""
    if not isinstance(fmt, str) or not 4 <= len(fmt) <= 20:
        return None
    parts, seen, position = [], [], 0
    for match in _FORMAT_TOKEN.finditer(fmt):
        literal = fmt[position:match.start()]
        if any(ch.isalnum() for ch in literal):
            return None
        parts.append(r"\s*".join(re.escape(ch) for ch in literal if not ch.isspace()))
        token = match.group()
        kind = {"yyyy": "y", "yy": "yy", "MM": "m", "M": "m", "dd": "d", "d": "d"}[token]
        seen.append(kind.rstrip("y") or "y")
        parts.append({"y": r"(?P<y>\d{4})", "yy": r"(?P<yy>\d{2})", "m": r"(?P<m>\d{1,2})",
                      "d": r"(?P<d>\d{1,2})"}[kind])
        position = match.end()
    tail = fmt[position:]
    if any(ch.isalnum() for ch in tail):
        return None
    parts.append(re.escape(tail.strip()))
    if sorted(seen) != ["d", "m", "y"]:
        return None
    return re.compile(r"^\s*" + r"\s*".join(p for p in parts if p) + r"\s*$")


def date_pattern(fmt: str) -> re.Pattern | None:
    """The compiled pattern of a date format for ``parse_date`` / ``parse_birth``; None
    when ``fmt`` is not a date format."""
    return _format_regex(fmt)


def _strip_date(text: str) -> str:
    return _DATE_SUFFIX.sub("", text.strip()).strip()


def parse_date(text: str, patterns: list[re.Pattern], *, today: date | None = None
               ) -> date | None:
    """The date ``text`` holds in one of the formats (tried in order), or as an ISO date
    (how a real date cell reads); None when it is none of them."""
    text = _strip_date(text)
    if len(text) > 40:
        return None
    match = _ISO.match(text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    today = today or date.today()
    for pattern in patterns:
        match = pattern.match(text)
        if not match:
            continue
        groups = match.groupdict()
        if groups.get("y"):
            year = int(groups["y"])
        else:
            short = int(groups["yy"])
            year = 2000 + short if short <= today.year % 100 else 1900 + short
        try:
            return date(year, int(groups["m"]), int(groups["d"]))
        except ValueError:
            continue
    return None


_PARTIAL_FORMS = (
    (re.compile(r"^(\d{4})(~)?$"), ("y",)),
    (re.compile(r"^0{1,2}[./-]0{1,2}[./-](\d{4})(~)?$"), ("y",)),
    (re.compile(r"^0{1,2}[./-](\d{1,2})[./-](\d{4})(~)?$"), ("m", "y")),
    (re.compile(r"^(\d{1,2})[./-](\d{4})(~)?$"), ("m", "y")),
    (re.compile(r"^(\d{4})[./-](\d{1,2})(~)?$"), ("y", "m")),
)


def parse_birth(text: str, patterns: list[re.Pattern]) -> PartialDate | None:
    """A birth date: a full date as ``parse_date``, or a partial one — 1985, 05.1985,
    1985-05, 00.00.1985 (day and month unknown), ~ after it for an estimate."""
    text = _strip_date(text)
    estimated = text.endswith("~")
    full = parse_date(text.rstrip("~"), patterns)
    try:
        if full is not None:
            return PartialDate(full.year, full.month, full.day, estimated)
        for pattern, order in _PARTIAL_FORMS:
            match = pattern.match(text)
            if match:
                values = dict(zip(order, match.groups()[:len(order)], strict=True))
                return PartialDate(int(values["y"]), int(values["m"]) if "m" in values else None,
                                   None, bool(match.groups()[-1]))
    except ValidationError:
        return None
    return None


# ---------------------------------------------------------------------------
# the mapping file


def resolve_plan(plan: ImportPlan, sheet: Sheet) -> ImportPlan:
    """``plan`` with ``columns`` (header text or column letter -> field) turned into
    ``mapping`` (column index -> field) for this sheet's headers. Raises a
    ``ValidationError`` naming a column the sheet does not have."""
    if not plan.columns:
        return plan
    by_header: dict[str, int] = {}
    for index, header in enumerate(sheet.headers):
        if header:
            by_header.setdefault(_norm(header), index)
    mapping: dict[int, str] = {}
    errors = v.Collector()
    for name, key in plan.columns.items():
        if not key:
            continue
        index = by_header.get(_norm(name)) if _norm(name) else None
        if index is None:
            index = _letter_index(name.strip())
        if index is None or index >= max(len(sheet.headers), 1):
            errors.add(f"mapping: {v.shown(name, 60)}", FieldMessage(
                _N("Validation", "the sheet has no column “{column}”; its headers are: "
                                 "{headers}."), column=v.shown(name, 60),
                headers=", ".join(v.shown(h, 40) for h in sheet.headers if h) or "—"))
            continue
        mapping[index] = key
    errors.raise_if_any()
    return ImportPlan(mapping=mapping, date_formats=list(plan.date_formats), sheet=plan.sheet,
                      distinct_rows=list(plan.distinct_rows))


def load_mapping(path: Path) -> ImportPlan:
    """Read a mapping file (the ``--mapping`` of ``pana case import``).

    The file is UTF-8 JSON::

        {
          "format": "pana-import-mapping",      (optional)
          "version": 1,                          (optional)
          "sheet": "Реестр 2019",                (optional; default: the first sheet)
          "columns": {                           (required)
            "ФИО": "full_name",                  header text (any case and spacing) …
            "C": "birth_date",                   … or a column letter
            "Примечание": null                   null or "": the column is not imported
          },
          "date_formats": ["dd.MM.yyyy", "yyyy-MM-dd"],   (optional; tried in order;
                                                 tokens dd d MM M yyyy yy)
          "distinct_rows": [12, 40]              (optional; rows confirmed to be other
                                                 people than their possible duplicates)
        }

    The field keys are those of ``FIELDS``. Raises a ``ValidationError`` keyed by the
    file's name for anything else.
    """
    path = Path(path)
    source = path.name
    try:
        if path.stat().st_size > 1024 * 1024:
            raise _refuse(source, _N("Validation", "a mapping file is a few lines of JSON; "
                                                   "this one is too large."))
        text = path.read_bytes().decode("utf-8-sig")
        document = json.loads(text)
    except FileNotFoundError:
        raise _refuse(source, _N("Validation", "the file {path} does not exist; check its name "
                                               "and folder."), path=str(path)) from None
    except OSError as exc:
        raise _refuse(source, _N("Validation", "the file {path} cannot be read ({problem})."),
                      path=str(path), problem=exc.strerror or str(exc)) from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _refuse(source, _N("Validation", "the mapping file is not valid UTF-8 JSON; see "
                                               "the example in the documentation.")) from None
    return _plan_from_json(document, source)


def _plan_from_json(document: Any, source: str) -> ImportPlan:
    def refused(template: str, **params: Any) -> ValidationError:
        return ValidationError({source: FieldMessage(template, **params)})

    if not isinstance(document, dict):
        raise refused(_N("Validation", "the mapping file must hold one JSON object with "
                                       "“columns”."))
    unknown = sorted(set(document) - {"format", "version", "sheet", "columns", "date_formats",
                                      "distinct_rows"})
    if unknown:
        raise refused(_N("Validation", "the mapping file has keys Pana does not know: {keys}."),
                      keys=", ".join(v.shown(k, 30) for k in unknown[:5]))
    if document.get("format", MAPPING_FORMAT) != MAPPING_FORMAT:
        raise refused(_N("Validation", "the mapping file's “format” must be "
                                       "“pana-import-mapping”."))
    sheet = document.get("sheet", "") or ""
    columns = document.get("columns")
    formats = document.get("date_formats", DEFAULT_DATE_FORMATS)
    rows = document.get("distinct_rows", [])
    if not isinstance(sheet, str) or not isinstance(columns, dict) or not columns:
        raise refused(_N("Validation", "the mapping file needs “columns”: an object of column "
                                       "header (or letter) to field, and “sheet” must be "
                                       "text."))
    plan = ImportPlan(mapping={}, sheet=sheet)
    for name, key in columns.items():
        if key in (None, ""):
            continue
        if not isinstance(key, str) or key not in FIELDS:
            raise refused(_N("Validation", "“{key}” (for column “{column}”) is not a field; use "
                                           "one of: {fields}."),
                          key=v.shown(str(key), 40), column=v.shown(name, 40),
                          fields=", ".join(FIELDS))
        plan.columns[name] = key
    if not isinstance(formats, list) or not all(isinstance(f, str) for f in formats):
        raise refused(_N("Validation", "“date_formats” must be a list such as "
                                       "[\"dd.MM.yyyy\", \"yyyy-MM-dd\"]."))
    plan.date_formats = list(formats) or list(DEFAULT_DATE_FORMATS)
    if not isinstance(rows, list) or not all(type(r) is int and r > 0 for r in rows):
        raise refused(_N("Validation", "“distinct_rows” must be a list of row numbers."))
    plan.distinct_rows = list(rows)
    _check_plan_fields(plan.columns.values(), plan.date_formats, source)
    return plan


def save_mapping(plan: ImportPlan, path: Path, *, headers: list[str] | None = None) -> None:
    """Write ``plan`` as a mapping file (format: ``load_mapping``). With the sheet's
    ``headers``, columns are named by their header text (so they are found again if the
    columns move); without, by their letter."""
    columns: dict[str, str] = dict(plan.columns)
    for index, key in sorted(plan.mapping.items()):
        header = headers[index] if headers and index < len(headers) else ""
        name = header if header and header not in columns else column_letter(index)
        columns[name] = key
    document = {"format": MAPPING_FORMAT, "version": 1, "sheet": plan.sheet,
                "columns": columns, "date_formats": list(plan.date_formats)}
    if plan.distinct_rows:
        document["distinct_rows"] = sorted(set(plan.distinct_rows))
    Path(path).write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n",
                          encoding="utf-8")


def _check_plan_fields(keys, date_formats: list[str], source: str = "mapping") -> None:
    keys = list(keys)
    errors = v.Collector()
    for key in keys:
        if key not in FIELDS:
            errors.add(source, FieldMessage(
                _N("Validation", "“{key}” is not a field; use one of: {fields}."),
                key=v.shown(str(key), 40), fields=", ".join(FIELDS)))
    twice = sorted({k for k in keys if keys.count(k) > 1})
    if twice:
        errors.add(f"{source}: columns", FieldMessage(
            _N("Validation", "several columns are mapped to the same field ({fields}); map "
                             "each field once."), fields=", ".join(twice)))
    if not any(k in keys for k in ("full_name", "surname", "name_latin")):
        errors.add(f"{source}: surname", FieldMessage(
            _N("Validation", "no column holds the surname: map the full-name column (ФИО) or "
                             "the surname column.")))
    if "registered_on" not in keys:
        errors.add(f"{source}: registered_on", FieldMessage(
            _N("Validation", "no column holds the date of registration; map it, as every "
                             "case counts its deadlines from it.")))
    bad = [f for f in date_formats if _format_regex(f) is None]
    if bad or not date_formats:
        errors.add(f"{source}: date_formats", FieldMessage(
            _N("Validation", "“{format}” is not a date format; write the day as dd, the "
                             "month as MM and the year as yyyy (or yy), e.g. dd.MM.yyyy."),
            format=v.shown(bad[0] if bad else "", 30)))
    errors.raise_if_any()


# ---------------------------------------------------------------------------
# checking the rows


@dataclass
class _Row:
    """One row, checked: what is written for it."""

    number: int
    data: PetitionInput | None
    values: dict[str, Any]  # the validated values of the petition (cases._validate_petition)
    status: str  # "pending" | "withdrawn" | "abandoned"
    closed_on: date | None
    closure_note: str
    old_number: str
    passport: str
    officer_id: uuid.UUID | None
    keys: PersonKeys | None
    candidates: list[duplicates.DuplicateCandidate] = field(default_factory=list)


@dataclass
class _Checked:
    report: DryRun
    rows: list[_Row]
    audit_seq: int


#: The petition's validation keys and the import field each belongs to.
_SERVICE_FIELDS = (
    ("applicant.names[0].surname", "surname"), ("applicant.names[0].given_names", "given_names"),
    ("applicant.names[0].patronymic", "patronymic"), ("applicant.names[0]", "surname"),
    ("applicant.names[1]", "name_latin"), ("applicant.names", "surname"),
    ("applicant.sex", "sex"), ("applicant.birth_date", "birth_date"),
    ("applicant.place_of_birth", "place_of_birth"), ("applicant.citizenships", "citizenship"),
    ("applicant.stateless", "citizenship"), ("applicant.ethnicity", "ethnicity"),
    ("applicant.religion", "religion"), ("applicant.phone", "phone"),
    ("applicant.email", "email"), ("applicant.address", "address"), ("case.notes", "notes"),
    ("case.registered_on", "registered_on"), ("case.arrived_on", "arrived_on"),
)


def _service_field(key: str) -> str:
    for prefix, name in _SERVICE_FIELDS:
        if key == prefix or key.startswith(prefix + ".") or key.startswith(prefix + "["):
            return name
    return "row"


#: "№ 12", "No. 12", "Nr 12": the notes write "№ " before the old number themselves.
_OLD_NUMBER_SIGN = re.compile(r"^(№|N[or]\.?(?=[\s\d]))\s*")


class _RowChecker:
    """Checks rows one by one; knows the sheet, the plan and the database."""

    def __init__(self, uow: UnitOfWork, actor: Actor, sheet: Sheet, plan: ImportPlan) -> None:
        self.uow, self.actor, self.sheet, self.plan = uow, actor, sheet, plan
        self.columns = {key: index for index, key in plan.mapping.items()}
        self.patterns = [p for p in (_format_regex(f) for f in plan.date_formats) if p]
        self.formats = ", ".join(plan.date_formats)
        self.today = date.today()
        self.officers = self._officers()
        self.existing = _ExistingPeople(uow.session)

    def _officers(self) -> dict[str, list[uuid.UUID]]:
        found: dict[str, list[uuid.UUID]] = {}
        for user_id, username, display in self.uow.session.execute(
                select(User.id, User.username, User.display_name).where(
                    User.role == Role.OFFICER.value, User.disabled.is_(False))):
            for name in {_norm(username), _norm(display or "")} - {""}:
                found.setdefault(name, [])
                if user_id not in found[name]:
                    found[name].append(user_id)
        return found

    def cell(self, cells: list[str], key: str) -> str:
        index = self.columns.get(key)
        return cells[index] if index is not None and index < len(cells) else ""

    def column(self, key: str) -> str:
        index = self.columns.get(key)
        return self.sheet.column_name(index) if index is not None else ""

    def check(self, number: int, cells: list[str]) -> tuple[_Row, list[RowProblem]]:
        problems: list[RowProblem] = []

        def problem(key: str, template: str, **params: Any) -> None:
            problems.append(RowProblem(number, key, FieldMessage(template, **params),
                                       self.column(key)))

        get = lambda key: self.cell(cells, key)  # noqa: E731
        # Names: separate columns first, else the full name split surname first.
        surname, given, patronymic = split_full_name(get("full_name"))
        surname = get("surname") or surname
        given = get("given_names") or given
        patronymic = get("patronymic") or patronymic
        names: list[NameInput] = []
        latin = split_full_name(get("name_latin"))
        if surname or given or patronymic:
            script = detect_script(" ".join((surname, given, patronymic)))
            names.append(NameInput(script, surname, given, patronymic, NameUse.OFFICIAL.value))
        if any(latin) and (not names or (names[0].surname, names[0].given_names,
                                         names[0].patronymic) != latin):
            names.append(NameInput(Script.LATIN.value, *latin, NameUse.OFFICIAL.value))
        name_flagged = not names or not names[0].surname.strip()
        if name_flagged:
            key = "full_name" if "full_name" in self.columns and "surname" not in self.columns \
                else "surname" if "surname" in self.columns else "name_latin"
            problem(key, _N("Validation", "the surname is empty; every row needs the person's "
                                          "surname (a person with a single name: write it as "
                                          "the surname)."))

        sex_text = get("sex")
        sex = _SEX_WORDS.get(_norm(sex_text)) if sex_text else Sex.UNKNOWN
        if sex is None:
            problem("sex", _N("Validation", "“{value}” is not a sex Pana knows; write male or "
                                            "female (м/ж, ер/әйел, M/F)."),
                    value=v.shown(sex_text))
            sex = Sex.UNKNOWN

        birth_text = get("birth_date")
        born = None
        if birth_text:
            born = parse_birth(birth_text, self.patterns)
            if born is None:
                problem("birth_date", _N("Validation", "“{value}” is not a date in any of the "
                                                       "formats {formats} (nor a year such as "
                                                       "1985)."),
                        value=v.shown(birth_text), formats=self.formats)

        citizenships, stateless = self._citizenship(get("citizenship"), problem)
        registered = self._date(get("registered_on"), "registered_on", problem, required=True)
        arrived = self._date(get("arrived_on"), "arrived_on", problem)
        closed_on = self._date(get("closed_on"), "closed_on", problem)
        status, note = self._status(get("status"), get("closure_reason"), problem)
        if status in (WITHDRAWN, ABANDONED):
            if closed_on is None and not get("closed_on"):
                problem("closed_on" if "closed_on" in self.columns else "status",
                        _N("Validation", "a closed case needs the date it was closed; add it "
                                         "in a “Date closed” column."))
            elif closed_on is not None and registered is not None and closed_on < registered:
                problem("closed_on", _N("Validation", "the case cannot be closed ({closed}) "
                                                      "before it was registered ({registered})."),
                        closed=closed_on, registered=registered)
        elif status == PENDING and closed_on is not None:
            problem("closed_on", _N("Validation", "the row gives a date closed, but its status "
                                                  "says the petition is pending; clear one of "
                                                  "the two."))

        officer_id = self._officer(get("officer"), problem)
        old_number = _OLD_NUMBER_SIGN.sub("", get("case_number_old")).strip()
        if len(old_number) > v.MAX_SHORT:
            problem("case_number_old", _N("Validation", "is too long ({length} characters); at "
                                                        "most {limit} fit."),
                    length=len(old_number), limit=v.MAX_SHORT)
        passport = get("passport_number")
        if passport and not document_key(passport):
            problem("passport_number", _N("Validation", "a document number needs at least one "
                                                        "letter or digit."))
        elif len(passport) > v.MAX_SHORT:
            problem("passport_number", _N("Validation", "is too long ({length} characters); at "
                                                        "most {limit} fit."),
                    length=len(passport), limit=v.MAX_SHORT)
        notes = get("notes")
        if old_number:
            notes = f"№ {old_number}" + (f"\n{notes}" if notes else "")

        data = PetitionInput(
            names=names, sex=sex.value, birth_date=str(born) if born else "",
            place_of_birth=get("place_of_birth"), citizenships=citizenships,
            stateless=stateless, ethnicity=get("ethnicity"), religion=get("religion"),
            phone=get("phone"), email=get("email"), address=get("address"),
            arrived_on=arrived, registered_on=registered or self.today, notes=notes)
        errors, values = _validate_petition(data)
        for key, message in errors.errors.items():
            name = _service_field(key)
            if name in ("surname", "given_names", "patronymic") and name not in self.columns \
                    and "full_name" in self.columns:
                name = "full_name"  # the part came from splitting the full name
            if ((name_flagged and key in ("applicant.names", "applicant.names[0]"))
                    or (key == "case.registered_on" and registered is None)):
                continue  # said above in the import's words
            if name == "notes" and key == "case.notes" and not get("notes"):
                name = "case_number_old"
            problems.append(RowProblem(number, name, message,
                                       self.column(name) if name in self.columns else ""))
        for key, when in (("registered_on", registered), ("arrived_on", arrived),
                          ("closed_on", closed_on)):
            if when is not None and when.year < EARLIEST_REGISTER_YEAR:
                problem(key, _N("Validation", "{date} lies before {year}; check the year."),
                        date=when, year=str(EARLIEST_REGISTER_YEAR))
        if closed_on is not None and closed_on > self.today:
            problem("closed_on", _N("Validation", "the date closed cannot be in the future."))

        keys = None
        if names:
            full_names = [" ".join(p for p in (n.surname, n.given_names, n.patronymic) if p)
                          for n in names]
            keys = PersonKeys.build([v.searchable(n, 3 * v.MAX_LINE) for n in full_names],
                                    born, [v.searchable(passport, 100)] if passport else [])
        row = _Row(number, data, values, status or PENDING, closed_on, note, old_number,
                   passport, officer_id, keys)
        if keys is not None and (keys.name_keys or keys.document_keys):
            row.candidates = self.existing.find(keys)
        return row, problems

    def _date(self, text: str, key: str, problem, *, required: bool = False) -> date | None:
        if not text:
            if required:
                problem(key, _N("Validation", "the date of registration is empty; every row "
                                              "needs it, as the case's deadlines count from it."))
            return None
        found = parse_date(text, self.patterns, today=self.today)
        if found is None:
            problem(key, _N("Validation", "“{value}” is not a date in any of the formats "
                                          "{formats}."), value=v.shown(text), formats=self.formats)
        return found

    def _citizenship(self, text: str, problem) -> tuple[list[str], bool]:
        if not text:
            return [], False
        if _norm(text) in _STATELESS_WORDS:
            return [], True
        codes: list[str] = []
        for part in re.split(r"[,;/\n]+|\s+и\s+|\s+and\s+|\s+және\s+", text):
            if not part.strip():
                continue
            code = country_code(part)
            if code is None:
                problem("citizenship", _N("Validation", "“{value}” is not a country Pana knows; "
                                                        "write its name or its three-letter code "
                                                        "(CHN, AFG, UZB …), or “stateless”."),
                        value=v.shown(part.strip()))
                continue
            if code not in codes:
                codes.append(code)
        return codes, False

    def _status(self, text: str, reason_text: str, problem) -> tuple[str | None, str]:
        """The kind of the row's status and the note kept with a closure."""
        kind = status_kind(text) if text else PENDING
        reason = status_kind(reason_text) if reason_text else None
        if kind is None:
            problem("status", _N("Validation", "“{value}” is not a status Pana knows. Pending "
                                               "petitions: registered or under examination; "
                                               "closed ones: withdrawn or abandoned (with the "
                                               "date closed)."), value=v.shown(text))
            return None, ""
        if kind == DECIDED:
            problem("status", _N("Validation", "“{value}” records a decision, which a register "
                                               "row cannot bring in: Pana keeps a decision with "
                                               "its assessment, legal basis and approving "
                                               "supervisor. Import such cases from a Pana case "
                                               "file, or leave the row out and record the "
                                               "decision in Pana."), value=v.shown(text))
            return None, ""
        if kind == STAGE:
            problem("status", _N("Validation", "“{value}” is a step Pana records itself, with "
                                               "its record (the interview, the assessment); "
                                               "import the row as “under examination” and "
                                               "take the step in Pana."), value=v.shown(text))
            return None, ""
        if kind == CLOSED:
            if reason in (WITHDRAWN, ABANDONED):
                kind = reason
            else:
                where = "closure_reason" if reason_text else "status"
                problem(where, _N("Validation", "a closed case needs its reason: withdrawn or "
                                                "abandoned (in the status or a “Reason for "
                                                "closing” column); “{value}” does not say "
                                                "which."), value=v.shown(reason_text or text))
                return None, ""
        note = " — ".join(t for t in (text, reason_text) if t) if kind != PENDING else ""
        return kind, note

    def _officer(self, text: str, problem) -> uuid.UUID | None:
        if not text:
            return None
        found = self.officers.get(_norm(text), [])
        if len(found) == 1:
            return found[0]
        if found:
            problem("officer", _N("Validation", "“{name}” names several officers; write the "
                                                "officer's user name."), name=v.shown(text))
        else:
            problem("officer", _N("Validation", "“{name}” is not an active officer; write an "
                                                "officer's user name or display name, or leave "
                                                "the cell empty to assign the case to yourself."),
                    name=v.shown(text))
        return None


class _ExistingPeople:
    """``duplicates.find_possible_duplicates`` — the check before every new petition —
    for many people in one transaction: the same candidates (the two longest words of
    each name through the search index, at most ``CANDIDATE_LIMIT`` cases a word; the
    same identity-document numbers), compared by the same rules (``compare``) with the
    same result; but each word is searched and each case's people are read once, in
    batches, however many rows bring them into view. (Calling the service for each row
    reads every candidate case again: with common names, a register of 10,000 rows
    against a database of 10,000 cases took more than ten minutes.) The tests hold the
    two to the same answers."""

    def __init__(self, session) -> None:
        self.session = session
        self.words: dict[str, list[uuid.UUID]] = {}
        self.documents: dict[str, list[uuid.UUID]] = {}
        self.people: dict[uuid.UUID, tuple[Case, list[tuple[object, list, bool, PersonKeys]]]] = {}

    def find(self, new: PersonKeys) -> list[duplicates.DuplicateCandidate]:
        session = self.session
        case_ids: set[uuid.UUID] = set()
        for key in new.name_keys:
            for word in sorted(key.split(), key=len, reverse=True)[:2]:
                if len(word) >= 3:
                    ids = self.words.get(word)
                    if ids is None:
                        ids = self.words[word] = search.search_case_ids(
                            session, word, duplicates.CANDIDATE_LIMIT)
                    case_ids.update(ids)
        for doc in new.document_keys:
            ids = self.documents.get(doc)
            if ids is None:
                ids = self.documents[doc] = list(session.execute(
                    select(IdentityDocument.case_id).where(
                        IdentityDocument.number_key == doc)).scalars())
            case_ids.update(ids)
        self._load([c for c in case_ids if c not in self.people])
        found: list[duplicates.DuplicateCandidate] = []
        for case_id in case_ids:
            case, people = self.people[case_id]
            best = None
            for row, row_names, relative, known in people:
                match = compare(new, known)
                if match and (best is None or match.score > best[0].score):
                    best = (match, row, row_names, relative)
            if best is None:
                continue
            match, row, row_names, relative = best
            found.append(duplicates.DuplicateCandidate(
                case_number=case.number, names=[duplicates._full(n) for n in row_names],
                birth_date=str(duplicates._birth(row) or ""), status=case.status,
                registered_on=case.registered_on, score=match.score,
                reasons=[r.value for r in match.reasons], as_family_member=relative))
        found.sort(key=lambda c: (-c.score, c.case_number))
        return found

    def _load(self, case_ids: list[uuid.UUID]) -> None:
        """Read the people of these cases: applicant and relatives, with their names
        (in order of position) and the applicant's document numbers."""
        from app.db.models import FamilyMember

        session = self.session
        for start in range(0, len(case_ids), 500):
            ids = case_ids[start:start + 500]
            found = {case.id: case for case in session.execute(
                select(Case).where(Case.id.in_(ids))).scalars()}
            applicants = {a.case_id: a for a in session.execute(
                select(Applicant).where(Applicant.case_id.in_(ids))).scalars()}
            members: dict[uuid.UUID, list] = {}
            for member in session.execute(select(FamilyMember).where(
                    FamilyMember.case_id.in_(ids))).scalars():
                members.setdefault(member.case_id, []).append(member)
            names: dict[uuid.UUID, list[PersonName]] = {}
            owners = [a.id for a in applicants.values()] + [
                m.id for group in members.values() for m in group]
            for chunk in range(0, len(owners), 500):
                part = owners[chunk:chunk + 500]
                for name in session.execute(select(PersonName).where(
                        PersonName.applicant_id.in_(part) | PersonName.family_member_id.in_(part))
                        .order_by(PersonName.position)).scalars():
                    names.setdefault(name.applicant_id or name.family_member_id, []).append(name)
            documents: dict[uuid.UUID, list[str]] = {}
            for case_id, number in session.execute(
                    select(IdentityDocument.case_id, IdentityDocument.number).where(
                        IdentityDocument.case_id.in_(ids),
                        IdentityDocument.family_member_id.is_(None))):
                documents.setdefault(case_id, []).append(number)
            for case_id, case in found.items():
                applicant = applicants[case_id]
                own = names.get(applicant.id, [])
                people = [(applicant, own, False, PersonKeys.build(
                    [duplicates._full(n) for n in own], duplicates._birth(applicant),
                    documents.get(case_id, [])))]
                for member in members.get(case_id, []):
                    theirs = names.get(member.id, [])
                    people.append((member, theirs, True, PersonKeys.build(
                        [duplicates._full(n) for n in theirs], duplicates._birth(member), [])))
                self.people[case_id] = (case, people)


def _within_file(rows: list[_Row], confirmed: set[int]) -> list[RowProblem]:
    """A problem for each row that may be the same person as an earlier row of the file,
    by the rules duplicate detection uses (``domain.duplicates.compare``). Rows sharing
    one of the two longest words of a name (or a document number) are compared, as the
    search before a new petition brings cases into view; rapidfuzz's batch scorer finds
    the similar names among them."""
    from rapidfuzz import fuzz, process

    from app.domain.duplicates import NAME_THRESHOLD

    buckets: dict[str, list[int]] = {}
    entries: list[tuple[int, str]] = []  # (row position, sorted name key)
    for position, row in enumerate(rows):
        if row.keys is None:
            continue
        for key in row.keys.name_keys:
            words = key.split()
            entry = len(entries)
            entries.append((position, " ".join(sorted(words))))
            for word in sorted(words, key=len, reverse=True)[:2]:
                if len(word) >= 3:
                    buckets.setdefault("n:" + word, []).append(entry)
        for doc in row.keys.document_keys:
            entries.append((position, ""))
            buckets.setdefault("d:" + doc, []).append(len(entries) - 1)
    first_match: dict[int, tuple[int, Any]] = {}
    compared: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) < 2:
            continue
        for i in range(1, len(members)):
            later_pos, later_key = entries[members[i]]
            earlier = members[:i]
            if later_key:
                hits = process.extract(later_key, [entries[e][1] for e in earlier],
                                       scorer=fuzz.ratio, score_cutoff=NAME_THRESHOLD,
                                       limit=None)
                candidates = [entries[earlier[index]][0] for _c, _s, index in hits]
            else:
                candidates = [entries[e][0] for e in earlier]
            for earlier_pos in candidates:
                if earlier_pos == later_pos or (earlier_pos, later_pos) in compared:
                    continue
                compared.add((earlier_pos, later_pos))
                match = compare(rows[later_pos].keys, rows[earlier_pos].keys)
                if match is None:
                    continue
                seen = first_match.get(later_pos)
                if seen is None or earlier_pos < seen[0]:
                    first_match[later_pos] = (earlier_pos, match)
    problems = []
    for later_pos, (earlier_pos, match) in sorted(first_match.items()):
        row = rows[later_pos]
        if row.number in confirmed:
            continue
        problems.append(RowProblem(row.number, "duplicate", FieldMessage(
            _N("Validation", "may be the same person as row {other} ({reasons}); keep one of "
                             "the two rows, or confirm that they are different people."),
            other=rows[earlier_pos].number,
            reasons=FieldMessage.marked("Duplicates", REASON_LABELS[match.reasons[0]]))))
    return problems


def _audit_seq(uow: UnitOfWork) -> int:
    head = uow.session.get(AuditHead, 1)
    return head.seq if head is not None else 0


def _check_all(uow: UnitOfWork, actor: Actor, sheet: Sheet, plan: ImportPlan, *,
               progress: Callable[[int, int], None] | None,
               cancelled: Callable[[], bool] | None, steps: int) -> _Checked:
    require(actor.role, Action.IMPORT_CASES)
    require(actor.role, Action.REGISTER_PETITION)  # what every row does
    plan = resolve_plan(plan, sheet)
    _check_plan_fields(plan.mapping.values(), plan.date_formats)
    checker = _RowChecker(uow, actor, sheet, plan)
    confirmed = set(plan.distinct_rows)
    problems: list[RowProblem] = []
    rows: list[_Row] = []
    total = len(sheet.rows)
    stopped = False
    for position, (number, cells) in enumerate(zip(sheet.row_numbers, sheet.rows, strict=True)):
        if cancelled is not None and cancelled():
            stopped = True
            break
        row, found = checker.check(number, cells)
        rows.append(row)
        problems.extend(found)
        if progress is not None:
            progress(position + 1, steps)
    problems.extend(_within_file(rows, confirmed))
    problems.sort(key=lambda p: (p.row, list(FIELDS).index(p.field) if p.field in FIELDS
                                 else len(FIELDS)))
    found_duplicates = [(row.number, c.case_number) for row in rows for c in row.candidates]
    bad_rows = {p.row for p in problems} | {r for r, _n in found_duplicates
                                             if r not in confirmed}
    report = DryRun(total=len(rows) if stopped else total,
                    ok=sum(1 for row in rows if row.number not in bad_rows),
                    problems=problems, duplicates=found_duplicates,
                    confirmed_rows=frozenset(confirmed), cancelled=stopped)
    return _Checked(report, rows, _audit_seq(uow))


def dry_run(uow: UnitOfWork, actor: Actor, sheet: Sheet, plan: ImportPlan, *,
            progress: Callable[[int, int], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> DryRun:
    """Check every row as the import would, and write nothing.

    Who may: a role allowed both to import cases and to register petitions (a
    supervisor). ``progress(done, total)`` is called after each row; ``cancelled()``,
    polled between rows, stops the check (the report then says ``cancelled`` and
    covers the rows checked). A plan that cannot work at all (no surname or registration
    date column, a field mapped twice, a bad date format, a mapping-file column the
    sheet lacks) is refused with a ``ValidationError``.
    """
    return _check_all(uow, actor, sheet, plan, progress=progress, cancelled=cancelled,
                      steps=len(sheet.rows)).report


# ---------------------------------------------------------------------------
# writing


def run_import(store, actor: Actor, sheet: Sheet, plan: ImportPlan, *,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] = lambda: False) -> ImportReport:
    """Import every row of ``sheet`` as a new case, or nothing.

    The rows are checked first in a read transaction (as ``dry_run``), so other users
    can go on saving meanwhile; then, in one write transaction, the rows are written —
    checked again first if anything was saved in between (the audit chain's head
    moved). Nothing is written when a row has a problem or an unconfirmed possible
    duplicate (the report's ``dry_run`` says which and why), when ``cancelled()`` —
    polled between rows and between batches of the writing — answers True, or on any
    error. ``progress(done, total)``: ``total`` is twice the number of rows, each row
    counting once when checked and once when written.
    """
    steps = 2 * len(sheet.rows)
    with store.uow(readonly=True) as uow:
        checked = _check_all(uow, actor, sheet, plan, progress=progress, cancelled=cancelled,
                             steps=steps)
    if not checked.report.can_import:
        return ImportReport(0, [], checked.report, checked.report.cancelled)
    with store.uow() as uow:
        if _audit_seq(uow) != checked.audit_seq:  # somebody saved meanwhile: check again
            checked = _check_all(uow, actor, sheet, plan, progress=progress,
                                 cancelled=cancelled, steps=steps)
            if not checked.report.can_import:
                return ImportReport(0, [], checked.report, checked.report.cancelled)
        numbers = _write(uow, actor, sheet, plan, checked.rows, progress=progress,
                         cancelled=cancelled, steps=steps)
        if numbers is None or cancelled():
            report = checked.report
            report.cancelled = True
            return ImportReport(0, [], report, True)
        uow.commit()
    if progress is not None:
        progress(steps, steps)
    return ImportReport(len(numbers), numbers, checked.report, False)


def _write(uow: UnitOfWork, actor: Actor, sheet: Sheet, plan: ImportPlan, rows: list[_Row], *,
           progress, cancelled, steps: int) -> list[str] | None:
    """Insert the rows' cases; None when cancelled (the caller then rolls back)."""
    session = uow.session
    region = commission_region(session)
    settings = deadline_settings(session)
    # Numbers in order of registration within each year, as if registered then.
    order = sorted(range(len(rows)), key=lambda i: (rows[i].values["registered_on"],
                                                    rows[i].number))
    sequences: dict[int, CaseSequence] = {}
    numbers: list[str] = [""] * len(rows)
    case_ids: list[uuid.UUID] = [uuid.uuid4() for _row in rows]
    for i in order:
        year = rows[i].values["registered_on"].year
        seq = sequences.get(year)
        if seq is None:
            seq = session.get(CaseSequence, (region, year))
            if seq is None:
                seq = CaseSequence(region_code=region, year=year, last_value=0)
                session.add(seq)
            sequences[year] = seq
        seq.last_value += 1
        numbers[i] = str(CaseNumber(region, year, seq.last_value))
    session.flush()

    tables: dict[Any, list[dict[str, Any]]] = {Case: [], Applicant: [], PersonName: [],
                                                IdentityDocument: [], CaseClosure: []}
    audit_entries: list[dict[str, Any]] = []
    done = len(rows)
    for start in range(0, len(order), INSERT_BATCH):
        if cancelled():
            return None
        for table in tables.values():
            table.clear()
        for i in order[start:start + INSERT_BATCH]:
            entry = _row_values(rows[i], case_ids[i], numbers[i], actor, settings, tables)
            entry["new"] |= {"source": sheet.source, "sheet": sheet.name, "row": rows[i].number}
            audit_entries.append(entry)
        for model, values in tables.items():
            if values:
                session.execute(insert(model.__table__), values)
        done += len(order[start:start + INSERT_BATCH])
        if progress is not None:
            progress(min(done, steps - 1), steps)
    if cancelled():
        return None
    search.index_cases(session, [(case_ids[i], numbers[i]) for i in order])
    # Audit entries in the order of the rows.
    audit_entries.sort(key=lambda e: e["new"]["row"])
    uow.audit_many(actor, "case.import", audit_entries)
    confirmed = set(plan.distinct_rows)
    for i, row in enumerate(rows):
        if row.candidates and row.number in confirmed:
            case = session.get(Case, case_ids[i])
            duplicates.add_distinct_records(uow, actor, case, row.candidates)
    session.flush()
    return numbers


def _row_values(row: _Row, case_id: uuid.UUID, number: str, actor: Actor, settings,
                tables: dict[Any, list[dict[str, Any]]]) -> dict[str, Any]:
    """Add the rows of one case to ``tables``; return its audit entry."""
    d = row.values
    registered: date = d["registered_on"]
    applicant_id = uuid.uuid4()
    closed = row.status in (WITHDRAWN, ABANDONED)
    case = dict(
        id=case_id, number=number,
        status=(CaseStatus.CLOSED if closed else CaseStatus.REGISTERED).value,
        assigned_officer_id=row.officer_id or actor.user_id, registered_on=registered,
        arrived_on=row.data.arrived_on, petition_language=d["petition_language"] or "kk",
        document_language=d["document_language"], notes=d["notes"],
        decision_due_on=settings.decision_due(registered),
        closed_on=row.closed_on if closed else None,
        closure_reason=(ClosureReason.WITHDRAWN if row.status == WITHDRAWN
                        else ClosureReason.ABANDONED).value if closed else None)
    born = d["born"]
    applicant = dict(
        id=applicant_id, case_id=case_id, sex=d["sex"].value,
        birth_year=born.year if born else None, birth_month=born.month if born else None,
        birth_day=born.day if born else None, birth_estimated=born.estimated if born else False,
        place_of_birth=d["place_of_birth"], stateless=row.data.stateless,
        citizenships=",".join(d["citizenships"]), ethnicity=d["ethnicity"],
        religion=d["religion"], languages="", phone=d["phone"], email=d["email"],
        address=d["address"], consent_given=False, consent_on=None)
    names = [dict(id=uuid.uuid4(), applicant_id=applicant_id, position=position,
                  script=name.script, use=name.use, surname=name.surname,
                  given_names=name.given_names, patronymic=name.patronymic)
             for position, name in enumerate(d["names"])]
    tables[Case].append(case)
    tables[Applicant].append(applicant)
    tables[PersonName].extend(names)
    if row.passport:
        document = dict(id=uuid.uuid4(), case_id=case_id, doc_type=DocumentType.PASSPORT.value,
                        number=row.passport.strip(), number_key=document_key(row.passport),
                        issuing_country="", issuer="", is_original=False, notes="")
        tables[IdentityDocument].append(document)
    if closed:
        closure = dict(id=uuid.uuid4(), case_id=case_id, action="close",
                       reason=case["closure_reason"], note=row.closure_note,
                       on_date=row.closed_on, by_id=actor.user_id)
        tables[CaseClosure].append(closure)
    # As the case exchange's import: where the case came from, not a copy of it.
    new = {"number": number, "status": case["status"], "old_number": row.old_number}
    return {"entity": "case", "entity_id": case_id, "case_id": case_id, "new": new}


__all__ = [
    "DEFAULT_DATE_FORMATS", "FIELDS", "DryRun", "ImportPlan", "ImportReport", "RowProblem",
    "Sheet", "cell_text", "column_letter", "country_code", "date_pattern", "dry_run",
    "field_label",
    "guess_field", "guess_mapping", "load_mapping", "parse_birth", "parse_date",
    "read_rows", "read_sheet_names", "resolve_plan", "run_import", "save_mapping",
    "split_full_name", "status_kind",
]
