"""Render the main screens headless on a demo database into docs/screenshots/.

    python tools/screenshots.py [--data-dir DIR] [--out docs/screenshots] [--lang en]

Makes a demo database in a temporary folder unless --data-dir is given
(its accounts must have the demo password).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer


def _settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait_for(predicate, timeout_ms: int = 15000) -> bool:
    waited = 0
    while not predicate() and waited < timeout_ms:
        _settle(50)
        waited += 50
    return predicate()


def _login(data_dir: Path, username: str):
    from app.services.accounts import login

    return login(data_dir, username, "demo")


def _case_in(store, actor, status: str) -> str:
    from app.services import queries

    with store.uow(readonly=True) as uow:
        rows = queries.list_cases(uow, actor, queries.CaseFilter(status=status, limit=1))
    return rows[0].number


def _valid_certificate(store) -> tuple[str, str] | None:
    """Number and code of a valid certificate of the demo (the code is printed on it)."""
    from sqlalchemy import select

    from app.db.models import Certificate

    with store.uow(readonly=True) as uow:
        row = uow.session.execute(select(Certificate.number, Certificate.verification_code)
                                  .where(Certificate.state == "valid")
                                  .order_by(Certificate.kind.desc(), Certificate.number)).first()
    return (row[0], row[1]) if row else None


def _print_desk(data_dir: Path, shot) -> None:
    """The clerk's print desk: the queue with a preview, the register, a verified certificate,
    and the officer's interview record dialog."""
    from app.ui.main_window import MainWindow

    store, clerk = _login(data_dir, "clerk")
    window = MainWindow(store, clerk)
    window.show()
    desk = window.printdesk
    queue = desk.queue
    _wait_for(lambda: queue._loaded_once)
    if queue.items():
        queue.table.selectRow(0)
        _wait_for(lambda: queue.preview.page_count() > 0)
        _settle(1500)  # QPdfView draws its pages in the background
    shot(window, "printdesk-queue")
    desk.tabs.setCurrentWidget(desk.register)
    _wait_for(lambda: bool(desk.register.rows()))
    shot(window, "printdesk-register")
    desk.tabs.setCurrentWidget(desk.expiring)
    desk.expiring.days.setValue(60)
    _wait_for(lambda: "60" in desk.expiring.status_line.text(), 5000)
    shot(window, "printdesk-expiring")
    desk.tabs.setCurrentWidget(desk.verify)
    certificate = _valid_certificate(store)
    if certificate is not None:
        desk.verify.qr.setText(f"PANA:{certificate[0]}:{certificate[1]}")
        desk.verify.check()
        _wait_for(lambda: desk.verify.result is not None, 5000)
    shot(window, "printdesk-verify")
    window.close()
    store.close()

    from app.domain.vocab import DocType
    from app.services import casefile
    from app.ui.printing import DocumentDialog

    store, officer = _login(data_dir, "officer")
    number = _case_in(store, officer, "pending_approval")
    with store.uow() as uow:
        held = [i for i in casefile.load_case_file(uow, officer, number).interviews
                if i.status == "held"]
    if held:
        dialog = DocumentDialog(store, officer, DocType.INTERVIEW, number, target_id=held[0].id,
                                language="ru")
        dialog.show()
        _wait_for(lambda: dialog.preview.page_count() > 0)
        shot(dialog, "print-interview-record")
        dialog.close()
    store.close()


def _import_wizard(store, supervisor, shot) -> None:
    """The import wizard on a register of the kind commissions keep: its columns page and
    the check, with a bad date, a decision Pana cannot take over and a look-alike of a
    demo person."""
    import openpyxl
    from sqlalchemy import select

    from app.db.models import Applicant, PersonName
    from app.ui.import_wizard import ImportWizard

    with store.uow(readonly=True) as uow:
        alike = uow.session.execute(
            select(PersonName.surname, PersonName.given_names, Applicant.birth_year)
            .join(Applicant, PersonName.applicant_id == Applicant.id)
            .where(PersonName.script == "ru-Cyrl", PersonName.surname != "")
            .order_by(PersonName.surname).limit(1)).first()
    folder = tempfile.TemporaryDirectory()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Реестр 2019"
    sheet.append(["Реестр ходатайств о присвоении статуса беженца, 2019"])
    sheet.merge_cells("A1:H1")
    sheet.append([])
    sheet.append(["№ п/п", "ФИО", "Пол", "Дата рождения", "Гражданство", "Дата подачи",
                  "Статус", "Примечание"])
    rows = [
        ["1", "Ахметов Нурлан Серикович", "м", "12.03.1985", "КНР", "05.06.2019",
         "на рассмотрении", ""],
        ["2", "Маматова Айгуль", "ж", "31.13.1990", "Кыргызстан", "03/07/2019",
         "рассматривается", ""],
        ["3", "Рахимов Фарход", "м", "1979", "Узбекистан", "10.07.2019", "признан беженцем",
         ""],
        ["4", "Юсупова Малика Алиевна", "ж", "22.11.2001", "Таджикистан", "2019-08-14",
         "отозвано", "нет даты закрытия"],
    ]
    if alike is not None:
        rows.append(["5", f"{alike[0]} {alike[1]}", "", str(alike[2] or ""), "", "02.09.2019",
                     "", ""])
    for row in rows:
        sheet.append(row)
    path = Path(folder.name) / "register-2019.xlsx"
    book.save(path)
    wizard = ImportWizard(store, supervisor)
    wizard.show()
    wizard.file_page.open_file(path)
    _wait_for(lambda: wizard.preview is not None)
    wizard.next()
    wizard.next()
    shot(wizard, "import-mapping")
    wizard.next()
    _wait_for(lambda: wizard.result is not None)
    shot(wizard, "import-dryrun")
    wizard.close()
    folder.cleanup()


def _admin(data_dir: Path, shot) -> None:
    """The administrator's pages: users, the audit trail, backups."""
    from app.ui.main_window import MainWindow

    store, admin = _login(data_dir, "admin")
    window = MainWindow(store, admin)
    window.show()
    window.tabs.setCurrentWidget(window.users)
    window.users.refresh()
    _settle(1000)
    shot(window, "admin-users")
    window.tabs.setCurrentWidget(window.audit)
    window.audit.refresh()
    _settle(2000)
    shot(window, "audit-viewer")
    window.tabs.setCurrentWidget(window.backups)
    _settle(800)
    shot(window, "admin-backups")
    window.close()
    store.close()


def _offline(data_dir: Path, shot, language: str) -> None:
    """The commission server's login, the office's Laptops page and check-in with its
    conflict screen, a checked-out case file, and the laptop's window."""
    from datetime import date, timedelta

    from sqlalchemy import select

    from app.bootstrap import init_store
    from app.db.audit import Actor
    from app.db.models import User
    from app.services import accounts, checkout
    from app.ui.casefile.window import CaseFileWindow
    from app.ui.login import LoginDialog
    from app.ui.main_window import MainWindow
    from app.ui.offline.conflicts import ConflictScreen
    from app.ui.offline.office import CheckinDialog

    login = LoginDialog("postgresql://pana@db.commission.local/pana?sslmode=verify-full")
    login.language.setCurrentIndex(login.language.findData(language))
    login.show()
    shot(login, "login-server")
    login.close()

    folder = tempfile.TemporaryDirectory()
    made = init_store(Path(folder.name) / "laptop", admin="laptopadmin", password="demo",
                      region="AQM", commission="Laptop", demo=True)
    lap_store = made.store
    accounts.add_user(lap_store, made.admin, "officer", "officer", "demo")
    with lap_store.uow(readonly=True) as uow:
        user = uow.session.execute(select(User).where(User.username == "officer")).scalar_one()
        lap_officer = Actor(user.id, user.username, user.role)
    store, officer = _login(data_dir, "officer")
    numbers = [_case_in(store, officer, "registered"), _case_in(store, officer,
                                                                  "interview_scheduled")]
    request = checkout.read_request(checkout.device_request(
        lap_store, lap_officer, device_name="Border post laptop"))
    with store.uow() as uow:
        package = checkout.check_out(uow, officer, store, request, numbers,
                                     date.today() + timedelta(days=10), quota=3).package
    with lap_store.uow() as uow:
        checkout.accept_checkout(uow, lap_officer, lap_store, package)

    case_window = CaseFileWindow(store, officer, numbers[0])
    case_window.show()
    _wait_for(lambda: case_window.case_file is not None)
    shot(case_window, "case-checked-out")
    case_window.close()

    laptop_window = MainWindow(lap_store, lap_officer)
    laptop_window.show()
    laptop_window.tabs.setCurrentWidget(laptop_window.registry)
    _wait_for(lambda: laptop_window.registry.model.rowCount() > 0)
    shot(laptop_window, "laptop-registry")
    laptop_window.close()

    def edit(at_store, actor, number, religion):
        """As a person would: the applicant section, the religion typed, Save."""
        from PySide6.QtTest import QTest

        from app.ui.casefile.applicant import ApplicantSection

        opened = CaseFileWindow(at_store, actor, number)
        opened.show()
        _wait_for(lambda: opened.case_file is not None)
        section = next(s for s in opened.sections if isinstance(s, ApplicantSection))
        field = section.person.religion
        field.selectAll()
        QTest.keyClicks(field, religion)
        section.save()
        _wait_for(lambda: not section.is_dirty())
        opened.close()

    supervisor_store, supervisor = _login(data_dir, "supervisor")
    with supervisor_store.uow() as uow:
        checkout.release(uow, supervisor, numbers[0], "Needed for an urgent decision")
    edit(store, officer, numbers[0], "Islam")
    edit(lap_store, lap_officer, numbers[0], "Christianity")
    with lap_store.uow() as uow:
        data = checkout.checkin_file(uow, lap_officer, lap_store)
    checkin_path = Path(folder.name) / "checkin.pana"
    checkin_path.write_bytes(data)

    window = MainWindow(supervisor_store, supervisor)
    window.show()
    window.tabs.setCurrentWidget(window.checkouts)
    _wait_for(lambda: window.checkouts.model.rowCount() > 0)
    shot(window, "laptops-office")
    window.close()

    dialog = CheckinDialog(store, officer)
    dialog.show()
    dialog.load_file(checkin_path)
    _wait_for(lambda: dialog.plan is not None)
    shot(dialog, "checkin")
    screen = ConflictScreen(dialog.plan, dialog)
    screen.show()
    _settle()
    shot(screen, "checkin-conflicts")
    screen.close()
    dialog.close()
    supervisor_store.close()
    store.close()
    lap_store.close()
    folder.cleanup()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir")
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--lang", default="en", choices=["en", "kk", "ru"])
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from app.ui.application import Translations, make_application

    app = make_application()
    Translations(app).use(args.lang)
    suffix = "" if args.lang == "en" else f"-{args.lang}"
    tmp = None
    data_dir = Path(args.data_dir) if args.data_dir else None
    if data_dir is None:
        from app.services.demo import make_demo

        tmp = tempfile.TemporaryDirectory()
        data_dir = Path(tmp.name) / "demo"
        make_demo(data_dir, cases=60, seed=1).store.close()

    def shot(widget, name: str) -> None:
        _settle()
        widget.grab().save(str(out / f"{name}{suffix}.png"))

    from app.ui.login import LoginDialog
    from app.ui.main_window import MainWindow

    dialog = LoginDialog(data_dir)
    dialog.language.setCurrentIndex(dialog.language.findData(args.lang))
    dialog.show()
    shot(dialog, "login")
    dialog.close()

    store, officer = _login(data_dir, "officer")
    window = MainWindow(store, officer)
    window.show()
    _wait_for(lambda: window.my_cases.model.rowCount() > 0 and window.due.table.rowCount() > 0)
    shot(window, "home-officer")
    window.tabs.setCurrentWidget(window.registry)
    _wait_for(lambda: window.registry.model.rowCount() > 0)
    shot(window, "registry")
    window.registry.search.setText("Serikuly")
    _wait_for(lambda: "Serikuly" in window.registry.search.text()
              and window.registry.model.rowCount() < 60)
    shot(window, "registry-search")

    from app.ui.casefile.window import CaseFileWindow

    number = _case_in(store, officer, "pending_approval")
    case_window = CaseFileWindow(store, officer, number)
    case_window.show()
    _wait_for(lambda: case_window.case_file is not None)
    for index, section in enumerate(case_window.sections):
        case_window.nav.setCurrentRow(index)
        name = type(section).__name__.removesuffix("Section").lower()
        shot(case_window, f"case-{name}")
    case_window.close()

    try:
        from app.ui.petition import NewPetitionDialog
    except ImportError:
        NewPetitionDialog = None
    if NewPetitionDialog is not None:
        petition = NewPetitionDialog(store, officer, window)
        petition.show()
        shot(petition, "new-petition")
        petition.close()
    window.close()
    store.close()

    store, supervisor = _login(data_dir, "supervisor")
    window = MainWindow(store, supervisor)
    window.show()
    window.tabs.setCurrentWidget(window.approvals)
    _wait_for(lambda: window.approvals.table.model().rowCount() > 0)
    shot(window, "approvals-queue")
    window.tabs.setCurrentWidget(window.deadlines)
    _settle(800)
    shot(window, "deadlines-supervisor")
    window.tabs.setCurrentWidget(window.statistics)
    _wait_for(lambda: window.statistics.stats is not None)
    shot(window, "statistics")
    window.statistics.nav.setCurrentRow(list(window.statistics.figures).index("ethnicity"))
    shot(window, "statistics-ethnicity")
    from app.ui.review import ReviewWindow

    number = _case_in(store, supervisor, "pending_approval")
    review = ReviewWindow(store, supervisor, number)
    review.show()
    _wait_for(lambda: getattr(review, "decision_file", None) is not None, 8000)
    _settle(800)
    shot(review, "review")
    review.close()
    _import_wizard(store, supervisor, shot)
    window.close()
    store.close()

    _print_desk(data_dir, shot)
    _admin(data_dir, shot)
    _offline(data_dir, shot, args.lang)
    QCoreApplication.processEvents()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
