"""The GUI benchmarks run end to end on a tiny store and report every figure with a
baseline. Only that the numbers exist and are sane is checked, never how fast."""

from __future__ import annotations

import pytest

from benchmarks.generate import SUPERVISOR
from benchmarks.gui import bench_memory, bench_registry_view, bench_startup
from benchmarks.run import PASSWORD, Figure, pick_queries, prepare_store


@pytest.fixture(scope="module")
def bench_store(tmp_path_factory):
    from app.db.engine import connect_raw

    data_dir = tmp_path_factory.mktemp("gui-bench") / "data"
    store, actor = prepare_store(data_dir, 30, log=lambda *_: None)
    conn = connect_raw(store.paths.db, store.db_key)
    queries = [item["query"] for item in pick_queries(conn, 3)]
    yield data_dir, store, actor, conn, queries
    conn.close()
    store.close()


def _check(figures: list[Figure], keys: set[str]) -> dict[str, Figure]:
    by_key = {f.key: f for f in figures}
    assert set(by_key) == keys
    for key, figure in by_key.items():
        assert figure.pana[figure.compare] > 0, key
        assert figure.baseline[figure.compare] > 0, key
        assert figure.baseline_what, key
        assert figure.ratio is not None and figure.ratio > 0, key
        assert figure.target and figure.target_ok is not None, key
        figure.as_json()  # serialisable as the runner writes it
    return by_key


def test_registry_view_paints_the_first_and_the_last_page(qapp, bench_store):
    _data_dir, store, actor, conn, _queries = bench_store
    figures = _check(bench_registry_view(store, actor, conn, 1),
                     {"registry_view_first", "registry_view_last"})
    first, last = figures["registry_view_first"].notes, figures["registry_view_last"].notes
    assert first["rows"] == 30
    assert first["first_row_shown"] and last["last_row_shown"]
    assert first["same_page_as_raw"] and last["same_page_as_raw"]


def test_startup_measures_login_window_and_main_window(bench_store):
    data_dir, *_ = bench_store
    figures = _check(bench_startup(data_dir, 1, username=SUPERVISOR, password=PASSWORD,
                                   warm_up=False),
                     {"startup_login", "startup_main"})
    main = figures["startup_main"].notes
    assert main["argon2_ms"]["median_ms"] > 0
    assert main["login_call_ms"]["median_ms"] >= main["argon2_ms"]["median_ms"]
    phases = figures["startup_login"].notes["phases_median_ms"]
    assert all(value > 0 for value in phases.values())


def test_memory_after_login_registry_and_searches(bench_store):
    data_dir, _store, _actor, _conn, queries = bench_store
    figures = bench_memory(data_dir, username=SUPERVISOR, password=PASSWORD, queries=queries,
                           warm_up=False)
    figure = _check(figures, {"memory"})["memory"]
    assert figure.unit == "B"
    assert figure.pana["peak_bytes"] > figure.baseline["peak_bytes"]
    assert figure.notes["registry_rows"] == 30
    assert len(figure.notes["search_hits"]) == len(queries)
