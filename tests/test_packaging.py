"""The installer's data list (packaging/bundle_data.py) carries every file the program loads.

Fast: nothing is built; the lists the PyInstaller spec uses are compared with the files the code
reads at run time (``shipped_files.program_files``: migrations, the shipped font, icons, the
English catalogue, both guides and their pictures; also reportlab's Vera, Qt's Chinese texts).
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QLibraryInfo
from shipped_files import program_files

import studio_app
from studio_app.core import similarity
from studio_app.documents import fonts
from studio_app.storage import migrate

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "studio_app.spec"


def _load_bundle_data():
    # Loaded by path: the folder name "packaging" is also the PyPI package pytest depends on.
    spec = importlib.util.spec_from_file_location(
        "studio_bundle_data", PACKAGING / "bundle_data.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_data = _load_bundle_data()


@pytest.fixture(scope="module")
def datas() -> set[tuple[Path, str]]:
    return {(Path(src).resolve(), dest) for src, dest in bundle_data.datas(ROOT)}


def _bundled_as(path: Path, dest: str, datas: set[tuple[Path, str]]) -> bool:
    return (path.resolve(), dest) in datas


def test_every_source_exists(datas):
    assert datas
    missing = [str(src) for src, _dest in datas if not src.is_file()]
    assert missing == []


def test_every_file_the_program_loads_is_bundled_where_the_code_looks(datas):
    needed = program_files()
    assert len(needed) > 60
    missing = [f"{path} -> {dest}" for path, dest in needed if not _bundled_as(path, dest, datas)]
    assert missing == []


def test_the_bundle_carries_the_resources_package_and_no_translation_source(datas):
    # studio_app.resources is resources/ (pyproject.toml package-dir); the spec's hook makes
    # PyInstaller's analysis look for it there.
    hook_file = PACKAGING / "hooks" / "pre_find_module_path" / "hook-studio_app.resources.py"
    spec = importlib.util.spec_from_file_location("studio_resources_hook", hook_file)
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    api = SimpleNamespace(search_dirs=[str(ROOT / "studio_app")])
    hook.pre_find_module_path(api)
    assert [Path(d) / "resources" / "__init__.py" for d in api.search_dirs] == [
        ROOT / "resources" / "__init__.py"
    ]
    assert '"hooks"' in SPEC.read_text(encoding="utf-8")
    assert "studio_app.resources" in bundle_data.hidden_imports()
    assert not [src for src, _dest in datas if src.suffix == ".ts"]


def test_all_migrations_are_bundled_where_alembic_looks(datas):
    migrations = migrate.MIGRATIONS_DIR
    assert migrations == ROOT / "studio_app" / "storage" / "migrations"
    dest = "studio_app/storage/migrations"
    needed = [migrations / "env.py", migrations / "script.py.mako"]
    versions = sorted((migrations / "versions").glob("*.py"))
    assert len(versions) == len(migrate.known_revisions()) >= 1
    needed += versions
    for path in needed:
        assert path.is_file(), path
        sub = path.parent.relative_to(migrations).as_posix()
        assert _bundled_as(path, dest if sub == "." else f"{dest}/{sub}", datas), path


def test_shipped_fonts_and_latin_fallback_are_bundled(datas):
    shipped = sorted(fonts.SHIPPED_FONTS.glob("*.ttf"))
    assert shipped, "the program ships a CJK font"
    for path in [*shipped, fonts.SHIPPED_FONTS / "README.md"]:
        assert _bundled_as(path, "studio_app/resources/fonts", datas), path
    vera = fonts.LATIN_FALLBACK
    assert vera.is_file() and vera.name == "Vera.ttf"
    assert _bundled_as(vera, "reportlab/fonts", datas)


def test_qt_chinese_translation_is_bundled_and_kept(datas):
    translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qm = translations / "qtbase_zh_CN.qm"
    assert qm.is_file()
    assert _bundled_as(qm, "PySide6/Qt/translations", datas)
    assert bundle_data.keep_data("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert bundle_data.keep_data("PySide6/Qt/translations/qtbase_en.qm")
    assert not bundle_data.keep_data("PySide6/Qt/translations/qtbase_de.qm")


def test_pypinyin_dictionaries_are_bundled(datas):
    pypinyin_dir = bundle_data.package_dir("pypinyin")
    for name in ("pinyin_dict.json", "phrases_dict.json"):
        assert _bundled_as(pypinyin_dir / name, "pypinyin", datas), name


def test_budoux_phrase_model_is_bundled(datas):
    model = bundle_data.package_dir("budoux") / "models" / "zh-hans.json"
    assert _bundled_as(model, "budoux/models", datas)


def test_python_docx_templates_are_bundled(datas):
    templates = bundle_data.package_dir("docx") / "templates"
    for name in ("default.docx", "default-styles.xml", "default-settings.xml"):
        assert _bundled_as(templates / name, "docx/templates", datas), name


def test_spec_uses_the_one_list_and_excludes_webengine():
    text = SPEC.read_text(encoding="utf-8")
    assert "bundle_data.datas(ROOT)" in text
    assert "bundle_data.EXCLUDES" in text
    assert "bundle_data.hidden_imports()" in text
    assert 'name="studio-app"' in text
    assert "console=False" in text
    assert "exclude_binaries=True" in text  # one-folder
    assert (ROOT / "studio_app" / "__main__.py").is_file()
    for module in ("QtWebEngineCore", "QtWebEngineWidgets", "QtQuick", "QtQml", "Qt3DCore"):
        assert f"PySide6.{module}" in bundle_data.EXCLUDES
    used = {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtPdfWidgets", "QtCharts",
            "QtNetwork"}  # fmt: skip
    assert not {f"PySide6.{m}" for m in used} & set(bundle_data.EXCLUDES)


def test_binary_filter_keeps_what_the_program_needs():
    for name in (
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6Charts.so.6",
        "PySide6/Qt/lib/libQt6OpenGLWidgets.so.6",  # what QtCharts links to
        "PySide6/Qt/lib/libQt6Network.so.6",  # the networks 扫码说事 may be served on
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "libpython3.11.so.1.0",
        "libharfbuzz-fb49c9fc.so.0.61450.0",  # Pillow's own copy
        "Qt6Gui.dll",
    ):
        assert bundle_data.keep_binary(name), name
    for name in (
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "Qt6Qml.dll",
        "libgtk-3.so.0",  # left behind by the GTK3 theme plugin, which nothing else needs
        "libepoxy.so.0",
        "libXcursor.so.1",
        "libfontconfig.so.1",
        "libfreetype.so.6",
        "libpng16.so.16",
        "libdbus-1.so.3",
        "libsystemd.so.0",
    ):
        assert not bundle_data.keep_binary(name), name


def test_hidden_imports_cover_database_and_passwords():
    names = bundle_data.hidden_imports()
    for name in ("sqlalchemy.dialects.sqlite", "alembic", "argon2", "studio_app.resources"):
        assert name in names
        assert importlib.util.find_spec(name) is not None, name


def test_build_script_and_package_files():
    build = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    assert build.startswith("#!/usr/bin/env bash")
    assert "set -euo pipefail" in build
    assert "du -sh" in build
    assert "dpkg-deb --build --root-owner-group" in build
    assert "/opt/apps/" in build
    for script in ("preinst", "postinst", "prerm", "postrm"):
        assert f"DEBIAN/{script}" not in build  # nothing outside the package's files changes
    icon = (ROOT / "resources" / "icons" / "studio-app.svg").read_text("utf-8")
    assert "<path" in icon and "<text" not in icon  # shapes only: the same without fonts
    assert "cp resources/icons/studio-app.svg" in build
    assert studio_app.__version__.count(".") == 2  # the .deb's four-number version adds ".0"


def test_the_catalogue_icons_and_guides_are_bundled_where_the_code_looks(datas):
    from studio_app.ui import app as app_module
    from studio_app.ui import help_window, language

    qm = language.app_catalogue(language.ENGLISH)
    assert qm.is_file()
    assert _bundled_as(qm, "studio_app/resources/translations", datas)
    icons = sorted(app_module.ICONS.glob("studio-app-*.png"))
    assert len(icons) >= 5
    for path in icons:
        assert _bundled_as(path, "studio_app/resources/icons", datas), path
    for lang in (language.CHINESE, language.ENGLISH):
        guide = help_window.guide_file(lang)
        assert guide.parent == help_window.GUIDE_FOLDER == ROOT / "resources" / "guide"
        assert _bundled_as(guide, "studio_app/resources/guide", datas)
    en_picture = ROOT / "resources" / "guide" / "manual" / "en" / "workbench.png"
    assert _bundled_as(en_picture, "studio_app/resources/guide/manual/en", datas)


def test_jiebas_dictionary_and_idf_table_are_bundled_where_jieba_looks(datas):
    # jieba opens dict.txt beside its __init__.py; similarity reads analyse/idf.txt beside it.
    dictionary, idf = similarity.jieba_tables()
    assert dictionary.is_file() and idf.is_file()
    assert _bundled_as(dictionary, "jieba", datas)
    assert _bundled_as(idf, "jieba/analyse", datas)
    # Its tagger's tables and the paddle model are never read: not carried.
    assert not [src for src, dest in datas if dest.startswith(("jieba/posseg", "jieba/lac_small"))]
    # … nor by PyInstaller's contributed hook for jieba (24 MB): ours, first on the hook path,
    # carries none of its files.
    hook: dict = {}
    exec((PACKAGING / "hooks" / "hook-jieba.py").read_text(encoding="utf-8"), hook)
    assert hook["datas"] == []


def test_make_and_the_deb_install_the_house_style_fonts():
    """The minutes' body (宋) and second-level headings (楷) on Debian, UOS and Kylin."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    sysdeps = re.search(r"^SYSDEPS := (.*?)\n\n", makefile, re.MULTILINE | re.DOTALL).group(1)
    build = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    depends = " ".join(re.findall(r'^depends="(.*)"$', build, re.MULTILINE))
    for package in ("fonts-arphic-uming", "fonts-arphic-ukai"):
        assert package in sysdeps.split()
        assert f" {package}," in f"{depends}," or f" {package}" in depends


@pytest.mark.parametrize(
    ("layout", "dest"),
    [("Qt/translations", "PySide6/Qt/translations"), ("translations", "PySide6/translations")],
)
def test_qt_translations_are_found_in_the_linux_and_the_windows_wheel(tmp_path, layout, dest):
    # Linux wheels keep Qt under PySide6/Qt/, Windows wheels directly in PySide6/.
    pyside = tmp_path / "PySide6"
    (pyside / layout).mkdir(parents=True)
    assert bundle_data.qt_translations(pyside) == (pyside / layout, dest)
    (pyside / layout).rmdir()
    with pytest.raises(FileNotFoundError):
        bundle_data.qt_translations(pyside)


def test_windows_bundle_names_are_filtered_like_linux_ones():
    assert bundle_data.keep_binary(r"PySide6\Qt6Widgets.dll")
    assert bundle_data.keep_binary(r"PySide6\plugins\platforms\qwindows.dll")
    assert not bundle_data.keep_binary(r"PySide6\Qt6Quick.dll")
    assert not bundle_data.keep_binary(
        r"PySide6\plugins\platforminputcontexts\qtvirtualkeyboardplugin.dll"
    )
    assert bundle_data.keep_data(r"PySide6\translations\qtbase_zh_CN.qm")
    assert bundle_data.keep_data(r"PySide6\translations\qtbase_en.qm")
    assert not bundle_data.keep_data(r"PySide6\translations\qtbase_ja.qm")


def _inno_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        elif current:
            sections[current].append(line)
    return sections


def test_windows_installer_script():
    raw = (PACKAGING / "studio-app.iss").read_bytes()
    # UTF-8 with a byte-order mark, or Inno Setup reads the Chinese in the PC's ANSI code page
    assert raw.startswith(b"\xef\xbb\xbf")
    sections = _inno_sections(raw.decode("utf-8-sig"))
    setup = dict(line.split("=", 1) for line in sections["Setup"] if "=" in line)
    assert setup["AppId"] == "cn.gov.cppcc.studio-app"  # the same id upgrades in place
    assert setup["AppName"] == "{#AppName}"
    assert '#define AppName "委员工作室助手"' in raw.decode("utf-8-sig")
    assert setup["DefaultDirName"] == r"{autopf}\studio-app"
    assert sections["Languages"] == [
        'Name: "chs"; MessagesFile: "compiler:Languages\\ChineseSimplified.isl"'
    ]
    # the bundle the spec makes (name="studio-app", one folder) is what is installed
    spec = SPEC.read_text(encoding="utf-8")
    assert 'name="studio-app"' in spec
    assert '#define AppExe "studio-app.exe"' in raw.decode("utf-8-sig")
    assert any(line.startswith(r'Source: "..\dist\studio-app\*"') for line in sections["Files"])
    icons = sections["Icons"]
    assert any(line.startswith(r'Name: "{group}\{#AppName}"') for line in icons)  # Start menu
    desktop = [line for line in icons if line.startswith('Name: "{autodesktop}')]
    assert desktop and "Tasks: desktopicon" in desktop[0]
    assert sections["Tasks"][0].startswith('Name: "desktopicon"')
    assert "unchecked" not in sections["Tasks"][0]  # the desktop shortcut is made by default
    # uninstall keeps the users' data: nothing is deleted beyond the installed files
    assert "UninstallDelete" not in sections
    assert "InstallDelete" not in sections
    assert "DelTree" not in raw.decode("utf-8-sig")
    assert any("{localappdata}" in line for line in sections["Code"])  # says where it is
