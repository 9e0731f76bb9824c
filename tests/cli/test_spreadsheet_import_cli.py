"""``pana case import FILE.xlsx|FILE.csv``: a register imported from a script, with the
guessed or a given mapping, a dry run, and one line per problem row."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli.main import main
from app.db.models import Applicant, AuditEntry, Case
from app.services import accounts, cases
from tests.conftest import PASSWORD
from tests.services.test_spreadsheet_import import messy_file, write_xlsx


@pytest.fixture
def data_dir(_store_template, tmp_path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(_store_template[0], folder)
    return folder


def pana(capsys, monkeypatch, data_dir: Path, *args: str) -> tuple[int, str, str]:
    monkeypatch.setenv("PANA_PASSWORD", PASSWORD)
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def counts(data_dir: Path) -> tuple[int, int, int]:
    """Cases, applicants, and audit entries about cases (every login is audited too)."""
    store, _actor = accounts.login(data_dir, "supervisor", PASSWORD)
    try:
        with store.uow(readonly=True) as uow:
            session = uow.session
            return (session.execute(select(func.count()).select_from(Case)).scalar_one(),
                    session.execute(select(func.count()).select_from(Applicant)).scalar_one(),
                    session.execute(select(func.count()).select_from(AuditEntry).where(
                        AuditEntry.action.like("case.%"))).scalar_one())
    finally:
        store.close()


def register_existing(data_dir: Path) -> str:
    store, officer = accounts.login(data_dir, "officer", PASSWORD)
    try:
        with store.uow() as uow:
            return cases.register_petition(uow, officer, cases.PetitionInput(
                names=[cases.NameInput("kk-Cyrl", "Серікұлы", "Ерлан")], sex="male",
                birth_date="1990-05", citizenships=["CHN"])).number
    finally:
        store.close()


def test_a_dry_run_prints_one_line_per_problem_row_and_writes_nothing(
        capsys, monkeypatch, data_dir, tmp_path):
    existing = register_existing(data_dir)
    path = messy_file(tmp_path, bad=True)
    before = counts(data_dir)
    code, out, err = pana(capsys, monkeypatch, data_dir, "case", "import", str(path),
                          "--dry-run", "--user", "supervisor")
    assert (code, err) == (1, "")
    assert "sheet “Реестр” of register.xlsx: header in row 3, 11 rows below it." in out
    assert "Columns (guessed from the headers):" in out
    assert "  B   “Ф.И.О.”" in out and "-> full_name" in out
    problem_lines = [line for line in out.splitlines() if line.startswith("row ")]
    assert [line.split(":")[0] for line in problem_lines] == [
        "row 10", "row 11", "row 12", "row 13", "row 14", "row 15"]
    assert problem_lines[0].startswith(
        "row 10: registered_on (column “Дата  регистрации:”): “31.02.2019” is not a date")
    assert f"may be the same person as case {existing}; if not, confirm with --distinct 13" \
        in problem_lines[3]
    assert "6 of 11 rows have problems; nothing was written (dry run)." in out
    assert counts(data_dir) == before


def test_a_failing_import_exits_1_and_writes_nothing(capsys, monkeypatch, data_dir, tmp_path):
    path = messy_file(tmp_path, bad=True)
    before = counts(data_dir)
    code, out, _err = pana(capsys, monkeypatch, data_dir, "case", "import", str(path),
                           "--user", "supervisor")
    assert code == 1
    assert "rows have problems; nothing was imported." in out
    assert counts(data_dir) == before


def test_a_good_register_imports_with_the_guessed_mapping(capsys, monkeypatch, data_dir,
                                                          tmp_path):
    path = messy_file(tmp_path, bad=False)
    code, out, err = pana(capsys, monkeypatch, data_dir, "case", "import", str(path),
                          "--user", "supervisor")
    assert (code, err) == (0, "")
    assert "Imported 5 cases from register.xlsx: AQM-2019-00001 … AQM-2021-00002." in out
    code, out, _err = pana(capsys, monkeypatch, data_dir, "case", "list", "--search",
                           "Абдуллаев", "--user", "supervisor")
    assert code == 0 and "AQM-2019-00001" in out and "1 cases" in out


def test_a_mapping_file_chooses_the_sheet_and_the_columns(capsys, monkeypatch, data_dir,
                                                          tmp_path):
    path = write_xlsx(tmp_path / "book.xlsx", [["ignored"]], extra_sheets=())
    import openpyxl

    workbook = openpyxl.load_workbook(path)
    sheet = workbook.create_sheet("2020")
    sheet.append(["Кто", "Когда пришёл", "Откуда"])
    sheet.append(["Ли Вэй", "15/03/2020", "КНР"])
    workbook.save(path)
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"sheet": "2020", "columns": {
        "Кто": "full_name", "B": "registered_on", "Откуда": "citizenship"},
        "date_formats": ["dd/MM/yyyy"]}, ensure_ascii=False), encoding="utf-8")
    code, out, err = pana(capsys, monkeypatch, data_dir, "case", "import", str(path),
                          "--mapping", str(mapping), "--user", "supervisor")
    assert (code, err) == (0, "")
    assert f"Columns (from {mapping}):" in out
    assert "Dates are read as: dd/MM/yyyy (and real date cells)." in out
    assert "Imported 1 case from book.xlsx: AQM-2020-00001." in out
    # --sheet wins over the mapping's sheet: the first sheet has no such columns.
    code, _out, err = pana(capsys, monkeypatch, data_dir, "case", "import", str(path),
                           "--mapping", str(mapping), "--sheet", "Реестр", "--dry-run",
                           "--user", "supervisor")
    assert code == 1 and "the sheet has no column “Кто”" in err


def test_a_cp1251_csv_with_semicolons_saved_mapping_and_confirmed_duplicate(
        capsys, monkeypatch, data_dir, tmp_path):
    existing = register_existing(data_dir)
    path = tmp_path / "реестр.csv"
    # Windows-1251 has no Kazakh letters: old Russian Excel's CSV, Russian headers.
    path.write_bytes(("№;Фамилия;Имя;Дата рождения;Гражданство;Дата регистрации;Статус;"
                      "Дата закрытия\r\n"
                      "17;Серикулы;Ерлан;00.05.1990;КНР;03.03.2019;на рассмотрении;\r\n"
                      "18;Ахмеди;Омид;1987;Афганистан;04.03.2019;отозвано;10.04.2019\r\n")
                     .encode("cp1251"))
    saved = tmp_path / "saved.json"
    code, out, _err = pana(capsys, monkeypatch, data_dir, "case", "import", str(path),
                           "--dry-run", "--save-mapping", str(saved), "--user", "supervisor")
    assert code == 1 and f"case {existing}; if not, confirm with --distinct 2" in out
    assert json.loads(saved.read_text(encoding="utf-8"))["columns"]["Фамилия"] == "surname"
    code, out, err = pana(capsys, monkeypatch, data_dir, "case", "import", str(path),
                          "--mapping", str(saved), "--distinct", "2", "--user", "supervisor")
    assert (code, err) == (0, "")
    assert "Imported 2 cases from реестр.csv: AQM-2019-00001 … AQM-2019-00002." in out


def test_usage_and_refusals(capsys, monkeypatch, data_dir, tmp_path):
    path = messy_file(tmp_path, bad=False)
    code, _out, err = pana(capsys, monkeypatch, data_dir, "case", "import", str(path),
                           "--user", "officer")
    assert code == 1 and "does not allow this action (importing cases)" in err
    with pytest.raises(SystemExit) as usage:
        main(["--data-dir", str(data_dir), "case", "import", str(path), "--distinct", "x"])
    assert usage.value.code == 2 and "not a list of row numbers" in capsys.readouterr().err
    (tmp_path / "cases.json").write_text("{}", encoding="utf-8")
    code, _out, err = pana(capsys, monkeypatch, data_dir, "case", "import",
                           str(tmp_path / "cases.json"), "--dry-run", "--user", "supervisor")
    assert code == 2 and "are for spreadsheets" in err
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(64))
    code, _out, err = pana(capsys, monkeypatch, data_dir, "case", "import",
                           str(tmp_path / "old.xls"), "--user", "supervisor")
    assert code == 1 and "old.xls: this is an old Excel workbook (.xls)" in err
    empty = write_xlsx(tmp_path / "empty.xlsx", [["ФИО", "Дата регистрации"]])
    code, out, _err = pana(capsys, monkeypatch, data_dir, "case", "import", str(empty),
                           "--user", "supervisor")
    assert code == 1 and "no rows below the header; nothing to import." in out
