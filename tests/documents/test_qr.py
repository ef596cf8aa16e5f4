"""QR codes: what zxing-cpp reads back from the PNG, the PDF (rendered by pdftoppm) and the SVG."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from studio_app.base.errors import StudioError
from studio_app.documents.qr import QrFlowable, draw_qr, qr_matrix, qr_png, qr_svg

VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:王𠮷;;;;\r\nFN:王𠮷\r\nTEL;TYPE=CELL:13812345678\r\n"
    "ORG:城关镇委员工作室\r\nTITLE:县（区）政协委员 · 农业界\r\n"
    "NOTE:果树种植\\; 农产品电商\\, 乡村旅游\\n林下养殖\r\nEND:VCARD\r\n"
)
SHORT_VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:欧阳𠮷乐;;;;\r\nFN:欧阳𠮷乐\r\nTEL;TYPE=CELL:13812345678\r\n"
    "ORG:城关镇农业界委员工作室喆堃…\r\nEND:VCARD\r\n"
)
PAYLOADS = [
    "王𠮷",  # U+20BB7, outside the BMP (4 UTF-8 bytes)
    "刘䶮",  # U+4DAE, CJK Extension A
    "县（区）政协委员 · 农业界",
    "https://www.example.cn/member/0b1c2d3e-1234-5678-9abc-def012345678",
    VCARD,
]
SVG_NS = "{http://www.w3.org/2000/svg}"
EC_ORDER = "LMQH"


def _decode(image: Image.Image) -> list[zxingcpp.Barcode]:
    return [b for b in zxingcpp.read_barcodes(image) if b.format == zxingcpp.BarcodeFormat.QRCode]


def _png(payload: str, **kwargs) -> Image.Image:
    buffer = io.BytesIO()
    qr_png(payload, buffer, **kwargs)
    buffer.seek(0)
    return Image.open(buffer)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_png_decodes_to_the_payload_as_utf8_bytes(payload):
    image = _png(payload)
    matrix = qr_matrix(payload)
    assert image.size == (len(matrix) * 10, len(matrix) * 10)
    assert image.format == "PNG"
    [code] = _decode(image)
    assert code.text == payload
    # Byte mode holding exactly the UTF-8 bytes, no ECI segment (]Q1, not ]Q2).
    assert code.bytes == payload.encode("utf-8")
    assert code.symbology_identifier == "]Q1"
    assert EC_ORDER.index(code.ec_level) >= EC_ORDER.index("M")


@pytest.mark.parametrize("printed_mm", [46, 80])
def test_png_carries_the_resolution_that_prints_it_at_its_size(printed_mm):
    # Word and WPS size a picture by its pHYs: the A4 poster's 46 mm unless asked otherwise
    image = _png(PAYLOADS[4], **({"printed_mm": printed_mm} if printed_mm != 46 else {}))
    dpi_x, dpi_y = image.info["dpi"]
    assert dpi_x == pytest.approx(dpi_y)
    assert image.width / dpi_x * 25.4 == pytest.approx(printed_mm, abs=0.1)


def test_png_to_a_path_with_another_module_size(tmp_path):
    path = tmp_path / "委员.png"
    qr_png("䶮", path, module_px=3)
    with Image.open(path) as image:
        assert image.size == (len(qr_matrix("䶮")) * 3,) * 2
        assert [c.text for c in _decode(image.convert("L"))] == ["䶮"]


def test_matrix_has_the_quiet_zone_and_a_fitting_version():
    for border in (4, 2, 0):
        matrix = qr_matrix(VCARD, border)
        n = len(matrix)
        assert all(len(row) == n for row in matrix)
        version = (n - 2 * border - 17) // 4
        assert n == 17 + 4 * version + 2 * border
        for i in range(border):
            assert not any(matrix[i]) and not any(matrix[n - 1 - i])
            assert not any(row[i] or row[n - 1 - i] for row in matrix)
        # The finder pattern's dark corner starts right inside the quiet zone.
        assert matrix[border][border] and matrix[border][n - 1 - border]
    assert len(qr_matrix("王𠮷")) == 21 + 8  # version 1 holds 7 bytes
    assert len(qr_matrix(VCARD)) > len(qr_matrix("王𠮷"))


def _format_ec(matrix: list[list[bool]], border: int) -> str:
    """The error correction level written in the format information next to the top left
    finder pattern (ISO/IEC 18004 7.9): bits 14..13 after unmasking with 101010000010010."""
    m = [row[border : len(row) - border] for row in matrix[border : len(matrix) - border]]
    cells = [(8, c) for c in (0, 1, 2, 3, 4, 5, 7, 8)] + [(r, 8) for r in (7, 5, 4, 3, 2, 1, 0)]
    bits = 0
    for r, c in cells:  # bit 14 first
        bits = (bits << 1) | m[r][c]
    bits ^= 0b101010000010010
    return {0b01: "L", 0b00: "M", 0b11: "Q", 0b10: "H"}[bits >> 13]


def test_error_correction_is_at_least_the_level_asked_for():
    url = PAYLOADS[3]
    for ec in "MQH":
        level = _format_ec(qr_matrix(url, ec=ec), 4)
        assert EC_ORDER.index(level) >= EC_ORDER.index(ec)
        [code] = _decode(_png(url, ec=ec))
        assert code.ec_level == level
    # A long card fills its version at M: no room to raise it, so it stays M.
    assert _format_ec(qr_matrix(VCARD), 4) == "M"
    # Two characters fit version 1 even at H, so they get H for free.
    assert _format_ec(qr_matrix("王𠮷"), 4) == "H"
    assert len(qr_matrix("王𠮷", ec="H")) == len(qr_matrix("王𠮷", ec="M"))


def test_too_long_or_empty_payloads_are_refused_in_chinese():
    with pytest.raises(StudioError, match="二维码内容太长（2334 字节）"):
        qr_matrix("王" * 778)
    assert len(qr_matrix("王" * 777)) == 177 + 8  # 2331 bytes: version 40 at M
    with pytest.raises(StudioError, match="二维码内容太长"):
        qr_png("x" * 3000, io.BytesIO())
    with pytest.raises(StudioError, match="二维码内容太长"):
        qr_matrix("x" * 1700, ec="Q")
    for empty in ("", "  "):
        with pytest.raises(StudioError, match="二维码内容为空"):
            qr_svg(empty)
    with pytest.raises(ValueError):
        qr_matrix("x", ec="X")


def _draw_page(path):
    canvas = Canvas(str(path), pagesize=A4)
    size = 6 * cm
    spots = [(2 * cm, 20 * cm), (11 * cm, 20 * cm), (2 * cm, 11 * cm), (11 * cm, 11 * cm)]
    for payload, (x, y) in zip(PAYLOADS, spots, strict=False):
        draw_qr(canvas, payload, x, y, size)
    draw_qr(canvas, PAYLOADS[4], 6 * cm, 1.5 * cm, 8 * cm)
    canvas.showPage()
    canvas.save()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_pdf_codes_are_vector_and_decode(tmp_path):
    pdf = tmp_path / "codes.pdf"
    _draw_page(pdf)

    reader = PdfReader(pdf)
    [page] = reader.pages
    xobjects = page["/Resources"].get("/XObject")
    assert xobjects is None or not any(
        xobjects[name].get_object()["/Subtype"] == "/Image" for name in xobjects
    )
    assert len(page.images) == 0
    assert re.search(rb"/Subtype\s*/Image", pdf.read_bytes()) is None
    content = page.get_contents().get_data()
    assert b" re" in content and b"Do" not in content

    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "page")], check=True)
    [png] = sorted(tmp_path.glob("page*.png"))
    with Image.open(png) as image:
        found = sorted(c.text for c in _decode(image.convert("L")))
    assert found == sorted(PAYLOADS)


def test_runs_are_merged_into_one_rectangle_each(tmp_path):
    pdf = tmp_path / "one.pdf"
    canvas = Canvas(str(pdf), pagesize=A4, pageCompression=0)
    draw_qr(canvas, VCARD, 100, 100, 200)
    canvas.save()
    content = PdfReader(pdf).pages[0].get_contents().get_data().decode("latin-1")
    matrix = qr_matrix(VCARD)
    runs = sum(
        1 for row in matrix for i, dark in enumerate(row) if dark and (i == 0 or not row[i - 1])
    )
    # One white background, then one rectangle per run, all filled as one path.
    assert content.count(" re") == runs + 1
    assert re.findall(r"(?<![A-Za-z])f\*?(?![A-Za-z])", content) == ["f*", "f"]
    dark = sum(map(sum, matrix))
    assert runs < dark * 0.7


def test_flowable_in_a_platypus_document(tmp_path):
    pdf = tmp_path / "doc.pdf"
    flowable = QrFlowable(PAYLOADS[1], 5 * cm)
    assert flowable.wrap(500, 500) == (5 * cm, 5 * cm)
    SimpleDocTemplate(str(pdf), pagesize=A4).build([flowable, QrFlowable(PAYLOADS[3], 4 * cm)])
    assert re.search(rb"/Subtype\s*/Image", pdf.read_bytes()) is None
    with pytest.raises(StudioError):
        QrFlowable("", 5 * cm)  # fails when made, not in the middle of a build
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "d")], check=True)
        [png] = sorted(tmp_path.glob("d*.png"))
        with Image.open(png) as image:
            found = sorted(c.text for c in _decode(image.convert("L")))
        assert found == sorted([PAYLOADS[1], PAYLOADS[3]])


def test_svg_is_xml_with_the_modules_as_a_path():
    payload = PAYLOADS[0]
    matrix = qr_matrix(payload)
    n = len(matrix)
    text = qr_svg(payload)
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == f"0 0 {n} {n}"
    assert (root.get("width"), root.get("height")) == ("46mm", "46mm")  # as on the A4 poster
    assert ET.fromstring(qr_svg(payload, printed_mm=60.5)).get("width") == "60.5mm"
    [background] = root.findall(f"{SVG_NS}rect")
    assert (background.get("width"), background.get("fill")) == (str(n), "#ffffff")
    [path] = root.findall(f"{SVG_NS}path")
    assert path.get("fill") == "#000000"

    # Paint the path's runs back into a grid: it is exactly the matrix, and it decodes.
    grid = [[False] * n for _ in range(n)]
    for c, r, length in re.findall(r"M(\d+),(\d+)h(\d+)v1h-\3z", path.get("d")):
        for i in range(int(length)):
            grid[int(r)][int(c) + i] = True
    assert re.sub(r"M(\d+),(\d+)h(\d+)v1h-\3z", "", path.get("d")) == ""
    assert grid == matrix
    image = Image.new("L", (n, n), 255)
    image.putdata([0 if dark else 255 for row in grid for dark in row])
    image = image.resize((n * 8, n * 8), Image.Resampling.NEAREST)
    assert [c.text for c in _decode(image)] == [payload]


@pytest.mark.parametrize(
    ("payload", "box_mm", "read"),
    [
        (VCARD, 30, False),  # the poster's card before issue 17: version 10, 24 mm
        (VCARD, 46, False),  # still too dense at the new size: 0.7 mm a module
        (SHORT_VCARD, 46, True),  # N, FN, TEL, ORG: version 8, 40 mm
        (PAYLOADS[3], 46, True),  # a web address
    ],
)
def test_a_phone_photograph_reads_a_sparse_code_only(payload, box_mm, read):
    from phone_photo import phone_reads

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    draw_qr(canvas, payload, 2 * cm, 15 * cm, box_mm * mm)
    canvas.save()
    (code,) = phone_reads(buffer.getvalue())
    assert code.text == payload
    assert code.decoded is read
