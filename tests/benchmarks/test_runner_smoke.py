"""The benchmark runner runs end to end at a tiny size and reports every figure."""

from __future__ import annotations

import json

from benchmarks.run import run

FIGURES = {"search", "search_vs_like", "case_file", "registry_first", "registry_last",
           "letter", "certificate", "size", "import", "registry_view_first",
           "registry_view_last", "startup_login", "startup_main", "memory", "statistics"}


def test_runner_writes_every_figure_with_a_baseline(tmp_path):
    path = run(cases=30, repeat=1, data_dir=tmp_path / "data", out=tmp_path / "out",
               n_letters=2, n_certificates=2, log=lambda *_: None)
    result = json.loads(path.read_text())
    assert path.parent == tmp_path / "out" and path.name.endswith("-30.json")
    assert set(result["figures"]) == FIGURES
    for key, figure in result["figures"].items():
        stat = figure["compare"]
        assert figure["pana"][stat] > 0, key
        assert figure["baseline"][stat] > 0, key
        assert figure["baseline_what"], key
        assert figure["ratio"] is not None, key
    assert result["machine"]["cpu_count"] and result["machine"]["sqlite"]
    queries = result["figures"]["search"]["notes"]["queries"]
    assert queries and all(q["service_hits"] > 0 for q in queries)
    assert result["figures"]["letter"]["notes"]["pages"] == 2
    assert result["figures"]["letter"]["notes"]["baseline_pages"] == 2


def test_a_second_run_reuses_the_store(tmp_path):
    logged: list[str] = []
    for _ in range(2):
        run(cases=30, repeat=1, data_dir=tmp_path / "data", out=tmp_path / "out",
            n_letters=1, n_certificates=1, gui=False, import_cases=0,
            log=lambda *a: logged.append(" ".join(map(str, a))))
    assert sum(line.startswith("generating") for line in logged) == 1
