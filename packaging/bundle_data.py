"""What the one-folder bundle carries besides Python code: the single list the spec uses.

``studio_app.spec`` imports this file (``datas``, ``HIDDEN_IMPORTS``, ``EXCLUDES``), and
``tests/test_packaging.py`` checks the same lists against the files the program loads at run
time, so a new migration, font or translation cannot be forgotten in the installer.

Only the standard library is used here: the test runs without PyInstaller installed.
Each entry of ``datas`` is ``(source file, folder inside the bundle)``, as PyInstaller wants.
The folder mirrors where the code looks at run time, e.g. ``Path(__file__).parent /
"migrations"`` in ``studio_app/storage/migrate.py`` becomes ``studio_app/storage/migrations``.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path, PurePosixPath

# Qt modules the program never imports (it uses QtCore, QtGui, QtWidgets, QtPrintSupport, QtPdf,
# QtPdfWidgets, QtCharts, and QtNetwork for the networks 扫码说事 may be served on; the intake page
# itself is Python's http.server, so QtHttpServer stays out). Excluding them keeps WebEngine (~200 MB) and the QML/3D stacks out
# of the bundle.
QT_EXCLUDES = [
    "QtWebEngine",
    "QtWebEngineCore",
    "QtWebEngineWidgets",
    "QtWebEngineQuick",
    "QtWebChannel",
    "QtWebSockets",
    "QtWebView",
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickWidgets",
    "QtQuickTest",
    "QtQml",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtSpatialAudio",
    "QtTextToSpeech",
    "QtDataVisualization",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtBluetooth",
    "QtNfc",
    "QtSensors",
    "QtSerialPort",
    "QtSerialBus",
    "QtPositioning",
    "QtLocation",
    "QtRemoteObjects",
    "QtScxml",
    "QtStateMachine",
    "QtHttpServer",
    "QtDesigner",
    "QtHelp",
    "QtUiTools",
    "QtSql",
    "QtTest",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtSvgWidgets",
    "QtPdfQuick",
    "QtAxContainer",
    "QtCanvasPainter",
]

EXCLUDES = [
    *(f"PySide6.{name}" for name in QT_EXCLUDES),
    "tkinter",
    "_tkinter",
    # test-only dependencies that may be installed in the build venv
    "pytest",
    "pytestqt",
    "hypothesis",
    "pypdf",
    "zxingcpp",
    "ruff",
    # python-docx and openpyxl use lxml.etree alone; Pillow opens no AVIF (4.7 MB of libavif)
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "lxml.sax",
    "PIL._avif",
    "PIL.AvifImagePlugin",
]

HIDDEN_IMPORTS = [
    # SQLAlchemy picks its dialect and driver by name from the database URL
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql",
    "sqlalchemy.dialects.postgresql.psycopg",
    # Alembic: loaded from env.py and the revision files, which are data, not analysed code
    "alembic",
    "alembic.context",
    "alembic.op",
    "alembic.config",
    "alembic.runtime.migration",
    "alembic.runtime.environment",
    "alembic.script",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "alembic.autogenerate",
    # the shipped files' package: opened by name only (studio_app/base/resources.py)
    "studio_app.resources",
    # what the migration scripts import
    "studio_app.core.models",
    "studio_app.core.models.base",
    "studio_app.storage.migrate",
    # argon2-cffi's compiled bindings
    "argon2",
    "argon2._password_hasher",
    "_argon2_cffi_bindings",
    "_cffi_backend",
]

# PostgreSQL is optional (county offices sharing a server): bundled when psycopg is installed.
OPTIONAL_HIDDEN_IMPORTS = ["psycopg", "psycopg_binary"]

# Files in resources/ the program does not load: the catalogue's source (it loads the .qm).
SOURCE_ONLY = {".ts"}

QT_TRANSLATIONS = ["qtbase_zh_CN.qm"]
# PyInstaller collects Qt's translations for every language (7 MB); the bundle keeps Chinese (the
# default) and English (the language switch).
QT_TRANSLATION_LANGUAGES = ("zh_CN", "en")

# Binaries PyInstaller's Qt hooks pull in that the program never uses (about 20 MB):
# - the virtual keyboard input plugin, which drags in the whole QML/Quick stack;
# - the GTK3 platform theme, which needs the system's GTK anyway and drags in cairo, pango and
#   friends from the build machine (Qt's own dialogs, translated by qtbase_zh_CN.qm, are used).
# The ibus and compose input plugins stay: Chinese input methods need them.
DROP_BINARY_PATTERNS = [
    r"(lib)?qtvirtualkeyboardplugin\.(so|dll)",
    r"libqgtk3\.so",
    r"(lib)?Qt6(Qml|QmlMeta|QmlModels|QmlWorkerScript|Quick|VirtualKeyboard|VirtualKeyboardQml)"
    r"\.(so\.6|dll)",
    # what only libqgtk3.so links to (Linux system libraries copied from the build machine)
    r"lib(atk-1\.0|cairo|cairo-gobject|pango-1\.0|pangocairo-1\.0|pangoft2-1\.0|gdk_pixbuf-2\.0"
    r"|pixman-1|thai|datrie|fribidi|graphite2|harfbuzz|Xau|Xdmcp|Xext|Xrender|bsd|md|jpeg"
    r"|gtk-3|gdk-3|epoxy|atk-bridge-2\.0|atspi|Xcomposite|Xcursor|Xdamage|Xfixes|Xi|Xinerama"
    r"|Xrandr|cap|expat)\.so(\.[0-9]+)*",
    # the desktop's own font and D-Bus libraries: the system has them (the .deb depends on
    # libfontconfig1 and libdbus-1-3), set up for its own fonts and session bus. A copy from the
    # build machine would also raise the glibc the bundle needs (Debian 11's libpng16 and
    # libsystemd ask for 2.29 and 2.30; UOS 20 has 2.28).
    r"lib(fontconfig|freetype|png16|brotlidec|brotlicommon|dbus-1|systemd|gcrypt|gpg-error|lz4)"
    r"\.so(\.[0-9]+)*",
]


def package_dir(name: str) -> Path:
    """The folder of an installed package (without importing it)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"package {name!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def keep_binary(dest_name: str) -> bool:
    """False for a binary of ``DROP_BINARY_PATTERNS`` (matched on its file name)."""
    name = PurePosixPath(dest_name.replace("\\", "/")).name
    return not any(re.fullmatch(pattern, name) for pattern in DROP_BINARY_PATTERNS)


def keep_data(dest_name: str) -> bool:
    """False for Qt translations of languages the program does not offer."""
    path = PurePosixPath(dest_name.replace("\\", "/"))
    if path.suffix != ".qm" or path.parent.name != "translations":
        return True
    return path.stem.endswith(tuple(f"_{lang}" for lang in QT_TRANSLATION_LANGUAGES))


def hidden_imports() -> list[str]:
    names = list(HIDDEN_IMPORTS)
    for name in OPTIONAL_HIDDEN_IMPORTS:
        if importlib.util.find_spec(name) is not None:
            names.append(name)
    return names


def _tree(source: Path, dest: str, *, skip_code: bool = False) -> list[tuple[str, str]]:
    """Every file under ``source`` (no caches), each placed at the same relative folder."""
    entries = []
    for path in sorted(source.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        if skip_code and path.suffix in {".py", ".pyi"}:
            continue
        rel_parent = path.parent.relative_to(source)
        target = dest if rel_parent == Path() else f"{dest}/{rel_parent.as_posix()}"
        entries.append((str(path), target))
    return entries


def _package_data(name: str, dest: str | None = None) -> list[tuple[str, str]]:
    """A third-party package's non-code files (none for some packages)."""
    return _tree(package_dir(name), dest or name, skip_code=True)


def datas(root: Path) -> list[tuple[str, str]]:
    """``(source, bundle folder)`` for every non-code file the program reads at run time.

    ``root`` is the checkout (the folder holding ``studio_app/``)."""
    app = Path(root) / "studio_app"
    entries: list[tuple[str, str]] = []
    # Alembic migrations are read from disk as source files (env.py, script.py.mako, versions/).
    entries += _tree(app / "storage" / "migrations", "studio_app/storage/migrations")
    # The shipped files: the checkout's resources/, installed as the package studio_app.resources
    # (pyproject.toml package-dir) and found there with importlib.resources (base/resources.py):
    # the CJK font and its licence note (documents/fonts.py SHIPPED_FONTS), the window's icon
    # (ui/app.py ICONS), the English catalogue (ui/language.py TRANSLATIONS; the .qm, not its
    # source .ts) and the user guides with their pictures (ui/help_window.py GUIDE_FOLDER).
    # A kind of resource added later goes along too.
    for sub in sorted((Path(root) / "resources").iterdir()):
        if sub.is_dir() and sub.name != "__pycache__":
            tree = _tree(sub, f"studio_app/resources/{sub.name}")
            entries += [(src, dest) for src, dest in tree if Path(src).suffix not in SOURCE_ONLY]
    # reportlab's own fonts: Vera.ttf is the Latin fallback (documents/fonts.py LATIN_FALLBACK).
    entries += _tree(package_dir("reportlab") / "fonts", "reportlab/fonts")
    # python-docx starts every document from its default template (docx/templates/default.docx,
    # and the header, footer, styles and settings parts beside it).
    entries += _tree(package_dir("docx") / "templates", "docx/templates")
    # pypinyin reads pinyin_dict.json / phrases_dict.json next to its modules.
    entries += [e for e in _package_data("pypinyin") if "__pyinstaller" not in e[0]]
    # jieba (core/similarity.py) reads its dictionary next to its modules and the IDF table in
    # analyse/; its tagger's and paddle model's files are never loaded and stay out.
    jieba = package_dir("jieba")
    entries += [(str(jieba / "dict.txt"), "jieba"),
                (str(jieba / "analyse" / "idf.txt"), "jieba/analyse")]  # fmt: skip
    # budoux reads its phrase models (models/zh-hans.json …) next to its modules.
    entries += _package_data("budoux")
    # chinese_calendar has only code today; anything it ships later is carried.
    entries += _package_data("chinese_calendar")
    # Qt's own Chinese texts (确定/取消 in file, print and message dialogs); ui/app.py loads them
    # from QLibraryInfo's TranslationsPath, the same folder inside the bundle as in the wheel.
    translations, dest = qt_translations(package_dir("PySide6"))
    entries += [(str(translations / qm), dest) for qm in QT_TRANSLATIONS]
    return entries


def qt_translations(pyside: Path) -> tuple[Path, str]:
    """Qt's translations folder in an installed PySide6 and where the bundle keeps it: the Linux
    and macOS wheels have PySide6/Qt/translations, the Windows wheels PySide6/translations
    (their Qt DLLs, plugins and translations sit directly in PySide6/)."""
    for rel in ("Qt/translations", "translations"):
        if (pyside / rel).is_dir():
            return pyside / rel, f"PySide6/{rel}"
    raise FileNotFoundError(f"no Qt translations folder in {pyside}")
