"""Speed and size measurements of Pana, each beside a baseline measured in the same run.

``python -m benchmarks.run [--cases N] [--repeat R] [--data-dir DIR] [--out DIR]``
makes (or reuses) a store of N generated cases (``benchmarks.generate``) and
measures, on that one database file:

* name search through ``queries.list_cases`` vs the raw FTS5 query through the
  same driver, and vs a ``LIKE '%…%'`` scan of the same index column;
* opening a large case file (``casefile.load_case_file``) vs raw SELECTs of the
  same rows;
* rendering a two-page decision letter and a certificate (batches) vs the same
  paragraphs as a plain ReportLab platypus story;
* the registry's first and last page vs a raw ``ORDER BY … LIMIT 50``;
* the statistics of a year (``statistics.statistics``) vs the raw ``GROUP BY`` counts
  by month;
* database bytes per case vs a plaintext export of the same database.

It prints a table and writes ``<out>/<timestamp>-<N>.json``. Targets are
printed, never asserted. See ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

PASSWORD = "bench"
META = "bench-meta.json"
DEFAULT_DATA_DIR = Path(".bench-data")
DEFAULT_OUT = Path(__file__).resolve().parent / "results"


# ---------------------------------------------------------------------------
# figures


def summary(samples: list[float]) -> dict:
    """Median, p95 (nearest rank), mean, min and count of samples in milliseconds."""
    ordered = sorted(samples)
    rank = max(0, min(len(ordered) - 1, round(0.95 * len(ordered) + 0.5) - 1))
    return {"median_ms": statistics.median(ordered), "p95_ms": ordered[rank],
            "mean_ms": statistics.fmean(ordered), "min_ms": ordered[0], "n": len(ordered)}


@dataclass
class Figure:
    key: str
    what: str
    pana: dict
    baseline: dict
    baseline_what: str
    compare: str = "p95_ms"  # which statistic the ratio and the target are about
    unit: str = "ms"
    target: str = ""
    target_ok: bool | None = None
    notes: dict = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        base = self.baseline[self.compare]
        return self.pana[self.compare] / base if base else None

    def as_json(self) -> dict:
        return {"what": self.what, "pana": self.pana, "baseline": self.baseline,
                "baseline_what": self.baseline_what, "compare": self.compare,
                "unit": self.unit, "ratio": self.ratio, "target": self.target,
                "target_met": self.target_ok, "notes": self.notes}


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def sample(fn: Callable[[], object], repeat: int) -> list[float]:
    return [timed(fn) for _ in range(repeat)]


# ---------------------------------------------------------------------------
# the store


def prepare_store(data_dir: Path, cases: int, seed: int = 1, *, log=print):
    """Open the benchmark store in ``data_dir``, generating it first unless the folder
    already holds one of ``cases`` cases made by this runner. Returns (store, actor)."""
    from app.bootstrap import init_store
    from app.services import accounts
    from app.services import demo_people as P
    from benchmarks.generate import GENERATOR_VERSION, SUPERVISOR, generate

    data_dir = Path(data_dir)
    meta_path = data_dir / META
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else None
    db = data_dir / "pana.db"
    wanted = {"cases": cases, "seed": seed, "generator": GENERATOR_VERSION}
    if meta != wanted:
        if db.exists() and meta is None:
            raise SystemExit(f"{data_dir} holds a database the benchmark did not make; "
                             "give another --data-dir")
        for path in [*data_dir.glob("pana.*"), meta_path]:
            path.unlink(missing_ok=True)
        log(f"generating {cases} cases in {data_dir} …")
        data_dir.mkdir(parents=True, exist_ok=True)
        # Marks the folder as ours, so a generation cut short is redone next time.
        meta_path.write_text(json.dumps(wanted | {"state": "generating"}))
        made = init_store(data_dir, admin="admin", password=PASSWORD, region="AQM",
                          commission=P.COMMISSION_NAME, demo=True)
        try:
            report = generate(made.store, made.admin, cases, seed=seed, password=PASSWORD)
        finally:
            made.store.close()
        log(f"generated in {report.seconds:.1f} s")
        meta_path.write_text(json.dumps(wanted))
    upgrade_in_place(data_dir, log=log)
    return accounts.login(data_dir, SUPERVISOR, PASSWORD)


def upgrade_in_place(data_dir: Path, *, log=print) -> None:
    """Bring a store made by an older Pana to the current schema without the backup the
    app takes first (a copy of 18 GB at a million cases): the store is the runner's own,
    and generating it again would take far longer."""
    from app.db import migrate
    from app.db.store import Store
    from benchmarks.generate import SUPERVISOR

    store = Store.open(data_dir, SUPERVISOR, PASSWORD, upgrade=False)
    try:
        if not migrate.is_current(store.engine):
            log(f"upgrading the schema of {data_dir} …")
            started = time.perf_counter()
            migrate.upgrade(store.engine)
            log(f"upgraded in {time.perf_counter() - started:.1f} s")
    finally:
        store.close()


# ---------------------------------------------------------------------------
# 1. name search

_RU_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m",
                      "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch",
                      "", "y", "", "e", "yu", "ya"], strict=True))


def russian_style_latin(text: str) -> str:
    """How a Russian-speaking clerk might spell a Cyrillic name in Latin letters."""
    out = []
    for ch in text:
        latin = _RU_LATIN.get(ch.lower())
        if latin is None:
            out.append(ch)
        else:
            out.append(latin.capitalize() if ch.isupper() else latin)
    return "".join(out)


def pick_queries(conn, count: int = 20, seed: int = 7) -> list[dict]:
    """Queries of every kind taken from the data, so each one finds its case."""
    from app.domain.names import to_kazakh_latin

    rng = random.Random(seed)
    max_applicant = conn.execute("SELECT max(rowid) FROM applicants").fetchone()[0] or 0
    by_script: dict[str, list[tuple[str, str]]] = {}
    tries = 0
    while tries < 400 and max_applicant:
        tries += 1
        rowid = rng.randint(1, max_applicant)
        for script, surname, given in conn.execute(
                "SELECT p.script, p.surname, p.given_names FROM person_names p "
                "JOIN applicants a ON a.id = p.applicant_id WHERE a.rowid = ?", (rowid,)):
            by_script.setdefault(script, []).append((surname, given))
        if all(len(by_script.get(s, ())) >= 4 for s in ("kk-Cyrl", "ru-Cyrl", "Latn", "Hans")):
            break
    wanted: list[tuple[str, str]] = []

    def take(kind: str, script: str, n: int, make: Callable[[str, str], str]) -> None:
        names = by_script.get(script, [])
        for surname, given in names[:n]:
            wanted.append((kind, make(surname, given)))

    take("cyrillic (kk)", "kk-Cyrl", 3, lambda s, g: f"{s} {g}")
    take("cyrillic surname", "kk-Cyrl", 1, lambda s, g: s)
    take("cyrillic (ru)", "ru-Cyrl", 3, lambda s, g: f"{s} {g}")
    take("latin", "Latn", 3, lambda s, g: f"{g} {s}")
    take("transliterated (kk Latin 2021)", "kk-Cyrl", 2, lambda s, g: to_kazakh_latin(f"{s} {g}"))
    take("transliterated (Russian style)", "ru-Cyrl", 2,
         lambda s, g: russian_style_latin(f"{s} {g}"))
    take("chinese", "Hans", 2, lambda s, g: f"{s}{g}")
    max_case = conn.execute("SELECT max(rowid) FROM cases").fetchone()[0] or 0
    max_doc = conn.execute("SELECT max(rowid) FROM identity_documents").fetchone()[0] or 0
    for _ in range(2):
        row = conn.execute("SELECT number FROM cases WHERE rowid >= ? LIMIT 1",
                           (rng.randint(1, max(1, max_case)),)).fetchone()
        if row:
            wanted.append(("case number", row[0]))
        row = conn.execute("SELECT number FROM identity_documents WHERE rowid >= ? LIMIT 1",
                           (rng.randint(1, max(1, max_doc)),)).fetchone()
        if row:
            wanted.append(("document number", row[0]))
    # Fill up (small stores may lack a script) with more Latin and Cyrillic names.
    spare = by_script.get("Latn", [])[3:] + by_script.get("kk-Cyrl", [])[4:]
    while len(wanted) < count and spare:
        surname, given = spare.pop(0)
        wanted.append(("name (fill)", f"{surname} {given}"))
    return [{"kind": kind, "query": query} for kind, query in wanted[:count]]


# The columns the registry shows, for the raw baselines.
_DISPLAY = (
    "SELECT c.number, c.status, c.registered_on, c.decision_due_on, c.status_valid_to, "
    "c.closed_on, c.version, a.citizenships, u.username, "
    "(SELECT group_concat(full, '|') FROM (SELECT trim(p.surname || ' ' || p.given_names || ' '"
    " || p.patronymic) AS full FROM person_names p WHERE p.applicant_id = a.id "
    "ORDER BY p.position)) AS names ")


def raw_search_sql(terms: list[str], *, like: bool) -> tuple[str, list]:
    """The hits of the folded ``terms`` (LIMIT 50), with the displayed columns."""
    where, params = [], []
    long_terms = [t for t in terms if len(t) >= 3]
    if long_terms and not like:
        where.append("case_search MATCH ?")
        params.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms))
    for term in terms:
        if like:
            where.append("keys LIKE ?")
            params.append(f"%{term}%")
        elif len(term) < 3:
            where.append("instr(keys, ?) > 0")
            params.append(term)
    # The FTS baseline takes the first 50 hits as the index gives them; the naive scan
    # answers what the registry shows (every match, newest first, the first 50), as a
    # search without an index would have to.
    sql = (f"WITH hits AS (SELECT case_id FROM case_search WHERE {' AND '.join(where)}"
           f"{'' if like else ' LIMIT 50'}) " + _DISPLAY +
           "FROM hits JOIN cases c ON c.id = hits.case_id "
           "JOIN applicants a ON a.case_id = c.id "
           "LEFT JOIN users u ON u.id = c.assigned_officer_id"
           f"{' ORDER BY c.registered_on DESC, c.number DESC LIMIT 50' if like else ''}")
    return sql, params


def bench_search(store, actor, conn, repeat: int, queries: list[dict]) -> list[Figure]:
    from app.db.search import query_terms
    from app.services import queries as q

    def service(text: str):
        with store.uow(readonly=True) as uow:
            return q.list_cases(uow, actor, q.CaseFilter(search=text, limit=50))

    fts, like = [], []
    for item in queries:
        terms = query_terms(item["query"])
        fts.append(raw_search_sql(terms, like=False))
        like.append(raw_search_sql(terms, like=True))
        item["service_hits"] = len(service(item["query"]))
        item["fts_hits"] = len(conn.execute(*fts[-1]).fetchall())
    pana_t, fts_t, like_t = [], [], []
    per_query: list[list[float]] = [[] for _ in queries]
    for _ in range(repeat):
        for i, item in enumerate(queries):
            pana_t.append(timed(lambda t=item["query"]: service(t)))
            per_query[i].append(pana_t[-1])
            fts_t.append(timed(lambda s=fts[i]: conn.execute(*s).fetchall()))
            like_t.append(timed(lambda s=like[i]: conn.execute(*s).fetchall()))
    for item, times in zip(queries, per_query, strict=True):
        item["service_median_ms"] = statistics.median(times)
    # Where the time goes: the same service calls inside one already-open unit of work.
    in_uow = []
    with store.uow(readonly=True) as uow:
        for _ in range(repeat):
            for item in queries:
                in_uow.append(timed(lambda t=item["query"]: q.list_cases(
                    uow, actor, q.CaseFilter(search=t, limit=50))))
    pana, base, scan = summary(pana_t), summary(fts_t), summary(like_t)
    ok = pana["p95_ms"] <= 25 and pana["p95_ms"] <= 3 * base["p95_ms"]
    found = sum(1 for item in queries if item["service_hits"])
    return [
        Figure("search", f"name search, {len(queries)} queries (p95)", pana, base,
               "raw FTS5 MATCH LIMIT 50 + displayed columns, same driver",
               target="≤ 25 ms and ≤ 3× baseline", target_ok=ok,
               notes={"queries_found": found, "service_in_open_uow_ms": summary(in_uow),
                      "queries": queries}),
        Figure("search_vs_like", "name search vs LIKE scan (p95)", pana, scan,
               "LIKE '%…%' over the same index column: all matches, newest 50",
               notes={"speedup_service_vs_like": scan["p95_ms"] / pana["p95_ms"],
                      "speedup_fts_vs_like": scan["p95_ms"] / base["p95_ms"],
                      "like_median_ms": scan["median_ms"]}),
    ]


# ---------------------------------------------------------------------------
# 2. case file


_CASE_FILE_SQL = [
    ("applicants", "SELECT * FROM applicants WHERE case_id = :case"),
    ("names", "SELECT * FROM person_names WHERE applicant_id = :applicant ORDER BY position"),
    ("users", "SELECT * FROM users"),
    ("family", "SELECT * FROM family_members WHERE case_id = :case ORDER BY created_at"),
    ("family_names", "SELECT p.* FROM person_names p JOIN family_members f "
                     "ON f.id = p.family_member_id WHERE f.case_id = :case ORDER BY p.position"),
    ("documents", "SELECT * FROM identity_documents WHERE case_id = :case ORDER BY created_at"),
    ("entries", "SELECT * FROM entry_records WHERE case_id = :case ORDER BY created_at"),
    ("proceedings", "SELECT * FROM criminal_proceedings WHERE case_id = :case "
                    "ORDER BY created_at"),
    ("rulings", "SELECT * FROM court_rulings WHERE case_id = :case ORDER BY created_at"),
    ("representative", "SELECT r.*, l.* FROM representatives r JOIN case_representatives l "
                       "ON l.representative_id = r.id WHERE l.case_id = :case AND l.active"),
    ("certificates", "SELECT * FROM certificates WHERE case_id = :case ORDER BY issued_on"),
    ("drafts", "SELECT kind FROM drafts WHERE case_id = :case AND user_id = :user"),
    ("settings", "SELECT * FROM settings"),
    ("interpreters", "SELECT * FROM interpreters"),
    ("interviews", "SELECT * FROM interviews WHERE case_id = :case ORDER BY created_at"),
    ("qa", "SELECT e.* FROM interview_entries e JOIN interviews i ON i.id = e.interview_id "
           "WHERE i.case_id = :case ORDER BY e.position"),
    ("claim", "SELECT * FROM claims WHERE case_id = :case"),
    ("grounds", "SELECT g.* FROM claim_grounds g JOIN claims c ON c.id = g.claim_id "
                "WHERE c.case_id = :case"),
    ("incidents", "SELECT * FROM incidents WHERE case_id = :case"),
    ("incident_evidence", "SELECT l.* FROM incident_evidence l JOIN incidents i "
                          "ON i.id = l.incident_id WHERE i.case_id = :case"),
    ("evidence", "SELECT * FROM evidence WHERE case_id = :case ORDER BY created_at"),
    ("returns", "SELECT e.* FROM approval_events e JOIN assessments s ON s.id = e.assessment_id "
                "WHERE s.case_id = :case AND e.action = 'return' ORDER BY e.at"),
    ("view_logged", "SELECT seq FROM audit_log WHERE case_id = :case AND user_id = :user "
                    "AND action = 'case.view_sensitive' LIMIT 1"),
]


def raw_case_file(conn, number: str, user_hex: str) -> int:
    case_hex = conn.execute("SELECT id FROM cases WHERE number = ?", (number,)).fetchone()[0]
    conn.execute("SELECT * FROM cases WHERE id = ?", (case_hex,)).fetchone()
    applicant = conn.execute("SELECT id FROM applicants WHERE case_id = ?",
                             (case_hex,)).fetchone()[0]
    params = {"case": case_hex, "applicant": applicant, "user": user_hex}
    rows = 1
    for _name, sql in _CASE_FILE_SQL:
        rows += len(conn.execute(sql, {k: v for k, v in params.items()
                                       if f":{k}" in sql}).fetchall())
    return rows


def bench_case_file(store, actor, conn, repeat: int) -> list[Figure]:
    from app.services import casefile

    # The case with the most audit entries has the most records of every kind.
    case_hex, entries = conn.execute(
        "SELECT case_id, count(*) AS n FROM audit_log WHERE case_id IS NOT NULL "
        "GROUP BY case_id ORDER BY n DESC LIMIT 1").fetchone()
    number = conn.execute("SELECT number FROM cases WHERE id = ?", (case_hex,)).fetchone()[0]

    def pana():
        with store.uow(readonly=True) as uow:
            return casefile.load_case_file(uow, actor, number, sensitive=True)

    loaded = pana()  # the first view writes its audit entry; later ones within 30 min do not
    user_hex = actor.user_id.hex
    rows = raw_case_file(conn, number, user_hex)
    times_p = sample(pana, max(repeat, 5))
    times_b = sample(lambda: raw_case_file(conn, number, user_hex), max(repeat, 5))
    p, b = summary(times_p), summary(times_b)
    return [Figure("case_file", "case file open, sensitive (median)", p, b,
                   "the same rows by raw SELECTs, same driver", compare="median_ms",
                   target="≤ 100 ms", target_ok=p["median_ms"] <= 100,
                   notes={"case": number, "audit_entries": entries, "raw_rows": rows,
                          "family": len(loaded.family), "incidents": len(loaded.incidents),
                          "qa": sum(len(i.entries) for i in loaded.interviews)})]


# ---------------------------------------------------------------------------
# 3. documents


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page[^s]", pdf))


def two_page_letter():
    """The sample refusal letter with its reasons long enough for two pages in Russian."""
    from app.documents.render import render
    from tests.documents import samples

    base = samples.letter()
    for copies in range(1, 12):
        made = replace(base, reasons="\n".join([samples.REASONS] * copies))
        if _pages(render(made, "ru")) >= 2:
            return made
    return made


def letters(n: int) -> list:
    from tests.documents import samples

    letter = two_page_letter()
    return [replace(letter, case_number=f"AQM-2026-{i + 1:05d}",
                    issue=samples.issue(register_number=f"AQM-2026/{i + 1:04d}"))
            for i in range(n)]


def certificates(n: int) -> list:
    from app.documents.model import qr_text
    from tests.documents import samples

    out = []
    for i in range(n):
        number = f"RC-AQM-2026-{i + 1:05d}-1"
        out.append(samples.certificate(
            number=number, qr_text=qr_text(number, samples.CODE),
            case_number=f"AQM-2026-{i + 1:05d}",
            issue=samples.issue(register_number=f"AQM-2026/{i + 1:04d}")))
    return out


def story_spec(doc, language: str) -> list[list[tuple]]:
    """What Pana's blocks put on the page, as plain data: paragraphs (text and font),
    tables of paragraphs, spacers, rules and QR codes; one list per language section.
    Taken once, outside the timing; the baseline builds a story from it."""
    from xml.sax.saxutils import escape

    from reportlab.platypus import HRFlowable, Paragraph, Spacer, Table

    from app.documents import render as r
    from app.documents.blocks import QrCodeFlowable, Section, SpacedText
    from app.documents.fonts import register_fonts
    from app.documents.model import DOC_TYPES
    from app.documents.pages import frame_width
    from app.documents.texts import layout, texts

    register_fonts()
    kind = DOC_TYPES[type(doc)]
    languages = language.split("+")
    groups = ([tuple(languages)] if kind in r._ONE_PAGE_BILINGUAL
              else [(code,) for code in languages])

    def flat(item) -> list[tuple]:
        if isinstance(item, Paragraph):
            s = item.style
            return [("p", item.text, s.fontName, s.fontSize, s.leading, s.alignment,
                     s.spaceBefore, s.spaceAfter, s.leftIndent)]
        if isinstance(item, SpacedText):
            return [("p", escape(item.text), item.font, item.size, item.leading, 0, 0, 0, 0)]
        if isinstance(item, Table):
            cells = [[[spec for part in (cell if isinstance(cell, list) else [cell])
                       for spec in flat(part)] for cell in row] for row in item._cellvalues]
            return [("t", cells, list(item._colWidths))]
        if isinstance(item, QrCodeFlowable):
            return [("qr", item.text, item.width)]
        if isinstance(item, Spacer):
            return [("s", item.width, item.height)]
        if isinstance(item, HRFlowable):
            return [("hr",)]
        if isinstance(item, str):
            return [("p", escape(item), "PanaSans", 9, 11, 0, 0, 0, 0)] if item else []
        inner = getattr(item, "_content", None) or getattr(item, "content", None) or []
        return [spec for part in inner for spec in flat(part)]

    sections = []
    for group in groups:
        section = Section(doc=doc, texts=tuple(texts(code) for code in group), kind=kind,
                          width=frame_width())
        specs = []
        for name in layout()["documents"][kind]["blocks"]:
            for flowable in r._BLOCKS[kind][name](section):
                specs += flat(flowable)
        sections.append(specs)
    return sections


def plain_pdf(sections: list[list[tuple]]) -> bytes:
    """The baseline: a plain platypus story with the same fonts and paragraphs."""
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        HRFlowable,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    styles: dict[tuple, ParagraphStyle] = {}

    def para(spec: tuple) -> Paragraph:
        key = spec[2:]
        if key not in styles:
            font, size, leading, align, before, after, indent = key
            styles[key] = ParagraphStyle(
                f"s{len(styles)}", fontName=font, fontSize=size, leading=leading,
                alignment=align, spaceBefore=before, spaceAfter=after, leftIndent=indent)
        return Paragraph(spec[1], styles[key])

    def build(spec: tuple):
        if spec[0] == "p":
            return para(spec)
        if spec[0] == "t":
            data = [[[build(s) for s in cell] for cell in row] for row in spec[1]]
            table = Table(data, colWidths=spec[2])
            table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("GRID", (0, 0), (-1, -1), 0.3, "#a0a0a0")]))
            return table
        if spec[0] == "qr":
            widget = QrCodeWidget(spec[1])
            x0, y0, x1, y1 = widget.getBounds()
            size = spec[2]
            drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0,
                                                     size / (y1 - y0), 0, 0])
            drawing.add(widget)
            return drawing
        if spec[0] == "s":
            return Spacer(spec[1], spec[2])
        return HRFlowable(width="100%", thickness=0.5)

    story = []
    for index, section in enumerate(sections):
        if index:
            story.append(PageBreak())
        story += [build(spec) for spec in section]

    def footer(canvas, doc):
        canvas.setFont("PanaSans", 7.5)
        canvas.drawString(25 * mm, 12 * mm, f"{doc.page}")

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=24 * mm, bottomMargin=22 * mm, invariant=1,
                            initialFontName="PanaSans", initialFontSize=10)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


def bench_documents(repeat: int, n_letters: int, n_certificates: int,
                    certificate_language: str = "kk+ru") -> list[Figure]:
    from app.documents.render import render

    figures = []
    for key, what, docs, language, target, limit in (
            ("letter", f"two-page decision letter (ru), batch of {n_letters}",
             letters(n_letters), "ru", "≤ 60 ms and ≤ 1.3× baseline", 60),
            ("certificate", f"certificate ({certificate_language}), batch of {n_certificates}",
             certificates(n_certificates), certificate_language, "≤ 40 ms", 40)):
        specs = [story_spec(doc, language) for doc in docs]
        first_pana, first_plain = render(docs[0], language), plain_pdf(specs[0])  # warm up
        pana_t, base_t, batch_p, batch_b = [], [], [], []
        for _ in range(repeat):
            started = time.perf_counter()
            pana_t += [timed(lambda d=doc, lang=language: render(d, lang)) for doc in docs]
            batch_p.append(time.perf_counter() - started)
            started = time.perf_counter()
            base_t += [timed(lambda s=spec: plain_pdf(s)) for spec in specs]
            batch_b.append(time.perf_counter() - started)
        p, b = summary(pana_t), summary(base_t)
        ok = p["median_ms"] <= limit
        if key == "letter":
            ok = ok and p["median_ms"] <= 1.3 * b["median_ms"]
        figures.append(Figure(
            key, what + " (median per document)", p, b,
            "same paragraphs and fonts as a plain platypus story", compare="median_ms",
            target=target, target_ok=ok,
            notes={"pages": _pages(first_pana), "baseline_pages": _pages(first_plain),
                   "bytes": len(first_pana), "baseline_bytes": len(first_plain),
                   "batch_seconds": statistics.median(batch_p),
                   "baseline_batch_seconds": statistics.median(batch_b)}))
    return figures


# ---------------------------------------------------------------------------
# 4. registry pages


def raw_page_sql(*, backwards: bool, offset: bool) -> str:
    """A page of the registry's default order through the raw driver: the ids first,
    then the displayed columns of those rows only, in the registry's order. The order
    is the service's (``queries.DEFAULT_ORDER``); ``backwards`` reads it from the end."""
    from app.services.queries import DEFAULT_ORDER

    keys = list(DEFAULT_ORDER)
    if "number" not in [key.lstrip("-") for key in keys]:
        keys.append("number")

    def order(prefix: str, flip: bool) -> str:
        return ", ".join(f"{prefix}{key.lstrip('-')} "
                         f"{'DESC' if key.startswith('-') != flip else 'ASC'}" for key in keys)

    return (f"WITH page AS (SELECT id FROM cases ORDER BY {order('', backwards)} "
            f"LIMIT ?{' OFFSET ?' if offset else ''}) " + _DISPLAY +
            "FROM page JOIN cases c ON c.id = page.id JOIN applicants a ON a.case_id = c.id "
            "LEFT JOIN users u ON u.id = c.assigned_officer_id "
            f"ORDER BY {order('c.', False)}")


def bench_registry(store, actor, conn, repeat: int) -> list[Figure]:
    """The service's first and last page in the registry's order, newest first; the last
    page as the registry asks for it (it knows the row count)."""
    from app.services import queries as q

    total = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    last = max(0, total - 50)
    first_sql = raw_page_sql(backwards=False, offset=False)
    end_sql = raw_page_sql(backwards=True, offset=False)
    offset_sql = raw_page_sql(backwards=False, offset=True)
    figures = []
    for key, what, offset, raw in (
            ("registry_first", "registry first page by date (median)", 0,
             lambda: conn.execute(first_sql, (50,)).fetchall()),
            ("registry_last", f"registry last page, rows {last}–{total} (median)", last,
             lambda: conn.execute(end_sql, (50,)).fetchall())):
        def pana(o=offset):
            with store.uow(readonly=True) as uow:
                return q.list_cases(uow, actor, q.CaseFilter(limit=50, offset=o, total=total))

        got, expected = pana(), raw()
        assert [c.number for c in got] == [r[0] for r in expected], f"{key}: not the same page"
        p = summary(sample(pana, max(repeat, 5)))
        b = summary(sample(raw, max(repeat, 5)))
        notes = {}
        if offset:
            naive = summary(sample(lambda: conn.execute(offset_sql, (50, last)).fetchall(),
                                   max(repeat, 5)))
            notes["raw_with_offset_ms"] = naive
        figures.append(Figure(key, what, p, b,
                              "raw SELECT of the same 50 rows, the fastest way (ids by the "
                              "date index, LIMIT 50; the last page read backwards)",
                              compare="median_ms", target="≤ 150 ms",
                              target_ok=p["median_ms"] <= 150, notes=notes))
    return figures


# ---------------------------------------------------------------------------
# 5. statistics


#: The baseline: the counts by month of the statistics' first chart, as anyone would
#: write them, straight on the connection.
RAW_STATISTICS_SQL = (
    ("registered", "SELECT substr(registered_on, 1, 7) AS month, count(*) FROM cases "
                   "WHERE registered_on BETWEEN ? AND ? GROUP BY month"),
    ("decisions", "SELECT substr(decided_on, 1, 7) AS month, outcome, count(*) FROM decisions "
                  "WHERE kind = 'status' AND decided_on BETWEEN ? AND ? GROUP BY month, outcome"),
)

#: What the grouped figures cost without the statistics indexes: citizenship and
#: ethnicity of the cases pending now, joined the plain way (measured once, in the notes).
NAIVE_GROUPS_SQL = (
    "SELECT a.citizenships, a.ethnicity, u.username, count(*) FROM cases c "
    "JOIN applicants a ON a.case_id = c.id LEFT JOIN users u ON u.id = c.assigned_officer_id "
    "WHERE c.status IN ('registered', 'interview_scheduled', 'under_assessment', "
    "'pending_approval') GROUP BY 1, 2, 3")


def bench_statistics(store, actor, conn, repeat: int) -> list[Figure]:
    """Every figure of the statistics screen for the last twelve months (to today), in a
    read-only unit of work per call as the screen asks for them."""
    from datetime import date

    from app.domain.deadlines import add_months
    from app.services import statistics as st

    today = date.today()
    flt = st.StatsFilter(add_months(today.replace(day=1), -11), today)
    bounds = (flt.date_from.isoformat(), flt.date_to.isoformat())

    def pana():
        with store.uow(readonly=True) as uow:
            return st.statistics(uow, actor, flt)

    def raw():
        return [conn.execute(sql, bounds).fetchall() for _name, sql in RAW_STATISTICS_SQL]

    got, expected = pana(), raw()  # warm-up, and the same counts both ways
    assert [(m.month.isoformat()[:7], m.registered) for m in got.months if m.registered] \
        == sorted(expected[0]), "statistics: not the registrations the raw count finds"
    assert sum(m.recognised + m.refused for m in got.months) == sum(
        n for _m, outcome, n in expected[1] if outcome in ("recognise", "refuse"))
    p = summary(sample(pana, max(repeat, 3)))
    b = summary(sample(raw, max(repeat, 3)))
    naive_ms = timed(lambda: conn.execute(NAIVE_GROUPS_SQL).fetchall())
    return [Figure("statistics", "statistics of a year, every figure (median)", p, b,
                   "raw GROUP BY counts by month (registrations, decisions by outcome), "
                   "same driver", compare="median_ms", target="≤ 5000 ms",
                   target_ok=p["median_ms"] <= 5000,
                   notes={"period": [flt.date_from.isoformat(), flt.date_to.isoformat()],
                          "registered": got.registered, "decided": sum(
                              n for _o, n in got.outcomes), "pending": got.pending,
                          "naive_pending_groups_ms": naive_ms})]


# ---------------------------------------------------------------------------
# 6. size


def bench_size(store, conn, cases: int) -> list[Figure]:
    data_dir = store.paths.data_dir
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pana_bytes = sum(p.stat().st_size for p in data_dir.glob("pana.db*"))
    plain = data_dir / "bench-plain.db"
    plain.unlink(missing_ok=True)
    try:
        conn.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
        conn.execute("SELECT sqlcipher_export('plaintext')")
        conn.execute("DETACH DATABASE plaintext")
        plain_bytes = plain.stat().st_size
    finally:
        plain.unlink(missing_ok=True)
    per = max(cases, 1)
    return [Figure("size", "database bytes per case", {"bytes_per_case": pana_bytes / per,
                                                       "total_bytes": pana_bytes},
                   {"bytes_per_case": plain_bytes / per, "total_bytes": plain_bytes},
                   "plaintext SQLite export (sqlcipher_export) of the same database",
                   compare="bytes_per_case", unit="B")]


# ---------------------------------------------------------------------------
# the run


def _empty_uow(store) -> Callable[[], None]:
    def run_empty() -> None:
        with store.uow(readonly=True) as uow:
            uow.session.execute(text("SELECT 1")).all()

    from sqlalchemy import text

    return run_empty


def machine() -> dict:
    import reportlab
    import sqlcipher3

    conn = sqlcipher3.dbapi2.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    return {"cpu_count": os.cpu_count(), "python": platform.python_version(),
            "platform": platform.platform(), "machine": platform.machine(),
            "processor": platform.processor(), "sqlite": sqlcipher3.sqlite_version,
            "sqlcipher": cipher[0] if cipher else "", "reportlab": reportlab.Version}


def run(cases: int = 10_000, repeat: int = 5, data_dir: Path = DEFAULT_DATA_DIR,
        out: Path = DEFAULT_OUT, *, n_letters: int = 200, n_certificates: int = 200,
        n_queries: int = 20, seed: int = 1, import_cases: int | None = None,
        gui: bool = True, log=print) -> Path:
    """Measure everything; returns the path of the JSON written."""
    from app.db.engine import connect_raw

    started = time.perf_counter()
    when = datetime.now()
    load_start = os.getloadavg()  # other work on the machine skews every figure
    import_cases = min(cases, 100_000) if import_cases is None else import_cases
    store, actor = prepare_store(Path(data_dir), cases, seed, log=log)
    conn = connect_raw(store.paths.db, store.db_key)
    figures: list[Figure] = []
    try:
        connect_ms = summary(sample(lambda: connect_raw(store.paths.db, store.db_key).close(),
                                    max(repeat, 5) * 4))
        empty_uow_ms = summary(sample(_empty_uow(store), max(repeat, 5) * 4))
        log("search …")
        figures += bench_search(store, actor, conn, repeat, pick_queries(conn, n_queries))
        log("case file …")
        figures += bench_case_file(store, actor, conn, repeat)
        log("registry …")
        figures += bench_registry(store, actor, conn, repeat)
        log("statistics …")
        figures += bench_statistics(store, actor, conn, repeat)
        if gui:
            from benchmarks import gui as gui_figures

            queries = [item["query"] for item in pick_queries(conn, n_queries)]
            log("registry view …")
            figures += gui_figures.bench_registry_view(store, actor, conn, max(repeat, 3))
        log("documents …")
        figures += bench_documents(repeat, n_letters, n_certificates)
        log("size …")
        figures += bench_size(store, conn, cases)
        if import_cases:
            from benchmarks.importing import bench_import

            log(f"import of {import_cases:,} cases …")
            figures += bench_import(store, actor, import_cases,
                                    Path(data_dir).parent / f"import-{cases}", log=log)
    finally:
        conn.close()
        store.close()
    if gui:  # fresh processes on the closed store, as a user starts the app
        from benchmarks.generate import SUPERVISOR

        log("start-up …")
        figures += gui_figures.bench_startup(Path(data_dir), max(repeat, 3),
                                             username=SUPERVISOR, password=PASSWORD)
        log("memory …")
        figures += gui_figures.bench_memory(Path(data_dir), username=SUPERVISOR,
                                            password=PASSWORD, queries=queries)
    result = {
        "started": when.isoformat(timespec="seconds"), "cases": cases, "repeat": repeat,
        "seed": seed, "generator": "benchmarks.generate", "machine": machine(),
        "load_average": {"start": load_start, "end": os.getloadavg()},
        "info": {"connect_raw_ms": connect_ms, "empty_readonly_uow_ms": empty_uow_ms,
                 "note": "Pana's database figures include opening a unit of work "
                         "(a new keyed connection) per call, as the screens do; "
                         "baselines reuse one open connection."},
        "figures": {f.key: f.as_json() for f in figures},
        "seconds": time.perf_counter() - started,
    }
    path = write_result(result, Path(out) / f"{when:%Y%m%dT%H%M%S}-{cases}.json")
    log(table(figures))
    log(f"written {path}")
    return path


def write_result(result: dict, path: Path) -> Path:
    """The run's JSON (``benchmarks/results/<timestamp>-<what>.json``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str))
    return path


def console_log(*parts) -> None:
    """Progress lines ("search …") to stderr, tables and results to stdout."""
    print(*parts, file=sys.stderr if parts and str(parts[0]).endswith("…") else None,
          flush=True)


def _fmt(value: float, unit: str) -> str:
    return f"{value:,.0f} B" if unit == "B" else f"{value:.2f} ms"


def table(figures: list[Figure]) -> str:
    rows = [("what", "Pana", "baseline", "ratio", "target")]
    for f in figures:
        ratio = f.ratio
        target = f.target + ("" if f.target_ok is None else (" ✓" if f.target_ok else " ✗"))
        rows.append((f.what, _fmt(f.pana[f.compare], f.unit),
                     _fmt(f.baseline[f.compare], f.unit),
                     f"{ratio:.2f}×" if ratio is not None else "–", target))
        if f.key == "search_vs_like":
            rows.append(("  speed-up over LIKE (service / raw FTS)",
                         f"{f.notes['speedup_service_vs_like']:.1f}×",
                         f"{f.notes['speedup_fts_vs_like']:.1f}×", "", ""))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip()
             for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run")
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="default: .bench-data/<cases> (reused when it matches)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--letters", type=int, default=200)
    parser.add_argument("--certificates", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-gui", dest="gui", action="store_false",
                        help="leave out the registry view, start-up and memory figures")
    parser.add_argument("--import-cases", type=int, default=None,
                        help="cases to export and import again (default: all, at most "
                             "100,000; 0: skip the import figure)")
    args = parser.parse_args(argv)
    data_dir = args.data_dir or DEFAULT_DATA_DIR / str(args.cases)
    run(args.cases, args.repeat, data_dir, args.out, n_letters=args.letters,
        n_certificates=args.certificates, seed=args.seed, import_cases=args.import_cases,
        gui=args.gui,
        log=console_log)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
