"""Field messages are translatable: an English string for code, tests and the command
line, and a template with parameters for the interface (issue 9).

The checks over ``app/`` keep it so: a message written as an f-string or a plain
string, or a template lupdate cannot collect, fails here.
"""

from __future__ import annotations

import ast
import copy
import pickle
import string
from datetime import date
from pathlib import Path

import pytest

from app.domain import validation as v
from app.domain.dates import PartialDate
from app.domain.errors import DomainError, FieldMessage, ValidationError, join_messages
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.vocab import DocumentType, IncidentKind

APP = Path(__file__).resolve().parents[2] / "app"


def _trees() -> list[tuple[str, ast.AST]]:
    return [(str(path.relative_to(APP.parent)), ast.parse(path.read_text(encoding="utf-8")))
            for path in sorted(APP.rglob("*.py"))]


TREES = _trees()


def _domain_errors() -> set[str]:
    """The names of DomainError and of every class in app/ derived from it."""
    classes = {node.name: {ast.unparse(base).rpartition(".")[2] for base in node.bases}
               for _path, tree in TREES for node in ast.walk(tree)
               if isinstance(node, ast.ClassDef)}
    names = {DomainError.__name__}
    while True:
        more = {name for name, bases in classes.items() if bases & names} - names
        if not more:
            return names
        names |= more


DOMAIN_ERRORS = _domain_errors()


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _marked(node: ast.expr, context: str) -> list[str] | None:
    """The source texts of ``_N(context, "literal")`` (or a choice of two such), else None."""
    if isinstance(node, ast.IfExp):
        body, orelse = _marked(node.body, context), _marked(node.orelse, context)
        return None if body is None or orelse is None else body + orelse
    if (isinstance(node, ast.Call) and _name(node.func) in ("_N", "QT_TRANSLATE_NOOP")
            and len(node.args) == 2 and not node.keywords
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
            and node.args[0].value == context):
        return [node.args[1].value]
    return None


def _fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template)
            if name is not None}


# ---------------------------------------------------------------------------
# the English text


def test_a_field_message_is_its_english_text_and_keeps_its_template():
    message = FieldMessage(_N("Validation", "is too long ({length} characters); at most "
                                            "{limit} fit."), length=100_000, limit=200)
    assert message == "is too long (100,000 characters); at most 200 fit."
    assert isinstance(message, str) and message.context == "Validation"
    assert message.template == "is too long ({length} characters); at most {limit} fit."
    assert message.params == {"length": 100_000, "limit": 200}
    assert message.capitalize().startswith("Is too long")


def test_parameters_read_in_english_as_the_messages_always_did():
    document = FieldMessage(_N("Validation", "the {type} {number}"),
                            type=DocumentType.BIRTH_CERTIFICATE, number="BC-77")
    incident = FieldMessage(_N("Validation", "the incident “{kind}” of {date}"),
                            kind=IncidentKind.FAMILY_TARGETED, date="2019-04")
    listed = FieldMessage(_N("Validation", "{list} and {item}"), list=document, item=incident)
    assert listed == "the birth certificate BC-77 and the incident “family targeted” of 2019-04"
    assert FieldMessage(_N("Validation", "the decision is due by {date} at the latest (the "
                                         "longest extension)."), date=date(2027, 1, 31)
                        ) == "the decision is due by 2027-01-31 at the latest (the longest " \
                             "extension)."
    assert FieldMessage(_N("Validation", "the file is {size} MB; at most {limit} MB can be "
                                         "attached. Scan at a lower resolution or split it."),
                        size=1.5 * 1_048_576 / 1_048_576, limit=1).startswith("the file is 1.5 MB")


def test_braces_in_a_value_are_shown_not_formatted():
    with pytest.raises(ValidationError) as info:
        v.email("{0}{x}@", "applicant.email")
    assert info.value.errors["applicant.email"] == "“{0}{x}@” is not an e-mail address."
    assert info.value.message == "applicant.email: “{0}{x}@” is not an e-mail address."


def test_copies_and_pickles_keep_the_template():
    nested = join_messages([FieldMessage.marked("Assessment", "Choose the legal basis."),
                            FieldMessage(_N("Validation", "cannot be negative."))])
    for copied in (pickle.loads(pickle.dumps(nested)), copy.deepcopy(nested)):
        assert copied == "Choose the legal basis. cannot be negative."
        assert copied.template == "{first} {second}"
        assert copied.params["first"].context == "Assessment"
        assert copied.params["second"].template == "cannot be negative."


def test_validators_and_the_collector_hand_on_field_messages():
    errors = v.Collector()
    errors.check(v.text, "x" * 301, "applicant.place_of_birth")
    errors.check(v.non_negative, -1, "incident.duration_days")
    with pytest.raises(ValidationError) as info:
        PartialDate(2019, 2, 30)
    errors.add("incident.started", info.value.errors["date"])
    with pytest.raises(ValidationError) as info:
        errors.raise_if_any()
    found = info.value.errors
    assert all(isinstance(message, FieldMessage) for message in found.values())
    assert found["applicant.place_of_birth"].params == {"length": 301, "limit": 300}
    assert found["incident.started"] == "2019-02 has no day 30."
    assert info.value.message.startswith("applicant.place_of_birth: is too long (301 characters)")


# ---------------------------------------------------------------------------
# the code: every message translatable


def _forwarded(tree: ast.AST, call: ast.Call, forwarders: dict[str, int]) -> bool:
    """Whether ``call`` (FieldMessage(name, …)) sits in a forwarding helper and ``name``
    is the parameter the helper's callers fill with a literal template."""
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) \
                and function.name in forwarders and call in ast.walk(function):
            names = [a.arg for a in function.args.args]
            return names.index(call.args[0].id) == forwarders[function.name] \
                if call.args[0].id in names else False
    return False


def test_every_field_message_is_a_literal_validation_template_with_its_parameters():
    found = 0
    problems = []
    # A helper that builds the message for its callers (``problem(key, template,
    # **params)``) passes its own parameter on: then each call of the helper must give a
    # literal template in that place, checked below like a FieldMessage.
    forwarding: dict[str, dict[str, int]] = {}
    for path, tree in TREES:
        forwarders = forwarding.setdefault(path, {})
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            names = [a.arg for a in function.args.args]
            for node in ast.walk(function):
                if isinstance(node, ast.Call) and _name(node.func) == "FieldMessage" \
                        and node.args and isinstance(node.args[0], ast.Name) \
                        and node.args[0].id in names:
                    forwarders[function.name] = names.index(node.args[0].id)
    for path, tree in TREES:
        forwarders = forwarding[path]
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in forwarders \
                    and path != "app/domain/errors.py":
                index = forwarders[_name(node.func)]
                argument = node.args[index] if len(node.args) > index else None
                if argument is None or _marked(argument, "Validation") is None:
                    problems.append(f"{path}:{node.lineno}: the template given to "
                                    f"{_name(node.func)} is not _N(\"Validation\", \"…\")")
                found += 1
            if not (isinstance(node, ast.Call) and _name(node.func) == "FieldMessage"):
                continue
            where = f"{path}:{node.lineno}"
            if path == "app/domain/errors.py":  # the class builds its own copies
                continue
            if node.args and isinstance(node.args[0], ast.Name) \
                    and _forwarded(tree, node, forwarders):
                continue
            found += 1
            templates = _marked(node.args[0], "Validation") if node.args else None
            if templates is None or len(node.args) != 1:
                problems.append(f"{where}: the template is not _N(\"Validation\", \"…\")")
                continue
            if any(k.arg is None for k in node.keywords):
                continue  # **params: checked where they are made
            given = {k.arg for k in node.keywords}
            for template in templates:
                if _fields(template) != given:
                    problems.append(f"{where}: {template!r} takes {sorted(_fields(template))}, "
                                    f"is given {sorted(given)}")
                if any(spec or conv for _t, name, spec, conv
                       in string.Formatter().parse(template) if name is not None):
                    problems.append(f"{where}: {template!r} formats inside braces")
    assert not problems, "\n".join(problems)
    assert found > 150


def test_no_message_is_an_english_string_or_an_f_string():
    """ValidationError values, ``errors.add`` and ``errors[path] = …`` take a
    FieldMessage (or a message handed on); a DomainError takes a marked template."""
    def english(node: ast.expr | None) -> bool:
        return isinstance(node, ast.JoinedStr) or (
            isinstance(node, ast.Constant) and isinstance(node.value, str)) or (
            isinstance(node, ast.BinOp) and (english(node.left) or english(node.right)))

    problems = []
    for path, tree in TREES:
        for node in ast.walk(tree):
            where = f"{path}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Call):
                name = _name(node.func)
                if name == "ValidationError" and node.args and isinstance(node.args[0], ast.Dict):
                    problems += [f"{where}: {ast.unparse(value)[:60]}"
                                 for value in node.args[0].values if english(value)]
                elif (name == "add" and isinstance(node.func, ast.Attribute)
                      and ast.unparse(node.func.value) in ("errors", "self.errors")
                      and len(node.args) == 2 and english(node.args[1])):
                    problems.append(f"{where}: {ast.unparse(node.args[1])[:60]}")
                elif name in DOMAIN_ERRORS and node.args and english(node.args[0]):
                    problems.append(f"{where}: {name}({ast.unparse(node.args[0])[:60]})")
            elif (isinstance(node, ast.Assign) and len(node.targets) == 1
                  and isinstance(node.targets[0], ast.Subscript)
                  and ast.unparse(node.targets[0].value) == "errors" and english(node.value)):
                problems.append(f"{where}: {ast.unparse(node.value)[:60]}")
    assert not problems, "\n".join(problems)


def test_every_marked_text_is_a_literal_lupdate_can_collect():
    problems = []
    for path, tree in TREES:
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and _name(node.func) in ("_N", "QT_TRANSLATE_NOOP")
                    and not (len(node.args) == 2 and all(
                        isinstance(a, ast.Constant) and isinstance(a.value, str)
                        for a in node.args))):
                problems.append(f"{path}:{node.lineno}: {ast.unparse(node)[:70]}")
    assert not problems, "\n".join(problems)
