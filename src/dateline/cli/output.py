"""Everything the CLI prints goes through here: JSON, tables, error lines."""

from __future__ import annotations

import enum
import functools
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from dateline.errors import DataError, DatelineError

P = ParamSpec("P")
R = TypeVar("R")


class Format(str, enum.Enum):
    text = "text"
    json = "json"
    markdown = "markdown"


def console() -> Console:
    return Console(highlight=False, soft_wrap=False)


def error_console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def emit_json(document: Any) -> None:
    """One JSON document on stdout, nothing else there (the --format json contract)."""
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2, default=str))
    sys.stdout.write("\n")


def emit_text(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print ``Error: …`` on stderr and return the Exit to raise."""
    error_console().print(f"Error: {message}", markup=False)
    return typer.Exit(code)


def handles_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn Dateline's exceptions into one ``Error: …`` line and exit status 2."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except DataError as exc:
            for problem in exc.problems[:50]:
                error_console().print(str(problem), markup=False)
            raise fail(str(exc).splitlines()[0]) from None
        except DatelineError as exc:
            raise fail(str(exc)) from None

    return wrapper


def table(title: str | None, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    grid = Table(title=title, show_lines=False, header_style="bold")
    for name in columns:
        grid.add_column(name, overflow="fold")
    for row in rows:
        grid.add_row(*("" if v is None else str(v) for v in row))
    console().print(grid)


def markdown_list(items: Iterable[tuple[str, str]]) -> str:
    return "\n".join(f"- **{head}** — {body}" for head, body in items)
