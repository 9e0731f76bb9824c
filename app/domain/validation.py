"""Field validation shared by the services, the import and the screens.

Each check returns the cleaned value or raises ``ValidationError`` naming the
field and saying what is wrong and how to put it right.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

from app.domain.errors import FieldMessage, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N

MAX_LINE = 300
MAX_TEXT = 200_000
#: A part of a person's name (surname, given names, patronymic).
MAX_NAME = 200
#: A short item: ethnicity, religion, a document number.
MAX_SHORT = 100

# Bidirectional overrides and isolates can make a name display as something
# else than what is stored; the byte-order mark is an invisible character a paste
# from a file brings along. Every field refuses them.
_INVISIBLE = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF)}
# Control, surrogate (cannot be stored as UTF-8), private-use and unassigned code
# points, and the Unicode line and paragraph separators (a line break in one line).
_REFUSED_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Cn", "Zl", "Zp"})
# Free text keeps its lines: these become an ordinary new line.
_LINE_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n"})
_COUNTRY = re.compile(r"^[A-Z]{3}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()\-.\s/]{3,40}$")
DOCUMENT_LANGUAGES = ("kk", "ru", "en", "kk+ru")
E = TypeVar("E", bound=StrEnum)


def _bad_chars(value: str, multiline: bool) -> list[str]:
    bad = []
    for ch in value:
        if multiline and ch in "\n\t":
            continue
        if ch in _INVISIBLE or unicodedata.category(ch) in _REFUSED_CATEGORIES:
            bad.append(f"U+{ord(ch):04X}")
    return bad


def shown(value: object, limit: int = 40) -> str:
    """A value quoted in a message: cut short, as a pasted page must not fill the
    screen, and without characters that cannot be shown or stored."""
    try:
        text = value if isinstance(value, str) else str(value)
    except ValueError:  # an integer of thousands of digits
        text = type(value).__name__
    if len(text) > limit:
        text = text[:limit] + "…"
    if not text.isprintable():
        text = "".join("\ufffd" if ch in _INVISIBLE or unicodedata.category(ch)
                       in _REFUSED_CATEGORIES else ch for ch in text)
    return text


def searchable(value: object, limit: int = MAX_LINE) -> str:
    """What a search box or a looked-up number or name holds, made safe to compare with
    stored text: "" for anything but text, at most ``limit`` characters (no stored
    value is longer), without the surrogates SQLite cannot take, stripped."""
    if not isinstance(value, str):
        return ""
    value = value[:limit]
    if not value.isprintable():
        value = "".join(ch for ch in value if unicodedata.category(ch) != "Cs")
    return value.strip()


def text(value: object, field: str, *, required: bool = False, max_len: int = MAX_LINE,
         multiline: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError({field: FieldMessage(
            _N("Validation", "must be text, not {type}."), type=type(value).__name__)})
    value = value.replace("\r\n", "\n")
    if multiline:
        value = value.translate(_LINE_BREAKS)
    value = unicodedata.normalize("NFC", value)
    value = value if multiline else value.strip()
    if required and not value.strip():
        raise ValidationError({field: FieldMessage(
            _N("Validation", "is required; please fill it in."))})
    if len(value) > max_len:
        raise ValidationError({field: FieldMessage(
            _N("Validation", "is too long ({length} characters); at most {limit} fit."),
            length=len(value), limit=max_len)})
    bad = _bad_chars(value, multiline)
    if bad:
        raise ValidationError({field: FieldMessage(
            _N("Validation", "contains invisible control characters ({characters}); retype it "
                             "without them."), characters=", ".join(sorted(set(bad))[:3]))})
    return value


def long_text(value: object, field: str, *, required: bool = False) -> str:
    return text(value, field, required=required, max_len=MAX_TEXT, multiline=True)


def choice(value: object, enum: type[E], field: str) -> E:
    try:
        return enum(value)
    except (ValueError, TypeError):
        allowed = ", ".join(member.value for member in enum)
        raise ValidationError({field: FieldMessage(
            _N("Validation", "“{value}” is not one of: {allowed}."),
            value=shown(value), allowed=allowed)}) from None


def _code_list(values: object, field: str, example: str) -> list[object]:
    if isinstance(values, str):
        return [v for v in re.split(r"[,\s]+", values) if v]
    if not isinstance(values, (list, tuple, set, frozenset)):
        raise ValidationError({field: FieldMessage(
            _N("Validation", "must be a list of codes, e.g. {example}."), example=example)})
    return list(values)


def countries(values: Iterable[str] | str, field: str) -> list[str]:
    result = []
    for value in _code_list(values, field, "CHN, KAZ"):
        code = value.strip().upper() if isinstance(value, str) else ""
        # ASCII letters only: "ſ".upper() is "S", and "ﬀ".upper() is "FF".
        if not (_COUNTRY.match(code) and code.isascii()):
            raise ValidationError({field: FieldMessage(
                _N("Validation", "“{value}” is not a country code; use three letters, "
                                 "e.g. CHN, KAZ."), value=shown(value))})
        if code not in result:
            result.append(code)
    return result


def languages(values: Iterable[str] | str, field: str) -> list[str]:
    result = []
    for value in _code_list(values, field, "kk, ru, ug"):
        code = value.strip().lower() if isinstance(value, str) else ""
        if not (_LANGUAGE.match(code) and code.isascii()):
            raise ValidationError({field: FieldMessage(
                _N("Validation", "“{value}” is not a language code; use two letters, "
                                 "e.g. kk, ru, ug."), value=shown(value))})
        if code not in result:
            result.append(code)
    return result


def document_language(value: object, field: str) -> str:
    if not isinstance(value, str) or value not in DOCUMENT_LANGUAGES:
        raise ValidationError({field: FieldMessage(
            _N("Validation", "“{value}” is not a document language; use one of kk, ru, en, "
                             "kk+ru."), value=shown(value))})
    return value


def email(value: object, field: str) -> str:
    cleaned = text(value, field, max_len=200)
    if cleaned and not _EMAIL.match(cleaned):
        raise ValidationError({field: FieldMessage(
            _N("Validation", "“{value}” is not an e-mail address."), value=shown(cleaned))})
    return cleaned


def phone(value: object, field: str) -> str:
    cleaned = text(value, field, max_len=100)
    if cleaned and not _PHONE.match(cleaned):
        raise ValidationError({field: FieldMessage(
            _N("Validation", "“{value}” is not a phone number; use digits, spaces and "
                             "+ ( ) -."), value=shown(cleaned))})
    return cleaned


#: The largest whole number a column holds everywhere (SQLite takes 64 bits; 32 is plenty).
MAX_INT = 2**31 - 1


def non_negative(value: object, field: str, maximum: int = MAX_INT) -> int:
    try:
        number = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):  # Overflow: infinity
        raise ValidationError({field: FieldMessage(
            _N("Validation", "“{value}” is not a whole number."), value=shown(value))}) from None
    if number < 0:
        raise ValidationError({field: FieldMessage(_N("Validation", "cannot be negative."))})
    if number > maximum:
        raise ValidationError({field: FieldMessage(
            _N("Validation", "is too large; at most {maximum}."), maximum=maximum)})
    return number


def username(value: object) -> str:
    cleaned = text(value, "username", required=True, max_len=64)
    if not re.fullmatch(r"[a-z][a-z0-9._-]{1,63}", cleaned):
        raise ValidationError({"username": FieldMessage(
            _N("Validation", "use 2–64 lower-case Latin letters, digits, dot, dash or "
                             "underscore, starting with a letter."))})
    return cleaned


#: Demo databases (fictional people only) accept the short demo password.
DEMO_MIN_PASSWORD = 4
MIN_PASSWORD = 8


def password(value: object, field: str = "password", *, min_length: int = MIN_PASSWORD) -> str:
    if not isinstance(value, str) or len(value) < min_length:
        raise ValidationError({field: FieldMessage(
            _N("Validation", "must be at least {minimum} characters long."),
            minimum=min_length)})
    if len(value) > 1024:
        raise ValidationError({field: FieldMessage(
            _N("Validation", "is too long (at most {limit} characters)."), limit=1024)})
    bad = sorted({f"U+{ord(ch):04X}" for ch in value if unicodedata.category(ch) == "Cs"})
    if bad:  # the key is derived from the password's UTF-8 bytes, which these lack
        raise ValidationError({field: FieldMessage(
            _N("Validation", "contains characters that cannot be stored ({characters}); type "
                             "it again."), characters=", ".join(bad[:3]))})
    return value


class Collector:
    """Gathers several field errors so the user sees them all at once."""

    def __init__(self) -> None:
        self.errors: dict[str, FieldMessage] = {}

    def check(self, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ValidationError as exc:
            self.errors.update(exc.errors)
            return None

    def add(self, field: str, message: FieldMessage) -> None:
        """Record a message made with ``FieldMessage(_N("Validation", …), …)``."""
        self.errors[field] = message

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)
