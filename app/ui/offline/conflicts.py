"""The conflict screen: values changed both on the laptop and at the office, one choice
each.

A check-in (``checkout.read_checkin``) lists, per case, the places where the laptop and
the office changed the same value differently since the case left (``merge.Conflict``).
Each is one row: the field in words, the value as it left, the laptop's and the office's,
and two choices — *Keep the laptop's* and *Keep the office's*. Nothing is chosen for the
officer: *Apply* stays disabled until every row has a choice. Escape cancels and changes
nothing. ``choices()`` gives what ``checkout.apply_checkin`` takes.
"""

from __future__ import annotations

import re
from datetime import datetime
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain import merge, vocab
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.workflow import CaseStatus
from app.services import checkout
from app.ui.forms import enum_text, named
from app.ui.locale_format import date_text, datetime_text, number_text, partial_date_text
from app.ui.messages import FIELD_LABELS

#: Lists of records in a case document: the prefix of their fields in
#: ``messages.FIELD_LABELS`` and what one record is called ({n}: its place, from 1).
RECORD_KINDS: dict[str, tuple[str, str]] = {
    "family_members": ("family_member", _N("Offline", "Family member {n}")),
    "identity_documents": ("document", _N("Offline", "Identity document {n}")),
    "entry_records": ("entry", _N("Offline", "Entry record {n}")),
    "criminal_proceedings": ("proceeding", _N("Offline", "Criminal proceeding {n}")),
    "court_rulings": ("ruling", _N("Offline", "Court ruling {n}")),
    "representatives": ("representative", _N("Offline", "Representative {n}")),
    "interviews": ("interview", _N("Offline", "Interview {n}")),
    "entries": ("interview.entries[]", _N("Offline", "Question and answer {n}")),
    "incidents": ("incident", _N("Offline", "Incident {n}")),
    "evidence": ("evidence", _N("Offline", "Evidence {n}")),
    "assessments": ("assessment", _N("Offline", "Assessment {n}")),
    "grounds": ("claim.grounds[]", _N("Offline", "Ground {n}")),
    "approval_events": ("approval", _N("Offline", "Approval step {n}")),
    "decisions": ("decision", _N("Offline", "Decision {n}")),
    "notifications": ("notification", _N("Offline", "Notification {n}")),
    "certificates": ("certificate", _N("Offline", "Certificate {n}")),
    "extension_applications": ("extension", _N("Offline", "Extension application {n}")),
    "status_ends": ("status_end", _N("Offline", "End of status {n}")),
    "appeals": ("appeal", _N("Offline", "Appeal {n}")),
    "closures": ("closure", _N("Offline", "Closure {n}")),
}

#: Fields of a case document that ``FIELD_LABELS`` has no label for (it names the
#: fields of forms; these are kept by Pana itself).
EXTRA_LABELS: dict[str, str] = {
    "case.status": _N("Offline", "Case status"),
    "case.number": _N("Offline", "Case number"),
    "case.decision_due_on": _N("Offline", "Decision due on"),
    "case.deadline_extension_reason": _N("Offline", "Reason for extending the deadline"),
    "case.status_valid_from": _N("Offline", "Status valid from"),
    "case.status_valid_to": _N("Offline", "Status valid until"),
    "case.appeal_deadline": _N("Offline", "Time to appeal ends"),
    "case.closed_on": _N("Offline", "Closed on"),
    "case.closure_reason": _N("Offline", "Reason for closing"),
    "case.claim": _N("Offline", "Claim"),
    "case.applicant": _N("Offline", "Applicant"),
    "applicant.consent_given": _N("Offline", "Consent given"),
    "applicant.consent_on": _N("Offline", "Consent given on"),
    "family_member.included_in_petition": _N("Offline", "Included in the petition"),
    "document.is_original": _N("Offline", "Original seen"),
}

#: Stored values shown through the vocabulary (the last key of the path).
VOCABULARY: dict[str, type] = {
    "sex": vocab.Sex, "script": vocab.Script, "use": vocab.NameUse,
    "relation": vocab.Relation, "actor_type": vocab.ActorType, "ground": vocab.Ground,
    "status": CaseStatus, "outcome": vocab.Outcome,
}

#: Keys that are bookkeeping, not content: left out when a whole record is shown.
_HIDDEN = frozenset({"id", "created_at", "updated_at", "position", "version"})
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PARTIAL = re.compile(r"^~?\d{4}(-\d{2}){0,2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
#: A value is shown up to this long; the rest is cut with "…" (a narrative pasted whole).
MAX_SHOWN = 6000


def _t(text: str) -> str:
    return QCoreApplication.translate("Offline", text)


def humanised(key: str) -> str:
    """``deadline_extension_reason`` → "Deadline extension reason"."""
    text = key.removesuffix("_id").replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def _label_of(pattern: str, n: int = 1) -> str | None:
    """The label of an exact field path (``[]`` for a list's place), or None."""
    for table, context in ((FIELD_LABELS, "Fields"), (EXTRA_LABELS, "Offline")):
        template = table.get(pattern)
        if template is not None:
            text = QCoreApplication.translate(context, template)
            try:
                return text.format(n=number_text(n))
            except (KeyError, IndexError, ValueError):
                return template.format(n=number_text(n))
    return None


def _step(value: Any, key: str) -> tuple[Any, int | None]:
    """One step down a document: a key of an object, or the record ``id:…`` of a list
    (with its place in the list)."""
    if key.startswith("id:") and isinstance(value, list):
        wanted = key[3:]
        for index, item in enumerate(value):
            if isinstance(item, dict) and str(item.get("id")) == wanted:
                return item, index
        return merge.MISSING, None
    if isinstance(value, dict):
        return value.get(key, merge.MISSING), None
    return merge.MISSING, None


def _place(documents: list[Any], path: tuple[str, ...]) -> int:
    """The place (from 1) of the record at the end of ``path``, in the first document
    that has it."""
    for document in documents:
        value, index = document, None
        for key in path:
            value, index = _step(value, key)
            if value is merge.MISSING:
                break
        if value is not merge.MISSING and index is not None:
            return index + 1
    return 1


def field_text(path: tuple[str, ...], documents: list[Any] | None = None) -> str:
    """A conflict's place in words: "Religion", "Family member 2 — Relation",
    "Surname (written form 2)", "Identity document 1".

    ``path`` is a ``merge.Conflict.path`` of a comparable document (``cases``, the
    case's ``id:…``, then the keys); ``documents`` (base, laptop, server) tell which
    place a record has.
    """
    documents = documents or []
    parts = list(path)
    if parts[:1] == ["cases"]:
        parts = parts[2:] if len(parts) > 1 and parts[1].startswith("id:") else parts[1:]
        walked = list(path[:len(path) - len(parts)])
    else:
        walked = []
    context: list[str] = []
    prefix = "case"
    label = None
    i = 0
    while i < len(parts):
        key = parts[i]
        walked.append(key)
        following = parts[i + 1] if i + 1 < len(parts) else None
        if following is not None and following.startswith("id:"):
            walked.append(following)
            n = _place(documents, tuple(walked))
            last = i + 2 == len(parts)
            if key == "names":
                pattern = f"{prefix}.names[]"
                name = _label_of(pattern, n) or _t(_N("Offline", "Name {n}")).format(n=number_text(n))
                if last:
                    label = name
                else:
                    field = parts[i + 2]
                    label = (_label_of(f"{pattern}.{field}", n)
                             or f"{name} — {humanised(field)}")
                    i = len(parts)
                    break
            else:
                kind_prefix, kind = RECORD_KINDS.get(key, (key, ""))
                record = (_t(kind).format(n=number_text(n)) if kind
                          else f"{humanised(key)} {number_text(n)}")
                if last:
                    label = record
                else:
                    context.append(record)
                prefix = kind_prefix.removesuffix("[]")
            i += 2
            continue
        if following is not None and key in ("applicant", "claim", "interpreter",
                                              "representative"):
            prefix = key
            i += 1
            continue
        # The last key (or a list, an object saved anew as a whole).
        rest = ".".join(parts[i:])
        label = (_label_of(f"{prefix}.{rest}") or _label_of(rest)
                 or humanised(parts[-1]))
        break
    if label is None:
        label = _t(_N("Offline", "The whole case"))
    return " — ".join([*context, label])


def value_text(value: Any, key: str = "", depth: int = 0) -> str:
    """A stored value as people read it: dates in the interface's format, vocabulary in
    words, lists one item a line, a record as "Label: value" lines. ``key`` is the
    value's key, or for a record the key of its list (``family_members``)."""
    if value is merge.MISSING:
        return _t(_N("Offline", "(removed)"))
    if value is None or value == "" or value == [] or value == {}:
        return _t(_N("Offline", "(empty)"))
    if isinstance(value, bool):
        return _t(_N("Offline", "Yes")) if value else _t(_N("Offline", "No"))
    if isinstance(value, (int, float)):
        return number_text(value)
    if isinstance(value, str):
        return _scalar_text(value, key)
    if isinstance(value, list):
        items = [value_text(item, key, depth + 1) for item in value]
        if all(not isinstance(item, (dict, list)) for item in value):
            return ", ".join(items)
        return "\n\n".join(items) if depth == 0 and key != "names" else "\n".join(items)
    if isinstance(value, dict):
        if key == "names":
            return _name_text(value)
        prefix = RECORD_KINDS.get(key, (key or "case", ""))[0].removesuffix("[]")
        lines = []
        for name, item in value.items():
            if name in _HIDDEN or name.endswith("_id") or name.endswith("_base64") \
                    or item in (None, "", [], {}):
                continue
            shown = value_text(item, name, depth + 1)
            label = _label_of(f"{prefix}.{name}") or humanised(name)
            lines.append(f"{label}: {shown}" if "\n" not in shown
                         else f"{label}:\n  " + shown.replace("\n", "\n  "))
        return "\n".join(lines) if lines else _t(_N("Offline", "(empty)"))
    return str(value)


def _name_text(name: dict) -> str:
    """A written form of a name on one line: "Serikuly Erlan (Latin, official)"."""
    words = " ".join(str(name.get(k) or "") for k in ("surname", "given_names", "patronymic"))
    kinds = [value_text(name[k], k) for k in ("script", "use") if name.get(k)]
    text = " ".join(words.split()) or _t(_N("Offline", "(empty)"))
    return f"{text} ({', '.join(kinds)})" if kinds else text


def _scalar_text(value: str, key: str) -> str:
    enum = VOCABULARY.get(key)
    if enum is not None:
        return enum_text(enum, value)
    if _DATE.match(value):
        try:
            return date_text(datetime.strptime(value, "%Y-%m-%d").date())
        except ValueError:
            return value
    if _DATETIME.match(value):
        try:
            return datetime_text(datetime.fromisoformat(value))
        except ValueError:
            return value
    if _PARTIAL.match(value) and ("date" in key or key in ("started", "ended")):
        return partial_date_text(value)
    return value


def _cut(text: str) -> str:
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + "…"


def _cell(text: str, object_name: str) -> QLabel:
    label = QLabel(_cut(text))
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setMinimumWidth(120)
    return label


_KEPT = "QLabel { background: #e4f2e4; border-left: 3px solid #2e7d32; padding: 2px; }"
_DROPPED = "QLabel { color: #6b6b6b; padding: 2px; }"
_PLAIN = "QLabel { padding: 2px; }"


class _Row:
    """One conflict on screen: its choice and the cells that follow it."""

    def __init__(self, checkout_id: str, conflict: merge.Conflict, group: QButtonGroup,
                 laptop: QRadioButton, office: QRadioButton, laptop_cell: QLabel,
                 office_cell: QLabel) -> None:
        self.checkout_id, self.conflict, self.group = checkout_id, conflict, group
        self.laptop, self.office = laptop, office
        self.laptop_cell, self.office_cell = laptop_cell, office_cell

    @property
    def choice(self) -> str | None:
        if self.laptop.isChecked():
            return merge.LAPTOP
        if self.office.isChecked():
            return merge.SERVER
        return None

    def show_choice(self) -> None:
        choice = self.choice
        self.laptop_cell.setStyleSheet(
            _PLAIN if choice is None else _KEPT if choice == merge.LAPTOP else _DROPPED)
        self.office_cell.setStyleSheet(
            _PLAIN if choice is None else _KEPT if choice == merge.SERVER else _DROPPED)


class ConflictScreen(QDialog):
    """Every conflict of a check-in, one choice each; none is chosen beforehand."""

    #: How many rows have a choice, and how many there are.
    decided = Signal(int, int)

    def __init__(self, plan: checkout.CheckinPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictScreen")
        self.setAccessibleName(self.tr("Values changed on both sides"))
        self.setWindowTitle(self.tr("Changed on the laptop and at the office"))
        self.plan = plan
        self.rows: list[_Row] = []

        intro = QLabel(self.tr(
            "Since these cases left for the laptop, the values below were changed both on "
            "the laptop and at the office. Nothing has been overwritten. Choose for each "
            "value which one to keep; the other stays in the case's history."))
        intro.setObjectName("conflictIntro")
        intro.setWordWrap(True)

        body = QWidget()
        body.setObjectName("conflictBody")
        body_layout = QVBoxLayout(body)
        for case_index, case in enumerate(c for c in plan.cases if c.conflicts):
            body_layout.addWidget(self._case_box(case, case_index))
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("conflictScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.count_label = QLabel()
        self.count_label.setObjectName("conflictCount")
        self.all_laptop = named(QPushButton(self.tr("All from the &laptop")),
                                "allFromLaptop", self.tr("Keep the laptop's value everywhere"))
        self.all_office = named(QPushButton(self.tr("All from the &office")),
                                "allFromOffice", self.tr("Keep the office's value everywhere"))
        self.all_laptop.setAutoDefault(False)
        self.all_office.setAutoDefault(False)
        self.all_laptop.clicked.connect(lambda: self.choose_all(merge.LAPTOP))
        self.all_office.clicked.connect(lambda: self.choose_all(merge.SERVER))
        bulk = QHBoxLayout()
        bulk.addWidget(self.count_label, 1)
        bulk.addWidget(self.all_laptop)
        bulk.addWidget(self.all_office)

        self.buttons = QDialogButtonBox()
        self.apply_button = named(
            self.buttons.addButton(self.tr("&Apply these choices"),
                                   QDialogButtonBox.ButtonRole.AcceptRole),
            "applyChoices", self.tr("Apply these choices and check the cases in"))
        self.cancel_button = named(
            self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole),
            "cancelChoices", self.tr("Cancel: change nothing"))
        # Enter out of habit must not apply: the officer presses Apply on purpose.
        self.apply_button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)
        self.buttons.accepted.connect(self._apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(bulk)
        layout.addWidget(self.buttons)
        # Row by row, the laptop's then the office's; then the buttons (set once every
        # part is in this window).
        order = [button for row in self.rows for button in (row.laptop, row.office)]
        order += [self.all_laptop, self.all_office]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)
        self.setTabOrder(self.all_office, self.apply_button)
        self.setTabOrder(self.apply_button, self.cancel_button)
        self._update()
        self.resize(1080, 640)
        if self.rows:
            self.rows[0].laptop.setFocus()

    # ---- building

    def _case_box(self, case: checkout.CaseCheckin, case_index: int) -> QGroupBox:
        box = QGroupBox(self.tr("Case {number} — laptop “{device}” of {user}").format(
            number=case.number, device=self.plan.device_name, user=self.plan.username))
        box.setObjectName(f"conflictCase{case_index}")
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(12)
        headers = (self.tr("Field"), self.tr("When it left"), self.tr("On the laptop"),
                   self.tr("At the office"), self.tr("Keep"))
        for column, title in enumerate(headers):
            header = QLabel(title)
            header.setStyleSheet("QLabel { font-weight: bold; }")
            grid.addWidget(header, 0, column)
        for column, stretch in enumerate((3, 3, 4, 4, 0)):
            grid.setColumnStretch(column, stretch)
        documents = [case.server, case.laptop, case.base]
        row_index = 1
        for conflict_index, conflict in enumerate(case.conflicts):
            if conflict_index:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                grid.addWidget(line, row_index, 0, 1, 5)
                row_index += 1
            label = field_text(conflict.path, documents)
            field = label
            if conflict.laptop is merge.MISSING:
                field += "\n" + self.tr("(removed on the laptop)")
            elif conflict.server is merge.MISSING:
                field += "\n" + self.tr("(removed at the office)")
            key = conflict.path[-1] if conflict.path else ""
            if key.startswith("id:") and len(conflict.path) > 1:
                key = conflict.path[-2]  # a whole record: shown as one of its list
            name = f"{case_index}_{conflict_index}"
            field_cell = _cell(field, f"conflictField_{name}")
            field_cell.setStyleSheet("QLabel { font-weight: bold; }")
            base_cell = _cell(value_text(conflict.base, key), f"conflictBase_{name}")
            laptop_cell = _cell(value_text(conflict.laptop, key), f"conflictLaptop_{name}")
            office_cell = _cell(value_text(conflict.server, key), f"conflictOffice_{name}")
            base_cell.setStyleSheet(_DROPPED)
            for column, cell in enumerate((field_cell, base_cell, laptop_cell, office_cell)):
                grid.addWidget(cell, row_index, column)
            laptop = named(QRadioButton(self.tr("Keep the laptop's")), f"keepLaptop_{name}",
                           self.tr("{field}, case {number}: keep the laptop's value").format(
                               field=label, number=case.number))
            office = named(QRadioButton(self.tr("Keep the office's")), f"keepOffice_{name}",
                           self.tr("{field}, case {number}: keep the office's value").format(
                               field=label, number=case.number))
            group = QButtonGroup(box)
            group.setExclusive(True)
            group.addButton(laptop)
            group.addButton(office)
            choice = QWidget()
            choice_layout = QVBoxLayout(choice)
            choice_layout.setContentsMargins(0, 0, 0, 0)
            choice_layout.addWidget(laptop)
            choice_layout.addWidget(office)
            choice_layout.addStretch(1)
            grid.addWidget(choice, row_index, 4)
            row = _Row(str(case.checkout_id), conflict, group, laptop, office, laptop_cell,
                       office_cell)
            row.show_choice()
            group.buttonToggled.connect(lambda _b, _c, row=row: self._toggled(row))
            self.rows.append(row)
            row_index += 1
        return box

    # ---- choosing

    def _toggled(self, row: _Row) -> None:
        row.show_choice()
        self._update()

    def choose_all(self, side: str) -> None:
        for row in self.rows:
            (row.laptop if side == merge.LAPTOP else row.office).setChecked(True)
        self._update()

    def decided_count(self) -> int:
        return sum(1 for row in self.rows if row.choice is not None)

    def _update(self) -> None:
        done, total = self.decided_count(), len(self.rows)
        self.count_label.setText(self.tr("{done} of %Ln value(s) decided", "", total).format(
            done=number_text(done)))
        self.apply_button.setEnabled(done == total)
        self.decided.emit(done, total)

    def _apply(self) -> None:
        if self.decided_count() == len(self.rows):  # Apply is disabled until then
            self.accept()

    def choices(self) -> dict[str, dict[str, str]]:
        """Per check-out id (``str(case.checkout_id)``): conflict key → ``merge.LAPTOP`` or
        ``merge.SERVER``, for every conflict chosen."""
        out: dict[str, dict[str, str]] = {}
        for row in self.rows:
            choice = row.choice
            if choice is not None:
                out.setdefault(row.checkout_id, {})[row.conflict.key] = choice
        return out
