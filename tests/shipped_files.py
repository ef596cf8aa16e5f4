"""The files the program loads at run time, each with the folder it has in an installed program.

One list for both installers: ``tests/test_packaging.py`` checks that the PyInstaller bundle
places each file there (under ``_internal/``), ``tests/test_wheel.py`` that the wheel does. It is
taken from where the code looks (``migrate.MIGRATIONS_DIR``, ``fonts.SHIPPED_FONTS``,
``app.ICONS``, the English catalogue, the lexicon of similar requests, both guides and every picture each guide links to), not
written out by hand.
"""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

from studio_app.base import resources
from studio_app.core import similarity
from studio_app.documents import fonts
from studio_app.storage import migrate

PICTURE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")  # ![words](manual/x.png)


def guide_pictures(guide: Path) -> list[Path]:
    """Every picture the guide's Markdown shows, as a path beside the guide."""
    text = guide.read_text(encoding="utf-8")
    return [guide.parent / link for link in PICTURE.findall(text)]


def _placed(path: Path, package_folder: Path, package: str) -> tuple[Path, str]:
    """``(path, its folder inside the installed program)``, e.g. ``studio_app/resources/icons``."""
    inside = path.parent.relative_to(package_folder).as_posix()
    dest = package.replace(".", "/")
    return path, dest if inside == "." else f"{dest}/{inside}"


def program_files() -> list[tuple[Path, str]]:
    from studio_app.ui import app, help_window, language  # Qt: imported only when asked

    migrations = migrate.MIGRATIONS_DIR
    storage = [migrations / "env.py", migrations / "script.py.mako"]
    storage += sorted((migrations / "versions").glob("*.py"))
    shipped = [*sorted(fonts.SHIPPED_FONTS.glob("*.ttf")), fonts.SHIPPED_FONTS / "README.md"]
    shipped += sorted(app.ICONS.glob("studio-app*.png")) + sorted(app.ICONS.glob("*.svg"))
    shipped.append(language.app_catalogue(language.ENGLISH))
    shipped.append(similarity.lexicon_path())
    for name in help_window.GUIDES.values():  # each by name: guide_file() falls back to Chinese
        guide = help_window.GUIDE_FOLDER / name
        shipped += [guide, *guide_pictures(guide)]
    package_root = Path(str(files(resources.PACKAGE)))
    placed = [_placed(p, migrations.parent, "studio_app.storage") for p in storage]
    placed += [_placed(p, package_root, resources.PACKAGE) for p in shipped]
    return list(dict.fromkeys(placed))
