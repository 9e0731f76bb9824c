"""Need to know in the case window: a clerk's window holds nothing of the claim,
interviews or evidence; an officer's opening is logged once, not at every reload."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.domain.workflow import CaseStatus
from app.services import claims
from app.ui import tasks
from app.ui.casefile.window import CaseFileWindow, section_classes
from tests.helpers import builders

CLAIM = "Detained for eight months for praying."
ANSWER = "I was told I would be sent to a camp."  # the builders' interview answer
EVIDENCE_TITLE = "Summons from the district police"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"


@pytest.fixture
def full_case(store_fixture):
    fx = store_fixture
    built = builders.case_in(fx, CaseStatus.UNDER_ASSESSMENT)
    with fx.uow() as uow:
        claims.save_claim(uow, fx.officer, built.number, claims.ClaimInput(summary=CLAIM))
    with fx.uow() as uow:
        claims.attach_evidence(uow, fx.officer, built.number, claims.EvidenceInput(
            EVIDENCE_TITLE, PDF, "application/pdf"))
    return fx, built


def _open(qtbot, fx, actor, number) -> CaseFileWindow:
    window = CaseFileWindow(fx.store, actor, number)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.case_file is not None, timeout=10000)
    qtbot.waitUntil(lambda: not tasks._running, timeout=10000)
    return window


def _texts(root: QWidget) -> list[str]:
    """Every text the window holds: labels, fields, buttons and the cells of its tables."""
    found = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            found.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            found.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, root_index = widget.model(), widget.rootIndex()
            for row in range(model.rowCount(root_index)):
                column = 0  # list models hide columnCount: walk until the index is invalid
                while (cell := model.index(row, column, root_index)).isValid():
                    found.append(str(cell.data(Qt.ItemDataRole.DisplayRole)))
                    column += 1
    return found


def test_a_clerks_case_window_holds_nothing_sensitive(qtbot, full_case):
    fx, built = full_case
    assert any(cls.SENSITIVE for cls in section_classes())  # there is something to leave out
    window = _open(qtbot, fx, fx.clerk, built.number)
    assert window.sections and not any(s.SENSITIVE for s in window.sections)
    assert not window.case_file.sensitive_loaded
    texts = "\n".join(_texts(window))
    assert built.number in texts  # the scan does see what the window shows …
    for secret in (CLAIM, ANSWER, EVIDENCE_TITLE):
        assert secret not in texts  # … and none of the claim, interviews or evidence


def test_an_officers_case_window_logs_one_view_however_often_it_reloads(qtbot, full_case):
    fx, built = full_case
    seq = builders.audit_count(fx)
    window = _open(qtbot, fx, fx.officer, built.number)
    assert CLAIM in "\n".join(_texts(window))
    for _save in range(2):  # what every save does
        loaded = window.case_file
        window.reload()
        qtbot.waitUntil(lambda loaded=loaded: window.case_file is not loaded, timeout=10000)
    views = [r for r in builders.audit_since(fx, seq) if r.action == "case.view_sensitive"]
    assert [(r.username, r.case_id) for r in views] == [("officer", built.id)]
