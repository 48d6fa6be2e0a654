"""The Neo4j home that `dipgraph db` runs: jars, neo4j.conf and the JVM command line.

Maven Central is the one source of Neo4j binaries that this project's machines reach, so
`neo4j/pom.xml` copies the server's jars once into the home's lib/, and the JVM is started the
way Neo4j's own bootloader (`neo4j console`) would start it. The home keeps the tarball's layout
(lib/ conf/ data/ logs/ plugins/ import/ run/), so Neo4j's own tools work on it too.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from app.cli import CliError
from app.settings import Settings

MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint"  # in org.neo4j:neo4j's own jar
ADMIN_CLASS = "org.neo4j.cli.AdminTool"  # in neo4j-command-line
SUBDIRS = ("lib", "conf", "data", "logs", "plugins", "import", "run")
FETCH_TIMEOUT_S = 900.0
LOG_TAIL_LINES = 40

# What the 5.26 tarball's default neo4j.conf puts in `server.jvm.additional`. The bootloader adds
# only -Dfile.encoding and the heap to these (checked against `neo4j console --dry-run` in
# tests/integration/test_localdb.py). The --add-opens let Neo4j's native/direct buffers and
# Netty reach JDK internals on Java 17+; without them the page cache and Bolt fall back or fail.
JVM_FLAGS: tuple[str, ...] = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+AlwaysPreTouch",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "-XX:FlightRecorderOptions=stackdepth=256",
    "-XX:+UnlockDiagnosticVMOptions",
    "-XX:+DebugNonSafepoints",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dlog4j.layout.jsonTemplate.maxStringLength=32768",
)


@dataclass(frozen=True)
class Layout:
    """Where things live inside a Neo4j home (the tarball's layout)."""

    home: Path

    @property
    def lib(self) -> Path:
        return self.home / "lib"

    @property
    def conf_file(self) -> Path:
        return self.home / "conf" / "neo4j.conf"

    @property
    def data(self) -> Path:
        return self.home / "data"

    @property
    def console_log(self) -> Path:
        return self.home / "logs" / "console.log"

    @property
    def pid_file(self) -> Path:
        return self.home / "run" / "neo4j.pid"

    @property
    def marker(self) -> Path:
        # Written last by a fetch, so a half-finished download never counts as installed.
        return self.lib / ".dipgraph-neo4j-version"

    @classmethod
    def from_settings(cls, settings: Settings) -> Layout:
        return cls(settings.neo4j_home.expanduser().resolve())


def split_address(address: str) -> tuple[str, int]:
    """`host:port` (IPv6 in brackets) -> the host and port a client should connect to."""
    host, sep, port = address.rpartition(":")
    if not sep or not port.isdigit():
        raise CliError(f"not a host:port address: {address!r}")
    host = host.strip("[]")
    # A wildcard listener is reached on loopback; connecting to 0.0.0.0 is not portable.
    return ("127.0.0.1" if host in ("", "0.0.0.0", "::") else host), int(port)


def bolt_uri(settings: Settings) -> str:
    host, port = split_address(settings.neo4j_bolt_listen)
    return f"bolt://{host}:{port}"


def browser_url(settings: Settings) -> str:
    host, port = split_address(settings.neo4j_http_listen)
    return f"http://{host}:{port}/browser/"


def render_conf(settings: Settings, *, home: Path) -> str:
    """neo4j.conf for a small machine; rewritten on every start, so settings stay the source."""
    bolt_host, bolt_port = split_address(settings.neo4j_bolt_listen)
    http_host, http_port = split_address(settings.neo4j_http_listen)
    lines = [
        "# Written by `dipgraph db start` from app/settings.py; edits here are overwritten.",
        *(f"server.directories.{name}={home / name}" for name in SUBDIRS if name != "conf"),
        f"server.memory.heap.initial_size={settings.neo4j_heap}",
        f"server.memory.heap.max_size={settings.neo4j_heap}",
        f"server.memory.pagecache.size={settings.neo4j_pagecache}",
        # Dev data is disposable: keep little transaction log on a small disk.
        "db.tx_log.rotation.retention_policy=100M size",
        "db.tx_log.rotation.size=32M",
        "server.bolt.enabled=true",
        f"server.bolt.listen_address={settings.neo4j_bolt_listen}",
        # Advertised = listened, or the Browser would be told to dial the default ports.
        f"server.bolt.advertised_address={bolt_host}:{bolt_port}",
        "server.http.enabled=true",
        f"server.http.listen_address={settings.neo4j_http_listen}",
        f"server.http.advertised_address={http_host}:{http_port}",
        "server.https.enabled=false",
        "server.http_enabled_modules=TRANSACTIONAL_ENDPOINTS,UNMANAGED_EXTENSIONS,BROWSER,"
        "QUERY_API_ENDPOINTS",
        "dbms.security.auth_enabled=true",
        "dbms.usage_report.enabled=false",
        # The Browser may load remote guides and styles only from these hosts: the API's is
        # added, and the Browser opens dipgraph's guide (saved queries, style) on connecting.
        "browser.remote_content_hostname_whitelist="
        f"guides.neo4j.com,localhost,127.0.0.1,{urlsplit(settings.api_url).hostname}",
        f"browser.post_connect_cmd=play {settings.api_url.rstrip('/')}/explore/guide.html",
        # A backstop for every client (the API's Cypher endpoint asks for less): no transaction
        # runs longer, or holds more memory, than this; all of them together hold at most
        # twice the one-transaction limit.
        f"db.transaction.timeout={settings.neo4j_tx_timeout}",
        f"db.memory.transaction.max={settings.neo4j_tx_memory}",
        f"dbms.memory.transaction.total.max={_twice(settings.neo4j_tx_memory)}",
        *(f"server.jvm.additional={flag}" for flag in JVM_FLAGS),
    ]
    return "\n".join(lines) + "\n"


def _twice(size: str) -> str:
    number, unit = size[:-1], size[-1]
    if not number.isdigit():  # a bare number of bytes
        return str(int(size) * 2)
    return f"{int(number) * 2}{unit}"


def server_command(*, java: str, home: Path, heap: str) -> list[str]:
    """The JVM command line `neo4j console` would run (plugins first, as the bootloader does)."""
    classpath = ":".join(str(home / d / "*") for d in ("plugins", "conf", "lib"))
    return [
        java,
        "-cp",
        classpath,
        *JVM_FLAGS,
        "-Dfile.encoding=UTF-8",
        f"-Xms{heap}",
        f"-Xmx{heap}",
        MAIN_CLASS,
        f"--home-dir={home}",
        f"--config-dir={home / 'conf'}",
        "--console-mode",
    ]


def find_java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").is_file():
        return str(Path(java_home) / "bin" / "java")
    java = shutil.which("java")
    if java is None:
        raise CliError("no `java` on PATH (Neo4j 5.26 needs Java 17 or 21)")
    return java


def find_pom() -> Path:
    # The POM is not packaged: it lives in the source tree, next to the app package or in cwd.
    for root in (Path(__file__).resolve().parents[2], Path.cwd()):
        if (root / "neo4j" / "pom.xml").is_file():
            return root / "neo4j" / "pom.xml"
    raise CliError("neo4j/pom.xml not found; run from the dipgraph source tree")


def installed_version(layout: Layout) -> str | None:
    try:
        return layout.marker.read_text().strip() or None
    except FileNotFoundError:
        return None


def fetch_jars(layout: Layout, *, version: str, cache: Path | None = None) -> str | None:
    """Put the server's jars into lib/ unless this version is there already.

    They come from `cache`/VERSION when an earlier fetch left them there (any clone's), else
    from Maven Central, into the cache first. Returns where they came from, None if present.
    """
    if installed_version(layout) == version and (layout.lib / f"neo4j-{version}.jar").is_file():
        return None
    staging = layout.home / "lib.partial"
    shutil.rmtree(staging, ignore_errors=True)
    if cache is None:
        _maven_copy(version, staging)
        source = "Maven Central"
    else:
        cached = cache / version
        source = f"the cache {cached}"
        if not _complete(cached, version):
            _fill_cache(cached, version)
            source = f"Maven Central (kept in {cached})"
        _link_or_copy(cached, staging)
    # Swap whole folders: jars of two versions on one classpath fail in confusing ways.
    shutil.rmtree(layout.lib, ignore_errors=True)
    staging.rename(layout.lib)
    layout.marker.write_text(version + "\n")
    return source


def _complete(folder: Path, version: str) -> bool:
    return (folder / f"neo4j-{version}.jar").is_file()


def _maven_copy(version: str, into: Path) -> None:
    mvn = shutil.which("mvn")
    if mvn is None:
        raise CliError("no `mvn` on PATH: Maven fetches the Neo4j jars from Maven Central")
    command = [mvn, "-q", "-B", "-f", str(find_pom()), f"-Dneo4j.version={version}"]
    command += ["dependency:copy-dependencies", f"-DoutputDirectory={into}"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=FETCH_TIMEOUT_S)
    if result.returncode != 0:
        print(last_lines(result.stdout + result.stderr), file=sys.stderr)
        raise CliError(f"Maven could not fetch Neo4j {version} (exit {result.returncode})")


def _fill_cache(cached: Path, version: str) -> None:
    # Fetched beside the cache entry and renamed into place, so a half-finished fetch never
    # counts as cached; when two clones fetch at once, the first rename wins.
    cached.parent.mkdir(parents=True, exist_ok=True)
    partial = cached.parent / f"{version}.partial-{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    try:
        _maven_copy(version, partial)
        partial.rename(cached)
    except OSError:
        if not _complete(cached, version):
            raise
    finally:
        shutil.rmtree(partial, ignore_errors=True)


def _link_or_copy(source: Path, into: Path) -> None:
    """Hard links where the cache and the home share a file system (no bytes copied)."""
    into.mkdir(parents=True)
    for jar in source.iterdir():
        try:
            os.link(jar, into / jar.name)
        except OSError:
            shutil.copy2(jar, into / jar.name)


def set_initial_password(layout: Layout, *, java: str, password: str) -> bool:
    """Give the `neo4j` user its password before the first start; later it only takes ALTER."""
    if any((layout.data / "dbms").glob("auth*")) or (layout.data / "databases" / "system").exists():
        return False
    command = [java, "-cp", str(layout.lib / "*"), ADMIN_CLASS, "dbms", "set-initial-password"]
    result = subprocess.run(
        [*command, password], capture_output=True, text=True, env=neo4j_env(layout), timeout=120
    )
    if result.returncode != 0:
        print(last_lines(result.stdout + result.stderr), file=sys.stderr)
        raise CliError("neo4j-admin could not set the initial password")
    return True


def neo4j_env(layout: Layout) -> dict[str, str]:
    return {**os.environ, "NEO4J_HOME": str(layout.home), "NEO4J_CONF": str(layout.home / "conf")}


def last_lines(text: str, count: int = LOG_TAIL_LINES) -> str:
    return "\n".join(text.rstrip().splitlines()[-count:])
