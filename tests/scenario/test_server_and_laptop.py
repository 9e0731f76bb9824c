"""The issue's scenario, end to end on a real PostgreSQL server: two workstations and one
laptop. The laptop checks out five cases (and a quota), works on them offline while the
office changes another case, a supervisor forces one case back and changes it too, and
the laptop checks everything in through the office's check-in screen, where the forced
conflict is shown and decided. Afterwards every record and every audit entry is
accounted for, and the laptop holds nothing."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from app.db import audit
from app.db.keyfile import derive_subkey
from app.db.models import Applicant, AuditEntry, Case, CaseVersion, FamilyMember
from app.db.server import ServerStore
from app.services import cases, checkout, exchange
from app.ui.offline.conflicts import ConflictScreen
from app.ui.offline.office import CheckinDialog
from tests.helpers import builders

TIMEOUT = 20000


class Desk:
    """One workstation: its own connection pool to the server, like another computer."""

    def __init__(self, store, actor):
        self.store, self.actor = store, actor
        self.officer = actor

    def uow(self, **kwargs):
        return self.store.uow(**kwargs)


def _applicant(store, number) -> Applicant:
    with store.uow(readonly=True) as uow:
        row = uow.session.execute(select(Applicant).join(
            Case, Case.id == Applicant.case_id).where(Case.number == number)).scalar_one()
        return row.religion, row.version


def _edit(desk, number, **values):
    builders.edit_applicant(desk.store, desk.actor, number, **values)


def _document(store, number) -> dict:
    with store.uow(readonly=True) as uow:
        case = uow.session.execute(select(Case).where(Case.number == number)).scalar_one()
        return exchange.writer_document(uow.session, [case])["cases"][0]


def _content(case: dict) -> dict:
    from app.domain.merge import content

    return content(case)


@pytest.fixture
def field_laptop(tmp_path):
    store, officer = builders.make_laptop(tmp_path / "laptop", commission="Field laptop")
    yield Desk(store, officer)
    store.close()


def test_two_workstations_and_a_laptop(qtbot, server_fixture, field_laptop, tmp_path,
                                       monkeypatch):
    laptop = field_laptop
    fx = server_fixture
    desk_a = Desk(fx.store, fx.officer)  # the officer's desk at the office
    second = ServerStore.open_with_key(fx.server_url, fx.store.db_key)
    try:
        desk_b = Desk(second, fx.supervisor)  # the supervisor's desk, another computer
        numbers = [builders.register(desk_a, fx.officer).number for _ in range(6)]
        out, stays = numbers[:5], numbers[5]

        # Check-out of five cases and a quota of one new petition.
        request = checkout.read_request(checkout.device_request(
            laptop.store, laptop.actor, device_name="Border post laptop"))
        with desk_a.uow() as uow:
            package = checkout.check_out(uow, fx.officer, fx.store, request, out,
                                         date.today() + timedelta(days=7), quota=1).package
        laptop_seq = builders.audit_count(laptop)
        with laptop.uow() as uow:
            checkout.accept_checkout(uow, laptop.actor, laptop.store, package)
        office_seq = builders.audit_count(desk_a)

        # The office: desk B changes the case that stayed, and cannot change one that left.
        _edit(Desk(second, fx.officer2), stays, religion="Buddhism")
        with pytest.raises(checkout.CheckedOut):
            _edit(Desk(second, fx.officer2), out[1], religion="Buddhism")

        # Offline: the laptop edits three cases, adds a relative, registers a petition.
        _edit(laptop, out[0], religion="Christianity")
        _edit(laptop, out[1], religion="Islam", phone="+7 700 111 2233")
        _edit(laptop, out[2], ethnicity="Uyghur")
        with laptop.uow() as uow:
            cases.add_family_member(uow, laptop.actor, out[3], cases.FamilyMemberInput(
                names=[cases.NameInput("Latn", "Serikuly", "Aida")], sex="female",
                birth_date="2015", relation="child"))
        new = builders.register(laptop, laptop.actor).number

        # Meanwhile a supervisor forces out[0] back and changes the same value.
        with desk_b.uow() as uow:
            checkout.release(uow, fx.supervisor, out[0], "Needed for an urgent decision")
        _edit(Desk(second, fx.officer2), out[0], religion="Islam")

        with laptop.uow(readonly=True) as uow:
            laptop_entries = list(uow.session.execute(
                select(AuditEntry.seq, AuditEntry.action)
                .where(AuditEntry.seq > laptop_seq).order_by(AuditEntry.seq)).all())
        laptop_docs = {n: _document(laptop.store, n) for n in [*out, new]}
        with laptop.uow() as uow:
            data = checkout.checkin_file(uow, laptop.actor, laptop.store)
        checkin = tmp_path / "checkin.pana"
        checkin.write_bytes(data)

        # Check-in at desk A through the screen: the forced conflict is shown and decided.
        receipt = tmp_path / "receipt.pana"
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(checkin), ""))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(receipt), ""))
        shown = []

        def decide(screen: ConflictScreen):
            screen.show()
            qtbot.waitExposed(screen)
            shown.append([(row.conflict.path[-1], row.conflict.laptop, row.conflict.server)
                          for row in screen.rows])
            for row in screen.rows:
                qtbot.mouseClick(row.laptop, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(screen.apply_button, Qt.MouseButton.LeftButton)
            return screen.result()

        monkeypatch.setattr(ConflictScreen, "exec", decide)
        dialog = CheckinDialog(fx.store, fx.officer)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=TIMEOUT)
        with qtbot.waitSignal(dialog.receipt_saved, timeout=TIMEOUT):
            qtbot.mouseClick(dialog.checkin_button, Qt.MouseButton.LeftButton)
        assert shown == [[("religion", "Christianity", "Islam")]]

        # Every record: the five cases are what the laptop made of them (the conflict
        # decided for the laptop), the other case keeps the office's change.
        for number in out:
            assert _content(_document(fx.store, number)) == \
                _content(laptop_docs[number]), number
        assert _applicant(second, stays)[0] == "Buddhism"
        permanent = dialog.result.numbers[new]
        assert permanent.startswith("AQM-") and permanent not in numbers
        assert _content(_document(fx.store, permanent)) == _content(json.loads(
            json.dumps(laptop_docs[new]).replace(new, permanent)))
        with second.uow(readonly=True) as uow:
            assert uow.session.execute(select(func.count()).select_from(Case)).scalar() == 7
            relatives = uow.session.execute(select(func.count()).select_from(FamilyMember)
                                            .join(Case, Case.id == FamilyMember.case_id)
                                           .where(Case.number == out[3])).scalar()
            versions = uow.session.execute(select(CaseVersion.kind, func.count())
                                           .group_by(CaseVersion.kind)).all()
        assert relatives == 1
        assert dict(versions) == {"laptop": 5, "server": 5, "merged": 1}

        # Every audit entry: the laptop's, in order, with where they were made; the
        # office's own; one chain.
        entries = builders.audit_since(desk_a, office_seq)
        offline = [e for e in entries if "offline" in e.new]
        assert [(e.new["offline"]["seq"], e.action) for e in offline] == laptop_entries
        assert {"checkout.accept", "applicant.update", "family_member.add",
                "case.register"} <= {action for _seq, action in laptop_entries}
        assert all(e.new["offline"]["device"] == "Border post laptop" for e in offline)
        office_actions = [e.action for e in entries if "offline" not in e.new]
        assert office_actions.count("case.checkin") == 5
        assert "case.checkout_release" in office_actions and "case.checkin_new" in office_actions
        with desk_a.uow(readonly=True) as uow:
            chain = audit.verify_chain(uow.session, derive_subkey(fx.store.db_key,
                                                                  "audit-chain"))
        assert chain.ok

        # The laptop lets everything go.
        with laptop.uow() as uow:
            finished = checkout.finish_checkin(uow, laptop.actor, laptop.store,
                                               receipt.read_bytes())
        assert sorted(finished.removed) == sorted([*out, new])
        with laptop.uow(readonly=True) as uow:
            assert uow.session.execute(select(func.count()).select_from(Case)).scalar() == 0
        dialog.close()
    finally:
        second.close()
