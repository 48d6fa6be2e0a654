"""The `dipgraph` console command.

Each subcommand lives in the module that owns its work; this file only wires them up, importing
lazily so that `dipgraph extract` does not pay for the web stack and vice versa.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

# subcommand -> module exposing `add_parser(subparsers) -> None`; the parser sets `func`.
SUBCOMMANDS: dict[str, str] = {
    "db": "app.cli.db",
    "schema": "app.cli.schema",
    "serve": "app.cli.serve",
    "extract": "app.cli.extract",
    "ingest": "app.cli.ingest",
    "retract": "app.cli.ingest",
    "export": "app.cli.export",
}


class CliError(Exception):
    """An error the CLI reports as one line on stderr with a non-zero exit."""


def build_parser(argv: Sequence[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="dipgraph", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    wanted = argv[0] if argv and argv[0] in SUBCOMMANDS else None
    seen: set[str] = set()
    for name, module_name in SUBCOMMANDS.items():
        if module_name in seen or (wanted is not None and name != wanted):
            continue
        seen.add(module_name)
        module = importlib.import_module(module_name)
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(args_list)
    args = parser.parse_args(args_list)
    from app.settings import SettingsError

    try:
        code: int = args.func(args)
    except SettingsError as exc:
        print(f"dipgraph {args.command}: invalid settings: {exc}", file=sys.stderr)
        return 2
    except CliError as exc:
        one_line = " ".join(str(exc).split())  # driver messages span lines; the CLI gives one
        print(f"dipgraph {args.command}: error: {one_line}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`dipgraph extract ... | head`): not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return code


if __name__ == "__main__":
    raise SystemExit(main())
