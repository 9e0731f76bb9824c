"""The import benchmark runs at a tiny size, has its baseline, and both paths write the
same rows. No timing is asserted."""

from __future__ import annotations

import json

import pytest

from benchmarks.importing import bench_import, rows_written, run
from benchmarks.run import prepare_store


@pytest.fixture(scope="module")
def tiny_store(tmp_path_factory):
    """30 generated cases, made once for this module."""
    folder = tmp_path_factory.mktemp("bench") / "data"
    store, _actor = prepare_store(folder, 30, log=lambda *_: None)
    store.close()
    return folder


def test_import_figure_has_a_baseline_and_the_same_rows(tiny_store, tmp_path):
    store, actor = prepare_store(tiny_store, 30, log=lambda *_: None)
    try:
        figures = bench_import(store, actor, 20, tmp_path / "work", log=lambda *_: None)
    finally:
        store.close()
    assert [f.key for f in figures] == ["import"]
    figure = figures[0]
    assert figure.compare == "ms" and figure.baseline_what
    assert figure.pana["ms"] > 0 and figure.baseline["ms"] > 0
    assert figure.ratio is not None
    assert figure.pana["cases"] == figure.baseline["cases"] == 20
    notes = figure.notes
    assert notes["same_row_counts"] and notes["same_rows"]
    assert notes["audit_chain_verified"] and notes["baseline_verified"]
    rows = notes["rows_inserted"]
    assert rows["cases"] == rows["applicants"] == rows["case_search"] == 20
    assert rows["audit_log"] == 20  # one "case.import" entry a case
    assert notes["rows_replaced"] == {"audit_head": 1}  # the sealed head moved on
    assert "case_sequences" in rows  # the sequences moved past the imported numbers
    assert notes["export"]["subset"] and notes["export"]["seconds"] > 0
    assert notes["search_index"]["cases"] == 20
    assert not notes["file_limit"]["raised_for_benchmark"]
    # Nothing is left behind in the work folder but its (empty) folders.
    assert not list((tmp_path / "work").rglob("pana.db*"))
    assert not list((tmp_path / "work").glob("*.json"))


def test_the_command_works_on_a_copy_and_writes_its_result(tiny_store, tmp_path):
    before = {p.name: p.stat().st_mtime_ns for p in tiny_store.iterdir()}
    path = run(30, 10, data_dir=tiny_store, work_dir=tmp_path / "work", out=tmp_path / "out",
               log=lambda *_: None)
    result = json.loads(path.read_text())
    figure = result["figures"]["import"]
    assert path.name.endswith("-import-10.json") and result["source_copied"]
    assert figure["baseline"]["ms"] > 0 and figure["ratio"] is not None
    assert figure["notes"]["same_rows"]
    # The shared store was only read: no audit entry of the export, no schema upgrade.
    assert {p.name: p.stat().st_mtime_ns for p in tiny_store.iterdir()} == before
    assert not (tmp_path / "work" / "source-30" / "pana.db").exists()


def test_rows_written_tells_new_rows_from_changed_ones():
    before = {"t": {"columns": ["rowid", "a"], "rows": [(1, "x"), (2, "y")], "keyed": True}}
    after = {"t": {"columns": ["rowid", "a"], "rows": [(1, "x"), (2, "z"), (3, "w")],
                   "keyed": True}}
    assert rows_written(before, after) == {
        "t": {"columns": ["rowid", "a"], "insert": [(3, "w")], "replace": [(2, "z")]}}
    with pytest.raises(RuntimeError):
        rows_written(after, before)
