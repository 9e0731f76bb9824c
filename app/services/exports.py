"""Registers and statistics out as spreadsheets (XLSX or CSV), audited.

A ``Table`` is what leaves: a title, headers already in the language wanted, the
rows, and which columns hold personal data (``sensitive``). ``write_table`` writes
one table or several (one sheet each in XLSX) to a file, leaving the personal
columns out on request. The tables come from ``registry_table`` (the cases of the
registry's filter), ``register_table`` (the register of issued documents) and
``statistics_tables`` (one per figure of the statistics screen).

Who may export what:

* the registry — anyone who sees the list of cases (``VIEW_CASE_LIST``); with the
  applicants' names and citizenships only a role with ``EXPORT_CASES``
  (supervisor, admin). Without it the personal columns are refused, not silently
  dropped: the screen offers the export without them.
* the register of issued documents — anyone who sees it (``PRINT_DOCUMENT``); with
  the applicants' names, the names of whom papers were handed to and the reasons
  papers were voided only with ``EXPORT_CASES`` as well.
* statistics — aggregates; whoever may see the statistics screen. By-citizenship
  and by-ethnicity counts are not personal data; by-officer rows name staff, as the
  registry's "Officer" column does — staff names are not treated as personal data
  of the applicants.

Large tables stream: ``registry_table`` and ``register_table`` read the database
page by page *while the file is written* (so call ``write_table`` inside the same
unit of work; ``export`` does both), and the XLSX sheet goes to disk as it grows
(openpyxl's write-only mode). A million cases never sit in memory at once.

Files appear whole or not at all: everything is written to a hidden file beside
the target (openpyxl's sheet buffers too — nothing with applicant data goes to the
system's temporary folder) and renamed over the target at the end. ``export``
audits ("export.registry" / "export.register" / "export.statistics": rows,
format, whether personal columns were left out, the selection — never a cell)
*before* that rename, so a file on disk is always in the audit trail.

Headers are English sources marked in the context ``HEADER_CONTEXT`` ("Export");
the caller passes ``header`` (English source → shown text: the UI's translator,
identity in the CLI) and ``values`` ((context, English source) → shown text) for
vocabulary values such as statuses and outcomes, which are translated in their
own contexts ("CaseStatus", "Vocab").
"""

from __future__ import annotations

import contextlib
import csv
import math
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from app.db.audit import Actor
from app.db.models import Applicant, Case, Certificate, IssuedDocument, User
from app.db.uow import UnitOfWork
from app.domain import validation as v
from app.domain import vocab
from app.domain.errors import StoreError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.permissions import Action, require
from app.domain.vocab import (
    AppealOutcome,
    CertificateKind,
    CertificateState,
    DocType,
    LetterKind,
    Outcome,
)
from app.domain.workflow import PRE_DECISION, CaseStatus, status_label
from app.services import queries
from app.services.queries import CaseFilter

if TYPE_CHECKING:  # written by another module at the same time; only its shapes are used
    from app.services.statistics import GroupRow, Statistics

#: The translation context of every header and title made here.
HEADER_CONTEXT = "Export"

XLSX, CSV = "xlsx", "csv"
FORMATS = (XLSX, CSV)

#: What can be exported; the audit action is "export.<what>".
WHATS = ("registry", "register", "statistics")

#: Excel's number formats: dates as the commission writes them.
DATE_FORMAT = "dd.mm.yyyy"
DATETIME_FORMAT = "dd.mm.yyyy hh:mm"
#: A column of months (the 1st of each month): ``Table.formats[column] = MONTH``.
MONTH = "mm.yyyy"

#: Rows a worksheet holds below its header row (Excel's limit is 1,048,576 rows); a
#: longer table continues on a second sheet with the same header.
MAX_SHEET_ROWS = 1_048_575
#: Excel's limit of characters in a cell; a longer text is cut there.
MAX_CELL = 32_767
#: Rows looked at to size the columns (the file is streamed, so not all of them).
WIDTH_SAMPLE = 500
MAX_WIDTH = 60
#: Rows fetched from the database at a time.
PAGE = 2_000
#: ``progress`` hears of the rows written this often.
PROGRESS_EVERY = 5_000

#: The first characters that make a spreadsheet read a CSV cell as a formula (and
#: tab/carriage return, which some programs strip before looking).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Header = Callable[[str], str]
Values = Callable[[str, str], str]
TableSource = Any  # Table | Sequence[Table] | Callable[[UnitOfWork, bool], Table | Sequence[Table]]


def same(text: str) -> str:
    """The English header itself (the CLI's ``header``)."""
    return text


def english(_context: str, text: str) -> str:
    """The English value itself (the CLI's ``values``)."""
    return text


@dataclass(frozen=True)
class Table:
    """What is exported: headers already in the language wanted.

    ``rows`` is a list, or (``registry_table``, ``register_table``) an iterable that
    reads the database each time it is iterated: write it inside the unit of work
    it came from. Cells are str, int, float, date, datetime or None.
    """

    title: str
    headers: list[str]
    rows: Iterable[list[object]]
    sensitive: frozenset[int] = frozenset()  # column indexes holding personal data
    #: Excel number formats by column, for dates that are not days (``MONTH``).
    formats: Mapping[int, str] = field(default_factory=dict)
    #: What was selected (the filter), for the audit entry: never a row's content.
    selection: Mapping[str, object] = field(default_factory=dict)


def _tables(tables: Table | Sequence[Table]) -> list[Table]:
    return [tables] if isinstance(tables, Table) else list(tables)


def has_sensitive(tables: Table | Sequence[Table]) -> bool:
    """Whether any of the tables has a column of personal data."""
    return any(table.sensitive for table in _tables(tables))


# ---------------------------------------------------------------------------
# writing


def write_table(table: Table | Sequence[Table], path: Path, *, fmt: str,
                leave_out_sensitive: bool, delimiter: str = ",",
                before_replace: Callable[[int], None] | None = None,
                progress: Callable[[int], None] | None = None) -> int:
    """Write ``table`` (or several tables) to ``path`` as XLSX or CSV; the rows written.

    XLSX: one sheet per table, a bold frozen header row, columns as wide as their
    content, dates as real dates shown dd.mm.yyyy. CSV: UTF-8 with a byte-order
    mark (so Excel reads Cyrillic right), ``delimiter`` between cells (Excel in
    Kazakh and Russian settings expects ";" and then reads decimal commas, which
    are written with it), dates as ISO dates; several tables follow one another,
    each under its title and separated by an empty line. A text that a spreadsheet
    would run as a formula is written as text (see ``csv_text``).

    With ``leave_out_sensitive`` the columns in ``Table.sensitive`` are not written.
    The file appears whole or not at all; ``before_replace(rows)`` runs when it is
    complete, before it takes the target's name (``export`` audits there), and an
    error it raises leaves nothing behind. A disk that fills up or a drive pulled
    out raises ``StoreError``. ``progress(rows)`` is called every ``PROGRESS_EVERY``
    rows (on the writing thread).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    if len(delimiter) != 1 or delimiter in "\"'\r\n":
        raise ValueError("the CSV delimiter must be one character other than a quote")
    tables = _tables(table)
    path = Path(path)
    scratch: list[Path] = []
    counter = _Counter(progress)
    try:
        handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                             suffix=".part")
    except OSError as exc:
        raise _write_error(path, exc) from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            if fmt == XLSX:
                rows = _write_xlsx(tables, out, path, scratch, leave_out_sensitive, counter)
            else:
                rows = _write_csv(tables, out, leave_out_sensitive, delimiter, counter)
            out.flush()
            os.fsync(out.fileno())
        if before_replace is not None:
            before_replace(rows)
        os.replace(temp, path)
        _sync_folder(path.parent)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _write_error(path, exc) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    finally:
        for part in scratch:
            part.unlink(missing_ok=True)
    return rows


def _write_error(path: Path, exc: OSError) -> StoreError:
    return StoreError(_N("DomainError", "The export could not be written to {path} ({problem}). "
                                        "Nothing was exported. Check that the drive is "
                                        "connected, writable and has space, and that the file "
                                        "is not open in another program; then export again."),
                      path=str(path), problem=exc.strerror or exc.__class__.__name__)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX; Windows has no directory handles)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _kept(table: Table, leave_out_sensitive: bool) -> list[int]:
    return [i for i in range(len(table.headers))
            if not (leave_out_sensitive and i in table.sensitive)]


class _Counter:
    """Counts the rows as they are read and reports every ``PROGRESS_EVERY``."""

    def __init__(self, report: Callable[[int], None] | None) -> None:
        self.report, self.rows = report, 0

    def counted(self, rows: Iterator[list[object]]) -> Iterator[list[object]]:
        if self.report is None:
            yield from rows
            return
        for row in rows:
            yield row
            self.rows += 1
            if self.rows % PROGRESS_EVERY == 0:
                self.report(self.rows)


@contextlib.contextmanager
def _reading(table: Table, counter: _Counter) -> Iterator[Iterator[list[object]]]:
    """The table's rows; a stream from the database is closed however writing ends."""
    rows = iter(table.rows)
    try:
        yield counter.counted(rows)
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()


def _local(value: datetime) -> datetime:
    """A datetime as local wall-clock time without a zone (what a spreadsheet holds)."""
    return value.astimezone().replace(tzinfo=None) if value.tzinfo else value


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def csv_text(text: str) -> str:
    """A text as a CSV cell that no spreadsheet runs: one starting with = + - @ (or a
    tab or carriage return) gets an apostrophe in front, the usual mitigation of CSV
    injection (Excel and LibreOffice show such a cell as text, without the mark)."""
    return "'" + text if text.startswith(FORMULA_START) else text


def _csv_cell(value: object, fmt: str | None, decimal_comma: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return ""
        text = repr(value)
        return text.replace(".", ",") if decimal_comma else text
    if isinstance(value, datetime):
        return _local(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.strftime("%Y-%m") if fmt == MONTH else value.isoformat()
    return csv_text(_CONTROL.sub("", str(value)))


def _write_csv(tables: list[Table], out, leave_out_sensitive: bool, delimiter: str,
               counter: _Counter) -> int:
    import io

    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
    writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n")
    decimal_comma = delimiter == ";"
    several = len(tables) > 1
    count = 0
    for index, table in enumerate(tables):
        kept = _kept(table, leave_out_sensitive)
        if several:
            if index:
                writer.writerow([])
            writer.writerow([csv_text(table.title)])
        writer.writerow([csv_text(table.headers[i]) for i in kept])
        formats = table.formats
        with _reading(table, counter) as rows:
            for row in rows:
                writer.writerow([_csv_cell(row[i], formats.get(i), decimal_comma)
                                 for i in kept])
                count += 1
    text.flush()
    text.detach()  # the caller closes the file
    return count


# ---- XLSX


_SHEET_UNSAFE = re.compile(r"[\[\]:*?/\\]")


def _sheet_title(title: str, taken: set[str]) -> str:
    """A worksheet name Excel accepts: no [ ] : * ? / \\, at most 31 characters, not
    starting or ending with an apostrophe, unique in the workbook."""
    base = re.sub(r"\s+", " ", _SHEET_UNSAFE.sub(" ", _CONTROL.sub("", title)))
    base = base.strip().strip("'").strip()
    base = base[:31].strip() or "Sheet"
    name, n = base, 1
    while name.lower() in taken:
        n += 1
        suffix = f" ({n})"
        name = base[:31 - len(suffix)].rstrip() + suffix
    taken.add(name.lower())
    return name


def _display_width(value: object, fmt: str | None) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return len(DATETIME_FORMAT)
    if isinstance(value, date):
        return len(fmt or DATE_FORMAT)
    if isinstance(value, float):
        return min(len(f"{value:.6g}"), 15)
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def _write_xlsx(tables: list[Table], out, path: Path, scratch: list[Path],
                leave_out_sensitive: bool, counter: _Counter) -> int:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    workbook.properties.creator = "Pana"
    try:
        count = _fill_workbook(workbook, tables, path, scratch, leave_out_sensitive, counter)
        workbook.save(out)
    except BaseException:
        _abandon(workbook)
        raise
    return count


def _fill_workbook(workbook, tables: list[Table], path: Path, scratch: list[Path],
                   leave_out_sensitive: bool, counter: _Counter) -> int:
    taken: set[str] = set()
    count = 0
    for table in tables:
        kept = _kept(table, leave_out_sensitive)
        formats = {position: table.formats[i] for position, i in enumerate(kept)
                   if i in table.formats}
        headers = [table.headers[i] for i in kept]
        written = 0
        sheet = None
        with _reading(table, counter) as rows:
            sample: list[list[object]] = []
            for row in rows:
                sample.append([row[i] for i in kept])
                if len(sample) >= WIDTH_SAMPLE:
                    break
            widths = _widths(headers, sample, formats)

            def stream(sample=sample, rows=rows, kept=kept):
                yield from sample
                for row in rows:
                    yield [row[i] for i in kept]

            for row in stream():
                if sheet is None or written >= MAX_SHEET_ROWS:
                    sheet = _new_sheet(workbook, table.title, taken, headers, widths, path,
                                       scratch)
                    written = 0
                sheet.append(_xlsx_row(sheet, row, formats))
                written += 1
                count += 1
        if sheet is None:  # a table without rows: its header alone
            _new_sheet(workbook, table.title, taken, headers, widths, path, scratch)
    if not tables:
        _new_sheet(workbook, "Sheet", taken, [], [], path, scratch)
    return count


def _abandon(workbook) -> None:
    """Close the sheets' half-written streams (quietly: the disk may be full or gone),
    so nothing tries to finish them later."""
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        for stream in (getattr(sheet, "_rows", None), getattr(writer, "xf", None)):
            if stream is not None:
                with contextlib.suppress(Exception):
                    stream.close()


def _widths(headers: list[str], sample: list[list[object]],
            formats: Mapping[int, str]) -> list[float]:
    widths = []
    for column, header in enumerate(headers):
        longest = max([len(header) + 1, *(_display_width(row[column], formats.get(column))
                                          for row in sample)])
        widths.append(min(longest + 2, MAX_WIDTH))
    return widths


def _new_sheet(workbook, title: str, taken: set[str], headers: list[str], widths: list[float],
               path: Path, scratch: list[Path]):
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet import _writer

    sheet = workbook.create_sheet(_sheet_title(title, taken))
    # Column widths and the frozen header go before the rows (write-only sheets
    # write them first).
    for column, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    if headers:
        sheet.freeze_panes = "A2"
    # openpyxl buffers a write-only sheet in a file of the system's temporary folder;
    # ours lives beside the export, readable by its owner only, and is removed after.
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".sheet")
    os.close(handle)
    scratch.append(Path(name))
    _writer.ALL_TEMP_FILES.append(name)  # openpyxl's clean-up takes it off this list
    sheet._writer = _writer.WorksheetWriter(sheet, out=name)
    sheet._writer.write_top()
    bold = Font(bold=True)
    cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=_xlsx_text(header))
        cell.data_type = "s"
        cell.font = bold
        cells.append(cell)
    sheet.append(cells)
    return sheet


def _xlsx_text(text: str) -> str:
    return _CONTROL.sub("", text)[:MAX_CELL]


def _xlsx_row(sheet, row: list[object], formats: Mapping[int, str]) -> list[object]:
    """A row for ``sheet.append``: plain values, and styled cells for dates and for
    texts openpyxl would take for formulas."""
    from openpyxl.cell import WriteOnlyCell

    cells: list[object] = []
    for column, value in enumerate(row):
        if value is None or isinstance(value, (bool, int)):
            cells.append(value)
        elif isinstance(value, float):
            cells.append(None if math.isnan(value) or math.isinf(value) else value)
        elif isinstance(value, datetime):
            cell = WriteOnlyCell(sheet, value=_local(value))
            cell.number_format = formats.get(column, DATETIME_FORMAT)
            cells.append(cell)
        elif isinstance(value, date):
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = formats.get(column, DATE_FORMAT)
            cells.append(cell)
        else:
            text = _xlsx_text(str(value))
            if text.startswith("="):
                # openpyxl would store it as a formula: a string cell is never run.
                cell = WriteOnlyCell(sheet, value=text)
                cell.data_type = "s"
                cells.append(cell)
            else:
                cells.append(text)
    return cells


# ---------------------------------------------------------------------------
# auditing


def record_export(uow: UnitOfWork, actor: Actor, what: str, path: Path, rows: int,
                  left_out_sensitive: bool, *, fmt: str | None = None,
                  personal_data: bool | None = None,
                  selection: Mapping[str, object] | None = None) -> None:
    """Audit an export as "export.<what>" and commit the entry now.

    The entry holds the row count, the format, whether personal columns were left
    out (and whether the file holds any), the file's name and the selection — never
    a cell of the file. ``uow`` may be read-only: the entry then gets a short write
    transaction of its own.
    """
    if what not in WHATS:
        raise ValueError(f"unknown export {what!r}")
    path = Path(path)
    fmt = fmt or path.suffix.lstrip(".").lower()
    new: dict[str, object] = {
        "rows": rows, "format": fmt, "file": path.name,
        "left_out_sensitive": bool(left_out_sensitive),
        "personal_data": (not left_out_sensitive) if personal_data is None
        else bool(personal_data),
    }
    if selection:
        new["selection"] = dict(selection)
    uow.record(actor, f"export.{what}", entity=_ENTITIES[what], new=new)


_ENTITIES = {"registry": "case", "register": "issued_document", "statistics": "statistics"}


def export(store, actor: Actor, what: str, tables: TableSource, path: Path, *, fmt: str,
           leave_out_sensitive: bool, delimiter: str = ",",
           progress: Callable[[int], None] | None = None) -> int:
    """Make the tables, write them and audit the export, in one read-only unit of work.

    ``tables`` is a Table, a list of them, or ``factory(uow, leave_out_sensitive)``
    making them (``registry_table`` …) — called here, so the rows are read while
    the file is written. The audit entry is committed before the file takes its
    name. Returns the rows written; ``progress`` as for ``write_table``.
    """
    if what not in WHATS:
        raise ValueError(f"unknown export {what!r}")
    path = Path(path)
    with store.uow(readonly=True) as uow:
        made = tables(uow, leave_out_sensitive) if callable(tables) else tables
        listed = _tables(made)
        personal = has_sensitive(listed) and not leave_out_sensitive
        selection: dict[str, object] = {}
        for table in listed:
            selection.update(table.selection)

        def audit(rows: int) -> None:
            record_export(uow, actor, what, path, rows, leave_out_sensitive, fmt=fmt,
                          personal_data=personal, selection=selection)

        return write_table(listed, path, fmt=fmt, leave_out_sensitive=leave_out_sensitive,
                           delimiter=delimiter, before_replace=audit, progress=progress)


# ---------------------------------------------------------------------------
# the registry of cases


#: Registry columns (the registry's own), and which hold the applicant's personal data.
REGISTRY_HEADERS = [
    _N("Export", "Number"),
    _N("Export", "Applicant"),
    _N("Export", "Citizenship"),
    _N("Export", "Status"),
    _N("Export", "Officer"),
    _N("Export", "Registered"),
    _N("Export", "Decision due"),
    _N("Export", "Status valid until"),
]
REGISTRY_SENSITIVE = frozenset({1, 2})


class _Rows:
    """Rows made by ``make`` each time they are iterated (a fresh read of the database)."""

    def __init__(self, make: Callable[[], Iterator[list[object]]]) -> None:
        self._make = make

    def __iter__(self) -> Iterator[list[object]]:
        return self._make()


def _require_export(actor: Actor, leave_out_sensitive: bool) -> None:
    if not leave_out_sensitive:
        require(actor.role, Action.EXPORT_CASES)


def registry_table(uow: UnitOfWork, actor: Actor, flt: CaseFilter | None = None,
                   header: Header = same, *, values: Values = english,
                   leave_out_sensitive: bool = False) -> Table:
    """The cases the registry's filter selects, in its order, as the registry shows them.

    Exactly the rows ``queries.list_cases`` gives for the filter without a page
    (a name search: the newest ``queries.SEARCH_LIMIT`` matches, as the registry
    shows). With ``leave_out_sensitive`` the applicant's name and citizenship are
    neither read nor in the table; without it the role needs ``EXPORT_CASES``.
    The rows are read as they are iterated, a page at a time.
    """
    require(actor.role, Action.VIEW_CASE_LIST)
    _require_export(actor, leave_out_sensitive)
    flt = replace(flt or CaseFilter(), limit=None, offset=0, total=None)
    personal = not leave_out_sensitive
    columns = [i for i in range(len(REGISTRY_HEADERS))
               if personal or i not in REGISTRY_SENSITIVE]
    searching = queries._searching(flt)

    def cells(case: queries.CaseSummary) -> list[object]:
        pre = CaseStatus(case.status) in PRE_DECISION
        full = [case.number, case.display_name, case.citizenships.replace(",", ", "),
                values("CaseStatus", status_label(case.status)), case.officer,
                case.registered_on, case.decision_due_on if pre else None,
                case.status_valid_to]
        return [full[i] for i in columns]

    def rows() -> Iterator[list[object]]:
        if searching:  # at most SEARCH_LIMIT: one page
            for case in queries.list_cases(uow, actor, flt):
                yield cells(case)
            return
        for page in _registry_pages(uow, flt, personal):
            for case in page:
                yield cells(case)

    selection = {
        "status": flt.status or "", "officer": flt.officer or "",
        "registered_from": flt.registered_from, "registered_to": flt.registered_to,
        # What was searched for is often a name: the entry says only that there was one.
        "search": bool(v.searchable(flt.search)), "order": list(flt.order or []),
    }
    return Table(header(_N("Export", "Cases")), [header(REGISTRY_HEADERS[i]) for i in columns],
                 _Rows(rows), frozenset(i for i, c in enumerate(columns)
                                        if c in REGISTRY_SENSITIVE),
                 selection=selection)


def _registry_pages(uow: UnitOfWork, flt: CaseFilter, personal: bool
                    ) -> Iterator[list[queries.CaseSummary]]:
    """The filter's cases a page at a time, in its order: one read of the shown columns
    (the filter's own query, streamed: the order's index is walked once, with no
    per-page lookups by id), and the names of each page as ``list_cases`` reads them."""
    ids_query = queries._ids_query(flt, uow.session.get_bind().dialect.name)
    if ids_query is None:
        return
    officer = aliased(User)
    query = (ids_query.add_columns(
        Case.number, Case.status, Case.registered_on, Case.decision_due_on,
        Case.status_valid_to, Case.closed_on, Case.version, Applicant.citizenships,
        officer.username)
        .join(Applicant, Applicant.case_id == Case.id)
        .outerjoin(officer, officer.id == Case.assigned_officer_id))
    ordered = queries._ordered(query, list(flt.order or queries.DEFAULT_ORDER),
                               searching=False, backwards=False)
    session = uow.session
    result = session.execute(ordered.execution_options(yield_per=PAGE))
    try:
        for page in result.partitions(PAGE):
            names = queries.names_by_case(session, [row.id for row in page]) if personal \
                else {}
            yield [queries.CaseSummary(
                id=row.id, number=row.number, status=row.status, names=names.get(row.id, []),
                citizenships=(row.citizenships or "") if personal else "",
                officer=row.username or "", registered_on=row.registered_on,
                decision_due_on=row.decision_due_on, status_valid_to=row.status_valid_to,
                closed_on=row.closed_on, version=row.version) for row in page]
    finally:
        result.close()


# ---------------------------------------------------------------------------
# the register of issued documents


REGISTER_HEADERS = [
    _N("Export", "Register number"),
    _N("Export", "Document"),
    _N("Export", "Kind"),
    _N("Export", "Case"),
    _N("Export", "Applicant"),
    _N("Export", "Issued"),
    _N("Export", "Certificate"),
    _N("Export", "State"),
    _N("Export", "Duplicate of"),
    _N("Export", "Handed to"),
    _N("Export", "Handed over on"),
    _N("Export", "Issued by"),
    _N("Export", "Language"),
    _N("Export", "Reason voided"),
]
#: The applicant, whom a paper was handed to, and why it was voided (typed text that
#: may name people).
REGISTER_SENSITIVE = frozenset({4, 9, 13})


def _kind_text(values: Values, doc_type: str, what: str) -> str:
    if not what:
        return ""
    enum = LetterKind if doc_type == DocType.LETTER.value else CertificateKind
    try:
        return values("Vocab", vocab.label(enum(what)))
    except ValueError:
        return what


def _vocab_text(values: Values, enum: type, stored: str | None) -> str:
    if not stored:
        return ""
    try:
        return values("Vocab", vocab.label(enum(stored)))
    except ValueError:
        return stored


def register_table(uow: UnitOfWork, actor: Actor, text: str = "", doc_type: str | None = None,
                   header: Header = same, *, values: Values = english,
                   leave_out_sensitive: bool = False) -> Table:
    """The register of issued documents as the print desk's Register page filters it
    (``text`` in a register, case or certificate number; ``doc_type``), newest first —
    all of it, not only the newest the page lists. With ``leave_out_sensitive`` the
    applicant, the hand-over's recipient and the reasons for voiding are neither read
    nor in the table; without it the role needs ``EXPORT_CASES`` too."""
    require(actor.role, Action.PRINT_DOCUMENT)
    _require_export(actor, leave_out_sensitive)
    personal = not leave_out_sensitive
    columns = [i for i in range(len(REGISTER_HEADERS))
               if personal or i not in REGISTER_SENSITIVE]
    needle = v.searchable(text, 100).upper()
    wanted = v.choice(doc_type, DocType, "doc_type").value if doc_type else None
    session = uow.session

    def ids_query():
        query = (select(IssuedDocument.id)
                 .join(Case, Case.id == IssuedDocument.case_id)
                 .outerjoin(Certificate, Certificate.id == IssuedDocument.certificate_id)
                 .order_by(IssuedDocument.issued_on.desc(), IssuedDocument.issued_at.desc(),
                           IssuedDocument.register_number.desc()))
        if wanted:
            query = query.where(IssuedDocument.doc_type == wanted)
        if needle:
            query = query.where(or_(
                IssuedDocument.register_number.contains(needle, autoescape=True),
                Case.number.contains(needle, autoescape=True),
                Certificate.number.contains(needle, autoescape=True)))
        return query

    def rows() -> Iterator[list[object]]:
        users = {u.id: (u.display_name or u.username)
                 for u in session.execute(select(User)).scalars()}
        original = aliased(IssuedDocument)
        doc = IssuedDocument
        result = session.execute(ids_query().execution_options(yield_per=PAGE))
        try:
            for ids in result.scalars().partitions(PAGE):
                # Columns, not entities: nothing of a page stays in the session.
                found = {row.id: row for row in session.execute(
                    select(doc.id, doc.register_number, doc.doc_type, doc.what, doc.case_id,
                           doc.issued_on, doc.issued_by_id, doc.handed_to, doc.handed_over_on,
                           doc.voided, doc.void_reason, doc.language,
                           Case.number.label("case_number"),
                           Certificate.number.label("certificate"),
                           Certificate.state.label("certificate_state"),
                           original.register_number.label("duplicate_of"))
                    .join(Case, Case.id == doc.case_id)
                    .outerjoin(Certificate, Certificate.id == doc.certificate_id)
                    .outerjoin(original, original.id == doc.duplicate_of_id)
                    .where(doc.id.in_(ids))).all()}
                chosen = [found[i] for i in ids if i in found]
                names = queries.names_by_case(
                    session, list({row.case_id for row in chosen})) if personal else {}
                for row in chosen:
                    state = header(_N("Export", "Void")) if row.voided \
                        else _vocab_text(values, CertificateState, row.certificate_state)
                    full = [row.register_number, _vocab_text(values, DocType, row.doc_type),
                            _kind_text(values, row.doc_type, row.what), row.case_number,
                            (names.get(row.case_id) or [""])[0], row.issued_on, row.certificate,
                            state, row.duplicate_of, row.handed_to, row.handed_over_on,
                            users.get(row.issued_by_id, ""), row.language,
                            row.void_reason if row.voided else ""]
                    yield [full[i] for i in columns]
        finally:
            result.close()

    selection = {"text": needle, "doc_type": wanted or ""}
    return Table(header(_N("Export", "Register of issued documents")),
                 [header(REGISTER_HEADERS[i]) for i in columns], _Rows(rows),
                 frozenset(i for i, c in enumerate(columns) if c in REGISTER_SENSITIVE),
                 selection=selection)


# ---------------------------------------------------------------------------
# statistics


AGE_BUCKETS = {
    "0-1m": _N("Export", "Under 1 month"),
    "1-3m": _N("Export", "1 to 3 months"),
    "3-6m": _N("Export", "3 to 6 months"),
    "6-12m": _N("Export", "6 to 12 months"),
    "12m+": _N("Export", "12 months or more"),
}


def _rounded(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def statistics_tables(stats: Statistics, header: Header = same, *,
                      values: Values = english) -> list[Table]:
    """One table per figure of the statistics screen: a summary, months, decisions by
    outcome, extension decisions, pending cases by age, by citizenship, by ethnicity,
    by officer, refugee statuses expiring, appeals. Aggregates only: no column is
    personal data."""
    flt = stats.filter

    def h(text: str) -> str:
        return header(text)

    def vocab_value(enum: type, stored: str) -> str:
        return _vocab_text(values, enum, stored)

    pending_on = getattr(stats, "pending_on", None) or flt.date_to
    summary = Table(h(_N("Export", "Summary")), [h(_N("Export", "Figure")),
                                                 h(_N("Export", "Value"))], [
        [h(_N("Export", "Period from")), flt.date_from],
        [h(_N("Export", "Period to")), flt.date_to],
        [h(_N("Export", "Office")), flt.office or h(_N("Export", "All offices"))],
        [h(_N("Export", "Petitions registered")), sum(m.registered for m in stats.months)],
        [h(_N("Export", "Decisions")), sum(n for _o, n in stats.outcomes)],
        [h(_N("Export", "Recognition rate, %")),
         _rounded(None if stats.recognition_rate is None else stats.recognition_rate * 100)],
        [h(_N("Export", "Median days from petition to decision")), _rounded(stats.median_days)],
        [h(_N("Export", "Cases pending")), sum(n for _b, n in stats.pending_by_age)],
        [h(_N("Export", "Pending counted on")), pending_on],
        [h(_N("Export", "Appeals lodged")), stats.appeals_lodged],
    ], selection={"date_from": flt.date_from, "date_to": flt.date_to, "office": flt.office or ""})
    months = Table(h(_N("Export", "By month")), [
        h(_N("Export", "Month")), h(_N("Export", "Registered")), h(_N("Export", "Recognised")),
        h(_N("Export", "Refused")), h(_N("Export", "Closed without decision")),
        h(_N("Export", "Median days to decision"))],
        [[m.month, m.registered, m.recognised, m.refused, m.closed, _rounded(m.median_days)]
         for m in stats.months], formats={0: MONTH})
    outcomes = Table(h(_N("Export", "Decisions by outcome")),
                     [h(_N("Export", "Outcome")), h(_N("Export", "Decisions"))],
                     [[vocab_value(Outcome, o), n] for o, n in stats.outcomes])
    extensions = Table(h(_N("Export", "Extension decisions")),
                       [h(_N("Export", "Outcome")), h(_N("Export", "Decisions"))],
                       [[vocab_value(Outcome, o), n]
                        for o, n in getattr(stats, "extension_outcomes", [])])
    pending = Table(h(_N("Export", "Pending cases by age")),
                    [h(_N("Export", "Waiting since petition")), h(_N("Export", "Cases"))],
                    [[h(AGE_BUCKETS[b]) if b in AGE_BUCKETS else b, n]
                     for b, n in stats.pending_by_age])

    def groups(title: str, key_header: str, rows: list[GroupRow], empty: str) -> Table:
        return Table(h(title), [h(key_header), h(_N("Export", "Registered")),
                                h(_N("Export", "Recognised")), h(_N("Export", "Refused")),
                                h(_N("Export", "Pending"))],
                     [[g.key or h(empty), g.registered, g.recognised, g.refused, g.pending]
                      for g in rows])

    expiring = Table(h(_N("Export", "Refugee statuses expiring")),
                     [h(_N("Export", "Month")), h(_N("Export", "Statuses ending"))],
                     [[month, n] for month, n in stats.expiring], formats={0: MONTH})
    appeals = Table(h(_N("Export", "Appeals by outcome")),
                    [h(_N("Export", "Outcome")), h(_N("Export", "Appeals"))],
                    [[vocab_value(AppealOutcome, o), n] for o, n in stats.appeal_outcomes])
    return [
        summary, months, outcomes, extensions, pending,
        groups(_N("Export", "By citizenship"), _N("Export", "Citizenship"),
               stats.by_citizenship, _N("Export", "Not recorded")),
        groups(_N("Export", "By ethnicity"), _N("Export", "Ethnicity"),
               stats.by_ethnicity, _N("Export", "Not recorded")),
        groups(_N("Export", "By officer"), _N("Export", "Officer"),
               stats.by_officer, _N("Export", "Not assigned")),
        expiring, appeals,
    ]
