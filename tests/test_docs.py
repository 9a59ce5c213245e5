"""The README stays true to the code: every command is shown, every doc it names exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer

from dateline.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", _commands())
def test_every_command_is_in_the_readme(command: str) -> None:
    assert re.search(rf"\bdateline {command}\b", README), f"README shows no 'dateline {command}'"


@pytest.mark.parametrize("path", sorted(set(re.findall(r"`(docs/[\w./-]+\.md)`", README))))
def test_docs_named_in_the_readme_exist(path: str) -> None:
    assert (ROOT / path).is_file()


def test_the_two_commands_match_ci() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = 'python3 -m venv .venv && .venv/bin/pip install -e ".[dev]" && .venv/bin/pytest'
    assert test_command in README
    assert test_command in ci
