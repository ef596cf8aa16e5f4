"""The files shipped with the program: fonts, icons and translations.

They are the package ``studio_app.resources`` and are found with ``importlib.resources``, so the
same call works from the checkout (editable install), an installed wheel and the PyInstaller
bundle (``packaging/bundle_data.py`` puts them at ``studio_app/resources/`` inside it).
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

PACKAGE = "studio_app.resources"
KINDS = ("fonts", "icons", "translations")


def folder(kind: str) -> Path:
    """The folder of one kind of resource (``KINDS``), a real folder on disk: Qt and reportlab
    open the files by their path."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of resource: {kind!r}")
    root = files(PACKAGE)
    if not isinstance(root, Path):  # e.g. a zip import: the program needs real files
        raise RuntimeError(f"{PACKAGE} is not a folder on disk: {root!r}")
    return root / kind
