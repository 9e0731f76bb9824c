"""The search index is kept in registration order, and deep registry pages read backwards."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import text, update

from app.db import models as m
from app.db import search
from app.services import queries
from app.services.queries import CaseFilter
from tests.helpers import builders as b


def _register_days(fx, days: list[int]) -> list[str]:
    today = date.today()
    return [b.register(fx, registered_on=today - timedelta(days=d),
                       arrived_on=today - timedelta(days=d + 1)).number for d in days]


def _numbers(fx, flt: CaseFilter) -> list[str]:
    with fx.uow(readonly=True) as uow:
        return [c.number for c in queries.list_cases(uow, fx.officer, flt)]


def test_search_lists_newest_registration_first_and_stops_at_the_page(store_fixture):
    fx = store_fixture
    numbers = _register_days(fx, [5, 1, 9, 1, 3])
    found = _numbers(fx, CaseFilter(search="Serikuly"))
    # registered 1, 1, 3, 5, 9 days ago; of the two of one day the later first
    assert found == [numbers[3], numbers[1], numbers[4], numbers[0], numbers[2]]
    assert _numbers(fx, CaseFilter(search="Serikuly", limit=2, offset=1)) == found[1:3]
    with fx.uow(readonly=True) as uow:
        assert queries.count_matching(uow, fx.officer, CaseFilter(search="Serikuly")) == 5
    # the same order as the registry without a search
    assert _numbers(fx, CaseFilter()) == found


def test_other_orders_and_filters_apply_to_a_search(store_fixture):
    fx = store_fixture
    numbers = _register_days(fx, [5, 1, 9])
    assert _numbers(fx, CaseFilter(search="Серікұлы", order=["number"])) == sorted(numbers)
    assert _numbers(fx, CaseFilter(search="Серікұлы", order=["registered_on"])) == [
        numbers[2], numbers[0], numbers[1]]
    today = date.today()
    assert _numbers(fx, CaseFilter(search="Серікұлы",
                                   registered_from=today - timedelta(days=6))) == [
        numbers[1], numbers[0]]
    assert _numbers(fx, CaseFilter(search="Серікұлы", status="closed")) == []


def test_reindexing_keeps_the_place_and_leaves_one_row(store_fixture):
    fx = store_fixture
    numbers = _register_days(fx, [2, 2, 2])
    with fx.uow() as uow:
        rowids = dict(uow.session.execute(text(
            f"SELECT case_id, fts_rowid FROM {search.ROWIDS_TABLE}")).all())
        case = uow.session.query(m.Case).filter_by(number=numbers[1]).one()
        search.reindex_case(uow.session, case.id, case.number)
        search.reindex_case(uow.session, case.id, case.number)
        assert dict(uow.session.execute(text(
            f"SELECT case_id, fts_rowid FROM {search.ROWIDS_TABLE}")).all()) == rowids
        assert uow.session.execute(text(
            f"SELECT count(*) FROM {search.FTS_TABLE}")).scalar_one() == 3
        # a changed registration day moves the case to its new day
        moved = date.today() - timedelta(days=30)
        uow.session.execute(update(m.Case).where(m.Case.id == case.id)
                            .values(registered_on=moved))
        search.reindex_case(uow.session, case.id, case.number)
        rowid = uow.session.execute(text(
            f"SELECT fts_rowid FROM {search.ROWIDS_TABLE} WHERE case_id = :id"),
            {"id": case.id.hex}).scalar_one()
        assert search.rowid_day(rowid) == moved
        assert uow.session.execute(text(
            f"SELECT count(*) FROM {search.FTS_TABLE}")).scalar_one() == 3
        search.remove_case(uow.session, case.id)
        assert uow.session.execute(text(
            f"SELECT count(*) FROM {search.FTS_TABLE}")).scalar_one() == 2
        assert search.search_case_ids(uow.session, "Serikuly") == [
            uow.session.query(m.Case.id).filter_by(number=n).scalar() for n in numbers[2::-2]]
        assert search.rebuild(uow.session) == 3
        assert uow.session.execute(text(
            f"SELECT count(*) FROM {search.ROWIDS_TABLE}")).scalar_one() == 3


def test_a_day_counts_up_from_its_bottom():
    day = date(2026, 3, 1)
    low, high = search.day_range(day)
    assert search.next_rowid(None, day) == low
    assert search.next_rowid(low, day) == low + 1
    assert search.rowid_day(low) == search.rowid_day(high) == day
    assert search.day_range(date(2026, 3, 2))[0] == high + 1
    try:
        search.next_rowid(high, day)
    except OverflowError as exc:
        assert "2026-03-01" in str(exc)
    else:
        raise AssertionError("a full day must refuse another case")


def test_pages_read_backwards_past_the_middle_are_the_same_pages(store_fixture):
    fx = store_fixture
    _register_days(fx, [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])
    for order in (["-registered_on", "-number"], ["-registered_on", "number"],
                  ["status", "number"], ["-number"],
                  ["decision_due_on"], ["-status_valid_to", "number"]):
        everything = _numbers(fx, CaseFilter(order=order))
        assert len(everything) == 11
        for offset in range(0, 12):
            for limit in (1, 3, 5):
                page = _numbers(fx, CaseFilter(order=order, limit=limit, offset=offset,
                                               total=11))
                assert page == everything[offset:offset + limit], (order, offset, limit)
    flt = CaseFilter(limit=4, offset=8, total=11)
    assert _numbers(fx, flt) == _numbers(fx, replace(flt, total=None))


def test_a_whole_case_number_is_found_by_its_own_index(store_fixture):
    fx = store_fixture
    numbers = _register_days(fx, [2, 1])
    assert _numbers(fx, CaseFilter(search=numbers[0])) == [numbers[0]]
    assert _numbers(fx, CaseFilter(search=f"  {numbers[1].lower()} ")) == [numbers[1]]
    with fx.uow(readonly=True) as uow:
        assert queries.count_matching(uow, fx.officer, CaseFilter(search=numbers[0])) == 1
    # not a whole number: the index answers (the number without dashes, a prefix)
    assert _numbers(fx, CaseFilter(search=numbers[0].replace("-", ""))) == [numbers[0]]
    assert set(_numbers(fx, CaseFilter(search=numbers[0][:8]))) == set(numbers)
    assert _numbers(fx, CaseFilter(search="AQM-1999-00001")) == []


def test_a_two_character_name_is_found_at_the_start_of_a_word(store_fixture):
    fx = store_fixture
    from app.services.cases import NameInput

    wang = b.register(fx, names=[NameInput("Hans", "王", "鹏"), NameInput("Latn", "Wang", "Peng")],
                      citizenships=["CHN"]).number
    longer = b.register(fx, names=[NameInput("Hans", "王", "鹏飞")], citizenships=["CHN"]).number
    inside = b.register(fx, names=[NameInput("Hans", "大王", "鹏")], citizenships=["CHN"]).number
    found = _numbers(fx, CaseFilter(search="王鹏"))
    assert wang in found and longer in found and inside not in found
    assert wang in _numbers(fx, CaseFilter(search="Wang Peng"))


def test_due_items_and_the_print_queue_stop_at_their_limit(store_fixture):
    from app.services import printing

    fx = store_fixture
    _register_days(fx, [200, 150, 120, 100, 95])  # every decision overdue
    with fx.uow(readonly=True) as uow:
        everything = queries.due_items(uow, fx.supervisor, only_mine=False)
        first = queries.due_items(uow, fx.supervisor, only_mine=False, limit=3)
        assert len(everything) > 3 and first == everything[:3]
        queue = printing.print_queue(uow, fx.supervisor)
        assert len(queue) == 5
        assert printing.print_queue(uow, fx.supervisor, limit=2) == queue[:2]


def test_expiring_certificates_stop_at_their_limit(store_fixture):
    from app.services import printing

    fx = store_fixture
    _register_days(fx, [3, 2, 1])
    with fx.uow(readonly=True) as uow:
        everything = printing.expiring_certificates(uow, fx.supervisor, within_days=3650)
        assert len(everything) == 3
        assert printing.expiring_certificates(uow, fx.supervisor, within_days=3650,
                                              limit=2) == everything[:2]
