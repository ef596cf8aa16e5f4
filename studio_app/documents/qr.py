"""QR codes for "scan to find a member" (扫码找委员): PDF (vector), PNG and SVG.

Text is encoded as UTF-8 in byte mode, without an ECI marker: that is what Chinese generators
and phone scanners (WeChat, Alipay, phone cameras, zxing) use, and zxing-cpp reads it back as
the same text, rare characters (𠮷, 䶮) included. An ECI header would name the charset, but
readers that do not support ECI may then fail on the whole code; it is not needed here.

The error correction level asked for (M by default) is a minimum: when the payload also fits
the same size of code at a higher level, the higher level is used (the code gets no bigger,
only more robust against dirt and creases on a wall).

In a PDF the code is drawn as rectangles in a single filled path (one rectangle per horizontal
run of dark modules), so it is crisp at any print size, small, and shows no hairline seams
between rows when rendered with anti-aliasing. The quiet zone (``border`` light modules around
the code, 4 by the standard) is part of the size the caller gives.
"""

from __future__ import annotations

import os
from bisect import bisect_left
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from operator import itemgetter
from typing import IO, NamedTuple

import qrcode
from qrcode import util
from qrcode.constants import (
    ERROR_CORRECT_H,
    ERROR_CORRECT_L,
    ERROR_CORRECT_M,
    ERROR_CORRECT_Q,
)
from reportlab.platypus import Flowable

from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr

__all__ = ["QrFlowable", "draw_qr", "qr_matrix", "qr_png", "qr_svg"]

# Weakest to strongest.
EC_LEVELS = {"L": ERROR_CORRECT_L, "M": ERROR_CORRECT_M, "Q": ERROR_CORRECT_Q, "H": ERROR_CORRECT_H}
# Bytes a version-40 code holds in byte mode, by level (ISO/IEC 18004 table 7).
MAX_BYTES = {"L": 2953, "M": 2331, "Q": 1663, "H": 1273}
QUIET_ZONE = 4
# The side, quiet zone included, a saved code (PNG, SVG) prints at in Word or WPS: as on the A4
# poster, 46 mm, so a version 8 code is 40 mm and a phone reads it from across a desk.
PRINTED_MM = 46.0

Matrix = tuple[tuple[bool, ...], ...]


def qr_matrix(payload: str, border: int = QUIET_ZONE, *, ec: str = "M") -> list[list[bool]]:
    """The modules of the code, row by row from the top, ``True`` = dark, quiet zone included.

    ``ec`` is the minimum error correction level (L, M, Q or H); the smallest version that
    holds the payload is chosen. Raises ``StudioError`` for an empty or too long payload.
    """
    return [list(row) for row in _matrix(payload, border, ec)]


@lru_cache(maxsize=1024)  # a poster previewed, then printed, encodes each code once
def _matrix(payload: str, border: int, ec: str) -> Matrix:
    if ec not in EC_LEVELS:
        raise ValueError(f"error correction level must be one of L, M, Q, H, not {ec!r}")
    if border < 0:
        raise ValueError(f"border must not be negative, not {border}")
    code = _encode(payload, ec)
    n = 4 * code.version + 17
    modules = code.modules
    dark = "1".__eq__
    size = n + 2 * border
    light_row = (False,) * size
    margin = (False,) * border
    return (
        (light_row,) * border
        + tuple(margin + tuple(map(dark, modules[i : i + n])) + margin for i in range(0, n * n, n))
        + (light_row,) * border
    )


# ---- encoding ----------------------------------------------------------------------------------
# qrcode (pure Python) makes the data: segments (util.optimal_data_chunks, as QRCode.add_data),
# capacities (util.BIT_LIMIT_TABLE, util.mode_sizes_for_version, QRData.write), the codewords
# with Reed-Solomon (util.create_data), the function patterns, format and version information
# (QRCode.setup_position_probe_pattern, setup_position_adjust_pattern, setup_timing_pattern,
# setup_type_info, setup_type_number) and the mask functions (util.mask_func). What is done here
# instead of QRCode.make: the version is found once for all levels (best_fit went once a level),
# the data modules are placed in QRCode.map_data's order by one itemgetter a version, and the
# eight masks are compared on Python ints, a whole symbol one int, a module one bit, instead of
# building and scoring eight lists of lists: about 22 ms a code (version 15) became 2.5, of which
# create_data is 2. tests/documents/test_qr_speed_equivalence.py compares every step with qrcode's own.
#
# The mask is chosen by the penalty rules of ISO/IEC 18004 (N1 to N4, lowest score, lowest mask
# number on a tie), scored as qrcode scores them, so the codes are the ones QRCode.make gives:
# before format and version information are written (those modules, and the dark module, count
# as light), on the symbol without its quiet zone, and a 1:1:3:1:1 finder-like pattern scores
# once for each side that has four light modules (within the symbol). N4 is computed exactly in
# integers, where qrcode uses floats (which can differ only at an exact multiple of 5 %).


class _Code(NamedTuple):
    version: int
    level: int  # qrcode.constants.ERROR_CORRECT_*
    mask: int
    penalties: tuple[int, ...]  # of the eight masks
    modules: str  # row by row from the top, "1" = dark, no quiet zone


def _encode(payload: str, ec: str, *, mask: int | None = None) -> _Code:
    """The code of ``payload`` at level ``ec`` or stronger (see the module's docstring), with
    the mask of the least penalty, or with ``mask`` when given (for tests)."""
    if not payload.strip():
        raise StudioError(tr("二维码内容为空，无法生成二维码。"))
    segments = list(util.optimal_data_chunks(payload, minimum=20))  # as QRCode.add_data does
    version = _smallest_version(segments, EC_LEVELS[ec])
    if version is None:
        raise StudioError(
            tr("二维码内容太长（{n} 字节），最多约 {limit} 字节，请删减后再生成。").format(
                n=len(payload.encode("utf-8")), limit=MAX_BYTES[ec]
            )
        )
    levels = list(EC_LEVELS)
    level = EC_LEVELS[ec]
    for stronger in reversed(levels[levels.index(ec) + 1 :]):
        if _fits(segments, version, EC_LEVELS[stronger]):
            level = EC_LEVELS[stronger]
            break

    layout = _layout(version)
    codewords = util.create_data(version, level, segments)
    bits = format(int.from_bytes(bytes(codewords), "big"), f"0{8 * len(codewords)}b")
    # The data modules in placement order (remainder bits light), then a light and a dark one
    # that the function modules point at.
    stream = bits.ljust(layout.data_modules, "0") + "01"
    rows = int("".join(layout.rows(stream)), 2)  # masks and format information left out
    columns = int("".join(layout.columns(stream)), 2)  # the same, column by column
    penalties = tuple(
        _penalty(rows ^ row_mask, columns ^ column_mask, layout)
        for row_mask, column_mask in zip(layout.row_masks, layout.column_masks, strict=True)
    )
    if mask is None:
        mask = penalties.index(min(penalties))
    symbol = rows ^ layout.row_masks[mask] | _information(version, level, mask)
    return _Code(version, level, mask, penalties, format(symbol, layout.binary))


def _needed_bits(segments: list[util.QRData], version: int) -> int:
    """Bits of the segments at ``version`` (the length fields grow at versions 10 and 27)."""
    length_bits = util.mode_sizes_for_version(version)
    total = 0
    for segment in segments:
        if segment.mode == util.MODE_8BIT_BYTE:
            data_bits = 8 * len(segment)
        else:
            buffer = util.BitBuffer()
            segment.write(buffer)
            data_bits = len(buffer)
        total += 4 + length_bits[segment.mode] + data_bits
    return total


def _smallest_version(segments: list[util.QRData], level: int) -> int | None:
    """What QRCode.best_fit finds, or None when version 40 is too small."""
    limits = util.BIT_LIMIT_TABLE[level]  # by version, [0] unused
    for first, last in ((1, 9), (10, 26), (27, 40)):
        version = bisect_left(limits, _needed_bits(segments, first), first, last + 1)
        if version <= last:
            return version
    return None


def _fits(segments: list[util.QRData], version: int, level: int) -> bool:
    return _needed_bits(segments, version) <= util.BIT_LIMIT_TABLE[level][version]


class _Layout(NamedTuple):
    """Where the modules of one version come from, as bits of an int row by row (the top left
    module is the highest bit) or column by column."""

    side: int
    binary: str  # format spec: all the modules as "0"/"1"
    data_modules: int
    rows: Callable[[str], tuple[str, ...]]  # placement stream -> the modules row by row
    columns: Callable[[str], tuple[str, ...]]  # ... column by column
    row_masks: tuple[int, ...]  # data modules each mask pattern inverts, row by row
    column_masks: tuple[int, ...]
    blocks: int  # modules that are the lower right one of a 2 x 2 block
    after: dict[int, int]  # k -> modules with at least k modules before them in their line


def _blank(version: int, level: int = ERROR_CORRECT_M) -> qrcode.QRCode:
    code = qrcode.QRCode(version=version, error_correction=level, border=0)
    code.modules_count = n = 4 * version + 17
    code.modules = [[None] * n for _ in range(n)]
    return code


@cache
def _layout(version: int) -> _Layout:
    code = _blank(version)
    n = code.modules_count
    # As QRCode.makeImpl does before it places the data; test=True writes light modules.
    code.setup_position_probe_pattern(0, 0)
    code.setup_position_probe_pattern(n - 7, 0)
    code.setup_position_probe_pattern(0, n - 7)
    code.setup_position_adjust_pattern()
    code.setup_timing_pattern()
    code.setup_type_info(True, 0)
    if version >= 7:
        code.setup_type_number(True)
    grid = code.modules

    # The data modules in the order QRCode.map_data fills them (ISO/IEC 18004 7.7.3): columns
    # in pairs from the right, up and down in turn, the vertical timing column skipped.
    order = []
    row, step = n - 1, -1
    for right in range(n - 1, 0, -2):
        if right <= 6:
            right -= 1
        while 0 <= row < n:
            order.extend((row, c) for c in (right, right - 1) if grid[row][c] is None)
            row += step
        row -= step
        step = -step
    count = len(order)
    source = [[count + 1 if dark else count for dark in line] for line in grid]
    for i, (r, c) in enumerate(order):
        source[r][c] = i
    by_rows = [(r, c) for r in range(n) for c in range(n)]
    by_columns = [(r, c) for c in range(n) for r in range(n)]

    def bits(cells: list[tuple[int, int]], dark: set[tuple[int, int]]) -> int:
        return int("".join("1" if cell in dark else "0" for cell in cells), 2)

    row_masks, column_masks = [], []
    for pattern in range(8):
        inverts = util.mask_func(pattern)
        flipped = {(r, c) for r, c in order if inverts(r, c)}
        row_masks.append(bits(by_rows, flipped))
        column_masks.append(bits(by_columns, flipped))
    lower_right = {(r, c) for r, c in by_rows if r and c}
    after = {k: bits(by_rows, {(r, c) for r, c in by_rows if c >= k}) for k in (1, 10)}
    return _Layout(
        side=n,
        binary=f"0{n * n}b",
        data_modules=count,
        rows=itemgetter(*(source[r][c] for r, c in by_rows)),
        columns=itemgetter(*(source[r][c] for r, c in by_columns)),
        row_masks=tuple(row_masks),
        column_masks=tuple(column_masks),
        blocks=bits(by_rows, lower_right),
        after=after,
    )


@cache
def _information(version: int, level: int, mask: int) -> int:
    """The dark modules of the format information (and of the version information from version
    7, and the dark module), row by row, as qrcode writes them."""
    code = _blank(version, level)
    code.setup_type_info(False, mask)
    if version >= 7:
        code.setup_type_number(False)
    return int("".join("1" if dark else "0" for line in code.modules for dark in line), 2)


def _penalty(rows: int, columns: int, layout: _Layout) -> int:
    """N1 + N2 + N3 + N4 of one masked symbol, given row by row and column by column.

    Bit operations on whole symbols: ``x >> k`` puts on every module the one k places before
    it (in the same line where the masks of positions in a line, ``layout.after``, allow it).
    """
    n = layout.side
    score = 0
    for line in (rows, columns):
        light = ~line
        # N1: 3 for a run of five modules of one colour in a row or column, 1 more per module:
        # a run of k >= 5 holds k - 4 windows of five equal modules, and starts once.
        same = ~(line ^ (line >> 1)) & layout.after[1]
        five = same & (same >> 1) & (same >> 2) & (same >> 3)
        score += five.bit_count() + 2 * (five & ~(five >> 1)).bit_count()
        # N3: 40 for dark-light-dark-light-dark 1:1:3:1:1 with four light modules after it, and
        # 40 for one with four light modules before it.
        core = line & (light >> 1) & (line >> 2) & (line >> 3) & (line >> 4)
        core &= (light >> 5) & (line >> 6)
        four_light = light & (light >> 1) & (light >> 2) & (light >> 3)
        pattern_ends = layout.after[10]
        score += 40 * (
            ((core >> 4) & four_light & pattern_ends).bit_count()
            + ((four_light >> 7) & core & pattern_ends).bit_count()
        )
    # N2: 3 for every 2 x 2 block of one colour (blocks overlap), counted at its lower right
    # module: that module equals the one above it and the one on its left, and the lower left
    # module equals the one above that.
    same_above = ~(rows ^ (rows >> n))
    same_left = ~(rows ^ (rows >> 1))
    score += 3 * (same_above & (same_above >> 1) & same_left & layout.blocks).bit_count()
    # N4: 10 for every full 5 % the dark modules are off 50 %.
    size = n * n
    score += 10 * (abs(20 * rows.bit_count() - 10 * size) // size)
    return score


def _runs(matrix: Matrix | list[list[bool]]) -> Iterator[tuple[int, int, int]]:
    """(row, first column, length) of every horizontal run of dark modules."""
    for r, row in enumerate(matrix):
        c, n = 0, len(row)
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                yield r, start, c - start
            else:
                c += 1


# ---- PDF (reportlab) ---------------------------------------------------------------------------
def draw_qr(
    canvas, payload: str, x: float, y: float, size: float, *, ec: str = "M", border: int = 4
) -> None:
    """Draw the code on a reportlab canvas with its lower left corner at (x, y), ``size``
    points wide and high including the quiet zone: vector rectangles, black on white."""
    _draw(canvas, _pdf_path(payload, border, ec), x, y, size)


@lru_cache(maxsize=1024)
def _pdf_path(payload: str, border: int, ec: str) -> tuple[int, str]:
    """The side in modules, and the PDF operators filling every dark run as one path.

    In module units (one unit = one module, y up), so every number is a small integer. Written
    directly: reportlab's ``PDFPathObject.rect`` formats each number through ``fp_str``, which
    made drawing 400 codes take 1.5 s instead of 0.3 s.
    """
    matrix = _matrix(payload, border, ec)
    n = len(matrix)
    rects = " ".join(f"{c} {n - 1 - r} {length} 1 re" for r, c, length in _runs(matrix))
    return n, f"n {rects} f"


def _draw(canvas, path: tuple[int, str], x: float, y: float, size: float) -> None:
    n, operators = path
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(size / n, size / n)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(0, 0, n, n, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.addLiteral(operators)  # reportlab's public hook for raw operators
    canvas.restoreState()


class QrFlowable(Flowable):
    """A square QR code ``size`` points wide (quiet zone included) for platypus documents.

    The payload is encoded when the flowable is made, so a bad payload fails before the build.
    """

    def __init__(self, payload: str, size: float, *, ec: str = "M", border: int = 4):
        super().__init__()
        self.payload = payload
        self.size = size
        self.width = self.height = size
        self._path = _pdf_path(payload, border, ec)

    def wrap(self, availWidth, availHeight):  # reportlab's names
        return self.size, self.size

    def draw(self) -> None:
        _draw(self.canv, self._path, 0, 0, self.size)


# ---- files -------------------------------------------------------------------------------------
def qr_png(
    payload: str,
    path_or_file: str | os.PathLike | IO[bytes],
    *,
    module_px: int = 10,
    ec: str = "M",
    border: int = 4,
    printed_mm: float = PRINTED_MM,
) -> None:
    """Save the code as a black-and-white PNG, ``module_px`` pixels per module, whose
    resolution (pHYs) makes it ``printed_mm`` wide where Word or WPS place it."""
    from PIL import Image  # Pillow comes with reportlab; loaded only when a PNG is wanted

    if module_px < 1:
        raise ValueError(f"module_px must be at least 1, not {module_px}")
    matrix = _matrix(payload, border, ec)
    n = len(matrix)
    image = Image.new("1", (n, n), 1)
    image.putdata([0 if dark else 1 for row in matrix for dark in row])
    image = image.resize((n * module_px, n * module_px), Image.Resampling.NEAREST)
    dpi = n * module_px / (printed_mm / 25.4)
    image.save(path_or_file, format="PNG", dpi=(dpi, dpi))


def qr_svg(payload: str, *, ec: str = "M", border: int = 4, printed_mm: float = PRINTED_MM) -> str:
    """The code as an SVG document: one unit per module (``viewBox="0 0 n n"``), a white
    square and one black path, ``printed_mm`` wide and high (in millimetres, so Word or WPS
    place it at that size rather than at 96 pixels an inch)."""
    matrix = _matrix(payload, border, ec)
    n = len(matrix)
    d = "".join(f"M{c},{r}h{length}v1h-{length}z" for r, c, length in _runs(matrix))
    side = f"{printed_mm:g}mm"
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{side}" '
        f'height="{side}" viewBox="0 0 {n} {n}" shape-rendering="crispEdges">'
        f'<rect x="0" y="0" width="{n}" height="{n}" fill="#ffffff"/>'
        f'<path fill="#000000" d="{d}"/></svg>\n'
    )
