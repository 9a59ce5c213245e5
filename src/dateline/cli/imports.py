"""``dateline import gtd|ucdp|acled|rand PATH``: research datasets into the store."""

from __future__ import annotations

import contextlib
import enum
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

from dateline.cli.output import emit_json, emit_text, error_console, fail, handles_errors
from dateline.sources import get_importer
from dateline.store.importing import ImportReport, ProgressCallback, import_file

SHOWN_PROBLEMS = 50


class ReportFormat(enum.StrEnum):
    text = "text"
    json = "json"


@contextlib.contextmanager
def _progress_bar(label: str) -> Iterator[ProgressCallback | None]:
    """A Rich progress bar on stderr when it is a terminal; nothing otherwise."""
    if not sys.stderr.isatty():
        yield None
        return
    columns = (TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(), TimeRemainingColumn())
    with Progress(*columns, console=error_console(), transient=True) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int | None) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def _summary(report: ImportReport) -> str:
    where = f"{report.format.upper()}" + (f", {report.encoding}" if report.encoding else "")
    head = f"{'Checked' if report.dry_run else 'Imported'} {report.path} ({report.dataset}, {where})"
    new = "would be new" if report.dry_run else "new"
    lines = [
        f"{head}: {report.rows:,} rows in {report.seconds:.1f} s",
        f"  imported  {report.imported:,} {new}",
        f"  updated   {report.updated:,} already in the store",
        f"  skipped   {report.skipped:,} bad row{'' if report.skipped == 1 else 's'}",
    ]
    if report.excluded:
        reasons = "; ".join(f"{n:,} {r}" for r, n in report.exclusions.most_common(3))
        lines.append(f"  excluded  {report.excluded:,} out of scope ({reasons})")
    if report.groups_created:
        lines.append(f"  groups    {report.groups_created:,} new perpetrator group"
                     f"{'' if report.groups_created == 1 else 's'}")
    if report.linked:
        lines.append(f"  linked    {report.linked:,} to the same incident in another dataset")
    if report.warned:
        lines.append(f"  warnings  {report.warned:,} values left empty (listed above)")
    if report.stopped_at is not None:
        lines.append(f"Stopped at line {report.stopped_at} (--strict): nothing was written.")
    elif report.dry_run:
        lines.append("Dry run: nothing was written.")
    return "\n".join(lines)


def _list_problems(report: ImportReport) -> None:
    errors = error_console()
    for label, items, total in (("warning", report.warnings, report.warned),
                                ("bad row", report.problems, report.skipped)):
        for item in items[:SHOWN_PROBLEMS]:
            errors.print(f"{item}" if label == "bad row" else f"{item} (warning)", markup=False)
        if total > SHOWN_PROBLEMS:
            errors.print(
                f"… and {total - SHOWN_PROBLEMS:,} more {label}s; --format json lists the first "
                f"{len(items):,}", markup=False,
            )


def register(app: typer.Typer) -> None:
    @app.command("import")
    @handles_errors
    def import_command(
        ctx: typer.Context,
        dataset: Annotated[str, typer.Argument(
            metavar="DATASET", help="Which dataset the file is from: gtd, ucdp, acled or rand.",
            show_default=False)],
        path: Annotated[Path, typer.Argument(
            metavar="PATH", help="The dataset file: CSV (UTF-8 or ISO-8859-1) or XLSX.",
            show_default=False)],
        dry_run: Annotated[bool, typer.Option("--dry-run", help="Check every row; write nothing.")] = False,
        strict: Annotated[bool, typer.Option("--strict", help="Stop at the first bad row and write nothing.")] = False,
        fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="text or json.")] = ReportFormat.text,
    ) -> None:
        """Import a GTD, UCDP GED, ACLED or RAND RDWTI file; re-importing updates, never duplicates.

        Exit status: 0 every row imported, 1 some rows skipped (listed with their line),
        2 the file cannot be used.
        """
        importer = get_importer(dataset)  # an unknown name fails before the store opens
        try:
            with _progress_bar(f"Importing {path.name}") as progress:
                report = import_file(
                    ctx.obj.store, importer.dataset, path, dry_run=dry_run, strict=strict,
                    progress=progress,
                )  # fmt: skip
        except KeyboardInterrupt:
            raise fail(f"import of {path} interrupted: nothing was written", code=130) from None
        if fmt is ReportFormat.json:
            emit_json(report.to_dict())
        else:
            _list_problems(report)
            emit_text(_summary(report))
        raise typer.Exit(report.exit_status)


__all__ = ["register"]
