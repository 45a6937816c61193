"""Text files: encodings, separators, quoting, ragged rows, NUL bytes, overrides."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.reading.sheet import SheetError, read_first_page, read_sheet
from app.core.reading.sheet_csv import sniff_delimiter

ACCENTED = [["Prénom", "Ville", "Note"], ["Anaïs", "Nîmes", "12,5"], ["Zoë", "Besançon", "9"]]


def write_rows(path: Path, rows: list[list[str]], encoding: str, delimiter: str = ",") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def note(data, code: str) -> dict | None:
    return next((n.params for n in data.notes if n.code == code), None)


@pytest.mark.parametrize(
    ("encoding", "expected", "guessed"),
    [
        ("utf-8", "utf-8", False),
        ("utf-8-sig", "utf-8", False),
        ("utf-16", "utf-16-le", False),  # Python writes the BOM, little-endian here
        ("cp1252", "cp1252", True),
        ("latin-1", "cp1252", True),  # the same bytes for these letters
    ],
)
def test_encodings(tmp_path: Path, encoding: str, expected: str, guessed: bool) -> None:
    path = write_rows(tmp_path / f"{encoding}.csv", ACCENTED, encoding, ";")
    data = read_sheet(path)
    assert data.encoding == expected
    assert data.headers == ["Prénom", "Ville", "Note"]
    assert data.rows == [["Anaïs", "Nîmes", "12,5"], ["Zoë", "Besançon", "9"]]
    assert (note(data, "encoding_guessed") is not None) is guessed


def test_utf16_big_endian_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "be.csv"
    path.write_bytes(b"\xfe\xff" + "Email\tNom\r\na@example.com\tZoë\r\n".encode("utf-16-be"))
    data = read_sheet(path)
    assert data.encoding == "utf-16-be" and data.delimiter == "\t"
    assert data.rows == [["a@example.com", "Zoë"]]


def test_utf16_without_bom_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "nobom.txt"
    path.write_bytes("Email\tName\r\na@example.com\tZoë\r\n".encode("utf-16-le"))
    data = read_sheet(path)
    assert data.rows == [["a@example.com", "Zoë"]]
    assert note(data, "encoding_guessed") == {"encoding": "utf-16-le"}


def test_utf8_is_never_misread_even_with_few_accents(tmp_path: Path) -> None:
    rows = [["Name", "City"]] + [[f"user{i}", "Paris"] for i in range(500)] + [["Zoë", "Köln"]]
    path = write_rows(tmp_path / "mostly_ascii.csv", rows, "utf-8")
    data = read_sheet(path)
    assert data.encoding == "utf-8" and data.rows[-1] == ["Zoë", "Köln"]
    assert note(data, "encoding_guessed") is None


def test_mixed_utf8_and_cp1252_lines(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes("Name,City\r\nZoë,Köln\r\n".encode() + "Anaïs,Nîmes\r\n".encode("cp1252"))
    data = read_sheet(path)
    assert data.rows == [["Zoë", "Köln"], ["Anaïs", "Nîmes"]]
    assert note(data, "encoding_mixed") == {"encoding": "utf-8", "fallback": "cp1252", "count": 1}
    assert data.encoding == "utf-8+cp1252"
    # Passing the reported encoding back (as the window does) reads the same text.
    again = read_sheet(path, encoding=data.encoding)
    assert again.rows == data.rows and again.encoding == "utf-8+cp1252"


def test_cyrillic_cp1251_is_guessed(tmp_path: Path) -> None:
    rows = [["Имя", "Город"], ["Анна", "Москва"], ["Иван", "Казань"]]
    data = read_sheet(write_rows(tmp_path / "ru.csv", rows, "cp1251", ";"))
    assert data.rows == rows[1:]


def test_encoding_override(tmp_path: Path) -> None:
    path = write_rows(tmp_path / "override.csv", ACCENTED, "cp1252", ";")
    data = read_sheet(path, encoding="latin-1")
    assert data.encoding == "iso8859-1" and data.rows[0][0] == "Anaïs"
    wrong = read_sheet(path, encoding="utf-8")
    assert wrong.rows[0][0] == "Ana\ufffds"
    assert note(wrong, "encoding_replaced")["count"] >= 1


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters_are_sniffed(tmp_path: Path, delimiter: str) -> None:
    rows = [["Email", "Name", "Score"], ["a@example.com", "Ana, B.", "1,5"], ["b@x.io", "Bo", "2"]]
    path = write_rows(tmp_path / "d.csv", rows, "utf-8", delimiter)
    data = read_sheet(path)
    assert data.delimiter == delimiter
    assert data.headers == rows[0] and data.rows == rows[1:]


def test_french_excel_export_with_decimal_commas() -> None:
    text = "Nom;Score;Montant\nAna;1,5;10,25\nBob;2,5;3,75\nCléa;4;0,5\n"
    assert sniff_delimiter(text) == ";"


def test_tsv_prefers_tab_and_delimiter_override(tmp_path: Path) -> None:
    path = tmp_path / "data.tsv"
    path.write_text("a\tb,c\n1\t2,3\n")
    assert read_sheet(path).headers == ["a", "b,c"]
    forced = read_sheet(path, delimiter=",")
    # Header names are one line of single spaces (a tab or line break inside is a layout slip).
    assert forced.headers == ["a b", "c"] and forced.delimiter == ","


def test_excel_sep_line(tmp_path: Path) -> None:
    path = tmp_path / "sep.csv"
    path.write_text("sep=;\nEmail;Score\na@example.com;1,5\n")
    data = read_sheet(path)
    assert data.delimiter == ";" and data.headers == ["Email", "Score"]
    assert data.header_row == 1 and data.row_numbers == [2]
    # Reading again with what was detected gives the same table.
    again = read_sheet(path, delimiter=data.delimiter, header_row=data.header_row)
    assert again.headers == data.headers and again.rows == data.rows


def test_quoted_newlines_and_quotes_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "quoted.csv"
    path.write_bytes(
        b'Id,Comment\r\n1,"first line\r\nsecond line"\r\n2,"He said ""hi"""\r\n3,x\r\n'
    )
    data = read_sheet(path)
    assert data.rows == [["1", "first line\r\nsecond line"], ["2", 'He said "hi"'], ["3", "x"]]
    # Row numbers count records, as Excel shows them once the file is opened.
    assert data.row_numbers == [2, 3, 4]


def test_cells_stay_text_and_empty_is_none(tmp_path: Path) -> None:
    path = tmp_path / "text.csv"
    path.write_text("Id,Zip,Date,Empty\n12345,00123,2025-03-04,\n")
    data = read_sheet(path)
    assert data.rows == [["12345", "00123", "2025-03-04", None]]


def test_ragged_rows_are_padded_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text("a,b,c\n1,2\n3,4,5,6\n7,8,9\n")
    data = read_sheet(path)
    assert data.headers == ["a", "b", "c", "Column D"]
    assert data.rows == [["1", "2", None, None], ["3", "4", "5", "6"], ["7", "8", "9", None]]
    assert note(data, "ragged_row") == {"count": 2, "row_numbers": [2, 3], "expected": 3}


def test_trailing_separator_on_every_line_is_not_ragged(tmp_path: Path) -> None:
    path = tmp_path / "trailing.csv"
    path.write_text("a;b;\n1;2;\n3;4;\n")
    data = read_sheet(path)
    assert data.headers == ["a", "b"] and data.rows == [["1", "2"], ["3", "4"]]
    assert note(data, "ragged_row") is None


def test_nul_bytes_are_removed_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes(b"Email,Name\r\na@example.com,A\x00na\r\nb@example.com,Bo\x00\x00\r\n")
    data = read_sheet(path)
    assert data.rows == [["a@example.com", "Ana"], ["b@example.com", "Bo"]]
    assert note(data, "nul_removed") == {"count": 3}


def test_one_megabyte_cell(tmp_path: Path) -> None:
    big = "y" * (1 << 20)
    path = tmp_path / "big_cell.csv"
    path.write_text(f'Id,Blob\n1,"{big}"\n2,small\n')
    data = read_sheet(path)
    assert len(data.rows[0][1]) == 1 << 20 and data.rows[1] == ["2", "small"]


def test_blank_lines_and_preamble(tmp_path: Path) -> None:
    path = tmp_path / "preamble.csv"
    path.write_text("Export of members\n\nEmail,Name,Score\na@x.io,Ana,1\n\n\nb@x.io,Bo,2\n\n")
    data = read_sheet(path)
    assert data.header_row == 3 and data.row_numbers == [4, 7]
    assert data.empty_rows_skipped == 2


def test_first_page_of_a_csv(tmp_path: Path) -> None:
    rows = [["Email", "Score"]] + [[f"u{i}@x.io", str(i)] for i in range(1_000)]
    path = write_rows(tmp_path / "long.csv", rows, "utf-8")
    page = read_first_page(path, limit=50)
    full = read_sheet(path)
    assert len(page.rows) == 50 and not page.complete
    assert page.rows == full.rows[:50] and page.row_numbers == full.row_numbers[:50]


def test_header_only_csv_has_no_rows(tmp_path: Path) -> None:
    path = tmp_path / "header.csv"
    path.write_text("Email,Name\r\n")
    data = read_sheet(path)
    assert data.headers == ["Email", "Name"] and data.rows == []


def test_unknown_encoding_name(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a\n1\n")
    with pytest.raises(SheetError) as info:
        read_sheet(path, encoding="klingon-8")
    assert "klingon-8" in str(info.value)


# ---------------------------------------------------------------- properties

cell_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r\n\ufeff"),
    max_size=12,
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    width=st.integers(min_value=2, max_value=5),
    body=st.lists(st.lists(cell_text, min_size=5, max_size=5), min_size=1, max_size=8),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be"]),
)
def test_written_tables_read_back_identically(
    tmp_path_factory: pytest.TempPathFactory,
    width: int,
    body: list[list[str]],
    delimiter: str,
    encoding: str,
) -> None:
    """Any table csv.writer writes, with any supported separator and encoding, reads back."""
    headers = [f"Column name {i}" for i in range(width)]
    rows = [row[:width] for row in body]
    path = tmp_path_factory.mktemp("prop") / "t.csv"
    data_bytes = io.StringIO(newline="")
    csv.writer(data_bytes, delimiter=delimiter, quoting=csv.QUOTE_ALL).writerows([headers, *rows])
    raw = data_bytes.getvalue().encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    path.write_bytes(raw)
    data = read_sheet(path, delimiter=delimiter)
    expected = [[v or None for v in row] for row in rows if any(row)]
    assert data.headers == headers
    assert data.rows == expected


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_crash(tmp_path_factory: pytest.TempPathFactory, blob: bytes) -> None:
    """Whatever the bytes, the reader returns data or a SheetError with a known code."""
    path = tmp_path_factory.mktemp("junk") / "junk.csv"
    path.write_bytes(blob)
    try:
        data = read_sheet(path)
    except SheetError as error:
        assert error.code in {"empty_file", "not_a_spreadsheet", "no_header", "too_many_columns"}
        assert "junk.csv" in str(error)
    else:
        assert all(len(row) == len(data.headers) for row in data.rows)
        assert len(set(h.casefold() for h in data.headers)) == len(data.headers)


def test_first_page_of_a_large_file_reads_only_its_start(tmp_path: Path) -> None:
    """A 5 MB UTF-8 export whose last line is cp1252: the page equals the full read's start."""
    lines = ["Email;Ville;Note"] + [f"user{i}@x.io;Besançon;{i},5" for i in range(160_000)]
    path = tmp_path / "large.csv"
    path.write_bytes("\n".join(lines).encode() + "\nlast@x.io;Nîmes;1\n".encode("cp1252"))
    assert path.stat().st_size > 5 << 20
    page = read_first_page(path)
    full = read_sheet(path)
    assert page.rows == full.rows[:100] and page.headers == full.headers == [
        "Email",
        "Ville",
        "Note",
    ]
    assert page.rows[0] == ["user0@x.io", "Besançon", "0,5"] and not page.complete
    assert page.encoding is None and full.encoding == "utf-8+cp1252"
    assert full.rows[-1] == ["last@x.io", "Nîmes", "1"]
    assert note(full, "encoding_mixed")["count"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "Élève;Garçon\r\nà bientôt;œuvre\r\n",
        "Prénom;Ville\r\nAnaïs;Besançon\r\n",
    ],
)
def test_short_windows_western_text_is_not_read_in_another_code_page(tmp_path, text: str) -> None:
    path = tmp_path / "court.csv"
    path.write_bytes(text.encode("cp1252"))
    sheet = read_sheet(path, header_row=1)
    assert sheet.encoding == "cp1252"
    lines = [line.split(";") for line in text.strip().split("\r\n")]
    assert sheet.headers == lines[0]
    assert [[str(v) for v in row] for row in sheet.rows] == lines[1:]
    assert any(note.code == "encoding_guessed" for note in sheet.notes)


@pytest.mark.parametrize("text", ["Commentaire\r\n\x8c\r\n", "Name\r\nCaf\u0083\u00a9 \u0092s\r\n"])
def test_valid_utf8_with_c1_controls_stays_utf8(tmp_path: Path, text: str) -> None:
    """Valid UTF-8 is UTF-8, even when its only non-ASCII characters are C1 controls.

    Such text was mis-decoded once upstream; reading it as cp1252 here garbled it a second time
    and made the round-trip property below fail for some seeds.
    """
    path = tmp_path / "c1.csv"
    path.write_bytes(text.encode("utf-8"))
    sheet = read_sheet(path, header_row=1)
    assert sheet.encoding == "utf-8" and note(sheet, "encoding_guessed") is None
    assert sheet.rows == [[text.split("\r\n")[1]]]


@pytest.mark.parametrize(
    ("encoding", "name", "city"),
    [
        ("big5", "王小明", "台北市"),
        ("shift_jis", "山田太郎", "東京都"),
        ("gbk", "王小明", "北京市"),
        ("euc_kr", "김민수", "서울특별시"),
    ],
)
def test_multibyte_export_with_mostly_ascii_columns_is_read_whole(
    tmp_path: Path, encoding: str, name: str, city: str
) -> None:
    """Chinese, Japanese or Korean names beside ASCII emails and links: few high bytes, yet
    the whole file is in one multi-byte encoding (Big5 was read as garbled cp1250 before)."""
    rows = [["Name", "City", "Email", "Profile"]] + [
        [f"{name}{i}", city, f"user{i}@example.com", f"https://example.com/members?id={i}&ref=mail"]
        for i in range(40)
    ]
    path = write_rows(tmp_path / f"{encoding}.csv", rows, encoding)
    data = read_sheet(path)
    assert data.rows == rows[1:]
    assert note(data, "encoding_mixed") is None and note(data, "encoding_guessed") is not None


def test_greek_iso_8859_7_is_read_as_greek(tmp_path: Path) -> None:
    # Every Greek letter here is, byte for byte, a Western accented letter in cp1252 (Μαρία would
    # read "Ìáñßá"): only the runs of such letters tell Greek words from French ones.
    rows = [
        ["Email", "Name", "City"],
        ["maria@example.gr", "Μαρία", "Λάρισα"],
        ["nikos@example.gr", "Νίκος", "Βόλος"],
        ["eleni@example.gr", "Ελένη", "Ρόδος"],
        ["sofia@example.gr", "Σοφία", "Κέρκυρα"],
    ]
    path = write_rows(tmp_path / "el.csv", rows, "iso8859_7", ";")
    data = read_sheet(path)
    assert data.headers == rows[0] and data.rows == rows[1:]
    assert note(data, "encoding_guessed") is not None


@pytest.mark.parametrize(
    "compress",
    [
        pytest.param(lambda b: __import__("gzip").compress(b), id="gzip"),
        pytest.param(lambda b: __import__("bz2").compress(b), id="bzip2"),
        pytest.param(lambda b: __import__("lzma").compress(b), id="xz"),
        pytest.param(lambda b: __import__("zlib").compress(b)[2:], id="raw-deflate"),
    ],
)
def test_compressed_file_is_refused_not_decoded(tmp_path: Path, compress) -> None:
    text = "Email,Name,City\n" + "".join(f"u{i}@x.io,Zoë {i},Köln\n" for i in range(300))
    path = tmp_path / "export.csv"
    path.write_bytes(compress(text.encode()))
    with pytest.raises(SheetError) as info:
        read_sheet(path)
    assert info.value.code == "not_a_spreadsheet"
    assert "binary" in str(info.value) or "compressed" in str(info.value)


def test_only_western_looking_bytes_take_the_windows_western_shortcut() -> None:
    from app.core.reading.sheet_csv import _reads_as_western_text

    assert _reads_as_western_text("Élève à Besançon, œuvre « finie »".encode("cp1252"))
    assert not _reads_as_western_text("Łódź, Żaneta, Gdańsk".encode("cp1250"))
    assert not _reads_as_western_text("Привет мир".encode("cp1251"))
    assert not _reads_as_western_text(b"plain ascii")


def test_year_headers_keep_every_data_row(tmp_path: Path) -> None:
    """ "Musei,2011,2010": the year row is the header; no data row is taken for it."""
    path = tmp_path / "musei.csv"
    path.write_text(
        "Musei,2011,2010\nMusei Vaticani,5.078.000,n.d.\nUffizi,1.766.000,1.751.000\n"
        "Colosseo,n.d.,5.000.000\n"
    )
    data = read_sheet(path)
    assert data.header_row == 1 and data.headers == ["Musei", "2011", "2010"]
    assert [row[0] for row in data.rows] == ["Musei Vaticani", "Uffizi", "Colosseo"]
    assert note(data, "rows_above_header_skipped") is None


def test_rows_above_a_lower_header_are_named_in_a_note(tmp_path: Path) -> None:
    from app.core.conversion.messages import note_message

    path = tmp_path / "titled.csv"
    path.write_text(
        "Visitors by year\nSource: ISTAT\n\nCountry,2013,2014\nItaly,1,2\nFrance,n.d.,3\n"
    )
    data = read_sheet(path)
    assert data.header_row == 4 and data.headers == ["Country", "2013", "2014"]
    assert data.rows == [["Italy", "1", "2"], ["France", "n.d.", "3"]]
    skipped = next(n for n in data.notes if n.code == "rows_above_header_skipped")
    assert skipped.params == {"count": 2, "row_numbers": [1, 2], "header_row": 4}
    assert note_message(skipped) == (
        "The column names are on row 4; rows 1, 2 were above them and skipped as not data. "
        "If the table starts higher, choose the header row."
    )
    # A header row chosen by hand lower down says the same.
    chosen = read_sheet(path, header_row=5)
    assert note(chosen, "rows_above_header_skipped")["row_numbers"] == [1, 2, 4]
