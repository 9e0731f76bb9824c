"""The contract between the case-file window and each of its sections."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from app.db.audit import Actor
from app.db.store import Store
from app.services.casefile import CaseFile


@dataclass
class CaseContext:
    """What a section needs to call services for its case."""

    store: Store
    actor: Actor
    number: str

    def uow(self, **kwargs):
        return self.store.uow(**kwargs)


class Section(QWidget):
    """One part of the case file (applicant, family, interviews, …).

    Subclasses set ``TITLE`` (marked with ``QT_TRANSLATE_NOOP("CaseFile", …)``),
    ``SENSITIVE`` (hidden from roles that may not see claims and interviews),
    fill themselves in ``load`` and, when editable, implement ``is_dirty`` and
    ``save``. After a successful save they emit ``saved`` so the window reloads
    the case file; ``dirty_changed`` marks the section in the navigation.
    """

    TITLE = ""
    SENSITIVE = False

    dirty_changed = Signal(bool)
    saved = Signal()

    def __init__(self, ctx: CaseContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_file: CaseFile | None = None

    def title(self) -> str:
        return QCoreApplication.translate("CaseFile", self.TITLE)

    def load(self, case_file: CaseFile) -> None:
        self.case_file = case_file

    def is_dirty(self) -> bool:
        return False

    def save(self) -> bool:
        """Save what is unsaved; True when nothing unsaved remains."""
        return True

    def discard(self) -> None:
        """Drop unsaved edits (the window reloads afterwards)."""
