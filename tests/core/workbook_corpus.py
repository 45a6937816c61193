"""Workbooks built on purpose to find where the fast first page and the full read could differ.

Each builder writes one .xlsx into a folder and returns its path. They cover what the streaming
first-page reader parses itself: the 1904 date system (also with a later ``x14:workbookPr``),
inline, rich and padded strings, ``t="d"`` dates and times, error cells, merged headers,
pictures, huge serial numbers, part names in another case, sheets of errors only, notes sheets.
Some are written with xlsxwriter or openpyxl as Excel-like tools write them, the rest as raw
XML in a zip, because no library writes those shapes.
"""

from __future__ import annotations

import datetime as dt
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import xlsxwriter

from app.core.reading.sheet_headers import column_letter

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET_REL = REL_NS + "/worksheet"
STRINGS_REL = REL_NS + "/sharedStrings"
STYLES_REL = REL_NS + "/styles"


# ------------------------------------------------------------------------------- raw XML zips


def raw_xlsx(
    path: Path,
    sheets: list[tuple[str, str]],
    *,
    strings: list[str] | None = None,
    workbook_pr: str = "<workbookPr/>",
    workbook_tail: str = "",
    styles: str | None = None,
    part_names: dict[str, str] | None = None,
    sheet_state: dict[str, str] | None = None,
) -> Path:
    """Write a workbook from sheet XML bodies (the ``<sheetData>`` and what follows).

    ``part_names`` renames zip members (``{"xl/sharedStrings.xml": "xl/SharedStrings.xml"}``)
    while the relationships keep the usual names, as some exporters do.
    """
    names = part_names or {}
    states = sheet_state or {}
    sheet_entries = "".join(
        f'<sheet name="{escape(name)}" sheetId="{i + 1}" r:id="rId{i + 1}"'
        + (f' state="{states[name]}"' if name in states else "")
        + "/>"
        for i, (name, _body) in enumerate(sheets)
    )
    rels = [
        f'<Relationship Id="rId{i + 1}" Type="{SHEET_REL}" Target="worksheets/sheet{i + 1}.xml"/>'
        for i in range(len(sheets))
    ]
    if strings is not None:
        rels.append(f'<Relationship Id="rIdS" Type="{STRINGS_REL}" Target="sharedStrings.xml"/>')
    if styles is not None:
        rels.append(f'<Relationship Id="rIdY" Type="{STYLES_REL}" Target="styles.xml"/>')
    parts = {
        "[Content_Types].xml": _content_types(len(sheets), strings is not None, styles is not None),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL_NS}">'
            f'<Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN_NS}" '
            f'xmlns:r="{REL_NS}" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
            f"{workbook_pr}<sheets>{sheet_entries}</sheets>{workbook_tail}</workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL_NS}">'
            + "".join(rels)
            + "</Relationships>"
        ),
    }
    for i, (_name, body) in enumerate(sheets):
        parts[f"xl/worksheets/sheet{i + 1}.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN_NS}" '
            f'xmlns:r="{REL_NS}">{body}</worksheet>'
        )
    if strings is not None:
        items = "".join(
            s if s.startswith("<si>") else f"<si><t>{escape(s)}</t></si>" for s in strings
        )
        parts["xl/sharedStrings.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN_NS}" '
            f'count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>'
        )
    if styles is not None:
        parts["xl/styles.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{MAIN_NS}">{styles}'
            "</styleSheet>"
        )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, text in parts.items():
            archive.writestr(names.get(member, member), text)
    return path


def _content_types(sheets: int, strings: bool, styles: bool) -> str:
    base = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    overrides = [f'<Override PartName="/xl/workbook.xml" ContentType="{base}.sheet.main+xml"/>']
    overrides += [
        f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="{base}.worksheet+xml"/>'
        for i in range(sheets)
    ]
    if strings:
        overrides.append(
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{base}.sharedStrings+xml"/>'
        )
    if styles:
        overrides.append(f'<Override PartName="/xl/styles.xml" ContentType="{base}.styles+xml"/>')
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + "".join(overrides) + "</Types>"
    )


def rows_xml(rows: list[list[str]], first_row: int = 1) -> str:
    """``<sheetData>`` from rows of ready-made ``<c>`` bodies (attributes and children).

    A cell is written as ``<c r="B3" {cell}`` so a test gives ``t="s"><v>0</v></c>`` and the like;
    None leaves the cell out.
    """
    out = ["<sheetData>"]
    for r, row in enumerate(rows, start=first_row):
        cells = "".join(
            f'<c r="{_letter(c)}{r}" {cell}' for c, cell in enumerate(row) if cell is not None
        )
        out.append(f'<row r="{r}">{cells}</row>')
    out.append("</sheetData>")
    return "".join(out)


def _letter(index: int) -> str:
    return column_letter(index)


def inline(text: str, preserve: bool = False) -> str:
    space = ' xml:space="preserve"' if preserve else ""
    return f't="inlineStr"><is><t{space}>{escape(text)}</t></is></c>'


def number(value: float | str, style: int | None = None) -> str:
    s = f' s="{style}"' if style is not None else ""
    return f"{s}><v>{value}</v></c>"


DATE_STYLES = (
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts>'
    '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/>'
    '<xf numFmtId="21"/></cellXfs>'
)


# ------------------------------------------------------------------------------- the builders


def date1904_xlsxwriter(folder: Path) -> Path:
    path = folder / "date1904.xlsx"
    book = xlsxwriter.Workbook(str(path), {"date_1904": True})
    sheet = book.add_worksheet("Events")
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    stamp = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    sheet.write_row(0, 0, ["Email", "Day", "At"])
    for i in range(30):
        sheet.write_string(i + 1, 0, f"user{i}@example.com")
        sheet.write_datetime(i + 1, 1, dt.datetime(2025, 1, 1) + dt.timedelta(days=i * 37), day)
        sheet.write_datetime(
            i + 1, 2, dt.datetime(2024, 3, 1, 9, 30) + dt.timedelta(hours=i * 29), stamp
        )
    book.close()
    return path


def date1904_then_x14(folder: Path) -> Path:
    """``date1904`` on the main ``workbookPr``, then an ``x14:workbookPr`` without it."""
    body = rows_xml(
        [
            [inline("Email"), inline("Day"), inline("At")],
            *[
                [inline(f"u{i}@example.com"), number(40000 + i * 13, 1), number(40000.25 + i, 2)]
                for i in range(12)
            ],
        ]
    )
    tail = (
        '<extLst><ext uri="{ABCD}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/'
        '2009/9/main"><x14:workbookPr defaultImageDpi="220"/></ext></extLst>'
    )
    return raw_xlsx(
        folder / "date1904-x14.xlsx",
        [("Sheet1", body)],
        workbook_pr='<workbookPr date1904="1"/>',
        workbook_tail=tail,
        styles=DATE_STYLES,
    )


def huge_serials(folder: Path) -> Path:
    """Date-formatted numbers far past year 9999, negative and tiny: no crash, same values."""
    values = [1e10, 2958466, 2958465.9999, -1, -0.5, 1e-9, 0, 3e5, 9.99e307]
    body = rows_xml(
        [[inline("Label"), inline("When")]]
        + [[inline(f"v{i}"), number(repr(v), 1)] for i, v in enumerate(values)]
        + [[inline(f"s{i}"), number(repr(v), 2)] for i, v in enumerate(values)]
        + [[inline(f"t{i}"), number(repr(v), 3)] for i, v in enumerate(values)]
    )
    return raw_xlsx(folder / "huge-serials.xlsx", [("Data", body)], styles=DATE_STYLES)


def shared_strings_other_case(folder: Path) -> Path:
    strings = ["Email", "Name", "ana@example.com", "Ana", "bo@example.com", "Bo"]
    body = rows_xml(
        [
            ['t="s"><v>0</v></c>', 't="s"><v>1</v></c>'],
            ['t="s"><v>2</v></c>', 't="s"><v>3</v></c>'],
            ['t="s"><v>4</v></c>', 't="s"><v>5</v></c>'],
        ]
    )
    return raw_xlsx(
        folder / "SharedStrings-case.xlsx",
        [("Sheet1", body)],
        strings=strings,
        part_names={
            "xl/sharedStrings.xml": "xl/SharedStrings.xml",
            "xl/worksheets/sheet1.xml": "xl/worksheets/Sheet1.xml",
        },
    )


def merged_headers_openpyxl(folder: Path) -> Path:
    path = folder / "merged-headers.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Registrations"
    sheet.append(["Contact", None, "Session", None, None, "Score"])
    sheet.append(["Email", "Name", "Day", "Room", "Track", None])
    sheet.merge_cells("A1:B1")
    sheet.merge_cells("C1:E1")
    sheet.merge_cells("F1:F2")
    for i in range(20):
        sheet.append([f"p{i}@example.com", f"P {i}", dt.date(2025, 3, 1 + i), "A", "B", i * 1.5])
    book.save(path)
    return path


def merged_title_above(folder: Path) -> Path:
    path = folder / "merged-title.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Spring webinar attendees"])
    sheet.merge_cells("A1:D1")
    sheet.append([])
    sheet.append(["Email", "Name", None, "Minutes"])
    sheet.merge_cells("B3:C3")
    for i in range(15):
        sheet.append([f"m{i}@example.com", "First", "Last", i])
    book.save(path)
    return path


RUNS = 't="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c>'


def inline_and_rich_strings(folder: Path) -> Path:
    rich = [
        '<si><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> and plain</t></r></si>',
        '<si><t>日本</t><rPh sb="0" eb="2"><t>ニホン</t></rPh></si>',
        '<si><t xml:space="preserve">  padded  </t></si>',
        "<si><t>   </t></si>",
        '<si><t xml:space="preserve">   </t></si>',
        "<si><t>line_x000D_break</t></si>",
        "<si><t></t></si>",
        "<si><t>Notes</t></si>",
    ]
    body = rows_xml(
        [
            [inline("Id"), 't="s"><v>7</v></c>', inline("Inline")],
            [number(1), 't="s"><v>0</v></c>', inline("  two  spaces ", preserve=True)],
            [number(2), 't="s"><v>1</v></c>', inline("   ")],
            [number(3), 't="s"><v>2</v></c>', inline("   ", preserve=True)],
            [number(4), 't="s"><v>3</v></c>', inline("tab\tin")],
            [number(5), 't="s"><v>4</v></c>', RUNS],
            [number(6), 't="s"><v>5</v></c>', 't="str"><v>  formula text </v></c>'],
            [number(7), 't="s"><v>6</v></c>', 't="str"><v></v></c>'],
            [number(8), inline("\n lead"), 't="b"><v>1</v></c>'],
        ]
    )
    return raw_xlsx(folder / "strings.xlsx", [("Texts", body)], strings=rich)


def t_d_dates(folder: Path) -> Path:
    """ISO dates in ``t="d"`` cells (Excel's strict format, some exporters): days, times, stamps."""
    values = [
        "2025-03-28",
        "2025-03-28T10:15:00",
        "2025-03-28T10:15:00.250",
        "10:15:00",
        "1899-12-30T10:15:00",
        "1899-12-31T00:00:00",
        "2025-03-28T00:00:00Z",
        "not a date",
        "",
    ]
    body = rows_xml(
        [[inline("Label"), inline("When")]]
        + [[inline(f"d{i}"), f't="d"><v>{v}</v></c>'] for i, v in enumerate(values)]
        + [[inline(f"ds{i}"), f't="d" s="1"><v>{v}</v></c>'] for i, v in enumerate(values)]
    )
    return raw_xlsx(folder / "t-d-dates.xlsx", [("Dates", body)], styles=DATE_STYLES)


def error_cells(folder: Path) -> Path:
    path = folder / "errors.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Scores")
    sheet.write_row(0, 0, ["Email", "Score", "Ratio"])
    for i in range(25):
        sheet.write_string(i + 1, 0, f"e{i}@example.com")
        sheet.write_number(i + 1, 1, i)
        if i % 4 == 0:
            sheet.write_formula(i + 1, 2, f"=B{i + 2}/0", None, "#DIV/0!")
        elif i % 4 == 1:
            sheet.write_formula(i + 1, 2, "=NA()", None, "#N/A")
        else:
            sheet.write_formula(i + 1, 2, f"=B{i + 2}*2", None, i * 2)
    book.close()
    return path


def error_only_sheet(folder: Path) -> Path:
    body = rows_xml(
        [
            [inline("Id"), inline("Value")],
            ['t="e"><v>#N/A</v></c>', 't="e"><v>#REF!</v></c>'],
            [None, 't="e"><v>#DIV/0!</v></c>'],
        ]
    )
    only_errors = rows_xml([['t="e"><v>#N/A</v></c>', 't="e"><v>#VALUE!</v></c>']] * 3)
    return raw_xlsx(folder / "error-only.xlsx", [("Only errors", only_errors), ("Errors", body)])


def error_only_data(folder: Path) -> Path:
    body = rows_xml(
        [
            [inline("Id"), inline("Value")],
            ['t="e"><v>#N/A</v></c>', 't="e"><v>#REF!</v></c>'],
            [None, 't="e"><v>#DIV/0!</v></c>'],
        ]
    )
    return raw_xlsx(folder / "error-data.xlsx", [("Errors", body)])


def with_picture(folder: Path) -> Path:
    path = folder / "picture.xlsx"
    png = folder / "dot.png"
    png.write_bytes(_png())
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Attendees")
    sheet.insert_image("E2", str(png))
    sheet.write_row(0, 0, ["Email", "Name"])
    for i in range(10):
        sheet.write_row(i + 1, 0, [f"pic{i}@example.com", f"Pic {i}"])
    book.close()
    return path


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


def inline_strings_constant_memory(folder: Path) -> Path:
    """xlsxwriter's constant-memory mode writes every string inline."""
    path = folder / "inline-constant-memory.xlsx"
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet()
    when = book.add_format({"num_format": "dd/mm/yyyy hh:mm"})
    sheet.write_row(0, 0, ["Email", "Name", "Joined", "Minutes", "Live"])
    for i in range(150):
        sheet.write_string(i + 1, 0, f"c{i}@example.com")
        sheet.write_string(i + 1, 1, f" Zoë {i} " if i % 3 else f"Zoë {i}")
        joined = dt.datetime(2025, 3, 1, 8) + dt.timedelta(minutes=97 * i)
        sheet.write_datetime(i + 1, 2, joined, when)
        sheet.write_number(i + 1, 3, i * 0.5)
        sheet.write_boolean(i + 1, 4, i % 2 == 0)
    book.close()
    return path


def notes_first_and_offset(folder: Path) -> Path:
    path = folder / "notes-first.xlsx"
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Read me"
    notes["A1"] = "The attendees are on the next sheet."
    data = book.create_sheet("Attendees")
    data["C3"] = "Attendee export"
    data.append([])
    for i, row in enumerate(
        [["Email", "Name", "Phone"]] + [[f"o{i}@example.com", f"O {i}", f"00{i}"] for i in range(8)]
    ):
        for j, value in enumerate(row):
            data.cell(row=5 + i, column=3 + j, value=value)
    data.cell(row=20, column=3, value="late@example.com")
    book.save(path)
    return path


def hidden_first_sheet(folder: Path) -> Path:
    body_hidden = rows_xml([[inline("Code"), inline("Label")], [inline("A"), inline("Alpha")]])
    body = rows_xml([[inline("Email"), inline("Score")], [inline("h@example.com"), number(3)]])
    return raw_xlsx(
        folder / "hidden-first.xlsx",
        [("Lookup", body_hidden), ("Data", body)],
        sheet_state={"Lookup": "hidden"},
    )


def typed_values_openpyxl(folder: Path) -> Path:
    path = folder / "typed-openpyxl.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Id", "Text", "Day", "Stamp", "Clock", "Flag", "Float", "Zip"])
    for i in range(40):
        sheet.append(
            [
                i,
                f"row {i}" if i % 5 else None,
                dt.date(2024, 2, 28) + dt.timedelta(days=i),
                dt.datetime(2024, 12, 31, 23, 59, 59) + dt.timedelta(seconds=i * 3601),
                dt.time(i % 24, (i * 7) % 60),
                i % 3 == 0,
                i / 7,
                f"{i:05d}",
            ]
        )
    sheet.cell(row=45, column=2, value="after a gap")
    book.save(path)
    return path


def year_headers(folder: Path) -> Path:
    path = folder / "years.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Visitors by country"])
    sheet.append(["Country", 2013, 2014, 2015])
    for name in ("Italy", "France", "Spain"):
        sheet.append([name, "n.d.", 12.5, 13])
    book.save(path)
    return path


BUILDERS: list[Callable[[Path], Path]] = [
    date1904_xlsxwriter,
    date1904_then_x14,
    huge_serials,
    shared_strings_other_case,
    merged_headers_openpyxl,
    merged_title_above,
    inline_and_rich_strings,
    t_d_dates,
    error_cells,
    error_only_sheet,
    error_only_data,
    with_picture,
    inline_strings_constant_memory,
    notes_first_and_offset,
    hidden_first_sheet,
    typed_values_openpyxl,
    year_headers,
]


def prefixed_elements(folder: Path) -> Path:
    """Every element with a namespace prefix (``<x:c>``), error cells and a merge included."""
    rows = [
        [
            '<x:c r="A1" t="inlineStr"><x:is><x:t>Email</x:t></x:is></x:c>',
            '<x:c r="B1" t="inlineStr"><x:is><x:t>Score</x:t></x:is></x:c>',
        ],
        [
            '<x:c r="A2" t="inlineStr"><x:is><x:t>a@example.com</x:t></x:is></x:c>',
            '<x:c r="B2" t="e"><x:v>#DIV/0!</x:v></x:c>',
        ],
        [
            '<x:c r="A3" t="inlineStr"><x:is><x:t>b@example.com</x:t></x:is></x:c>',
            '<x:c r="B3"><x:v>7</x:v></x:c>',
        ],
        [None, '<x:c r="B4" t="e"><x:v>#N/A</x:v></x:c>'],
    ]
    data = "".join(
        f'<x:row r="{r}">' + "".join(c for c in row if c) + "</x:row>"
        for r, row in enumerate(rows, start=1)
    )
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="{MAIN_NS}">'
        f"<x:sheetData>{data}</x:sheetData>"
        '<x:mergeCells count="1"><x:mergeCell ref="C1:D1"/></x:mergeCells></x:worksheet>'
    )
    path = raw_xlsx(folder / "prefixed.xlsx", [("Sheet1", "")])
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data_bytes in parts.items():
            archive.writestr(name, data_bytes)
    return path


BUILDERS.append(prefixed_elements)
