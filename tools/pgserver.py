#!/usr/bin/env python3
"""A local PostgreSQL server for the test suite and for developers, with TLS.

    python tools/pgserver.py ensure               install the server if it is missing
    python tools/pgserver.py start [--dir DIR]    create and/or start it, print its URL
    python tools/pgserver.py stop  [--dir DIR]    stop it
    python tools/pgserver.py url   [--dir DIR]    print its URL (exit 1 if it is not running)
    python tools/pgserver.py psql  [--dir DIR] [-- PSQL ARGS]   psql as pana_test over TLS

DIR defaults to ``<repo>/.pg-test`` and holds everything: the cluster (``data/``), a
private certificate authority (``ca.crt``, ``ca.key``), the server's certificate
(``server.crt``, ``server.key``, for ``localhost`` and ``127.0.0.1``), the password of
the ``pana_test`` role (``password``), the URL (``url``), the server log
(``server.log``) and the server's unix socket.

The server listens on 127.0.0.1 only, on the first free port from 54329 up, and
accepts TCP connections only over TLS with a SCRAM password (there is no plain
``host`` line in pg_hba.conf). ``pana_test`` is a CREATEDB, non-superuser role that
owns the database ``pana_test``; the URL printed is a SQLAlchemy URL::

    postgresql+psycopg://pana_test:PASSWORD@127.0.0.1:PORT/pana_test?sslmode=verify-full&sslrootcert=DIR/ca.crt

The settings favour speed over durability (fsync, synchronous_commit and
full_page_writes are off): this is test data only.

PostgreSQL refuses to run as root. When this script runs as root, DIR belongs to the
``postgres`` user and the server programs run through ``runuser -u postgres``.
Progress goes to stderr; ``start`` and ``url`` print only the URL on stdout, so
``URL=$(.venv/bin/python tools/pgserver.py start)`` works. Creating a cluster needs
the ``cryptography`` package (a dependency of Pana): run the script with the
virtual environment's Python, or it re-runs itself with ``.venv/bin/python``.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import ipaddress
import locale
import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT / ".pg-test"
FIRST_PORT = 54329
PORT_TRIES = 200
ROLE = "pana_test"
DATABASE = "pana_test"
PACKAGES = ("postgresql", "postgresql-contrib")
CONF_NAME = "pana.conf"  # our settings, included at the end of postgresql.conf
CERT_DAYS = 3650


class Failure(Exception):
    """Something the user has to act on; the message says what."""


def say(message: str) -> None:
    print(f"pgserver: {message}", file=sys.stderr, flush=True)


# --- the server programs -----------------------------------------------------------


@dataclass(frozen=True)
class Binaries:
    version: int
    bindir: Path

    def __getitem__(self, program: str) -> str:
        return str(self.bindir / program)


def _has_server(bindir: Path) -> bool:
    return all(os.access(bindir / p, os.X_OK) for p in ("postgres", "initdb", "pg_ctl"))


def find_binaries(version: int | None = None) -> Binaries | None:
    """The highest installed server version (or exactly ``version``), if any."""
    found: list[Binaries] = []
    for bindir in Path("/usr/lib/postgresql").glob("*/bin"):
        name = bindir.parent.name
        if name.isdigit() and _has_server(bindir):
            found.append(Binaries(int(name), bindir))
    if not found:
        # Not Debian's layout: a server whose programs are on PATH.
        pg_ctl = shutil.which("pg_ctl")
        if pg_ctl:
            bindir = Path(pg_ctl).resolve().parent
            out = subprocess.run(
                [str(bindir / "postgres"), "--version"], capture_output=True, text=True
            ).stdout if _has_server(bindir) else ""
            match = re.search(r"\(PostgreSQL\) (\d+)", out)
            if match:
                found.append(Binaries(int(match.group(1)), bindir))
    if version is not None:
        found = [b for b in found if b.version == version]
    return max(found, key=lambda b: b.version, default=None)


def _has_trgm(binaries: Binaries) -> bool:
    sharedir = Path(f"/usr/share/postgresql/{binaries.version}")
    pg_config = binaries.bindir / "pg_config"
    if pg_config.exists():
        out = subprocess.run([str(pg_config), "--sharedir"], capture_output=True, text=True)
        if out.returncode == 0 and out.stdout.strip():
            sharedir = Path(out.stdout.strip())
    return (sharedir / "extension" / "pg_trgm.control").exists()


def _install_prefix() -> list[str]:
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") and subprocess.run(
        ["sudo", "-n", "true"], capture_output=True
    ).returncode == 0:
        return ["sudo", "-n"]
    raise Failure(
        "the PostgreSQL server is not installed, and this user cannot install it "
        "(not root, no password-less sudo). Install it, then run this again:\n"
        "    sudo apt-get install postgresql postgresql-contrib"
    )


def ensure() -> Binaries:
    """Find the server programs (and pg_trgm); install them with apt-get if missing."""
    binaries = find_binaries()
    if binaries and _has_trgm(binaries):
        return binaries
    what = "pg_trgm (postgresql-contrib)" if binaries else "the PostgreSQL server"
    if not shutil.which("apt-get"):
        raise Failure(
            f"{what} is not installed and this machine has no apt-get. Install PostgreSQL "
            "13 or later with its contrib modules (the server programs postgres, initdb "
            "and pg_ctl, and the pg_trgm extension), then run this again."
        )
    prefix = _install_prefix()
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for command in (["apt-get", "update"], ["apt-get", "install", "-y", *PACKAGES]):
        say(f"{what} is missing; running: {' '.join(prefix + command)}")
        done = subprocess.run(prefix + command, env=env)
        if done.returncode != 0:
            raise Failure(
                f"'{' '.join(command)}' failed (exit {done.returncode}). Install the "
                f"packages {' and '.join(PACKAGES)} yourself, then run this again."
            )
    binaries = find_binaries()
    if not binaries or not _has_trgm(binaries):
        raise Failure(
            f"installed {' and '.join(PACKAGES)}, but still found no server programs "
            "with pg_trgm under /usr/lib/postgresql/*/bin."
        )
    say(f"installed PostgreSQL {binaries.version} in {binaries.bindir}")
    return binaries


# --- who runs the server -----------------------------------------------------------


@dataclass(frozen=True)
class ServerUser:
    name: str
    uid: int
    gid: int
    switch: bool  # True when we are root and must switch to this user

    def command(self, argv: Sequence[str]) -> list[str]:
        if not self.switch:
            return list(argv)
        if shutil.which("runuser"):
            return ["runuser", "-u", self.name, "--", *argv]
        return ["su", self.name, "-s", "/bin/sh", "-c", " ".join(map(_sh_quote, argv))]


def _sh_quote(text: str) -> str:
    return "'" + text.replace("'", "'\"'\"'") + "'"


def server_user() -> ServerUser:
    if os.geteuid() != 0:
        me = pwd.getpwuid(os.geteuid())
        return ServerUser(me.pw_name, me.pw_uid, me.pw_gid, switch=False)
    try:
        pg = pwd.getpwnam("postgres")
    except KeyError:
        raise Failure(
            "running as root, but there is no 'postgres' user to run the server as "
            "(PostgreSQL refuses to run as root). Create it (adduser --system --group "
            "postgres) or run this script as an ordinary user."
        ) from None
    return ServerUser(pg.pw_name, pg.pw_uid, pg.pw_gid, switch=True)


def _clean_env() -> dict[str, str]:
    """The environment without PG* variables that would redirect our programs."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env.setdefault("LANG", "C.UTF-8")
    return env


def run(argv: Sequence[str], cwd: Path, *, stdin: str | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(argv), cwd=cwd, input=stdin, capture_output=True, text=True,
        env=env if env is not None else _clean_env(),
    )


def run_checked(argv: Sequence[str], cwd: Path, what: str, *, stdin: str | None = None,
                env: dict[str, str] | None = None) -> str:
    done = run(argv, cwd, stdin=stdin, env=env)
    if done.returncode != 0:
        output = (done.stderr or done.stdout).strip()
        raise Failure(f"{what} failed (exit {done.returncode}):\n{output}")
    return done.stdout


# --- the directory -----------------------------------------------------------------


class Cluster:
    def __init__(self, directory: Path) -> None:
        self.dir = directory.expanduser().resolve()
        self.data = self.dir / "data"
        self.ca_crt = self.dir / "ca.crt"
        self.ca_key = self.dir / "ca.key"
        self.server_crt = self.dir / "server.crt"
        self.server_key = self.dir / "server.key"
        self.password_file = self.dir / "password"
        self.url_file = self.dir / "url"
        self.log = self.dir / "server.log"
        self.conf = self.data / CONF_NAME

    # state ---------------------------------------------------------------------

    def initialised(self) -> bool:
        """A cluster whose creation went to the end (the URL is written last)."""
        return (self.data / "PG_VERSION").exists() and self.url_file.exists()

    def running_port(self, wait: float = 10.0) -> int | None:
        """The port of the server running on this cluster and ready, else None.

        Reads ``postmaster.pid``: the process must be alive and say it is ready.
        A server that is starting or stopping is waited for (at most ``wait`` s).
        """
        deadline = time.monotonic() + wait
        while True:
            state, port = self._pid_state()
            if state == "ready":
                return port
            if state in (None, "stale") or time.monotonic() > deadline:
                return None
            time.sleep(0.1)

    def _pid_state(self) -> tuple[str | None, int | None]:
        try:
            lines = (self.data / "postmaster.pid").read_text().splitlines()
            pid, port = int(lines[0]), int(lines[3])
        except (OSError, IndexError, ValueError):
            return None, None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None, None
        except PermissionError:
            pass  # alive, another user's
        proc = Path(f"/proc/{pid}")
        if proc.exists():
            try:
                if _proc_state(proc) == "Z" or b"postgres" not in (proc / "cmdline").read_bytes():
                    return "stale", None  # dead but not reaped yet, or the pid was reused
            except OSError:
                return None, None
        status = lines[7].strip() if len(lines) > 7 else ""
        return ("ready" if status == "ready" else "busy"), port

    def clear_stale_pid(self) -> None:
        """Remove a postmaster.pid left by a server that died (e.g. killed).

        The server refuses to start while the pid in that file is alive, and in a
        container whose init does not reap promptly a killed server stays a zombie for
        a while; a pid reused by another program blocks it too. The server still
        refuses on its own if processes of the old server hold its shared memory.
        """
        deadline = time.monotonic() + 5.0
        while self._pid_state()[0] == "stale":
            if time.monotonic() > deadline:
                say("removing the postmaster.pid of a server that is gone")
                (self.data / "postmaster.pid").unlink(missing_ok=True)
                return
            time.sleep(0.1)

    def read_port(self) -> int | None:
        try:
            match = re.search(r"^port = (\d+)$", self.conf.read_text(), re.MULTILINE)
        except OSError:
            return None
        return int(match.group(1)) if match else None

    def url(self, port: int) -> str:
        password = self.password_file.read_text().strip()
        return (
            f"postgresql+psycopg://{ROLE}:{password}@127.0.0.1:{port}/{DATABASE}"
            f"?sslmode=verify-full&sslrootcert={self.ca_crt}"
        )

    def libpq_conninfo(
        self, port: int, database: str = DATABASE, sslmode: str = "verify-full"
    ) -> str:
        return (
            f"host=127.0.0.1 port={port} dbname={database} user={ROLE} "
            f"sslmode={sslmode} sslrootcert={_conninfo_quote(str(self.ca_crt))}"
        )

    @contextlib.contextmanager
    def locked(self, user: ServerUser) -> Iterator[None]:
        """Serialise starts and stops (e.g. several test processes starting at once)."""
        self.make_dir(user)
        with open(self.dir / ".lock", "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def make_dir(self, user: ServerUser) -> None:
        if not self.dir.exists():
            self.dir.mkdir(parents=True, mode=0o755)
        if user.switch and not self.data.exists() and self.dir.stat().st_uid != user.uid:
            os.chown(self.dir, user.uid, user.gid)

    def write(self, path: Path, text: str, user: ServerUser, mode: int = 0o600) -> None:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(fd, "w") as handle:
            os.fchmod(fd, mode)
            if user.switch:
                os.fchown(fd, user.uid, user.gid)
            handle.write(text)


def _proc_state(proc: Path) -> str:
    """The state letter of a process (R, S, Z, ...) from /proc/PID/stat."""
    stat = (proc / "stat").read_text()
    return stat[stat.rindex(")") + 2 :].split(" ", 1)[0]


def _conninfo_quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _conf_quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        # The server sets SO_REUSEADDR too: a port in TIME_WAIT is usable.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port(avoid: int | None = None) -> int:
    for port in range(FIRST_PORT, FIRST_PORT + PORT_TRIES):
        if port != avoid and port_is_free(port):
            return port
    raise Failure(f"no free TCP port on 127.0.0.1 in {FIRST_PORT}-{FIRST_PORT + PORT_TRIES - 1}.")


# --- certificates ------------------------------------------------------------------


def _cryptography_or_reexec() -> None:
    """Make sure ``cryptography`` imports; else re-run under the project's venv."""
    try:
        import cryptography  # noqa: F401
    except ImportError:
        venv_python = ROOT / ".venv" / "bin" / "python"
        if venv_python.exists() and Path(sys.executable).resolve() != venv_python.resolve():
            say(f"re-running with {venv_python} (needs the cryptography package)")
            os.execv(str(venv_python), [str(venv_python), __file__, *sys.argv[1:]])
        raise Failure(
            "creating the certificates needs the 'cryptography' package: run this script "
            "with the project's virtual environment (.venv/bin/python; 'make test' makes it)."
        ) from None


def make_certificates(cluster: Cluster, user: ServerUser) -> None:
    """A private CA and a server certificate it signs, for localhost and 127.0.0.1."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    def pem_key(key: ec.EllipticCurvePrivateKey) -> str:
        return key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()

    def usage(*, sign_certs: bool) -> x509.KeyUsage:
        return x509.KeyUsage(
            digital_signature=not sign_certs, content_commitment=False,
            key_encipherment=False, data_encipherment=False, key_agreement=False,
            key_cert_sign=sign_certs, crl_sign=sign_certs, encipher_only=False,
            decipher_only=False,
        )

    now = datetime.now(UTC)
    start, end = now - timedelta(hours=1), now + timedelta(days=CERT_DAYS)

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Pana tests"),
        x509.NameAttribute(NameOID.COMMON_NAME, f"Pana test CA {secrets.token_hex(4)}"),
    ])
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name).issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(usage(sign_certs=True), critical=True)
        .add_extension(ca_ski, critical=False)
        .sign(ca_key, hashes.SHA256())
    )

    server_key = ec.generate_private_key(ec.SECP256R1())
    server_cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage(sign_certs=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.SubjectAlternativeName([
                x509.DNSName("localhost"),
                x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
            ]),
            critical=False,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(server_key.public_key()), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )

    def pem_cert(cert: x509.Certificate) -> str:
        return cert.public_bytes(serialization.Encoding.PEM).decode()

    cluster.write(cluster.ca_key, pem_key(ca_key), user, 0o600)
    cluster.write(cluster.ca_crt, pem_cert(ca_cert), user, 0o644)
    cluster.write(cluster.server_key, pem_key(server_key), user, 0o600)
    cluster.write(cluster.server_crt, pem_cert(server_cert), user, 0o644)


# --- configuration -----------------------------------------------------------------


def _locale() -> str:
    saved = locale.setlocale(locale.LC_COLLATE)
    try:
        locale.setlocale(locale.LC_COLLATE, "C.UTF-8")
    except locale.Error:
        return "C"
    finally:
        locale.setlocale(locale.LC_COLLATE, saved)
    return "C.UTF-8"


def write_conf(cluster: Cluster, user: ServerUser, port: int) -> None:
    """Our settings (rewritten at every start: the port or the folder may change)."""
    d = str(cluster.dir)
    settings = {
        "listen_addresses": "'127.0.0.1'",
        "port": str(port),
        "unix_socket_directories": _conf_quote(d),
        "unix_socket_permissions": "0700",
        "max_connections": "200",
        "shared_buffers": "64MB",
        "fsync": "off",
        "synchronous_commit": "off",
        "full_page_writes": "off",
        "wal_level": "minimal",
        "max_wal_senders": "0",
        "jit": "off",
        # Test databases live for a second: no autovacuum worker holds one when it is
        # dropped (DROP DATABASE … WITH (FORCE) may not end another role's worker).
        "autovacuum": "off",
        "ssl": "on",
        "ssl_cert_file": _conf_quote(str(cluster.server_crt)),
        "ssl_key_file": _conf_quote(str(cluster.server_key)),
        "password_encryption": "'scram-sha-256'",
        "timezone": "'UTC'",
    }
    text = "# Written by tools/pgserver.py at every start; edits here are lost.\n"
    text += "".join(f"{name} = {value}\n" for name, value in settings.items())
    cluster.write(cluster.conf, text, user, 0o600)


def write_hba(cluster: Cluster, user: ServerUser) -> None:
    text = (
        "# Written by tools/pgserver.py.\n"
        "# The superuser, for maintenance, through the unix socket in the folder only\n"
        "# (socket mode 0700), as the operating-system user of the same name.\n"
        f"local    all  {user.name}  peer\n"
        "# Everyone else: TCP over TLS with a SCRAM password. There is no plain 'host'\n"
        "# line, so a connection without TLS finds no entry and is refused.\n"
        "hostssl  all  all  127.0.0.1/32  scram-sha-256\n"
    )
    cluster.write(cluster.data / "pg_hba.conf", text, user, 0o600)


# --- the commands ------------------------------------------------------------------


def pg_ctl_start(cluster: Cluster, binaries: Binaries, user: ServerUser) -> None:
    done = run(
        user.command([
            binaries["pg_ctl"], "start", "-w", "-t", "60", "-D", str(cluster.data),
            "-l", str(cluster.log), "-s",
        ]),
        cluster.dir,
    )
    if done.returncode != 0:
        try:
            tail = "\n".join(cluster.log.read_text(errors="replace").splitlines()[-15:])
        except OSError:
            tail = ""
        raise Failure(
            f"the server in {cluster.data} did not start (pg_ctl exit {done.returncode}).\n"
            f"{done.stderr.strip()}\nLast lines of {cluster.log}:\n{tail}"
        )


def superuser_sql(cluster: Cluster, binaries: Binaries, user: ServerUser, port: int,
                  sql: str) -> str:
    argv = user.command([
        binaries["psql"], "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
        "-h", str(cluster.dir), "-p", str(port), "-U", user.name, "-d", "postgres",
    ])
    return run_checked(argv, cluster.dir, "setting up the roles", stdin=sql)


def client_sql(cluster: Cluster, binaries: Binaries, port: int, sql: str, *,
               database: str = DATABASE, sslmode: str = "verify-full"
               ) -> subprocess.CompletedProcess[str]:
    """Run SQL as pana_test over TCP, as the calling user."""
    env = _clean_env()
    env["PGPASSWORD"] = cluster.password_file.read_text().strip()
    env["PGCONNECT_TIMEOUT"] = "10"
    argv = [
        binaries["psql"], "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
        cluster.libpq_conninfo(port, database, sslmode),
    ]
    return run(argv, cluster.dir, stdin=sql, env=env)


def create(cluster: Cluster, binaries: Binaries, user: ServerUser) -> int:
    """A new cluster in the folder, started; returns its port."""
    if len(str(cluster.dir / ".s.PGSQL.65535")) > 107:
        raise Failure(f"{cluster.dir} is too long a path for a unix socket; choose a shorter --dir.")
    if user.switch:
        check = run(user.command(["test", "-w", str(cluster.dir)]), Path("/"))
        if check.returncode != 0:
            raise Failure(
                f"the '{user.name}' user cannot write to {cluster.dir} (a folder above it "
                "is closed to it). Choose a --dir it can reach, e.g. /tmp/pana-pg."
            )
    if cluster.data.exists():
        say(f"removing the unfinished cluster in {cluster.data}")
        shutil.rmtree(cluster.data)
    for stale in (cluster.url_file, cluster.password_file):
        stale.unlink(missing_ok=True)

    make_certificates(cluster, user)
    password = secrets.token_urlsafe(24)  # letters, digits, - and _: safe in a URL
    cluster.write(cluster.password_file, password + "\n", user, 0o600)

    say(f"creating a PostgreSQL {binaries.version} cluster in {cluster.data}")
    run_checked(
        user.command([
            binaries["initdb"], "-D", str(cluster.data), "-E", "UTF8",
            "--locale", _locale(), "-U", user.name, "--auth-local", "peer",
            "--auth-host", "reject", "--no-sync", "--no-instructions",
        ]),
        cluster.dir, "initdb",
    )
    write_hba(cluster, user)
    with open(cluster.data / "postgresql.conf", "a") as handle:
        handle.write(f"\ninclude '{CONF_NAME}'\n")
    port = free_port()
    write_conf(cluster, user, port)
    pg_ctl_start(cluster, binaries, user)

    superuser_sql(cluster, binaries, user, port, (
        f"CREATE ROLE {ROLE} LOGIN CREATEDB NOSUPERUSER NOCREATEROLE PASSWORD '{password}';\n"
        f"CREATE DATABASE {DATABASE} OWNER {ROLE};\n"
    ))
    verify(cluster, binaries, port)
    return port


def verify(cluster: Cluster, binaries: Binaries, port: int) -> None:
    """pana_test gets in over TLS only, and may create pg_trgm in the databases it owns."""
    done = client_sql(cluster, binaries, port, (
        "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid();\n"
        "BEGIN; CREATE EXTENSION pg_trgm; ROLLBACK;\n"
    ))
    if done.returncode != 0 or done.stdout.split() != ["t"]:
        raise Failure(
            "pana_test could not connect over TLS or create pg_trgm:\n"
            + (done.stderr or done.stdout).strip()
        )
    plain = client_sql(cluster, binaries, port, "SELECT 1;\n", sslmode="disable")
    if plain.returncode == 0:
        raise Failure("the server accepted a connection without TLS; pg_hba.conf is wrong.")


def restart(cluster: Cluster, binaries: Binaries, user: ServerUser) -> int:
    port = cluster.read_port()
    if port is None or not port_is_free(port):
        old, port = port, free_port(avoid=port)
        if old is not None:
            say(f"port {old} is taken; moving to {port}")
    cluster.clear_stale_pid()
    for attempt in range(3):
        write_conf(cluster, user, port)
        try:
            pg_ctl_start(cluster, binaries, user)
            return port
        except Failure:
            if attempt == 2 or port_is_free(port):
                raise
            port = free_port(avoid=port)  # someone took the port meanwhile
            say(f"the port was taken meanwhile; trying {port}")
    raise AssertionError("unreachable")


def check_owner(cluster: Cluster, user: ServerUser) -> None:
    if cluster.data.exists():
        owner = cluster.data.stat().st_uid
        if owner != user.uid:
            name = _user_name(owner)
            raise Failure(
                f"{cluster.data} belongs to {name}, but the server would run as "
                f"{user.name}. Run this as {name}, or delete {cluster.dir} to start afresh."
            )


def _user_name(uid: int) -> str:
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return f"uid {uid}"


def binaries_for(cluster: Cluster) -> Binaries:
    version_file = cluster.data / "PG_VERSION"
    if not version_file.exists():
        return ensure()
    version = int(version_file.read_text().strip().split(".")[0])
    found = find_binaries(version)
    if found is None:
        ensure()
        found = find_binaries(version)
    if found is None:
        raise Failure(
            f"the cluster in {cluster.data} was made by PostgreSQL {version}, which is not "
            f"installed. Delete {cluster.dir} (test data only) and run start again."
        )
    return found


def cmd_ensure(_args: argparse.Namespace) -> int:
    binaries = ensure()
    print(f"PostgreSQL {binaries.version} server found in {binaries.bindir} (pg_trgm available)")
    return 0


def cmd_start(args: argparse.Namespace) -> int:
    cluster = Cluster(args.dir)
    if cluster.initialised() and cluster.running_port(wait=0) is not None:
        print(cluster.url_file.read_text().strip())  # the fast path: nothing to do
        return 0
    if not cluster.initialised():
        _cryptography_or_reexec()
    user = server_user()
    with cluster.locked(user):
        port = cluster.running_port()
        if port is not None and cluster.initialised():
            print(cluster.url_file.read_text().strip())
            return 0
        check_owner(cluster, user)
        binaries = binaries_for(cluster)
        if port is not None:  # running, but its creation did not finish
            stop_server(cluster, binaries, user)
        if cluster.initialised():
            started = time.monotonic()
            port = restart(cluster, binaries, user)
            say(f"started the server in {cluster.data} on port {port} "
                f"({time.monotonic() - started:.1f} s)")
        else:
            started = time.monotonic()
            port = create(cluster, binaries, user)
            say(f"created and started the server on port {port} "
                f"({time.monotonic() - started:.1f} s)")
        url = cluster.url(port)
        cluster.write(cluster.url_file, url + "\n", user, 0o600)
    print(url)
    return 0


def stop_server(cluster: Cluster, binaries: Binaries, user: ServerUser) -> None:
    run_checked(
        user.command([binaries["pg_ctl"], "stop", "-w", "-s", "-m", "fast",
                      "-D", str(cluster.data)]),
        cluster.dir, "pg_ctl stop",
    )


def cmd_stop(args: argparse.Namespace) -> int:
    cluster = Cluster(args.dir)
    if not cluster.data.exists():
        say(f"no cluster in {cluster.dir}")
        return 0
    user = server_user()
    with cluster.locked(user):
        if cluster.running_port() is None:
            say(f"the server in {cluster.data} is not running")
            return 0
        stop_server(cluster, binaries_for(cluster), user)
    say(f"stopped the server in {cluster.data}")
    return 0


def cmd_url(args: argparse.Namespace) -> int:
    cluster = Cluster(args.dir)
    if not cluster.initialised() or cluster.running_port(wait=0) is None:
        say(f"the server in {cluster.dir} is not running; start it with: "
            "python tools/pgserver.py start")
        return 1
    print(cluster.url_file.read_text().strip())
    return 0


def cmd_psql(args: argparse.Namespace) -> int:
    cluster = Cluster(args.dir)
    port = cluster.running_port(wait=0) if cluster.initialised() else None
    if port is None:
        say("the server is not running; start it with: python tools/pgserver.py start")
        return 1
    psql = binaries_for(cluster)["psql"]
    extra = list(args.psql_args)
    if extra[:1] == ["--"]:
        extra = extra[1:]
    env = _clean_env()
    env["PGPASSWORD"] = cluster.password_file.read_text().strip()
    os.execve(psql, [psql, cluster.libpq_conninfo(port), *extra], env)
    return 1  # not reached


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="pgserver.py", description="A local PostgreSQL server with TLS for Pana's tests."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("ensure", help="install the PostgreSQL server if it is missing")
    for name, text in (("start", "create and/or start the server; print its URL"),
                       ("stop", "stop the server"),
                       ("url", "print the URL if the server is running"),
                       ("psql", "open psql as pana_test over TLS")):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--dir", type=Path, default=DEFAULT_DIR,
                         help=f"the server's folder (default: {DEFAULT_DIR})")
        if name == "psql":
            sub.add_argument("psql_args", nargs=argparse.REMAINDER,
                             help="arguments for psql, after --")
    args = parser.parse_args(argv)
    handler = {"ensure": cmd_ensure, "start": cmd_start, "stop": cmd_stop,
               "url": cmd_url, "psql": cmd_psql}[args.command]
    try:
        return handler(args)
    except Failure as failure:
        say(f"error: {failure}")
        return 2


if __name__ == "__main__":
    sys.exit(main())
