"""Chinese fonts for PDFs that never silently lose a character.

reportlab embeds TrueType fonts (as subsets) but rejects CFF-outline fonts such as Noto CJK, and
no single font has every character a villager's name may hold (wqy-microhei lacks Extension A's
䶮; only a few fonts have Extension B's 𠮷). So documents are drawn with a *chain*: each character
in the first font of the chain that has it. A character no font has is still written (its code
survives in the text layer) and recorded in ``FontChain.missing``, so the caller can tell the
user exactly which characters could not be printed.

The chain, in order: the font the coordinator chose in the settings, the fonts shipped with the
program, then the well-known system fonts of Windows, UOS/Kylin and Debian. Fonts are opened
lazily: a document of common characters loads only the first font that works.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import reportlab
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from studio_app.base import resources
from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr

log = logging.getLogger("studio_app.documents")

SHIPPED_FONTS = resources.folder("fonts")
# Droid Sans Fallback has no Latin letters: reportlab's own Vera gives digits and letters a
# glyph on a machine with no other font.
LATIN_FALLBACK = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"


def _windows_font_dirs() -> list[Path]:
    r"""The system's fonts (C:\Windows\Fonts), then the user's own: a font installed "for me
    only" (all a coordinator without administrator rights can do) lands in
    %LOCALAPPDATA%\Microsoft\Windows\Fonts."""
    folders = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
    if local := os.environ.get("LOCALAPPDATA"):
        folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return folders


# (file name, subfont index of a .ttc). Order: the chain (SimSun first on Windows,
# microhei/zenhei on Linux), then fonts that add Extension A/B for rare names.
WINDOWS_CANDIDATES = (
    ("simsun.ttc", 0), ("simhei.ttf", 0), ("simfang.ttf", 0), ("msyh.ttc", 0), ("msyh.ttf", 0),
    ("simsunb.ttf", 0),  # SimSun-ExtB: Extension B (𠮷)
)  # fmt: skip
LINUX_CANDIDATES = (
    "truetype/wqy/wqy-microhei.ttc", "truetype/wqy/wqy-zenhei.ttc",
    "truetype/droid/DroidSansFallbackFull.ttf", "truetype/arphic/uming.ttc",
    "truetype/arphic/ukai.ttc", "truetype/hanazono/HanaMinA.ttf", "truetype/hanazono/HanaMinB.ttf",
)  # fmt: skip
LINUX_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts")
# The candidates as people know them (打印设置 names these, not their files).
FONT_NAMES = {
    "simsun.ttc": "宋体", "simhei.ttf": "黑体", "simfang.ttf": "仿宋", "msyh.ttc": "微软雅黑",
    "msyh.ttf": "微软雅黑", "simsunb.ttf": "宋体（生僻字部分）",
    "wqy-microhei.ttc": "文泉驿微米黑", "wqy-zenhei.ttc": "文泉驿正黑",
    "droidsansfallbackfull.ttf": "Droid 中文字体", "uming.ttc": "文鼎明体", "ukai.ttc": "文鼎楷体",
    "hanamina.ttf": "花园明朝", "hanaminb.ttf": "花园明朝（生僻字部分）",
    "vera.ttf": "Vera（只有西文）",
}  # fmt: skip

INSTALL_HINT = (
    "没有找到可以嵌入 PDF 的中文字体，无法生成文档。请任选一种办法：\n"
    "1. 统信 UOS、麒麟、Debian、Ubuntu：在终端运行 sudo apt install fonts-wqy-zenhei fonts-droid-fallback；\n"
    "2. 在“设置 → 打印设置”中选择一个 TrueType 中文字体文件（.ttf 或 .ttc，例如 Windows 的 simsun.ttc）。\n"
    "注意：Noto/思源系列字体（OpenType CFF）无法嵌入 PDF。"
)


class NoChineseFontError(StudioError):
    """No TrueType font with Chinese characters could be opened."""

    def __init__(self) -> None:
        super().__init__(tr(INSTALL_HINT))


@dataclass(frozen=True)
class FontFile:
    path: Path
    subfont: int = 0

    @property
    def key(self) -> str:
        digest = hashlib.sha1(f"{self.path}:{self.subfont}".encode()).hexdigest()[:10]
        return f"cjk-{self.path.stem}-{self.subfont}-{digest}"


def candidate_fonts(user_font: str | os.PathLike | None = None) -> list[FontFile]:
    """The chain's files that exist here, in order, without opening them."""
    found: list[FontFile] = []
    if user_font:
        found.append(FontFile(Path(user_font).expanduser()))
    if SHIPPED_FONTS.is_dir():
        found += [FontFile(p) for p in sorted(SHIPPED_FONTS.iterdir()) if _is_truetype_name(p)]
    if sys.platform == "win32":
        for folder in _windows_font_dirs():
            found += [FontFile(folder / name, sub) for name, sub in WINDOWS_CANDIDATES]
    else:
        for folder in LINUX_FONT_DIRS:
            base = Path(folder).expanduser()
            found += [FontFile(base / rel) for rel in LINUX_CANDIDATES]
    found.append(FontFile(LATIN_FALLBACK))
    unique: dict[tuple[str, int, int], FontFile] = {}
    for font in found:  # a font shipped here and installed too is one font
        if font.path.is_file():
            unique.setdefault((font.path.name, font.path.stat().st_size, font.subfont), font)
    return list(unique.values())


def font_label(path: Path) -> str:
    """A font as people know it (宋体, 文泉驿正黑), or its file's name without the extension
    (a font the coordinator chose)."""
    name = FONT_NAMES.get(path.name.lower())
    return tr(name) if name else path.stem  # i18n: from FONT_NAMES


def _is_truetype_name(path: Path) -> bool:
    return path.suffix.lower() in (".ttf", ".ttc")


_registered: dict[str, bool] = {}  # font key -> usable (False: reportlab refused it)
_lock = threading.Lock()  # documents may be built on a worker thread while another builds
# reportlab reads a font file through one cursor per font while it writes a document's subset:
# two documents embedding at once (a poster on a worker thread, a receipt on another) would
# read each other's glyphs. Whatever embeds fonts holds this.
EMBEDDING = threading.RLock()


def _register(font: FontFile) -> bool:
    """Register the font with reportlab once per process; False when it cannot be embedded."""
    with _lock:
        if font.key not in _registered:
            try:
                pdfmetrics.registerFont(TTFont(font.key, str(font.path), subfontIndex=font.subfont))
                _registered[font.key] = True
            except Exception as exc:  # CFF outlines, a truncated file (struct.error), …
                log.info("font %s cannot be embedded: %s", font.path, exc)
                _registered[font.key] = False
        return _registered[font.key]


def _coverage(key: str) -> dict[int, int]:
    return pdfmetrics.getFont(key).face.charToGlyph


def _has_chinese(key: str) -> bool:
    cmap = _coverage(key)
    return all(ord(ch) in cmap for ch in "中文委员")


@dataclass
class FontChain:
    """The fonts of one document, opened as characters need them.

    Attributes:
        primary: the registered name of the first usable font (the body text's font).
        missing: characters no font in the chain has, in the order first met.
    """

    files: list[FontFile]
    primary: str = ""
    missing: dict[str, None] = field(default_factory=dict)  # an ordered set
    _loaded: list[str] = field(default_factory=list)
    _next: int = 0
    _choice: dict[str, str | None] = field(default_factory=dict)

    @classmethod
    def find(cls, user_font: str | os.PathLike | None = None) -> FontChain:
        """The chain for this machine; raises ``NoChineseFontError`` when no font will do."""
        chain = cls(candidate_fonts(user_font))
        while chain._open_next():
            if _has_chinese(chain._loaded[-1]):
                chain.primary = chain._loaded[-1]
                return chain
        raise NoChineseFontError()

    def _open_next(self) -> bool:
        while self._next < len(self.files):
            font = self.files[self._next]
            self._next += 1
            if _register(font):
                self._loaded.append(font.key)
                return True
        return False

    def font_for(self, ch: str) -> str | None:
        """The first font of the chain with a glyph for ``ch`` (None: no font has it)."""
        if ch in self._choice:
            return self._choice[ch]
        code = ord(ch)
        if code < 0x20 or ch.isspace():  # breaks and spaces: no glyph needed
            choice: str | None = self.primary
        else:
            choice = next((k for k in self._loaded if code in _coverage(k)), None)
            while choice is None and self._open_next():
                if code in _coverage(self._loaded[-1]):
                    choice = self._loaded[-1]
        self._choice[ch] = choice
        return choice

    def runs(self, text: str) -> Iterator[tuple[str, str]]:
        """``text`` cut into (font name, piece) runs; characters no font has go with the
        primary font (they print as a blank box but stay in the text) and into ``missing``."""
        current, piece = "", []
        for ch in text:
            font = self.font_for(ch)
            if font is None:
                self.missing.setdefault(ch, None)
                font = self.primary
            if font != current and piece:
                yield current, "".join(piece)
                piece = []
            current = font
            piece.append(ch)
        if piece:
            yield current, "".join(piece)

    def markup(self, text: str) -> str:
        """``text`` as reportlab paragraph markup: escaped, with a font tag on each run that is
        not in the primary font, and line breaks kept."""
        parts = []
        for font, piece in self.runs(text):
            escaped = escape(piece).replace("\n", "<br/>")
            parts.append(
                escaped if font == self.primary else f'<font face="{font}">{escaped}</font>'
            )
        return "".join(parts)

    def draw_string(self, canvas, x: float, y: float, text: str, size: float) -> float:
        """Draw ``text`` at (x, y) on a reportlab canvas run by run; returns the width drawn."""
        start = x
        for font, piece in self.runs(text):
            canvas.setFont(font, size)
            canvas.drawString(x, y, piece)
            x += pdfmetrics.stringWidth(piece, font, size)
        return x - start

    def string_width(self, text: str, size: float) -> float:
        return sum(pdfmetrics.stringWidth(p, f, size) for f, p in self.runs(text))

    def missing_text(self) -> str:
        return "".join(self.missing)


def missing_message(characters: Iterable[str]) -> str:
    """What to tell the user when some characters could not be printed ("" when none)."""
    chars = "".join(dict.fromkeys(characters))
    if not chars:
        return ""
    codes = tr("、").join(
        tr("{name}（{note}）").format(name=f"“{c}”", note=f"U+{ord(c):04X}") for c in chars
    )
    return tr(
        "文档已生成，但这台电脑上没有任何字体含有以下字符，打印出来会是空白方框：{codes}。"
        "请安装含有这些字符的字体（如 Windows 的 SimSun-ExtB、Linux 的 fonts-hanazono），"
        "或在“设置 → 打印设置”中选择这样的字体后重新生成。"
    ).format(codes=codes)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, but with characters beyond U+FFFF written as UTF-16
    surrogate pairs: reportlab writes "<20BB7>" for 𠮷, an odd-length hex string that PDF
    readers reject, so searching or copying the text of a document lost those characters."""

    def utf16(code: int) -> str:
        return ch.encode("utf-16-be").hex().upper() if (ch := chr(code)) else ""

    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16(code)}>" for i, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


ttfonts.makeToUnicodeCMap = _to_unicode_cmap
