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

from app.domain.errors import ValidationError

MAX_LINE = 300
MAX_TEXT = 200_000

# Bidirectional overrides and isolates can make a name display as something
# else than what is stored; single-line fields refuse them.
_BIDI_CONTROLS = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
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
        if ch in _BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"):
            bad.append(f"U+{ord(ch):04X}")
    return bad


def text(value: object, field: str, *, required: bool = False, max_len: int = MAX_LINE,
         multiline: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError({field: f"must be text, not {type(value).__name__}."})
    value = unicodedata.normalize("NFC", value.replace("\r\n", "\n"))
    value = value if multiline else value.strip()
    if required and not value.strip():
        raise ValidationError({field: "is required; please fill it in."})
    if len(value) > max_len:
        raise ValidationError(
            {field: f"is too long ({len(value):,} characters); at most {max_len:,} fit."})
    bad = _bad_chars(value, multiline)
    if bad:
        shown = ", ".join(sorted(set(bad))[:3])
        raise ValidationError(
            {field: f"contains invisible control characters ({shown}); retype it without them."})
    return value


def long_text(value: object, field: str, *, required: bool = False) -> str:
    return text(value, field, required=required, max_len=MAX_TEXT, multiline=True)


def choice(value: object, enum: type[E], field: str) -> E:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise ValidationError({field: f"“{value}” is not one of: {allowed}."}) from None


def countries(values: Iterable[str] | str, field: str) -> list[str]:
    if isinstance(values, str):
        values = [v for v in re.split(r"[,\s]+", values) if v]
    result = []
    for value in values:
        code = str(value).strip().upper()
        if not _COUNTRY.match(code):
            raise ValidationError(
                {field: f"“{value}” is not a country code; use three letters, e.g. CHN, KAZ."})
        if code not in result:
            result.append(code)
    return result


def languages(values: Iterable[str] | str, field: str) -> list[str]:
    if isinstance(values, str):
        values = [v for v in re.split(r"[,\s]+", values) if v]
    result = []
    for value in values:
        code = str(value).strip().lower()
        if not _LANGUAGE.match(code):
            raise ValidationError(
                {field: f"“{value}” is not a language code; use two letters, e.g. kk, ru, ug."})
        if code not in result:
            result.append(code)
    return result


def document_language(value: object, field: str) -> str:
    if value not in DOCUMENT_LANGUAGES:
        raise ValidationError(
            {field: f"“{value}” is not a document language; use one of kk, ru, en, kk+ru."})
    return str(value)


def email(value: object, field: str) -> str:
    cleaned = text(value, field, max_len=200)
    if cleaned and not _EMAIL.match(cleaned):
        raise ValidationError({field: f"“{cleaned}” is not an e-mail address."})
    return cleaned


def phone(value: object, field: str) -> str:
    cleaned = text(value, field, max_len=100)
    if cleaned and not _PHONE.match(cleaned):
        raise ValidationError(
            {field: f"“{cleaned}” is not a phone number; use digits, spaces and + ( ) -."})
    return cleaned


def non_negative(value: object, field: str) -> int:
    try:
        number = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ValidationError({field: f"“{value}” is not a whole number."}) from None
    if number < 0:
        raise ValidationError({field: "cannot be negative."})
    return number


def username(value: object) -> str:
    cleaned = text(value, "username", required=True, max_len=64)
    if not re.fullmatch(r"[a-z][a-z0-9._-]{1,63}", cleaned):
        raise ValidationError({"username": "use 2–64 lower-case Latin letters, digits, dot, "
                                           "dash or underscore, starting with a letter."})
    return cleaned


#: Demo databases (fictional people only) accept the short demo password.
DEMO_MIN_PASSWORD = 4
MIN_PASSWORD = 8


def password(value: object, field: str = "password", *, min_length: int = MIN_PASSWORD) -> str:
    if not isinstance(value, str) or len(value) < min_length:
        raise ValidationError({field: f"must be at least {min_length} characters long."})
    if len(value) > 1024:
        raise ValidationError({field: "is too long (at most 1,024 characters)."})
    return value


class Collector:
    """Gathers several field errors so the user sees them all at once."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def check(self, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ValidationError as exc:
            self.errors.update(exc.errors)
            return None

    def add(self, field: str, message: str) -> None:
        self.errors[field] = message

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)
