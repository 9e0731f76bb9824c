"""Validation messages in the interface language: translated templates, parameters
in the locale, and field paths shown as the fields' labels (issue 9).

A small catalogue is built here from a .ts file with Qt's own lrelease, so the test
reads what a Russian user reads, whatever the shipped catalogues hold today.
"""

from __future__ import annotations

import ast
import re
import subprocess
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain import validation as v
from app.domain.dates import PartialDate
from app.domain.errors import DomainError, FieldMessage, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.vocab import DocumentType, IncidentKind
from app.services import cases
from app.ui.catalog import lrelease
from app.ui.forms import FieldErrors
from app.ui.messages import FIELD_LABELS, error_text, field_label, field_message_text
from tests.helpers import builders
from tests.unit.test_field_messages import TREES, _name

RUSSIAN = {
    "Validation": {
        "is too long ({length} characters); at most {limit} fit.":
            "слишком длинное значение ({length} знаков); помещается не больше {limit}.",
        "a birth date cannot be in the future.": "дата рождения не может быть в будущем.",
        "the arrival date cannot be after the registration date.":
            "дата прибытия не может быть позже даты регистрации.",
        "the {type} {number}": "{type} {number}",
        "{record} still refers to this person; remove or change it first.":
            "на этого человека ещё ссылается {record}; сначала удалите или измените это.",
        "the decision is due by {date} at the latest (the longest extension).":
            "решение нужно принять не позже {date} (самое долгое продление).",
        # A translator's slip: the parameter's name is misspelt.
        "must be at least {minimum} characters long.": "не короче {minimun} знаков.",
    },
    "Fields": {
        "Surname (written form {n})": "Фамилия (написание {n})",
        "Date of birth": "Дата рождения",
        "Arrived in Kazakhstan": "Прибыл в Казахстан",
    },
    "Vocab": {"Birth certificate": "Свидетельство о рождении"},
    "DomainError": {"The {what} {id} does not exist.": "{what} {id} не существует."},
}


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("catalogue")
    contexts = "".join(
        f"<context><name>{name}</name>" + "".join(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(text)}</translation></message>"
            for source, text in texts.items()) + "</context>"
        for name, texts in RUSSIAN.items())
    ts = folder / "test_ru.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  f'<TS version="2.1" language="ru_RU">{contexts}</TS>\n', encoding="utf-8")
    qm = folder / "test_ru.qm"
    subprocess.run([str(lrelease()), "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    return qm


@pytest.fixture
def russian(qapp, catalogue):
    """The test catalogue installed and Russian the default locale, both undone after."""
    translator = QTranslator()
    assert translator.load(str(catalogue))
    before = QLocale()
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def _refused(fn, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        fn(*args, **kwargs)
    return info.value


def test_a_validator_message_reads_in_russian_with_the_fields_label(russian):
    exc = _refused(v.text, "я" * 100_000, "applicant.names[1].surname", max_len=200)
    group = QLocale().groupSeparator()  # Russian groups digits with a no-break space
    assert error_text(exc) == (f"Фамилия (написание 2): слишком длинное значение (100{group}000 "
                               "знаков); помещается не больше 200.")
    # The string itself stays English: logs of tests, the command line.
    assert str(exc.errors["applicant.names[1].surname"]).startswith("is too long (100,000")


def test_nested_messages_vocabulary_and_dates_are_translated_in_place(russian):
    document = FieldMessage(_N("Validation", "the {type} {number}"),
                            type=DocumentType.BIRTH_CERTIFICATE, number="BC-77")
    message = FieldMessage(_N("Validation", "{record} still refers to this person; remove or "
                                            "change it first."), record=document)
    assert field_message_text(message) == (
        "на этого человека ещё ссылается свидетельство о рождении BC-77; сначала удалите или "
        "измените это.")
    due = FieldMessage(_N("Validation", "the decision is due by {date} at the latest (the "
                                        "longest extension)."), date=date(2027, 1, 31))
    assert field_message_text(due) == "решение нужно принять не позже 31.01.2027 (самое " \
                                      "долгое продление)."
    # Untranslated here: the vocabulary's English label, and the month in the locale.
    incident = FieldMessage(_N("Validation", "the incident “{kind}” of {date}"),
                            kind=IncidentKind.FAMILY_TARGETED, date=PartialDate(2019, 4))
    assert incident == "the incident “family targeted” of 2019-04"
    assert field_message_text(incident) == "the incident “family members targeted” of 04.2019"


def test_a_translation_that_lost_its_parameter_falls_back_to_english(russian):
    exc = _refused(v.password, "short")
    assert field_message_text(exc.errors["password"]) == "must be at least 8 characters long."


def test_untranslated_texts_still_get_their_numbers_in_the_locale(russian):
    group = QLocale().groupSeparator()
    message = FieldMessage(_N("Validation", "is too large; at most {maximum}."), maximum=2**31 - 1)
    assert field_message_text(message) == f"is too large; at most 2{group}147{group}483{group}647."
    missing = DomainError(_N("DomainError", "The {what} {id} does not exist."),
                          what=FieldMessage(_N("Validation", "family member")), id=1234567)
    assert error_text(missing) == f"family member 1{group}234{group}567 не существует."


def test_a_service_refusal_shows_labels_and_translations_in_a_form(russian, store_fixture,
                                                                   qtbot):
    fx = store_fixture
    data = builders.petition(
        names=[cases.NameInput("kk-Cyrl", "", "")], birth_date=str(date.today().year + 1),
        arrived_on=date.today() + timedelta(days=2))
    with fx.uow() as uow:
        exc = _refused(cases.register_petition, uow, fx.officer, data,
                       documents=[cases.DocumentInput("passport", "")])
    assert set(exc.errors) == {"applicant.names[0]", "applicant.birth_date", "case.arrived_on",
                               "documents[0].number"}
    lines = error_text(exc).splitlines()
    assert "Дата рождения: дата рождения не может быть в будущем." in lines
    assert "Прибыл в Казахстан: дата прибытия не может быть позже даты регистрации." in lines
    # Every path reads as a label (English where the test catalogue has none).
    assert {line.split(": ", 1)[0] for line in lines} == {
        "Name (written form 1)", "Дата рождения", "Прибыл в Казахстан",
        "Document number (document 1)"}

    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    general, birth = QLabel(), QLineEdit()
    errors = FieldErrors(general)
    layout.addWidget(birth)
    layout.addWidget(errors.label_for("applicant.birth_date", birth))
    layout.addWidget(general)
    assert errors.show(exc.errors) is birth
    under = form.findChild(QLabel, "error_applicant_birth_date")
    assert under.text() == "Дата рождения не может быть в будущем."
    assert birth.accessibleDescription() == under.text()
    assert general.text().splitlines() == [
        line for line in lines if not line.startswith("Дата рождения")]


# ---------------------------------------------------------------------------
# the labels match the paths the services use

SITE_MODULES = ("app/services/", "app/domain/", "app/documents/")
#: Paths into an import file, not fields of a form.
NOT_FIELDS = ("app/services/exchange.py", "app/services/demo.py")
#: Calls that name a field, and which of their arguments may be its path.
PATH_CALLS = {"add": slice(0, 1), "check": slice(1, None), "_not_future": slice(2, 3),
              "_birth": slice(2, 3), "_partial": slice(2, 3), "check_picture": slice(2, 3),
              "load_case_record": slice(5, 6), "_check_not_last_admin": slice(1, 2)}
_INDEX = re.compile(r"\[\d+\]")


def _constants(tree: ast.AST) -> dict[str, str]:
    return {target.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
            for target in node.targets if isinstance(target, ast.Name)
            and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)}


def _pattern(node: ast.expr, constants: dict[str, str]) -> str | None:
    """A regular expression for the strings an expression can be; None if not text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return re.escape(node.value)
    if isinstance(node, ast.Name) and node.id in constants:
        return re.escape(constants[node.id])
    if isinstance(node, ast.JoinedStr):
        return "".join(re.escape(part.value) if isinstance(part, ast.Constant)
                       else _pattern(part.value, constants) or ".+" for part in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _pattern(node.left, constants), _pattern(node.right, constants)
        if left is not None or right is not None:
            return (left or ".+") + (right or ".+")
    return None


def _sites() -> tuple[set[str], set[str]]:
    """(patterns of every text in the modules that raise field errors, the constant paths
    given to the calls that name a field)."""
    patterns: set[str] = set()
    paths: set[str] = set()
    for path, tree in TREES:
        if not path.startswith(SITE_MODULES) or path in NOT_FIELDS:
            continue
        constants = _constants(tree)
        for node in ast.walk(tree):
            if isinstance(node, (ast.Constant, ast.JoinedStr, ast.BinOp, ast.Name)):
                found = _pattern(node, constants)
                if found is not None:
                    patterns.add(found)
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name == "ValidationError" and node.args and isinstance(node.args[0], ast.Dict):
                arguments = node.args[0].keys
            elif name in PATH_CALLS:
                arguments = node.args[PATH_CALLS[name]]
            elif isinstance(node.func, ast.Attribute) and ast.unparse(node.func.value) == "v":
                arguments = node.args[1:]  # the validators: value, field, …
            else:
                continue
            for argument in arguments:
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    paths.add(argument.value)
                elif isinstance(argument, ast.Name) and argument.id in constants:
                    paths.add(constants[argument.id])
    return patterns, paths


def test_every_label_names_a_path_some_service_uses():
    patterns, _paths = _sites()
    # Only patterns with some text of their own: f"{a}.{b}" matches any path.
    compiled = [re.compile(p) for p in patterns if re.search(r"[a-z]", p.replace(".+", ""))]

    def used(path: str) -> bool:
        return any(p.fullmatch(path.replace("[]", "[0]")) for p in compiled)

    assert not used("no_such.field") and not used("applicant.no_such_field")
    unused = [key for key in FIELD_LABELS if not used(key)]
    assert not unused, unused


def test_every_path_a_service_names_has_a_label():
    _patterns, paths = _sites()
    fields = {p for p in paths if re.fullmatch(r"[a-z_]+(\.[a-z_]+|\[\d+\])*", p)}
    assert len(fields) > 100
    unlabelled = sorted(p for p in fields if _INDEX.sub("[]", p) not in FIELD_LABELS)
    assert not unlabelled, unlabelled


def test_paths_that_are_not_fields_are_shown_as_they_are(qapp):
    assert field_label("AQM-2026-00042") == "AQM-2026-00042"
    assert field_label("cases.json: case AQM-2026-00042: number") \
        == "cases.json: case AQM-2026-00042: number"
    # A path below a labelled one takes its label.
    assert field_label("setting.documents.name.kk") == "Commission name in letters"
    assert field_label("assessment.grounds.race") == "Convention grounds"
