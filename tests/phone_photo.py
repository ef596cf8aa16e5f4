"""What a phone at arm's length reads from a printed PDF: every QR code of every page, seen as an
ordinary phone photographs it (the test of issue 17, as /work/shared/tools' phone check does).

Each page is rendered at 300 dpi; each code found there (with its quiet zone and a little more)
is then scaled to 3.3 camera pixels per printed millimetre (a 1,000-pixel-wide view of a 30 cm
field), blurred (Gaussian, 1 px), turned 5° and saved as a JPEG of quality 60, and decoded
again by zxing-cpp. A code decodes when the photograph gives back the very text of the page.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image, ImageFilter

RENDER_DPI = 300
PX_PER_MM = 3.3
BLUR_PX = 1.0
ANGLE = 5.0
JPEG_QUALITY = 60


@dataclass(frozen=True)
class PhoneRead:
    page: int  # from 1
    text: str  # what the printed code holds (read at 300 dpi)
    width_mm: float  # the printed code without its quiet zone
    decoded: bool  # the phone's photograph gave the same text back


def phone_photo(code_area: Image.Image, *, px_per_mm: float = PX_PER_MM) -> Image.Image:
    """A 300-dpi crop as the phone's camera gives it back."""
    scale = px_per_mm / (RENDER_DPI / 25.4)
    size = (max(1, round(code_area.width * scale)), max(1, round(code_area.height * scale)))
    small = code_area.convert("RGB").resize(size, Image.Resampling.LANCZOS)
    small = small.filter(ImageFilter.GaussianBlur(BLUR_PX))
    small = small.rotate(ANGLE, resample=Image.Resampling.BICUBIC, expand=True,
                         fillcolor=(255, 255, 255))  # fmt: skip
    buffer = io.BytesIO()
    small.save(buffer, "JPEG", quality=JPEG_QUALITY)
    buffer.seek(0)
    return Image.open(buffer).convert("RGB")


def phone_reads(pdf: bytes) -> list[PhoneRead]:
    """Every code of every page of ``pdf``, page by page, and whether a phone reads it."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    reads = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        path.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(RENDER_DPI), "-png", str(path), f"{folder}/p"],
                       check=True)  # fmt: skip
        for number, png in enumerate(sorted(Path(folder).glob("p-*.png")), start=1):
            page = Image.open(png).convert("RGB")
            for code in zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode):
                p = code.position
                xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
                ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
                side = max(xs) - min(xs)
                m = side * 0.15  # the quiet zone and a little of what is around it
                area = page.crop((min(xs) - m, min(ys) - m, max(xs) + m, max(ys) + m))
                seen = zxingcpp.read_barcodes(phone_photo(area))
                reads.append(
                    PhoneRead(number, code.text, side / RENDER_DPI * 25.4,
                              any(s.text == code.text for s in seen))
                )  # fmt: skip
    return reads
