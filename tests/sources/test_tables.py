"""Source files as rows: encodings, delimiters, line numbers, broken rows, XLSX."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from dateline.errors import SourceFileError
from dateline.sources.tables import MalformedRow, TableRow, detect_encoding, open_table


def rows_of(path: Path) -> list[TableRow | MalformedRow]:
    with open_table(path) as table:
        return list(table.rows())


@pytest.mark.parametrize(
    ("content", "encoding", "city"),
    [
        ("city\nBogotá\n".encode(), "utf-8", "Bogotá"),
        ("city\nBogotá\n".encode("iso-8859-1"), "iso-8859-1", "Bogotá"),
        ("city\n“Bogotá”\n".encode("cp1252"), "cp1252", "“Bogotá”"),  # Windows quotes
        ("city\nBogotá\n".encode("utf-8-sig"), "utf-8-sig", "Bogotá"),
        (b"city\nLima\n", "utf-8", "Lima"),
    ],
)
def test_encoding_is_detected(tmp_path: Path, content: bytes, encoding: str, city: str) -> None:
    path = tmp_path / "file.csv"
    path.write_bytes(content)
    assert detect_encoding(path) == encoding
    with open_table(path) as table:
        assert table.columns == ["city"]
        assert [r.values for r in table.rows() if isinstance(r, TableRow)] == [[city]]


def test_utf8_broken_late_in_a_big_file_is_latin1(tmp_path: Path) -> None:
    path = tmp_path / "file.csv"
    path.write_bytes(b"city\n" + b"Lima\n" * 300_000 + "Medellín\n".encode("iso-8859-1"))
    assert detect_encoding(path) == "iso-8859-1"


@pytest.mark.parametrize(
    ("text", "columns"),
    [
        ("a,b,c\n1,2,3\n", ["a", "b", "c"]),
        ("a;b;c\n1;2;3\n", ["a", "b", "c"]),
        ("sep=;\na;b;c\n1;2;3\n", ["a", "b", "c"]),  # Excel's hint line
        ("a\tb\tc\n1\t2\t3\n", ["a", "b", "c"]),
    ],
)
def test_delimiters(tmp_path: Path, text: str, columns: list[str]) -> None:
    path = tmp_path / "file.csv"
    path.write_text(text)
    with open_table(path) as table:
        assert table.columns == columns
        assert [r.values for r in table.rows() if isinstance(r, TableRow)] == [["1", "2", "3"]]


def test_line_numbers_count_physical_lines(tmp_path: Path) -> None:
    path = tmp_path / "file.csv"
    path.write_text('id,text\n1,"two\nlines"\n\n2,plain\r\n3,"a ""quoted"" word"\n')
    assert [(r.line, r.values) for r in rows_of(path) if isinstance(r, TableRow)] == [
        (2, ["1", "two\nlines"]), (5, ["2", "plain"]), (6, ["3", 'a "quoted" word']),
    ]


def test_sep_hint_shifts_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "file.csv"
    path.write_text("sep=;\na;b\n1;2\n")
    assert [r.line for r in rows_of(path)] == [3]


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("a,b,c\n1,2,3\n4,5", 3, "has 2 of the 3 columns (the row is cut short; a truncated file or a stray line break?)"),
        ("a,b,c\n1,2,3,4\n", 2, "has 4 values for 3 columns (a stray ',' or an unquoted field?)"),
        ('a,b,c\n1,2,3\n4,5,"unterminated\n', 3, "ends inside a quoted value (the file is cut short?)"),
        ('a,b,c\n1,"x"y,3\n', 2, "is not a well-formed CSV row (',' expected after '\"')"),
    ],
)
def test_malformed_rows(tmp_path: Path, text: str, line: int, reason: str) -> None:
    path = tmp_path / "file.csv"
    path.write_text(text)
    assert [r for r in rows_of(path) if r.line == line] == [MalformedRow(line, reason)]


def test_reading_goes_on_after_a_malformed_row(tmp_path: Path) -> None:
    path = tmp_path / "file.csv"
    path.write_text('a,b,c\n1,"x"y,3\n4,5,6\n')
    assert rows_of(path)[1:] == [TableRow(3, ["4", "5", "6"])]


def test_trailing_empty_fields_are_tolerated(tmp_path: Path) -> None:
    path = tmp_path / "file.csv"
    path.write_text("a,b\n1,2,,\n")
    assert rows_of(path) == [TableRow(2, ["1", "2"])]


def test_xlsx_cells_read_as_a_csv_export_would(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["eventid", "iyear", "resolution", "nkill", "latitude", "city", "note"])
    sheet.append([197001010001, 1970, dt.datetime(1970, 1, 5), 2.0, 12.5, "Bogotá", None])
    sheet.append([None] * 7)
    sheet.append([197001020001, 1970.0, None, None, None, "Lima", "x"])
    path = tmp_path / "sheet.xlsx"
    book.save(path)
    with open_table(path) as table:
        assert table.format == "xlsx"
        assert table.columns[:2] == ["eventid", "iyear"]
        assert list(table.rows()) == [
            TableRow(2, ["197001010001", "1970", "1970-01-05", "2", "12.5", "Bogotá", ""]),
            TableRow(4, ["197001020001", "1970", "", "", "", "Lima", "x"]),
        ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "does not exist; pass the path of the dataset file"),
        (b"", "is empty: expected a header line with column names"),
        (b"\n\n", "is empty: expected a header line with column names"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "is not a CSV or XLSX file (it holds binary data)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "is an old Excel (.xls) workbook; save it as .xlsx or CSV"),
        (b"PK\x03\x04 not really a zip", "is not a readable XLSX workbook"),
    ],
)
def test_unusable_files(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "data.csv"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(SourceFileError, match=message.replace("(", r"\(").replace(")", r"\)").replace(".", r"\.")) as caught:
        open_table(path)
    assert str(path) in str(caught.value)


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(SourceFileError, match="is a folder"):
        open_table(tmp_path)
