"""Reading CJK fonts with less memory than reportlab alone uses.

reportlab parses a whole font when it is registered and keeps its tables as Python objects:
for a CJK collection of 20–40 thousand glyphs that is 11–17 MB a font, and a document in the
house style uses four or five fonts. Two things keep printing within its memory budget:

* ``compact(face)`` drops what reportlab no longer needs once a font is parsed (the glyph →
  characters index), packs the per-glyph tables it keeps into arrays, and lets a subset read
  only the glyphs it takes from a memory-mapped file (reportlab copies the whole glyph table,
  15–20 MB, and so brings every page of it into memory);
* ``CmapProbe`` answers "does this font have this character?" from the font's cmap table alone,
  so a fallback font is parsed only when it really supplies a character (a name with 𠮷 no
  longer loads every font tried on the way to the one that has it).
"""

from __future__ import annotations

import mmap
import struct
from array import array
from bisect import bisect_left

from reportlab.pdfbase import ttfonts


class _Metrics:
    """reportlab's ``hmetrics`` (a list of (advance, left side bearing) tuples, one per glyph)
    as two arrays. Advances stay floats: reportlab stores the tail glyphs' advance scaled."""

    __slots__ = ("_advances", "_bearings")

    def __init__(self, pairs: list[tuple[float, int]]):
        self._advances = array("d", (aw for aw, _ in pairs))
        self._bearings = array("H", (lsb for _, lsb in pairs))

    def __getitem__(self, glyph: int) -> tuple[float, int]:
        return self._advances[glyph], self._bearings[glyph]

    def __len__(self) -> int:
        return len(self._advances)


class _GlyphTable:
    """The 'glyf' table of a mapped font file: a slice is read (as bytes) when it is taken."""

    def __init__(self, data: mmap.mmap, start: int, length: int):
        self._view = memoryview(data)[start : start + length]

    def __getitem__(self, part: slice) -> bytes:
        return bytes(self._view[part])

    def __len__(self) -> int:
        return len(self._view)


def compact(face: ttfonts.TTFontFace) -> None:
    """Shrink a parsed font's tables in place; the PDF it makes is byte for byte the same."""
    if isinstance(face._ttf_data, mmap.mmap):
        whole_table = face.get_table

        def get_table(tag: str):
            if tag != "glyf":
                return whole_table(tag)
            return _GlyphTable(face._ttf_data, *face.get_table_pos(tag))

        face.get_table = get_table  # makeSubset's one read of 'glyf'; other tables are small
    face.__dict__.pop("glyphToChar", None)  # only used while parsing
    face.glyphPos = array("L", face.glyphPos)
    face.hmetrics = _Metrics(face.hmetrics)
    widths: dict[float, float] = {}  # one float object per distinct width, not per character
    for code, width in face.charWidths.items():
        face.charWidths[code] = widths.setdefault(width, width)


SPACES = (0x20, 0xA0)  # space, no-break space


class CmapProbe:
    """Which characters a font maps to a real glyph, read from its cmap table (a few hundred
    KB at most) without parsing the font. It reads the same subtable reportlab would; a
    subtable in a format other than 4 or 12 answers None ("parse the font to know")."""

    def __init__(self, data: bytes, parser: ttfonts.TTFontParser):
        self._data = data
        self._format = 0
        table = parser.table.get("cmap")
        if table is None:
            return
        base = table["offset"]
        version, count = struct.unpack_from(">HH", data, base)
        if count == 0 and version != 0:  # reportlab's tolerance of swapped fields
            count = version
        chosen, kind = None, 0
        for n in range(count):  # reportlab's choice: the last Unicode subtable listed
            platform, encoding, offset = struct.unpack_from(">HHL", data, base + 4 + 8 * n)
            if platform == 3 or (platform == 1 and encoding == 1):
                chosen, kind = offset, 1
            elif platform == 1 and encoding == 0 and kind != 1:
                chosen, kind = offset, 2
            elif platform == 0 and encoding != 5:
                chosen, kind = offset, 1
        if chosen is None:
            return
        at = base + chosen
        self._format = struct.unpack_from(">H", data, at)[0]
        if self._format == 12:
            groups = struct.unpack_from(">L", data, at + 12)[0]
            fields = struct.unpack_from(f">{3 * groups}L", data, at + 16)
            self._starts = array("L", fields[0::3])
            self._ends = array("L", fields[1::3])
            self._glyphs = array("L", fields[2::3])
        elif self._format == 4:
            length = struct.unpack_from(">H", data, at + 2)[0]
            segments = struct.unpack_from(">H", data, at + 6)[0] // 2
            ends_at = at + 14
            starts_at = ends_at + 2 * segments + 2
            deltas_at = starts_at + 2 * segments
            self._offsets_at = deltas_at + 2 * segments
            self._limit = at + length
            self._ends = array("H", struct.unpack_from(f">{segments}H", data, ends_at))
            self._starts = array("H", struct.unpack_from(f">{segments}H", data, starts_at))
            self._deltas = struct.unpack_from(f">{segments}h", data, deltas_at)
            self._range_offsets = struct.unpack_from(f">{segments}H", data, self._offsets_at)

    def has(self, code: int) -> bool | None:
        if self._format not in (4, 12):
            return None
        if code in SPACES:  # reportlab gives a font with either space both
            return any(self._maps(space) for space in SPACES)
        return self._maps(code)

    def _maps(self, code: int) -> bool:
        n = bisect_left(self._ends, code)
        if n == len(self._ends) or self._starts[n] > code:
            return False
        if self._format == 12:
            return self._glyphs[n] + code - self._starts[n] != 0
        if self._range_offsets[n] == 0:
            return (code + self._deltas[n]) & 0xFFFF != 0
        at = self._offsets_at + 2 * n + self._range_offsets[n] + 2 * (code - self._starts[n])
        if at + 2 > self._limit:  # reportlab's guard against broken fonts
            return False
        return struct.unpack_from(">H", self._data, at)[0] != 0
