"""`dipgraph db start|stop|status`: a local Neo4j Community server run as a plain JVM, no Docker.

The server is a detached process (its own session, output in logs/console.log, pid in run/) so it
outlives the command; `start` returns only once Bolt accepts the configured credentials. How the
home is laid out, fetched and configured is in `app.cli.db_home`.
"""

from __future__ import annotations

import argparse
import fcntl
import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable

from app.cli import CliError
from app.cli.db_home import (
    MAIN_CLASS,
    SUBDIRS,
    Layout,
    bolt_uri,
    browser_url,
    fetch_jars,
    find_java,
    installed_version,
    last_lines,
    neo4j_env,
    render_conf,
    server_command,
    set_initial_password,
    split_address,
)
from app.settings import Settings, get_settings

EXIT_NOT_RUNNING = 3  # LSB init-script convention for `status`
STOP_TIMEOUT_S = 60.0


def server_pid(layout: Layout) -> int | None:
    """The pid in run/ if that process is this home's server (not a reused pid or a zombie)."""
    try:
        pid = int(layout.pid_file.read_text().strip())
    except (FileNotFoundError, ValueError):
        return None
    return pid if _is_server(pid, layout) else None


def _is_server(pid: int, layout: Layout) -> bool:
    proc = Path("/proc")
    if not proc.is_dir():  # not Linux: existence is the best we can check
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    try:
        args = (proc / str(pid) / "cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    # A zombie (nobody reaped the detached JVM) has an empty cmdline, so it counts as gone.
    return MAIN_CLASS.encode() in args and f"--home-dir={layout.home}".encode() in args


@contextmanager
def _locked(layout: Layout) -> Iterator[None]:
    # Two concurrent starts (CI and a test, say) must not spawn two JVMs on one store.
    (layout.home / "run").mkdir(parents=True, exist_ok=True)
    with (layout.home / "run" / "dipgraph.lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _port_open(address: str) -> bool:
    try:
        with socket.create_connection(split_address(address), timeout=1.0):
            return True
    except OSError:
        return False


def _auth(settings: Settings) -> tuple[str, str]:
    return settings.neo4j_user, settings.neo4j_password.get_secret_value()


def server_version(settings: Settings) -> str:
    """`5.26.30 (community)` as the running server reports it."""
    with GraphDatabase.driver(
        bolt_uri(settings), auth=_auth(settings), connection_timeout=5.0
    ) as driver:
        # The system database answers even when the default one is stopped, but it takes no
        # WHERE/WITH after a procedure call, so the kernel's row is picked out here.
        records, _, _ = driver.execute_query(
            "CALL dbms.components() YIELD name, versions, edition", database_="system"
        )
    for record in records:
        if record["name"] == "Neo4j Kernel":
            return f"{record['versions'][0]} ({record['edition']})"
    raise CliError("dbms.components() did not list the Neo4j Kernel")


def bolt_ready(settings: Settings) -> bool:
    """True once Bolt accepts the configured credentials; AuthError is not worth waiting out."""
    if not _port_open(settings.neo4j_bolt_listen):
        return False
    try:
        with GraphDatabase.driver(
            bolt_uri(settings), auth=_auth(settings), connection_timeout=2.0
        ) as driver:
            driver.verify_connectivity()
    except AuthError as exc:
        raise CliError(
            f"Neo4j refused NEO4J_USER/NEO4J_PASSWORD ({exc.message}); the data folder was "
            "initialised with another password"
        ) from exc
    except (DriverError, Neo4jError, OSError):
        return False
    return True


def http_ready(settings: Settings) -> bool:
    """True once the HTTP connector serves its discovery document: Neo4j opens it after Bolt,
    just before it logs `Started.`, so Bolt alone would report a server that is half up."""
    host, port = split_address(settings.neo4j_http_listen)
    try:
        with urllib.request.urlopen(f"http://{host}:{port}/", timeout=2.0) as response:
            status: int = response.status
            return status == 200
    except (OSError, http.client.HTTPException):  # URLError and HTTPError are OSErrors
        return False


def _wait_until_up(
    settings: Settings, *, proc: subprocess.Popen[bytes] | None, timeout_s: float
) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise CliError(f"Neo4j exited during start-up with code {proc.returncode}")
        if bolt_ready(settings) and http_ready(settings):
            return
        time.sleep(0.25)
    raise CliError(
        f"Neo4j did not answer on Bolt {settings.neo4j_bolt_listen} and HTTP "
        f"{settings.neo4j_http_listen} within {timeout_s:g} s"
    )


def _prepare_home(settings: Settings, layout: Layout, *, java: str) -> None:
    if not re.fullmatch(r"\d+[kKmMgG]", settings.neo4j_heap):
        raise CliError(
            f"DIPGRAPH_NEO4J_HEAP must look like 512m or 2g, not {settings.neo4j_heap!r}"
        )
    for name in SUBDIRS:
        (layout.home / name).mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    source = fetch_jars(layout, version=settings.neo4j_version, cache=settings.neo4j_jar_cache)
    if source is not None:
        took = time.monotonic() - started
        version = settings.neo4j_version
        print(f"Neo4j {version} jars from {source} into {layout.lib} in {took:.1f} s")
    layout.conf_file.write_text(render_conf(settings, home=layout.home))
    if set_initial_password(layout, java=java, password=settings.neo4j_password.get_secret_value()):
        print(f"Set the initial password of user 'neo4j' (data in {layout.data})")


def _spawn(settings: Settings, layout: Layout, *, java: str) -> subprocess.Popen[bytes]:
    for address in (settings.neo4j_bolt_listen, settings.neo4j_http_listen):
        if _port_open(address):
            raise CliError(f"{address} is already taken by a process that is not this server")
    command = server_command(java=java, home=layout.home, heap=settings.neo4j_heap)
    with layout.console_log.open("ab") as log:
        log.write(f"\n--- dipgraph db start {time.strftime('%Y-%m-%dT%H:%M:%S')} ---\n".encode())
        log.flush()
        # A session of its own: the server outlives this command and ignores its terminal's ^C.
        proc = subprocess.Popen(
            command,
            cwd=layout.home,
            env=neo4j_env(layout),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    layout.pid_file.write_text(f"{proc.pid}\n")
    return proc


def start(settings: Settings) -> int:
    layout = Layout.from_settings(settings)
    with _locked(layout):
        pid = server_pid(layout)
        if pid is not None:
            _wait_until_up(settings, proc=None, timeout_s=settings.neo4j_start_timeout_s)
            print(f"Neo4j is already running (pid {pid}) on {bolt_uri(settings)}")
            print(f"Browser: {browser_url(settings)}")
            return 0
        java = find_java()
        _prepare_home(settings, layout, java=java)
        log_offset = layout.console_log.stat().st_size if layout.console_log.exists() else 0
        started = time.monotonic()
        proc = _spawn(settings, layout, java=java)
        try:
            _wait_until_up(settings, proc=proc, timeout_s=settings.neo4j_start_timeout_s)
        except CliError:
            _print_log_tail(layout, offset=log_offset)
            _terminate(layout, pid=proc.pid, timeout_s=STOP_TIMEOUT_S)
            raise
    took = time.monotonic() - started
    print(f"Neo4j {settings.neo4j_version} is up on {bolt_uri(settings)} (pid {proc.pid})")
    print(f"Started in {took:.1f} s; logs in {layout.home / 'logs'}")
    print(f"Browser: {browser_url(settings)}")
    return 0


def _print_log_tail(layout: Layout, *, offset: int) -> None:
    try:
        with layout.console_log.open("rb") as log:
            log.seek(offset)
            text = log.read().decode(errors="replace")
    except FileNotFoundError:
        return
    print(f"--- last lines of {layout.console_log} ---", file=sys.stderr)
    print(last_lines(text), file=sys.stderr)
    print(f"--- more in {layout.home / 'logs' / 'debug.log'} ---", file=sys.stderr)


def _wait_gone(pid: int, layout: Layout, *, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while _is_server(pid, layout):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
    return True


def _terminate(layout: Layout, *, pid: int, timeout_s: float) -> None:
    """SIGTERM lets Neo4j checkpoint and release the store lock; SIGKILL only if it hangs."""
    try:
        os.kill(pid, signal.SIGTERM)
        if not _wait_gone(pid, layout, timeout_s=timeout_s):
            print(f"Neo4j (pid {pid}) ignored SIGTERM for {timeout_s:g} s; killing it")
            os.kill(pid, signal.SIGKILL)
            _wait_gone(pid, layout, timeout_s=10.0)
    except ProcessLookupError:
        pass
    layout.pid_file.unlink(missing_ok=True)


def stop(settings: Settings, *, timeout_s: float = STOP_TIMEOUT_S) -> int:
    layout = Layout.from_settings(settings)
    with _locked(layout):
        pid = server_pid(layout)
        if pid is None:
            layout.pid_file.unlink(missing_ok=True)  # stale: the process is gone
            print("Neo4j is not running")
            return 0
        started = time.monotonic()
        _terminate(layout, pid=pid, timeout_s=timeout_s)
    print(f"Neo4j (pid {pid}) stopped in {time.monotonic() - started:.1f} s")
    return 0


def status(settings: Settings) -> int:
    """Prints `key: value` lines; 0 when running, 3 when not (LSB)."""
    layout = Layout.from_settings(settings)
    pid = server_pid(layout)
    installed = installed_version(layout)
    version = f"{installed} (installed)" if installed else "not installed"
    state = "stopped"
    if pid is not None:
        state = "running"
        try:
            version = server_version(settings)
        except (ServiceUnavailable, OSError) as exc:
            state = "running (Bolt not answering yet)"
            version += f"; server unreachable: {exc}"
        except (CliError, DriverError, Neo4jError) as exc:
            version += f"; server did not say: {exc}"
    rows = {
        "state": state,
        "pid": str(pid) if pid is not None else "-",
        "bolt": bolt_uri(settings),
        "http": browser_url(settings).removesuffix("browser/"),
        "browser": browser_url(settings),
        "version": version,
        "home": str(layout.home),
        "data": str(layout.data),
    }
    for key, value in rows.items():
        print(f"{key + ':':9}{value}")
    return 0 if pid is not None else EXIT_NOT_RUNNING


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("db", help="run the local Neo4j server (no Docker)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    start_parser = actions.add_parser("start", help="fetch (once), configure and start Neo4j")
    start_parser.set_defaults(func=lambda _args: start(get_settings()))
    stop_parser = actions.add_parser("stop", help="stop Neo4j (SIGTERM, then SIGKILL)")
    stop_parser.add_argument(
        "--timeout", type=float, default=STOP_TIMEOUT_S, help="seconds before SIGKILL"
    )
    stop_parser.set_defaults(func=lambda args: stop(get_settings(), timeout_s=args.timeout))
    status_parser = actions.add_parser("status", help="running or not; exit 3 when stopped")
    status_parser.set_defaults(func=lambda _args: status(get_settings()))
