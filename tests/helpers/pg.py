"""The PostgreSQL test server: its URL, and databases made and dropped for tests."""

from __future__ import annotations

import itertools
import os
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[2]
URL_ENV = "PANA_TEST_PG_URL"
_counter = itertools.count(1)


def server_url() -> str | None:
    """``PANA_TEST_PG_URL``, else the URL ``tools/pgserver.py start`` wrote (``make test``
    keeps the server in /dev/shm), if it is running."""
    url = os.environ.get(URL_ENV)
    if url:
        return url
    written = [path for path in (Path("/dev/shm/pana-pg-test/url"), ROOT / ".pg-test" / "url")
               if path.exists()]
    if not written:
        return None
    url = written[0].read_text().strip()
    try:
        import psycopg

        psycopg.connect(_plain(url), connect_timeout=3).close()
    except Exception:
        return None
    return url


def _plain(url: str) -> str:
    """The URL as libpq reads it (no SQLAlchemy driver name)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def url_for(url: str, database: str) -> str:
    return make_url(url).set(database=database).render_as_string(hide_password=False)


def _admin(url: str):
    import psycopg

    return psycopg.connect(_plain(url), autocommit=True)


def create_database(url: str, prefix: str, *, template: str | None = None) -> str:
    name = f"pana_{prefix}_{os.getpid()}_{next(_counter)}"
    with _admin(url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        if template:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        else:
            conn.execute(f'CREATE DATABASE "{name}"')
    return name


def drop_database(url: str, name: str) -> None:
    with _admin(url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class ClonePool:
    """Databases cloned from ``template`` a few tests ahead, and dropped after use, on a
    thread of their own: the server copies while the tests run (a clone costs 0.1-0.4 s,
    mostly the server's own catalogue)."""

    def __init__(self, url: str, template: str, ahead: int = 2) -> None:
        self.url, self.template, self.ahead = url, template, ahead
        self._worker = ThreadPoolExecutor(1, thread_name_prefix="pg-clones")
        self._ready: deque[Future] = deque()
        for _ in range(ahead):
            self._order()

    def _order(self) -> None:
        self._ready.append(self._worker.submit(create_database, self.url, "t",
                                               template=self.template))

    def take(self) -> str:
        name = self._ready.popleft().result()
        self._order()
        return name

    def give_back(self, name: str) -> None:
        self._worker.submit(drop_database, self.url, name)

    def close(self) -> None:
        for future in self._ready:
            name = future.result()
            self._worker.submit(drop_database, self.url, name)
        self._ready.clear()
        self._worker.shutdown(wait=True)
