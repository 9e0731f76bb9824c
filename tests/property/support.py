"""What the property tests share: hostile input, and the rule every check must keep.

The rule: whatever a person types, pastes or a file holds, the answer is the
value accepted or a ``ValidationError`` whose keys name the fields at fault,
each with a short message; never any other exception.
"""

from __future__ import annotations

import operator
import os
from collections.abc import Callable, Iterable
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from tests.reliability import nasty

#: At least 1,000 examples for every check (the issue's figure), with no time limit per
#: example: the machine is shared, and a slow example is not a failure of the rule.
FUZZ = settings(max_examples=1000, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
#: The use cases through the real services (``test_service_inputs``) cost 1–20 ms an
#: example in a unit of work; 1,000 examples of each take about 95 s on two cores.
#: ``PANA_SERVICE_EXAMPLES=N`` changes the count for a quicker local run.
SERVICE_FUZZ = settings(FUZZ,
                        max_examples=int(os.environ.get("PANA_SERVICE_EXAMPLES", "1000")))

#: Any code point: surrogates, private use and unassigned ones included.
ANY_CHAR = st.characters(codec=None, exclude_categories=())
ANY_TEXT = st.text(ANY_CHAR, max_size=40)
#: The corpus, plus the values that cannot be stored as UTF-8 or are absurdly long
#: (drawn by name, so that a failure's report does not print 100,000 characters).
_CORPUS = dict(nasty.TEXTS) | {"lone-surrogate": nasty.LONE_SURROGATE,
                               "name-100k-umlaut": nasty.NAME_100K}
NASTY = st.sampled_from(sorted(_CORPUS)).map(_CORPUS.__getitem__)
#: Text around and far beyond every length limit (single lines hold 300 characters,
#: free text 200,000).
HUGE = st.builds(operator.mul, st.sampled_from(["A", "Ä", " ", "\n", "阿", "\U0001F308", "1"]),
                 st.integers(190, 210_000))
#: What a caller might pass where text belongs.
NOT_TEXT = (st.none() | st.integers() | st.floats() | st.booleans() | st.binary(max_size=8)
            | st.lists(st.integers(), max_size=2) | st.dictionaries(st.text(max_size=2),
                                                                    st.integers(), max_size=1))

#: Longest message a refusal may carry: a message that repeats a pasted megabyte
#: helps nobody and floods the screen.
MAX_MESSAGE = 1_000


def hostile_text(*, wrong_types: bool = True) -> st.SearchStrategy[Any]:
    options = [ANY_TEXT, NASTY, HUGE]
    if wrong_types:
        options.append(NOT_TEXT)
    return st.one_of(*options)


def _names(key: str, prefix: str) -> bool:
    return key == prefix or key.startswith((prefix + ".", prefix + "[", prefix + ": "))


def check_refusal(exc: ValidationError, allowed: Iterable[str]) -> dict[str, str]:
    """``exc`` names only fields of ``allowed`` (paths or path prefixes), with short,
    non-empty messages; the message formats."""
    allowed = list(allowed)
    assert exc.errors, "a refusal names at least one field"
    for key, message in exc.errors.items():
        assert isinstance(key, str) and key, exc.errors
        assert any(_names(key, prefix) for prefix in allowed), (key, allowed)
        assert isinstance(message, str) and message.strip(), (key, message)
        assert len(message) <= MAX_MESSAGE, (key, len(message))
    assert str(exc)
    return exc.errors


def accepted_or_refused(call: Callable[[], Any], allowed: Iterable[str]) -> tuple[bool, Any]:
    """(True, result) when ``call`` accepts, (False, errors) when it refuses properly."""
    try:
        return True, call()
    except ValidationError as exc:
        return False, check_refusal(exc, allowed)


def pick_hostile(data, fields: dict[str, st.SearchStrategy[Any]], *, most: int = 3
                 ) -> dict[str, Any]:
    """Some of ``fields`` (none to ``most``) with a hostile value each; the rest keep
    their ordinary value, so accepted input is reached often too."""
    chosen = data.draw(st.sets(st.sampled_from(sorted(fields)), max_size=most), label="fields")
    return {name: data.draw(fields[name], label=name) for name in sorted(chosen)}
