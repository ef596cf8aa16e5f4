"""Chinese fonts for PDFs that never silently lose a character.

reportlab embeds TrueType fonts (as subsets) but rejects CFF-outline fonts such as Noto CJK, and
no single font has every character a villager's name may hold (wqy-microhei lacks Extension A's
䶮; only a few fonts have Extension B's 𠮷). So documents are drawn with a *chain*: each character
in the first font of the chain that has it. A character no font has prints as a visible box □
and is recorded in ``FontChain.missing``, so the caller can tell the user exactly which
characters could not be printed.

The chain, in order: the font the coordinator chose in the settings, the fonts shipped with the
program, then the well-known system fonts of Windows, UOS/Kylin and Debian. Fonts are opened
lazily: a document of common characters loads only the first font that works.
"""

from __future__ import annotations

import hashlib
import logging
import mmap
import os
import sys
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

import reportlab
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from studio_app.base import resources
from studio_app.base.errors import StudioError
from studio_app.base.i18n import tr
from studio_app.documents import font_tables

log = logging.getLogger("studio_app.documents")

SHIPPED_FONTS = resources.folder("fonts")
ZERO_WIDTH = "\u200b"  # marks a phrase boundary in a table cell (line_breaks.py); never drawn
MISSING_MARK = "□"  # U+25A1 WHITE SQUARE: what a character no font has prints as
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
# The 公文 house style (GB/T 9704) sets each role in its own font: the title in 小标宋 (or 黑体),
# headings in 黑体, second-level headings in 楷体, the body in 仿宋 (or 宋体). Debian has no 仿宋:
# there the body is 宋 (AR PL UMing's CN face). The shipped font comes after all of these.
ROLES = ("title", "heading", "subheading", "body")
WINDOWS_ROLE_FONTS = {
    "title": ("方正小标宋简体.ttf", "FZXBSJW.TTF", "simhei.ttf"),
    "heading": ("simhei.ttf",),
    "subheading": ("simkai.ttf", "simhei.ttf"),
    "body": ("simfang.ttf", "simsun.ttc"),
}
LINUX_ROLE_FONTS = {
    "title": ("truetype/wqy/wqy-zenhei.ttc", "truetype/wqy/wqy-microhei.ttc"),
    "heading": ("truetype/wqy/wqy-zenhei.ttc", "truetype/wqy/wqy-microhei.ttc"),
    "subheading": ("truetype/arphic/ukai.ttc", "truetype/wqy/wqy-zenhei.ttc"),
    "body": ("truetype/arphic/uming.ttc",),
}
# The candidates as people know them (打印设置 names these, not their files).
FONT_NAMES = {
    "simsun.ttc": "宋体", "simhei.ttf": "黑体", "simfang.ttf": "仿宋", "msyh.ttc": "微软雅黑",
    "msyh.ttf": "微软雅黑", "simsunb.ttf": "宋体（生僻字部分）",
    "wqy-microhei.ttc": "文泉驿微米黑", "wqy-zenhei.ttc": "文泉驿正黑",
    "droidsansfallbackfull.ttf": "Droid 中文字体", "uming.ttc": "文鼎明体", "ukai.ttc": "文鼎楷体",
    "simkai.ttf": "楷体", "方正小标宋简体.ttf": "方正小标宋简体", "fzxbsjw.ttf": "方正小标宋简体",
    "hanamina.ttf": "花园明朝", "hanaminb.ttf": "花园明朝（生僻字部分）",
    "vera.ttf": "Vera（只有西文）",
}  # fmt: skip

INSTALL_HINT = (
    "没有找到可以嵌入 PDF 的中文字体，无法生成文档。请任选一种办法：\n"
    "1. 统信 UOS、麒麟、Debian、Ubuntu：在终端运行 sudo apt install fonts-wqy-zenhei fonts-arphic-uming fonts-arphic-ukai fonts-droid-fallback；\n"
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


def candidate_fonts(
    user_font: str | os.PathLike | None = None, role: str | None = None
) -> list[FontFile]:
    """The chain's files that exist here, in order, without opening them. Without ``role``:
    the chosen font, the shipped one, the system's; for a ``role`` of the house style: the
    chosen font, the role's fonts, the system's, and the shipped font last."""
    found: list[FontFile] = []
    if user_font:
        found.append(FontFile(Path(user_font).expanduser()))
    shipped = []
    if SHIPPED_FONTS.is_dir():
        shipped = [FontFile(p) for p in sorted(SHIPPED_FONTS.iterdir()) if _is_truetype_name(p)]
    if role is None:
        found += shipped
    if sys.platform == "win32":
        folders = _windows_font_dirs()
        if role:
            found += [FontFile(d / name) for name in WINDOWS_ROLE_FONTS[role] for d in folders]
        for folder in folders:
            found += [FontFile(folder / name, sub) for name, sub in WINDOWS_CANDIDATES]
    else:
        bases = [Path(folder).expanduser() for folder in LINUX_FONT_DIRS]
        if role:
            found += [_chinese_face(b / rel) for rel in LINUX_ROLE_FONTS[role] for b in bases]
        found += [FontFile(b / rel) for b in bases for rel in LINUX_CANDIDATES]
    if role is not None:
        found += shipped
    found.append(FontFile(LATIN_FALLBACK))
    unique: dict[tuple[str, int, int], FontFile] = {}
    for font in found:  # a font shipped here and installed too is one font
        if font.path.is_file():
            unique.setdefault((font.path.name, font.path.stat().st_size, font.subfont), font)
    return list(unique.values())


def _chinese_face(path: Path) -> FontFile:
    """A .ttc's face for Simplified Chinese (AR PL UMing CN is not the collection's first)."""
    if path.suffix.lower() != ".ttc" or not path.is_file():
        return FontFile(path)
    names = _face_names(path, path.stat().st_size)
    return FontFile(path, next((i for i, n in enumerate(names) if n.endswith(" CN")), 0))


@lru_cache(maxsize=64)  # every document asks again; a font file changes only when reinstalled
def _face_names(path: Path, _size: int) -> tuple[str, ...]:
    """The family name of each face of a TrueType collection, read from its 'name' tables
    (a few KB; opening the faces themselves would read megabytes)."""
    names: list[str] = []
    try:
        with path.open("rb") as f:
            head = f.read(12)
            if head[:4] != b"ttcf":
                return ()
            count = int.from_bytes(head[8:12], "big")
            offsets = [int.from_bytes(f.read(4), "big") for _ in range(min(count, 16))]
            for offset in offsets:
                names.append(_family_name(f, offset))
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        log.info("font collection %s unreadable: %s", path, exc)
    return tuple(names)


def _family_name(f, offset: int) -> str:
    f.seek(offset + 4)
    tables = int.from_bytes(f.read(2), "big")
    f.seek(offset + 12)
    for _ in range(tables):
        record = f.read(16)
        if record[:4] == b"name":
            start = int.from_bytes(record[8:12], "big")
            break
    else:
        return ""
    f.seek(start)
    _format, count, strings = (int.from_bytes(f.read(2), "big") for _ in range(3))
    for _ in range(count):
        platform, _enc, _lang, name_id, length, at = (
            int.from_bytes(f.read(2), "big") for _ in range(6)
        )
        if name_id == 1 and platform == 3:  # the family, in Windows' UTF-16
            here = f.tell()
            f.seek(start + strings + at)
            family = f.read(length).decode("utf-16-be")
            f.seek(here)
            return family
    return ""


def font_label(path: Path) -> str:
    """A font as people know it (宋体, 文泉驿正黑), or its file's name without the extension
    (a font the coordinator chose)."""
    name = FONT_NAMES.get(path.name.lower())
    return tr(name) if name else path.stem  # i18n: from FONT_NAMES


def _is_truetype_name(path: Path) -> bool:
    return path.suffix.lower() in (".ttf", ".ttc")


_registered: dict[str, bool] = {}  # font key -> usable (False: reportlab refused it)
_probes: dict[str, font_tables.CmapProbe | None] = {}  # font key -> its cmap, unparsed
_lock = threading.Lock()  # documents may be built on a worker thread while another builds
# reportlab reads a font file through one cursor per font while it writes a document's subset:
# two documents embedding at once (a poster on a worker thread, a receipt on another) would
# read each other's glyphs. Whatever embeds fonts holds this.
EMBEDDING = threading.RLock()


class _MappedFile:
    """A font file as reportlab reads it, but mapped rather than read: reportlab keeps a font's
    whole file for making subsets, 15–22 MB for each CJK collection (AR PL UMing, WenQuanYi),
    and a document in the house style uses three or four of them. Mapped, only the pages of
    the tables and glyphs used are in memory, and the system may drop them again."""

    def __init__(self, path: Path):
        self.name = str(path)
        self._file = path.open("rb")

    def read(self) -> mmap.mmap | bytes:
        try:
            return mmap.mmap(self._file.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # an empty file, a file system without mmap
            return self._file.read()

    def __enter__(self) -> _MappedFile:
        return self

    def __exit__(self, *exc) -> None:
        self._file.close()  # the mapping stays valid without its file object


def _register(font: FontFile) -> bool:
    """Register the font with reportlab once per process; False when it cannot be embedded."""
    with _lock:
        if font.key not in _registered:
            try:
                with _MappedFile(font.path) as mapped:
                    face = TTFont(font.key, mapped, subfontIndex=font.subfont)
                font_tables.compact(face.face)
                pdfmetrics.registerFont(face)
                _registered[font.key] = True
            except Exception as exc:  # CFF outlines, a truncated file (struct.error), …
                log.info("font %s cannot be embedded: %s", font.path, exc)
                _registered[font.key] = False
        return _registered[font.key]


def _probe(font: FontFile) -> font_tables.CmapProbe | None:
    """The font's cmap, read without parsing the font (None: unreadable; parsing will tell)."""
    with _lock:
        if font.key not in _probes:
            try:
                with _MappedFile(font.path) as mapped:
                    parser = ttfonts.TTFontParser(mapped, subfontIndex=font.subfont)
                _probes[font.key] = font_tables.CmapProbe(parser._ttf_data, parser)
            except Exception as exc:  # not a TrueType file, CFF outlines, truncated
                log.info("font %s unreadable: %s", font.path, exc)
                _probes[font.key] = None
        return _probes[font.key]


def _supplies(font: FontFile, text: str) -> str | None:
    """The font's registered name when it has a real glyph (not .notdef) for every character
    of ``text``. A font is parsed and registered only when its cmap says it has them."""
    if font.key not in _registered:
        probe = _probe(font)
        if probe is not None and any(probe.has(ord(ch)) is False for ch in text):
            return None
        if not _register(font):
            return None
    elif not _registered[font.key]:
        return None
    cmap = pdfmetrics.getFont(font.key).face.charToGlyph
    return font.key if all(cmap.get(ord(ch)) for ch in text) else None


@dataclass
class FontChain:
    """The fonts of one document, parsed as characters need them.

    Attributes:
        primary: the registered name of the first usable font (the body text's font).
        missing: characters no font in the chain has, in the order first met.
    """

    files: list[FontFile]
    primary: str = ""
    missing: dict[str, None] = field(default_factory=dict)  # an ordered set
    _choice: dict[str, str | None] = field(default_factory=dict)

    @classmethod
    def find(cls, user_font: str | os.PathLike | None = None, role: str | None = None) -> FontChain:
        """The chain for this machine (for a ``role`` of the house style); raises
        ``NoChineseFontError`` when no font will do."""
        chain = cls(candidate_fonts(user_font, role))
        chain.primary = next(filter(None, (_supplies(f, "中文委员") for f in chain.files)), "")
        if not chain.primary:
            raise NoChineseFontError()
        return chain

    def font_for(self, ch: str) -> str | None:
        """The first font of the chain with a glyph for ``ch`` (None: no font has it)."""
        if ch in self._choice:
            return self._choice[ch]
        code = ord(ch)
        if code < 0x20 or ch.isspace() or ch == ZERO_WIDTH:  # breaks, spaces: no glyph needed
            choice: str | None = self.primary
        else:
            choice = next(filter(None, (_supplies(font, ch) for font in self.files)), None)
        self._choice[ch] = choice
        return choice

    def runs(self, text: str) -> Iterator[tuple[str, str]]:
        """``text`` cut into (font name, piece) runs. A character no font has prints as a
        visible box (□, MISSING_MARK) and goes into ``missing``: left as it is, it would print
        as blank space and read back as U+0000 from the text layer."""
        current, piece = "", []
        for ch in text:
            font = self.font_for(ch)
            if font is None:
                self.missing.setdefault(ch, None)
                ch = MISSING_MARK
                font = self.font_for(ch) or self.primary
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


@dataclass
class FontSet:
    """The chains of one document by role (title, heading, subheading, body). ``official``:
    the 公文 house style, each role in its own font; else the compact layout, one chain for all.
    """

    chains: dict[str, FontChain]
    official: bool

    @classmethod
    def house(cls, user_font: str | os.PathLike | None = None) -> FontSet:
        return cls({role: FontChain.find(user_font, role) for role in ROLES}, official=True)

    @classmethod
    def compact(cls, user_font: str | os.PathLike | None = None) -> FontSet:
        chain = FontChain.find(user_font)
        return cls(dict.fromkeys(ROLES, chain), official=False)

    @property
    def body(self) -> FontChain:
        return self.chains["body"]

    def chain(self, role: str) -> FontChain:
        return self.chains[role]

    def missing_text(self) -> str:
        chars: dict[str, None] = {}
        for chain in self.chains.values():  # the compact layout's one chain, four times
            chars.update(chain.missing)
        return "".join(chars)


def missing_message(characters: Iterable[str]) -> str:
    """What to tell the user when some characters could not be printed ("" when none)."""
    chars = "".join(dict.fromkeys(characters))
    if not chars:
        return ""
    codes = tr("、").join(
        tr("{name}（{note}）").format(name=f"“{c}”", note=f"U+{ord(c):04X}") for c in chars
    )
    return tr(
        "文档已生成，但这台电脑上没有任何字体含有以下字符，它们印成方框“□”：{codes}。"
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
