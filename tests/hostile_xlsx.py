"""Hostile .xlsx files for the reader's limits, built fast and by hand.

A zip is written byte by byte (local headers, data, central directory) so that a part may
declare any size, and a deflate stream of a chunk repeated many times is built from that chunk
compressed once (each copy after a full flush starts afresh, so copies can be concatenated):
a 1 GB bomb costs a second, not a minute of zlib. The workbook parts around the worksheet are
the few Excel itself writes.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_HEAD = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

HEADER = ("户主姓名", "联系电话", "村（社区）")


@dataclass
class Part:
    """A zip member as raw deflate data, its real size and CRC, and the size it declares."""

    data: bytes
    size: int
    crc: int
    declared: int | None = None  # the uncompressed size written in the headers (default: size)


def deflated(data: bytes) -> Part:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return Part(compressor.compress(data) + compressor.flush(), len(data), zlib.crc32(data))


def repeated(head: bytes, chunk: bytes, times: int, tail: bytes) -> Part:
    """``head + chunk * times + tail`` deflated without compressing ``chunk * times``."""

    def block(data: bytes, mode: int) -> bytes:
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        return compressor.compress(data) + compressor.flush(mode)

    middle = block(chunk, zlib.Z_FULL_FLUSH)
    data = block(head, zlib.Z_FULL_FLUSH) + middle * times + block(tail, zlib.Z_FINISH)
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    return Part(data, len(head) + len(chunk) * times + len(tail), crc)


def write_zip(path: Path, parts: dict[str, Part | bytes]) -> Path:
    """A zip of deflated members whose headers say what each Part declares."""
    local, central = bytearray(), bytearray()
    for name, part in parts.items():
        if isinstance(part, bytes):
            part = deflated(part)
        encoded = name.encode()
        declared = part.size if part.declared is None else part.declared
        offset = len(local)
        local += struct.pack(
            "<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, part.crc, len(part.data), declared,
            len(encoded), 0,
        )  # fmt: skip
        local += encoded + part.data
        central += struct.pack(
            "<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0x21, part.crc, len(part.data),
            declared, len(encoded), 0, 0, 0, 0, 0, offset,
        )  # fmt: skip
        central += encoded
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(parts), len(parts), len(central), len(local), 0
    )
    path.write_bytes(bytes(local + central + end))
    return path


def _cell(ref: str, text: str) -> bytes:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'.encode()


def header_row() -> bytes:
    cells = b"".join(_cell(f"{col}1", text) for col, text in zip("ABC", HEADER, strict=True))
    return b'<row r="1">' + cells + b"</row>"


def data_row(row: int) -> bytes:
    values = (f"户主{row}", f"138{row:08d}", "东关村")
    cells = b"".join(_cell(f"{col}{row}", v) for col, v in zip("ABC", values, strict=True))
    return f'<row r="{row}">'.encode() + cells + b"</row>"


SHEET_HEAD = XML_HEAD + f'<worksheet xmlns="{MAIN}"><sheetData>'.encode()
SHEET_TAIL = b"</sheetData></worksheet>"


def workbook(path: Path, sheet: Part | bytes, *, shared: Part | bytes | None = None) -> Path:
    """An .xlsx of one worksheet (and shared strings), the other parts as Excel writes them."""
    rels = (
        f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        + (f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
           if shared is not None else "")
    )  # fmt: skip
    parts: dict[str, Part | bytes] = {
        "[Content_Types].xml": XML_HEAD
        + b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": XML_HEAD
        + f'<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" '
        f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'.encode(),
        "xl/workbook.xml": XML_HEAD
        + f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
        '<sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>'.encode(),
        "xl/_rels/workbook.xml.rels": XML_HEAD
        + f'<Relationships xmlns="{PKG_REL}">{rels}</Relationships>'.encode(),
        "xl/worksheets/sheet1.xml": sheet,
    }
    if shared is not None:
        parts["xl/sharedStrings.xml"] = shared
    return write_zip(path, parts)


# ---- the hostile files ---------------------------------------------------------------------


def shared_strings_bomb(path: Path, size: int = 1_100_000_000, *, declared: int | None = None):
    """A roster whose shared strings unpack to ``size`` bytes of one-character items."""
    header = b"".join(f'<c r="{c}1" t="s"><v>{i}</v></c>'.encode() for i, c in enumerate("ABC"))
    sheet = SHEET_HEAD + b'<row r="1">' + header + b"</row>" + SHEET_TAIL
    head = XML_HEAD + f'<sst xmlns="{MAIN}">'.encode()
    head += b"".join(f"<si><t>{text}</t></si>".encode() for text in HEADER)
    chunk = b"<si><t>x</t></si>" * (1 << 16)  # 1.1 MB
    times = max(1, (size - len(head)) // len(chunk))
    shared = repeated(head, chunk, times, b"</sst>")
    shared.declared = declared
    return workbook(path, sheet, shared=shared)


def empty_rows(path: Path, rows: int) -> Path:
    """A short roster followed by empty ``<row>`` elements up to row number ``rows``."""
    body = header_row() + data_row(2)
    empty = b"".join(b'<row r="%d" spans="1:3"/>' % n for n in range(3, rows + 1))
    return workbook(path, SHEET_HEAD + body + empty + SHEET_TAIL)


def huge_cell(path: Path, chars: int, *, compressible: bool = False) -> Path:
    """A roster whose second row holds a name of ``chars`` characters (random, unless
    ``compressible``: then one letter over and over)."""
    if compressible:
        text = b"a" * chars
    else:
        import base64
        import os

        text = base64.b64encode(os.urandom(chars * 3 // 4 + 3))[:chars]
    cell = b'<c r="A2" t="inlineStr"><is><t>' + text + b"</t></is></c>"
    sheet = SHEET_HEAD + header_row() + b'<row r="2">' + cell + b"</row>" + SHEET_TAIL
    return workbook(path, deflated(sheet))


def lying_size(path: Path, size: int = 1_100_000_000, declared: int = 4096) -> Path:
    """A worksheet that unpacks to ``size`` bytes of rows but declares ``declared``."""
    chunk = b"".join(data_row(2) for _ in range(2000))
    times = max(1, size // len(chunk))
    sheet = repeated(SHEET_HEAD + header_row(), chunk, times, SHEET_TAIL)
    sheet.declared = declared
    return workbook(path, sheet)


def rows_bomb(path: Path, size: int = 1_100_000_000) -> Path:
    """A worksheet of ``size`` bytes of rows (its size declared honestly): the same row over
    and over, without row numbers, so that each is the next row down."""
    cells = b"".join(_cell("", v).replace(b' r=""', b"") for v in ("户主", "13812345678", "东关村"))
    chunk = b"<row>" + cells + b"</row>"
    chunk *= (1 << 20) // len(chunk)
    times = max(1, size // len(chunk))
    return workbook(path, repeated(SHEET_HEAD + header_row(), chunk, times, SHEET_TAIL))


def many_rows(path: Path, rows: int, columns: int = 3, text: str = "东关村") -> Path:
    """A real-looking roster of ``rows`` data rows of ``columns`` inline-string cells."""
    from openpyxl.utils import get_column_letter

    letters = [get_column_letter(c) for c in range(1, columns + 1)]
    compressor = zlib.compressobj(1, zlib.DEFLATED, -15)
    out, crc, size = [], 0, 0

    def put(data: bytes) -> None:
        nonlocal crc, size
        out.append(compressor.compress(data))
        crc, size = zlib.crc32(data, crc), size + len(data)

    put(SHEET_HEAD + header_row())
    for row in range(2, rows + 2):
        cells = "".join(
            f'<c r="{col}{row}" t="inlineStr"><is><t>{text}{row}</t></is></c>' for col in letters
        )
        put(f'<row r="{row}">{cells}</row>'.encode())
    put(SHEET_TAIL)
    out.append(compressor.flush())
    return workbook(path, Part(b"".join(out), size, crc))


def junk_elements(path: Path, size: int) -> Path:
    """A worksheet of ``size`` bytes of elements the reader does not know, each with a random
    attribute (so that it compresses only ~3x, like real data): the densest XML to parse."""
    import os

    compressor = zlib.compressobj(1, zlib.DEFLATED, -15)
    out, crc, total = [], 0, 0

    def put(data: bytes) -> None:
        nonlocal crc, total
        out.append(compressor.compress(data))
        crc, total = zlib.crc32(data, crc), total + len(data)

    put(SHEET_HEAD + header_row())
    while total < size:
        put(b"".join(b'<x a="%s"/>' % os.urandom(3).hex().encode() for _ in range(100_000)))
    put(SHEET_TAIL)
    out.append(compressor.flush())
    return workbook(path, Part(b"".join(out), total, crc))
