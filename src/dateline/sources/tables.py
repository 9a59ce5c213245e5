"""Source files as streams of rows: CSV in UTF-8 or ISO-8859-1, and XLSX.

Rows are read one at a time (memory does not grow with the file) and each carries the
line number a user sees in an editor (CSV) or the row number in a spreadsheet (XLSX), so
that a bad row can be reported where it is. A file that cannot be read as a table at all
raises :class:`SourceFileError` naming the file and what to do about it.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from dateline.errors import SourceFileError

_CHUNK = 1 << 20
_C1_BYTES = re.compile(rb"[\x80-\x9f]")
_DELIMITERS = ",;\t|"
# Research exports have long text fields (GTD summaries, source lists); the csv module's
# default limit of 128 KiB per field is too small for some.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass(frozen=True)
class TableRow:
    line: int
    values: list[str]


@dataclass(frozen=True)
class MalformedRow:
    """A row that is not a row of the table (cut short, extra separators, broken quoting)."""

    line: int
    reason: str


def detect_encoding(path: Path) -> str:
    """``utf-8`` (or ``utf-8-sig``/``utf-16`` by their marks) if the whole file decodes so,
    else ``iso-8859-1`` — or ``cp1252``, its Windows superset, when the file has bytes that
    only cp1252 gives a meaning (curly quotes, dashes)."""
    with path.open("rb") as stream:
        head = stream.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        stream.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := stream.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return "utf-8"
        except UnicodeDecodeError:
            pass
        stream.seek(0)
        windows = False  # bytes 0x80–0x9F: cp1252's quotes and dashes, control codes in ISO-8859-1
        try:
            while chunk := stream.read(_CHUNK):
                chunk.decode("cp1252")
                windows = windows or _C1_BYTES.search(chunk) is not None
        except UnicodeDecodeError:
            return "iso-8859-1"
        return "cp1252" if windows else "iso-8859-1"


def _sniff_delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


class Table:
    """An open source file: ``columns``, then ``rows()``; ``progress()`` for a progress bar."""

    format: str
    encoding: str | None
    columns: list[str]

    def rows(self) -> Iterator[TableRow | MalformedRow]:
        raise NotImplementedError

    def progress(self) -> tuple[int, int | None]:
        """(work done, total work) in bytes or rows; total None when unknown."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Table:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class CsvTable(Table):
    format = "csv"

    def __init__(self, path: Path):
        self.path = path
        self.encoding = detect_encoding(path)
        self._size = path.stat().st_size
        self._binary = path.open("rb")
        self._text: IO[str] = io.TextIOWrapper(self._binary, encoding=self.encoding, newline="")
        self._header_line = 1
        first = self._text.readline()
        # Excel's "sep=;" hint line names the delimiter and precedes the header.
        if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:
            self.delimiter = first.strip()[4]
            first = self._text.readline()
            self._header_line = 2
        else:
            self.delimiter = _sniff_delimiter(first)
        if not first.strip():
            self.close()
            raise SourceFileError(f"{path} is empty: expected a header line with column names")
        self.columns = next(csv.reader([first], delimiter=self.delimiter))

    def rows(self) -> Iterator[TableRow | MalformedRow]:
        width = len(self.columns)
        # strict: a quote left open at the end of the file (a truncated file) is an error
        # instead of silently swallowing the rest into one field.
        reader = csv.reader(self._text, delimiter=self.delimiter, strict=True)
        start = self._header_line + 1
        while True:
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                reason = (
                    "ends inside a quoted value (the file is cut short?)"
                    if "unexpected end of data" in str(exc)
                    else f"is not a well-formed CSV row ({exc})"
                )
                yield MalformedRow(start, reason)
                start = self._header_line + reader.line_num + 1
                continue
            line, start = start, self._header_line + reader.line_num + 1
            if not values:
                continue  # a blank line
            if len(values) == width:
                yield TableRow(line, values)
            elif len(values) > width and not any(v.strip() for v in values[width:]):
                yield TableRow(line, values[:width])  # trailing separators
            elif len(values) < width:
                yield MalformedRow(
                    line,
                    f"has {len(values)} of the {width} columns (the row is cut short; "
                    "a truncated file or a stray line break?)",
                )
            else:
                yield MalformedRow(
                    line,
                    f"has {len(values)} values for {width} columns "
                    f"(a stray '{self.delimiter}' or an unquoted field?)",
                )

    def progress(self) -> tuple[int, int | None]:
        return self._binary.tell(), self._size

    def close(self) -> None:
        self._text.close()


def _cell_text(value: Any) -> str:
    """A spreadsheet cell as the text a CSV export of it would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


class XlsxTable(Table):
    """The first worksheet of an .xlsx workbook, read in openpyxl's streaming mode."""

    format = "xlsx"
    encoding = None

    def __init__(self, path: Path):
        import openpyxl
        from openpyxl.utils.exceptions import InvalidFileException

        self.path = path
        try:
            self._book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
            raise SourceFileError(
                f"{path} is not a readable XLSX workbook ({exc}); export it again as .xlsx or CSV"
            ) from exc
        sheet = self._book.worksheets[0] if self._book.worksheets else None
        if sheet is None:
            self.close()
            raise SourceFileError(f"{path} has no worksheet")
        self._total = sheet.max_row
        self._done = 0
        self._rows = sheet.iter_rows(values_only=True)
        self._header_line = 0
        for values in self._rows:
            self._header_line += 1
            if any(v is not None and str(v).strip() for v in values):
                self.columns = [_cell_text(v) for v in values]
                break
        else:
            self.close()
            raise SourceFileError(f"{path} is empty: expected a header row with column names")
        while self.columns and not self.columns[-1].strip():
            self.columns.pop()

    def rows(self) -> Iterator[TableRow | MalformedRow]:
        width = len(self.columns)
        line = self._header_line
        for values in self._rows:
            line += 1
            self._done = line
            cells = [_cell_text(v) for v in values[:width]]
            if not any(c.strip() for c in cells):
                continue
            if len(cells) < width:
                cells.extend([""] * (width - len(cells)))
            yield TableRow(line, cells)

    def progress(self) -> tuple[int, int | None]:
        return self._done, self._total

    def close(self) -> None:
        self._book.close()


_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"


def open_table(path: str | Path) -> Table:
    """Open a CSV or XLSX file as a :class:`Table` (by content, not by file name)."""
    path = Path(path)
    if not path.exists():
        raise SourceFileError(f"{path} does not exist; pass the path of the dataset file")
    if path.is_dir():
        raise SourceFileError(f"{path} is a folder; pass the path of the dataset file itself")
    try:
        with path.open("rb") as stream:
            head = stream.read(8192)
    except OSError as exc:
        raise SourceFileError(f"cannot read {path}: {exc.strerror}") from exc
    if head.startswith(_ZIP_MAGIC):
        return XlsxTable(path)
    if head.startswith(_OLE_MAGIC):
        raise SourceFileError(
            f"{path} is an old Excel (.xls) workbook; save it as .xlsx or CSV and import that"
        )
    if not head:
        raise SourceFileError(f"{path} is empty: expected a header line with column names")
    utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if b"\x00" in head and not utf16:
        raise SourceFileError(f"{path} is not a CSV or XLSX file (it holds binary data)")
    return CsvTable(path)
