"""`dipgraph db`: the rendered neo4j.conf and JVM command (pure), then the real server.

The `neo4j` tests drive the CLI in a subprocess against whichever instance the environment
configures (`make test` points it at its own home and ports). CI starts that server before
pytest and other tests need it afterwards, so every test here leaves it as it found it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import CliError
from app.cli import db as localdb
from app.cli import db_home as localdb_home
from app.cli.db_home import JVM_FLAGS, MAIN_CLASS, Layout
from app.settings import Settings, get_settings


def small_settings(home: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "neo4j_home": home,
        "neo4j_heap": "384m",
        "neo4j_pagecache": "128m",
        "neo4j_bolt_listen": "127.0.0.1:17687",
        "neo4j_http_listen": "127.0.0.1:17474",
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def conf_values(text: str) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            values.setdefault(key, []).append(value)
    return values


# --- pure: conf, command line, addresses -------------------------------------------------------


def test_conf_carries_listen_addresses_memory_and_security(tmp_path: Path) -> None:
    conf = conf_values(localdb_home.render_conf(small_settings(tmp_path), home=tmp_path))

    assert conf["server.bolt.listen_address"] == ["127.0.0.1:17687"]
    assert conf["server.bolt.advertised_address"] == ["127.0.0.1:17687"]
    assert conf["server.http.listen_address"] == ["127.0.0.1:17474"]
    assert conf["server.http.advertised_address"] == ["127.0.0.1:17474"]
    assert conf["server.memory.heap.initial_size"] == ["384m"]
    assert conf["server.memory.heap.max_size"] == ["384m"]
    assert conf["server.memory.pagecache.size"] == ["128m"]
    assert conf["server.https.enabled"] == ["false"]
    assert conf["dbms.security.auth_enabled"] == ["true"]
    assert conf["dbms.usage_report.enabled"] == ["false"]
    assert "BROWSER" in conf["server.http_enabled_modules"][0].split(",")
    assert conf["server.jvm.additional"] == list(JVM_FLAGS)


def test_conf_keeps_every_directory_inside_the_home(tmp_path: Path) -> None:
    conf = conf_values(localdb_home.render_conf(small_settings(tmp_path), home=tmp_path))

    directories = {k: v[0] for k, v in conf.items() if k.startswith("server.directories.")}
    assert set(directories) == {f"server.directories.{d}" for d in localdb_home.SUBDIRS} - {
        "server.directories.conf"
    }
    assert all(Path(path).parent == tmp_path for path in directories.values())


def test_command_line_is_the_bootloaders_shape(tmp_path: Path) -> None:
    command = localdb_home.server_command(java="/jdk/bin/java", home=tmp_path, heap="384m")

    assert command[:3] == [
        "/jdk/bin/java",
        "-cp",
        f"{tmp_path}/plugins/*:{tmp_path}/conf/*:{tmp_path}/lib/*",
    ]
    assert command[3 : 3 + len(JVM_FLAGS)] == list(JVM_FLAGS)
    assert {"-Xms384m", "-Xmx384m", "-Dfile.encoding=UTF-8"} <= set(command)
    assert command[-4:] == [
        MAIN_CLASS,
        f"--home-dir={tmp_path}",
        f"--config-dir={tmp_path / 'conf'}",
        "--console-mode",
    ]


def test_jdk17_needs_the_module_openings() -> None:
    assert "--add-opens=java.base/java.nio=ALL-UNNAMED" in JVM_FLAGS
    assert "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED" in JVM_FLAGS


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("127.0.0.1:7687", ("127.0.0.1", 7687)),
        ("0.0.0.0:7474", ("127.0.0.1", 7474)),
        (":7687", ("127.0.0.1", 7687)),
        ("[::1]:7688", ("::1", 7688)),
    ],
)
def test_split_address(address: str, expected: tuple[str, int]) -> None:
    assert localdb_home.split_address(address) == expected


def test_split_address_refuses_a_missing_port() -> None:
    with pytest.raises(CliError):
        localdb_home.split_address("localhost")


# --- pure: state kept in the home ---------------------------------------------------------------


def test_status_of_an_empty_home_is_stopped_with_lsb_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert localdb.status(small_settings(tmp_path)) == localdb.EXIT_NOT_RUNNING

    out = capsys.readouterr().out
    assert "state:   stopped" in out
    assert "version: not installed" in out
    assert f"data:    {tmp_path / 'data'}" in out


def test_a_pid_file_naming_another_process_is_not_a_running_server(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = small_settings(tmp_path)
    layout = Layout.from_settings(settings)
    layout.pid_file.parent.mkdir(parents=True)
    layout.pid_file.write_text(f"{os.getpid()}\n")  # alive, but pytest, not Neo4j

    assert localdb.server_pid(layout) is None
    assert localdb.stop(settings) == 0
    assert not layout.pid_file.exists()
    assert "not running" in capsys.readouterr().out


def test_fetch_is_skipped_when_the_version_is_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    layout = Layout(tmp_path)
    layout.lib.mkdir()
    (layout.lib / "neo4j-5.26.30.jar").write_bytes(b"")
    layout.marker.write_text("5.26.30\n")
    monkeypatch.setattr(shutil, "which", lambda _name: pytest.fail("Maven was called"))

    assert localdb_home.fetch_jars(layout, version="5.26.30") is None
    assert localdb_home.installed_version(layout) == "5.26.30"


def test_jars_come_from_the_user_cache_without_maven(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cached = tmp_path / "cache" / "5.26.30"
    cached.mkdir(parents=True)
    (cached / "neo4j-5.26.30.jar").write_bytes(b"server")
    (cached / "neo4j-bolt-5.26.30.jar").write_bytes(b"bolt")
    layout = Layout(tmp_path / "home")
    layout.home.mkdir()
    monkeypatch.setattr(shutil, "which", lambda _name: pytest.fail("Maven was called"))

    source = localdb_home.fetch_jars(layout, version="5.26.30", cache=tmp_path / "cache")

    assert source is not None and str(cached) in source
    assert sorted(p.name for p in layout.lib.glob("*.jar")) == sorted(
        p.name for p in cached.iterdir()
    )
    assert (layout.lib / "neo4j-bolt-5.26.30.jar").read_bytes() == b"bolt"
    # Same file system here: linked, not copied.
    assert (layout.lib / "neo4j-5.26.30.jar").stat().st_ino == (
        cached / "neo4j-5.26.30.jar"
    ).stat().st_ino
    assert localdb_home.installed_version(layout) == "5.26.30"


def test_a_first_fetch_fills_the_cache_for_the_next_clone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fetched: list[Path] = []

    def fake_maven(version: str, into: Path) -> None:
        fetched.append(into)
        into.mkdir(parents=True)
        (into / f"neo4j-{version}.jar").write_bytes(b"server")

    monkeypatch.setattr(localdb_home, "_maven_copy", fake_maven)
    first, second = Layout(tmp_path / "one"), Layout(tmp_path / "two")
    for layout in (first, second):
        layout.home.mkdir()
        localdb_home.fetch_jars(layout, version="5.26.30", cache=tmp_path / "cache")

    assert len(fetched) == 1  # the second clone took the cached jars
    assert (tmp_path / "cache" / "5.26.30" / "neo4j-5.26.30.jar").is_file()
    assert not list((tmp_path / "cache").glob("*.partial-*"))
    for layout in (first, second):
        assert (layout.lib / "neo4j-5.26.30.jar").read_bytes() == b"server"


def test_initial_password_is_set_only_before_the_first_start(tmp_path: Path) -> None:
    layout = Layout(tmp_path)
    (layout.data / "dbms").mkdir(parents=True)
    (layout.data / "dbms" / "auth.ini").write_text("neo4j:...\n")

    assert (
        localdb_home.set_initial_password(layout, java="/nonexistent/java", password="x") is False
    )


# --- the real server ----------------------------------------------------------------------------


def dipgraph_db(action: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "db", action],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def status_rows() -> tuple[int, dict[str, str]]:
    result = dipgraph_db("status")
    rows = dict(line.split(":", 1) for line in result.stdout.splitlines() if ":" in line)
    return result.returncode, {key: value.strip() for key, value in rows.items()}


def port_open(address: str) -> bool:
    try:
        with socket.create_connection(localdb_home.split_address(address), timeout=2.0):
            return True
    except OSError:
        return False


@pytest.fixture
def server_state_restored() -> Iterator[bool]:
    """Yields whether the server was running, and puts it back that way afterwards."""
    was_running = status_rows()[0] == 0
    yield was_running
    now_running = status_rows()[0] == 0
    if was_running and not now_running:
        assert dipgraph_db("start").returncode == 0
    elif now_running and not was_running:
        assert dipgraph_db("stop").returncode == 0


def assert_running(settings: Settings) -> None:
    code, rows = status_rows()
    assert code == 0, rows
    assert rows["state"] == "running"
    assert rows["version"] == f"{settings.neo4j_version} (community)"  # asked of the server
    pid = int(rows["pid"])
    assert Layout.from_settings(settings).pid_file.read_text().strip() == str(pid)
    assert MAIN_CLASS.encode() in Path(f"/proc/{pid}/cmdline").read_bytes()
    assert port_open(settings.neo4j_bolt_listen)


def assert_stopped(settings: Settings) -> None:
    code, rows = status_rows()
    assert code == localdb.EXIT_NOT_RUNNING, rows
    assert rows["state"] == "stopped"
    assert rows["pid"] == "-"
    assert not port_open(settings.neo4j_bolt_listen)
    assert not Layout.from_settings(settings).pid_file.exists()


def check_start(settings: Settings) -> None:
    result = dipgraph_db("start")
    assert result.returncode == 0, result.stdout + result.stderr
    assert localdb_home.browser_url(settings) in result.stdout
    assert "Started in" in result.stdout
    assert_running(settings)
    # `start` returns only once HTTP answers too, so the Browser works at once.
    host, port = localdb_home.split_address(settings.neo4j_http_listen)
    with urllib.request.urlopen(f"http://{host}:{port}/", timeout=5) as response:
        assert response.status == 200


def check_stop(settings: Settings) -> None:
    result = dipgraph_db("stop")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "stopped in" in result.stdout
    assert_stopped(settings)


@pytest.mark.neo4j
def test_status_tells_the_truth_across_stop_and_start(server_state_restored: bool) -> None:
    settings = get_settings()
    if server_state_restored:
        assert_running(settings)
        check_stop(settings)
        check_start(settings)
    else:
        assert_stopped(settings)
        check_start(settings)
        check_stop(settings)
    # Stopping what is stopped is not an error.
    if status_rows()[0] != 0:
        assert dipgraph_db("stop").returncode == 0


@pytest.mark.neo4j
def test_start_when_running_says_so_and_keeps_the_process(server_state_restored: bool) -> None:
    settings = get_settings()
    if not server_state_restored:
        check_start(settings)
    pid_before = status_rows()[1]["pid"]

    again = dipgraph_db("start")

    assert again.returncode == 0, again.stderr
    assert f"already running (pid {pid_before})" in again.stdout
    assert status_rows()[1]["pid"] == pid_before


@pytest.mark.neo4j
def test_browser_page_is_served(server_state_restored: bool) -> None:
    settings = get_settings()
    if not server_state_restored:
        check_start(settings)
    url = localdb_home.browser_url(settings)
    with urllib.request.urlopen(url, timeout=10) as response:
        body = response.read().decode()
        assert response.status == 200
        assert response.headers.get_content_type() == "text/html"
    assert "<title>Neo4j Browser" in body


@pytest.mark.neo4j
def test_command_matches_neo4j_own_bootloader() -> None:
    """`neo4j console --dry-run` prints what the tarball's script would run; ours must agree."""
    settings = get_settings()
    layout = Layout.from_settings(settings)
    if localdb_home.installed_version(layout) is None or not layout.conf_file.exists():
        pytest.skip("no Neo4j home yet: `dipgraph db start` creates it")
    java = localdb_home.find_java()
    bootloader = [java, "-cp", str(layout.lib / "*"), "org.neo4j.server.startup.Neo4jCommand"]
    dry_run = subprocess.run(
        [*bootloader, "console", "--dry-run"],
        capture_output=True,
        text=True,
        env=localdb_home.neo4j_env(layout),
        timeout=120,
        check=False,
    )
    # It exits 1 when the server is already running, after printing the command all the same.
    line = next(x for x in dry_run.stdout.splitlines() if MAIN_CLASS in x)
    theirs = line.split()
    ours = localdb_home.server_command(java=java, home=layout.home, heap=settings.neo4j_heap)

    def flags(command: list[str]) -> list[str]:
        return [arg for arg in command[3:] if not arg.startswith(("-Xms", "-Xmx"))]

    def heap_kib(command: list[str]) -> set[int]:
        units = {"k": 1, "m": 1024, "g": 1024 * 1024}
        sizes = [arg[4:] for arg in command if arg.startswith(("-Xms", "-Xmx"))]
        return {int(size[:-1]) * units[size[-1].lower()] for size in sizes}

    assert flags(ours) == flags(theirs)
    assert heap_kib(ours) == heap_kib(theirs)
    assert theirs[2].endswith(f"{layout.home}/conf/*:{layout.home}/lib/*")
    assert ours[2].endswith(theirs[2])
