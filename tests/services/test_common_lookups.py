"""Lookups by a typed number or name: a missing one is named short and safe."""

from __future__ import annotations

import pytest

from app.domain.errors import NotFound
from app.services import common


def test_not_found_messages_quote_a_short_safe_value(store_fixture):
    with store_fixture.uow(readonly=True) as uow:
        with pytest.raises(NotFound) as caught:
            common.load_case(uow.session, "x" * 100_000)
        assert len(str(caught.value.params["number"])) < 50
        with pytest.raises(NotFound) as caught:
            common.user_by_name(uow.session, "adm\ud800in")
        assert "\ud800" not in caught.value.params["name"]
